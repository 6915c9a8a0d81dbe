/**
 * Single-page navigation: popstate, hashchange and the Navigation API where
 * the browser has it, plus a cheap poll, because the page's own
 * history.pushState is invisible from the content script's isolated world.
 */
export function watchNavigation(win: Window, signal: AbortSignal, pollMs: number, onNavigate: () => void): void {
  win.addEventListener('popstate', onNavigate, { signal });
  win.addEventListener('hashchange', onNavigate, { signal });
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onNavigate, { signal });
  const poll = win.setInterval(onNavigate, pollMs);
  signal.addEventListener('abort', () => win.clearInterval(poll), { once: true });
}
