/** Set, change or remove the PIN. The PIN is hashed before it is stored and is never exported. */
import { useState } from 'preact/hooks';
import { PIN_MIN_LENGTH } from '../../shared/pin';
import { removePin, setPin, type PinChange } from '../../platform/pin-store';
import { formatWait, t } from './i18n';
import Section from './section';

export default function PinSection({ pinSet, onChanged, now }: { pinSet: boolean; onChanged: () => void; now?: () => number }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // With a PIN set, the form waits behind one button: the top of the page stays short.
  const [changing, setChanging] = useState(false);

  const explain = (result: PinChange): string => {
    if (result.ok) return '';
    if (result.reason === 'too_short') return t('options_pinTooShort', String(PIN_MIN_LENGTH));
    if (result.reason === 'too_long') return t('options_pinTooLong');
    if (result.check && !result.check.ok && result.check.waitMs > 0) return t('options_pinLocked', formatWait(result.check.waitMs));
    return t('options_pinWrong');
  };

  async function run(action: () => Promise<PinChange>, done: string): Promise<void> {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setCurrent('');
    if (result.ok) {
      setNext('');
      setAgain('');
      setChanging(false);
      setMessage({ text: done, error: false });
      onChanged();
    } else {
      setMessage({ text: explain(result), error: true });
    }
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (next !== again) {
      setMessage({ text: t('options_pinMismatch'), error: true });
      return;
    }
    void run(() => setPin(next, current, (now ?? Date.now)()), t('options_pinSaved'));
  }

  return (
    <Section id="pin" title={t('options_pinTitle')} help={t('options_pinHelp')}>
      {pinSet && !changing ? (
        <div class="pin-row">
          <p class="status-line">{t('options_pinIsSet')}</p>
          <button type="button" aria-expanded="false" aria-controls="pin-form" onClick={() => setChanging(true)}>
            {t('options_pinChangeOpen')}
          </button>
        </div>
      ) : (
        <p class="status-line">{pinSet ? t('options_pinIsSet') : t('options_pinNone')}</p>
      )}
      {(!pinSet || changing) && (
        <form onSubmit={submit} class="stack pin-form" id="pin-form">
          {pinSet && (
            <div>
              <label for="pin-current">{t('options_pinCurrent')}</label>
              <input id="pin-current" type="password" autoComplete="off" value={current} onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} />
            </div>
          )}
          <div>
            <label for="pin-new">{t('options_pinNew', String(PIN_MIN_LENGTH))}</label>
            <input id="pin-new" type="password" autoComplete="new-password" value={next} onInput={(e) => setNext((e.target as HTMLInputElement).value)} />
          </div>
          <div>
            <label for="pin-again">{t('options_pinAgain')}</label>
            <input id="pin-again" type="password" autoComplete="new-password" value={again} onInput={(e) => setAgain((e.target as HTMLInputElement).value)} />
          </div>
          <div class="buttons">
            <button type="submit" class="primary" disabled={busy}>
              {pinSet ? t('options_pinChange') : t('options_pinSet')}
            </button>
            {pinSet && (
              <button type="button" disabled={busy} onClick={() => void run(() => removePin(current, (now ?? Date.now)()), t('options_pinRemoved'))}>
                {t('options_pinRemove')}
              </button>
            )}
          </div>
        </form>
      )}
      <p role="status" class={message?.error ? 'error' : 'status-line'}>
        {message?.text ?? ''}
      </p>
    </Section>
  );
}
