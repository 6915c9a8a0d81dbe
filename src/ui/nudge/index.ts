/**
 * The nudge: the only thing a teen ever sees of Second Look.
 *
 * Contract (content script and e2e tests rely on it):
 * - `showNudge(verdict, anchor, context)` shows (or updates) one nudge;
 * - the nudge lives in a `<second-look-nudge>` host element appended to the
 *   page, with a CLOSED shadow root; the first element inside the shadow root
 *   carries `data-level`, `data-categories` (space-separated) and `data-kind`
 *   ('incoming' | 'outgoing'), which e2e tests read through CDP;
 * - `clearNudges()` removes every nudge (thread switch, extension switched off).
 *
 *   showNudge ─ rate limit (thread × category × level, memory only)
 *       │
 *       ├─ host <second-look-nudge style="all: initial"> on <html>,
 *       │     re-attached if the page removes it
 *       └─ closed shadow root ─ card (role, data-*) ─ Preact NudgeView
 *             placed beside the message / in a corner, never over the composer
 *
 * At most one incoming and one outgoing nudge are on screen: a new verdict
 * for the same kind updates the card instead of stacking another.
 */
import { h, render } from 'preact';
import type { Language, Level } from '../../shared/categories';
import type { SiteId } from '../../shared/sites';
import { platform } from '../../platform';
import { NUDGE_CSS } from './styles';
import { NudgeView, knownCategories, knownOutgoing, TITLE_ID, BODY_ID } from './Nudge';
import { placeNudge, type Box } from './placement';
import { createNudgeRateLimiter, type NudgeRateLimiter } from './rate-limit';
import { createBundleTranslator, LANGUAGE_TAGS, type LocaleMessages, type Translator } from './i18n';
import { helplineCountry } from './helplines';

export const NUDGE_HOST_TAG = 'second-look-nudge';

/** What the nudge needs from a verdict (the engine's Verdict or OutgoingResult fits). */
export interface NudgeVerdict {
  level: Level;
  categories: readonly string[];
  reasons?: readonly unknown[];
}

export interface NudgeContext {
  kind: 'incoming' | 'outgoing';
  site: SiteId;
  thread: string;
  sender?: string;
  /** Adds the sender as a trusted contact (the "I know this person" choice); absent when the guardian turned it off. */
  onTrust?: (sender: string) => void;
  /** The compose box: the nudge never covers it, and outgoing nudges sit beside it. */
  composer?: Element | null;
  /** The guardian's helpline country (ISO code); null or absent follows the browser locale. */
  helplineCountry?: string | null;
}

interface ActiveNudge {
  /** Categories new since the last note in this thread: they lead the card. */
  fresh: string[];
  host: HTMLElement;
  card: HTMLElement;
  mount: HTMLElement;
  verdict: NudgeVerdict;
  context: NudgeContext;
  anchor: Element | null;
  teardown: () => void;
}

const active = new Map<NudgeContext['kind'], ActiveNudge>();
let limiter: NudgeRateLimiter = createNudgeRateLimiter();
let translator: Translator = (key, subs) => platform().message(key, subs === undefined ? undefined : typeof subs === 'string' ? subs : [...subs]);
let languageTag: string | null = null;

/**
 * Shows nudges in a chosen language (the guardian's override, or the
 * practice page's picker) from that locale's messages; `null` goes back to
 * the browser's own language.
 */
export function setNudgeLanguage(choice: { language: Language; messages: LocaleMessages; fallback?: LocaleMessages } | null): void {
  if (choice) {
    translator = createBundleTranslator(choice.messages, choice.fallback);
    languageTag = LANGUAGE_TAGS[choice.language];
  } else {
    translator = (key, subs) => platform().message(key, subs === undefined ? undefined : typeof subs === 'string' ? subs : [...subs]);
    languageTag = null;
  }
  for (const nudge of active.values()) renderNudge(nudge);
}

/** Replaces the rate limiter (tests use one with a fake clock); returns the one in use. */
export function setNudgeRateLimiter(next?: NudgeRateLimiter): NudgeRateLimiter {
  if (next) limiter = next;
  return limiter;
}

function uiLanguage(): string {
  try {
    return platform().uiLanguage();
  } catch {
    return 'en';
  }
}

/** True when the teen is typing somewhere: then the nudge must not take focus. */
export function isTyping(doc: Document): boolean {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === doc.body || el === doc.documentElement) return false;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName === 'INPUT') return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes((el as HTMLInputElement).type);
  return (el as HTMLElement).isContentEditable === true || el.closest('[contenteditable=""], [contenteditable="true"], [role="textbox"]') !== null;
}

function rectOf(el: Element | null | undefined): Box | null {
  if (!el?.isConnected) return null;
  const r = el.getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

function place(nudge: ActiveNudge): void {
  const win = nudge.host.ownerDocument.defaultView;
  if (!win) return;
  // Measure the card at its natural height, then cap it if it must shrink.
  nudge.card.style.removeProperty('max-height');
  const cardRect = nudge.card.getBoundingClientRect();
  const spot = placeNudge({
    kind: nudge.context.kind,
    viewport: { width: win.innerWidth, height: win.innerHeight },
    card: { width: cardRect.width, height: cardRect.height },
    anchor: rectOf(nudge.anchor),
    // An outgoing nudge's anchor is the compose box itself.
    composer: rectOf(nudge.context.composer ?? (nudge.context.kind === 'outgoing' ? nudge.anchor : null)),
  });
  if (spot.maxHeight !== undefined) nudge.card.style.setProperty('max-height', `${Math.floor(spot.maxHeight)}px`);
  nudge.host.style.setProperty('top', `${Math.round(spot.top)}px`, 'important');
  nudge.host.style.setProperty('left', `${Math.round(spot.left)}px`, 'important');
  // A body that scrolls (short window, long text) must be reachable by keyboard too.
  const body = nudge.card.querySelector<HTMLElement>('.body');
  if (body && body.scrollHeight > body.clientHeight + 1) body.tabIndex = 0;
  else body?.removeAttribute('tabindex');
}

function renderNudge(nudge: ActiveNudge): void {
  const { verdict, context, card } = nudge;
  const level = verdict.level === 'none' ? 'notice' : verdict.level;
  const urgent = level === 'urgent' && context.kind === 'incoming';
  card.dataset.level = verdict.level;
  const known = context.kind === 'outgoing' ? knownOutgoing(verdict.categories) : knownCategories(verdict.categories);
  card.dataset.categories = (known.length ? known : verdict.categories).join(' ');
  card.dataset.kind = context.kind;
  // alertdialog for urgent (announced at once), status for the rest (polite).
  card.setAttribute('role', urgent ? 'alertdialog' : 'status');
  if (urgent) card.setAttribute('aria-modal', 'false');
  else card.removeAttribute('aria-modal');
  card.setAttribute('aria-labelledby', TITLE_ID);
  card.setAttribute('aria-describedby', BODY_ID);
  const lang = languageTag ?? uiLanguage();
  card.setAttribute('lang', lang);
  const sender = context.sender;
  render(
    h(NudgeView, {
      level,
      categories: verdict.categories,
      fresh: nudge.fresh,
      reasons: verdict.reasons,
      kind: context.kind,
      site: context.site,
      sender,
      country: helplineCountry(context.helplineCountry, uiLanguage()),
      lang,
      t: translator,
      onTrust: context.onTrust && sender ? () => context.onTrust?.(sender) : undefined,
      onDismiss: () => dismiss(context.kind),
      onLayout: () => place(nudge),
    }),
    nudge.mount,
  );
  place(nudge);
}

/**
 * Inline declarations that keep the host seen. Inline !important beats every
 * page stylesheet rule (even !important ones), so a page can hide the host
 * only by editing this attribute, which the guard below puts back.
 */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['clip-path', 'none'],
  ['filter', 'none'],
  ['mask', 'none'],
  ['content-visibility', 'visible'],
  ['pointer-events', 'auto'],
  ['margin', '0'],
  ['top', '8px'],
  ['left', '8px'],
];

/**
 * The host element. A page may have defined <second-look-nudge> as a custom
 * element of its own (its constructor would run on our host and could take
 * the shadow root); then the host gets a random name the page cannot know.
 */
function createHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  for (const tag of [NUDGE_HOST_TAG, `${NUDGE_HOST_TAG}-${[...crypto.getRandomValues(new Uint8Array(6))].map((b) => b.toString(16).padStart(2, '0')).join('')}`]) {
    const host = doc.createElement(tag);
    try {
      return { host, root: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // The page's own element already holds a shadow root: try the random name.
    }
  }
  throw new Error('no host element for the nudge');
}

/** The declarations the guard compares (longhands that read back as written). */
const GUARDED = ['position', 'z-index', 'display', 'visibility', 'opacity', 'transform', 'clip-path', 'filter', 'content-visibility'];

function applyHostStyle(host: HTMLElement, top: string, left: string): void {
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, name === 'top' ? top : name === 'left' ? left : value, 'important');
}

/** Whether a page changed any guarded declaration of the host's inline style. */
function hostStyleTampered(host: HTMLElement, expected: Map<string, string>): boolean {
  return GUARDED.some((name) => host.style.getPropertyValue(name) !== expected.get(name) || host.style.getPropertyPriority(name) !== 'important');
}

function createNudge(verdict: NudgeVerdict, anchor: Element | null, context: NudgeContext, fresh: string[]): ActiveNudge {
  const doc = anchor?.ownerDocument ?? context.composer?.ownerDocument ?? document;
  const win = doc.defaultView;
  const { host, root } = createHost(doc);
  applyHostStyle(host, '8px', '8px');
  const expectedStyle = new Map(GUARDED.map((name) => [name, host.style.getPropertyValue(name)]));
  const card = doc.createElement('div');
  card.className = 'card';
  card.tabIndex = -1;
  root.append(card);
  // A constructed sheet is not subject to the page's style-src CSP; Firefox's
  // content-script wrappers can refuse adoptedStyleSheets, so fall back to <style>.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(NUDGE_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = NUDGE_CSS;
    card.append(style);
  }
  const mount = doc.createElement('div');
  card.append(mount);
  doc.documentElement.append(host);
  // The top layer sits above any z-index the page can use.
  const popover = typeof host.showPopover === 'function';
  const raise = (): void => {
    if (!popover) return;
    try {
      host.setAttribute('popover', 'manual');
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // Not connected yet, or the page removed the attribute mid-way: the next check retries.
    }
  };
  raise();

  /*
   * The guard: a page may remove, move, restyle, hide or cover the host.
   * Mutations are answered at once (at most 20 times a second, so a page that
   * fights back cannot make us spin); a check every 500 ms catches the rest,
   * including stylesheet tricks and overlays (the top element at the card's
   * centre must be the host).
   */
  let fixesThisSecond = 0;
  let secondStarted = 0;
  const putBack = (): void => {
    const now = Date.now();
    if (now - secondStarted > 1000) {
      secondStarted = now;
      fixesThisSecond = 0;
    }
    if (fixesThisSecond >= 20) return;
    const html = doc.documentElement;
    if (!html) return;
    let fixed = false;
    if (host.parentNode !== html) {
      html.append(host);
      fixed = true;
    }
    const top = host.style.getPropertyValue('top') || '8px';
    const left = host.style.getPropertyValue('left') || '8px';
    if (hostStyleTampered(host, expectedStyle)) {
      host.removeAttribute('style');
      applyHostStyle(host, top, left);
      fixed = true;
    }
    for (const name of host.getAttributeNames()) {
      if (name !== 'style' && name !== 'popover') {
        host.removeAttribute(name);
        fixed = true;
      }
    }
    if (fixed) {
      fixesThisSecond += 1;
      raise();
    }
  };
  const observer = new MutationObserver(putBack);
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(host, { attributes: true });
  const check = (): void => {
    putBack();
    if (!win) return;
    const box = host.getBoundingClientRect();
    const style = win.getComputedStyle(host);
    const atCentre = doc.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 24));
    const hidden = style.display === 'none' || style.visibility !== 'visible' || style.opacity !== '1';
    // Moved out of the window (placement keeps it inside): place it again.
    const outside = box.right <= 0 || box.bottom <= 0 || box.left >= win.innerWidth || box.top >= win.innerHeight;
    if (outside) {
      const nudge = active.get(context.kind);
      if (nudge?.host === host) place(nudge);
    }
    if (hidden || (box.width > 0 && !outside && atCentre !== host)) {
      if (hidden) {
        host.removeAttribute('style');
        applyHostStyle(host, host.style.getPropertyValue('top') || '8px', host.style.getPropertyValue('left') || '8px');
      }
      doc.documentElement?.append(host);
      raise();
    }
  };
  const watchdog = win?.setInterval(check, 500);

  let frame = 0;
  const onMove = (): void => {
    if (frame || !win) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const nudge = active.get(context.kind);
      if (nudge?.host === host) place(nudge);
    });
  };
  const onKey = (event: KeyboardEvent): void => {
    // Only the teen's own key press: a page's synthetic Escape is not trusted.
    if (event.key === 'Escape' && !event.isComposing && event.isTrusted) dismiss(context.kind);
  };
  win?.addEventListener('scroll', onMove, { capture: true, passive: true });
  win?.addEventListener('resize', onMove, { passive: true });
  doc.addEventListener('keydown', onKey, true);

  const previousFocus = doc.activeElement;
  const nudge: ActiveNudge = {
    fresh,
    host,
    card,
    mount,
    verdict,
    context,
    anchor,
    teardown: () => {
      observer.disconnect();
      if (watchdog !== undefined) win?.clearInterval(watchdog);
      win?.removeEventListener('scroll', onMove, { capture: true });
      win?.removeEventListener('resize', onMove);
      doc.removeEventListener('keydown', onKey, true);
      if (frame && win) win.cancelAnimationFrame(frame);
      const hadFocus = doc.activeElement === host;
      render(null, mount);
      host.remove();
      // Give focus back only if the nudge had it (it never takes it from typing).
      if (hadFocus && previousFocus instanceof HTMLElement && previousFocus.isConnected) previousFocus.focus({ preventScroll: true });
    },
  };
  return nudge;
}

/**
 * Shows a nudge for a verdict, or updates the one on screen. Does nothing for
 * level 'none', or (incoming) when every category already nudged in this
 * thread at this level or higher within the quiet period.
 */
export function showNudge(verdict: NudgeVerdict, anchor: Element | null, context: NudgeContext): void {
  if (verdict.level === 'none' || verdict.categories.length === 0) return;
  // Outgoing nudges follow the teen's own draft, which the content script
  // already reports once per new kind of disclosure: no quiet period there.
  const fresh = context.kind === 'incoming' ? limiter.admit(context.thread, verdict.categories, verdict.level) : [...verdict.categories];
  if (fresh.length === 0) return;

  const existing = active.get(context.kind);
  let nudge: ActiveNudge;
  let wasUrgent = false;
  if (existing && existing.context.thread === context.thread) {
    wasUrgent = existing.verdict.level === 'urgent';
    existing.verdict = verdict;
    existing.context = context;
    existing.anchor = anchor;
    existing.fresh = fresh;
    nudge = existing;
  } else {
    existing?.teardown();
    nudge = createNudge(verdict, anchor, context, fresh);
    active.set(context.kind, nudge);
  }
  renderNudge(nudge);
  // Urgent notes take focus so keyboard and screen-reader users meet them at
  // once (also when a note on screen turns urgent), but never while the teen is typing.
  if (verdict.level === 'urgent' && !wasUrgent && context.kind === 'incoming' && !isTyping(nudge.host.ownerDocument)) {
    nudge.card.focus({ preventScroll: true });
  }
}

/** Dismisses the nudge of one kind (both when no kind is given). The rate limit still applies. */
export function dismissNudge(kind?: NudgeContext['kind']): void {
  for (const k of kind ? [kind] : (['incoming', 'outgoing'] as const)) {
    const nudge = active.get(k);
    if (!nudge) continue;
    active.delete(k);
    nudge.teardown();
  }
}

function dismiss(kind: NudgeContext['kind']): void {
  dismissNudge(kind);
}

/** Removes every nudge (thread switch, extension switched off). */
export function clearNudges(): void {
  dismissNudge();
}
