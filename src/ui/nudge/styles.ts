/**
 * The nudge's styles, applied inside its closed shadow root (no file to
 * fetch, nothing for the page's CSS to reach). Colours meet WCAG AA in both
 * schemes (text >= 4.5:1, large text and borders >= 3:1); every target is at
 * least 32 px; sizes follow page zoom, and the card scrolls inside itself at
 * 200% instead of running off the screen.
 */
export const NUDGE_CSS = `
.card {
  --bg: #ffffff; --fg: #1f2328; --muted: #4a5260; --line: #c9ced6;
  --accent: #1d4ed8; --accent-fg: #ffffff; --soft: #eef2fb; --soft-fg: #1e3a8a;
  --urgent-bg: #fff4e5; --urgent-fg: #5c3300; --urgent-line: #b45309;
  --focus: #1d4ed8;
  color-scheme: light dark;
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 12px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", Tahoma, sans-serif;
  text-align: start;
  padding: 14px 16px 12px;
  overflow-wrap: anywhere;
  display: flex;
  flex-direction: column;
}
.card > div, .panel { display: flex; flex-direction: column; flex: 1 1 auto; min-height: 0; }
.band, .head, .choices { flex: none; }
.body {
  flex: 0 1 auto; min-height: 3.2em; overflow-y: auto; overscroll-behavior: contain;
  margin: 0 -4px; padding: 0 4px;
  background:
    linear-gradient(var(--bg) 30%, transparent) top / 100% 20px no-repeat local,
    linear-gradient(transparent, var(--bg) 70%) bottom / 100% 20px no-repeat local,
    radial-gradient(farthest-side at 50% 0, rgba(0, 0, 0, 0.22), transparent) top / 100% 8px no-repeat scroll,
    radial-gradient(farthest-side at 50% 100%, rgba(0, 0, 0, 0.22), transparent) bottom / 100% 8px no-repeat scroll;
}
.do-now { font-size: 16px; font-weight: 700; line-height: 1.4; }
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1e2127; --fg: #f0f3f6; --muted: #c3c9d2; --line: #4a515c;
    --accent: #8ab4f8; --accent-fg: #0b1a33; --soft: #2a3342; --soft-fg: #dbe6ff;
    --urgent-bg: #3a2a14; --urgent-fg: #ffe2b8; --urgent-line: #f0a04b;
    --focus: #8ab4f8;
  }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: appear 160ms ease-out; }
  @keyframes appear { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
.card *, .card *::before, .card *::after { box-sizing: border-box; }
.card[data-level="urgent"] { border: 2px solid var(--urgent-line); }
.head { display: flex; align-items: flex-start; gap: 8px; }
.title { flex: 1; margin: 0 0 6px; font-size: 17px; line-height: 1.3; font-weight: 700; }
.title:focus { outline: none; }
.card[data-level="urgent"] .band { background: var(--urgent-bg); color: var(--urgent-fg); margin: -14px -16px 10px; padding: 14px 16px 10px; border-radius: 10px 10px 0 0; }
.private { margin: 2px 0 10px; color: var(--muted); font-size: 13px; }
.card[data-level="urgent"] .private { color: inherit; }
p { margin: 0 0 8px; }
.noticed { font-weight: 600; }
.why { color: var(--fg); }
ul, ol { margin: 0 0 10px; padding-inline-start: 22px; }
li { margin: 0 0 4px; }
.steps-urgent li { font-weight: 600; }
.choices { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button, a.button {
  font: inherit; font-size: 14px; min-height: 36px; min-width: 36px; padding: 6px 12px;
  border-radius: 8px; cursor: pointer; text-decoration: none; display: inline-flex; align-items: center;
}
button.primary { background: var(--accent); color: var(--accent-fg); border: 1px solid var(--accent); font-weight: 600; }
button.secondary { background: var(--soft); color: var(--soft-fg); border: 1px solid var(--line); }
button.link { background: none; border: none; color: var(--fg); text-decoration: underline; padding: 6px 4px; }
button.close {
  background: none; border: 1px solid transparent; color: inherit; width: 32px; height: 32px; min-height: 32px; min-width: 32px;
  padding: 0; justify-content: center; font-size: 20px; line-height: 1;
}
button:hover { filter: brightness(1.08); }
button:focus-visible, a:focus-visible, select:focus-visible, .card:focus-visible, .body:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
a { color: var(--accent); }
h3 { font-size: 15px; margin: 12px 0 4px; }
.small { font-size: 13px; color: var(--muted); }
.helpline { border-top: 1px solid var(--line); padding: 8px 0; }
.helpline-name { font-weight: 700; }
.contacts { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0; }
.contacts a { display: inline-flex; align-items: center; min-height: 32px; padding: 4px 10px; border: 1px solid var(--line); border-radius: 8px; color: var(--fg); text-decoration: none; }
select { font: inherit; min-height: 32px; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 2px 6px; }
label { font-size: 14px; display: inline-flex; gap: 6px; align-items: center; }
`;
