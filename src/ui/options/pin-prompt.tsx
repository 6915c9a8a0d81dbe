/**
 * Asks for the guardian's PIN and checks it (with the stored lockout).
 * Used by the options page gate and by the popup's pause button; the labels
 * come from the caller so each page uses its own strings.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPin, pinWait } from '../../platform/pin-store';
import { formatWait } from './i18n';

export interface PinPromptProps {
  label: string;
  submitLabel: string;
  /** Text for a wrong PIN. */
  wrongText: string;
  /** Text for a lockout; receives the wait as "30 seconds". */
  lockedText: (wait: string) => string;
  onSuccess: () => void;
  onCancel?: () => void;
  cancelLabel?: string;
  /** The clock, for tests. */
  now?: () => number;
}

export default function PinPrompt(props: PinPromptProps) {
  const [pin, setPinValue] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    // A lockout from an earlier visit (or the popup) is shown at once, not only after one more refused try.
    void pinWait((props.now ?? Date.now)()).then((waitMs) => {
      if (waitMs > 0) setError((shown) => shown || props.lockedText(formatWait(waitMs)));
    });
  }, []);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await checkPin(pin, (props.now ?? Date.now)());
    setBusy(false);
    setPinValue('');
    if (result.ok) {
      setError('');
      props.onSuccess();
      return;
    }
    setError(result.waitMs > 0 ? props.lockedText(formatWait(result.waitMs)) : props.wrongText);
    input.current?.focus();
  }

  return (
    <form class="pin-prompt" onSubmit={submit}>
      <label for="pin-prompt-input">{props.label}</label>
      <input
        id="pin-prompt-input"
        ref={input}
        type="password"
        autoComplete="off"
        value={pin}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'pin-prompt-error' : undefined}
        onInput={(e) => setPinValue((e.target as HTMLInputElement).value)}
      />
      <p id="pin-prompt-error" class="error" role="alert">
        {error}
      </p>
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
