/**
 * "Reset everything": the only way past a forgotten PIN. The guardian must
 * type a word first, so it cannot happen by a stray click; it deletes the PIN
 * along with everything else, so it is never a way to read the settings.
 */
import { useState } from 'preact/hooks';
import { resetEverything } from '../../platform/settings';
import { t } from './i18n';
import Section from './section';

export default function ResetSection({ onReset }: { onReset: () => void }) {
  const [typed, setTyped] = useState('');
  const word = t('options_resetWord');
  const matches = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
  return (
    <Section id="reset" title={t('options_resetTitle')} help={t('options_resetHelp')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!matches) return;
          void resetEverything().then(() => {
            setTyped('');
            onReset();
          });
        }}
      >
        <label for="reset-word">{t('options_resetPrompt', word)}</label>
        <input id="reset-word" autoComplete="off" value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
        <div class="buttons">
          <button type="submit" class="danger" disabled={!matches}>
            {t('options_resetButton')}
          </button>
        </div>
      </form>
    </Section>
  );
}
