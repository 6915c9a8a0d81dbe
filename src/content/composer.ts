/**
 * The teen's compose box: a debounced look at the draft, and a watch for a
 * photo or file being attached. Listens at the document (capture phase), so
 * a composer the site re-creates is still seen; `input`, `paste` and `drop`
 * are composed events and cross shadow roots. Never blocks an event, never
 * keeps the draft: the text lives only inside one debounced call.
 */
import type { SiteAdapter } from '../sites/types';

export interface ComposerWatch {
  win: Window;
  adapter: () => SiteAdapter;
  signal: AbortSignal;
  debounceMs: number;
  maxChars: number;
  /** Extra roots to listen on for `change` (not composed: a file input inside a shadow root never reaches the document). */
  roots: () => ParentNode[];
  onDraft(text: string, composer: HTMLElement): void;
  onAttach(composer: HTMLElement | null): void;
}

function draftText(composer: HTMLElement, maxChars: number): string {
  const field = composer as HTMLElement & { value?: unknown };
  const raw = typeof field.value === 'string' ? field.value : composer.textContent ?? '';
  return raw.slice(0, maxChars);
}

function carriesFiles(data: DataTransfer | null | undefined): boolean {
  if (!data) return false;
  if (data.files && data.files.length > 0) return true;
  return Array.from(data.items ?? []).some((item) => item.kind === 'file');
}

/** Starts watching; everything stops when `signal` aborts. */
export function watchComposer(watch: ComposerWatch): void {
  const { win, signal } = watch;
  const doc = win.document;
  let timer: number | undefined;
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });

  const composerOf = (event: Event): HTMLElement | null => {
    const target = event.composedPath()[0] as Node | undefined;
    const composer = watch.adapter().findComposer(doc);
    if (!composer || !target) return null;
    return composer === target || composer.contains(target) ? composer : null;
  };

  doc.addEventListener(
    'input',
    (event) => {
      if (!composerOf(event)) return;
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        // Look the composer up again: the site may have replaced it while the teen typed.
        const composer = watch.adapter().findComposer(doc);
        if (composer && !signal.aborted) watch.onDraft(draftText(composer, watch.maxChars), composer);
      }, watch.debounceMs);
    },
    { capture: true, signal },
  );

  const onFiles = (event: Event): void => {
    const data = (event as DragEvent).dataTransfer ?? (event as ClipboardEvent).clipboardData;
    if (carriesFiles(data)) watch.onAttach(watch.adapter().findComposer(doc));
  };
  doc.addEventListener('drop', onFiles, { capture: true, signal });
  doc.addEventListener('paste', onFiles, { capture: true, signal });

  const onChange = (event: Event): void => {
    const input = event.composedPath()[0] as HTMLInputElement | undefined;
    if (input?.tagName === 'INPUT' && input.type === 'file' && (input.files?.length ?? 0) > 0) {
      watch.onAttach(watch.adapter().findComposer(doc));
    }
  };
  doc.addEventListener('change', onChange, { capture: true, signal });
  for (const root of watch.roots()) {
    if (root !== doc) root.addEventListener('change', onChange, { capture: true, signal });
  }
}
