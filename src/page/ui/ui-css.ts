// Styles of the in-page UI (inside the closed shadow root). Light and dark themes follow the page's
// own background, not only the system setting, so a card matches the article it sits on. The host
// has no box (display: contents), so the layers place themselves: the marks in page coordinates
// (they scroll with the page), the panels in the viewport; both above everything of the page.
export const UI_CSS = `
:host { all: initial; }
.t::before { content: attr(data-t); }
.marks { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none; }
.mark { position: absolute; pointer-events: none; box-sizing: border-box; }
.mark.focus { border-bottom: 3px solid #3b5bdb; background: rgba(59, 91, 219, 0.22); }
.marks.dark .mark.focus { border-bottom-color: #91a7ff; background: rgba(145, 167, 255, 0.35); }
.mark.flash { background: rgba(255, 140, 0, 0.45); }
.mark.verdict { border-bottom: 3px solid; }
.mark.verdict-unverified { border-bottom-style: dashed; border-bottom-color: #5f5f6b; }
.mark.verdict-true { border-bottom-color: #2b8a3e; }
.mark.verdict-misleading { border-bottom-style: double; border-bottom-width: 4px; border-bottom-color: #e8590c; }
.mark.verdict-false { border-bottom-color: #c92a2a; border-bottom-width: 4px; }
.mark.verdict-unprovable { border-bottom-style: dotted; border-bottom-color: #7048e8; }
.marks.dark .mark.verdict-true { border-bottom-color: #8ce99a; }
.marks.dark .mark.verdict-false { border-bottom-color: #ffa8a8; }
.marks.dark .mark.verdict-misleading { border-bottom-color: #ffc078; }
.marks.dark .mark.verdict-unprovable { border-bottom-color: #b197fc; }
.marks.dark .mark.verdict-unverified { border-bottom-color: #b4b4c0; }
.marks.dark .mark.flash { background: rgba(255, 255, 255, 0.3); }
.root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; }
.root.dark { color: #ececf1; }
.panel { position: fixed; box-sizing: border-box; max-width: min(340px, calc(100vw - 16px)); min-width: 220px;
  background: #ffffff; color: inherit; border: 1px solid #c9c9d1; border-radius: 10px; padding: 12px 14px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); z-index: 2147483647; }
.dark .panel { background: #23232a; border-color: #4a4a55; box-shadow: 0 6px 24px rgba(0,0,0,.5); }
.panel:focus { outline: 2px solid #3b5bdb; outline-offset: 2px; }
.dark .panel:focus { outline-color: #91a7ff; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 4px; background: #fff3bf; color: #5c4400; }
.dark .badge { background: #5c4400; color: #fff3bf; }
.badge.person { background: #d0ebff; color: #0b3d66; }
.dark .badge.person { background: #0b3d66; color: #d0ebff; }
.badge.claim { background: #ffe3e3; color: #7a1d1d; }
.dark .badge.claim { background: #7a1d1d; color: #ffe3e3; }
.badge.note { background: #ebfbee; color: #1b5e20; }
.dark .badge.note { background: #1b5e20; color: #ebfbee; }
h2 { font-size: 16px; margin: 6px 0 2px; font-weight: 650; }
p { margin: 4px 0; }
.muted { color: #5f5f6b; }
.dark .muted { color: #b4b4c0; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
dt { color: #5f5f6b; } .dark dt { color: #b4b4c0; }
dd { margin: 0; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 10px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #8f8f9d; background: #f4f4f7; color: #1b1b1f;
  padding: 4px 10px; }
.dark button { background: #33333d; color: #ececf1; border-color: #6e6e7c; }
button.primary { background: #3b5bdb; border-color: #3b5bdb; color: #fff; }
button:focus-visible { outline: 2px solid #3b5bdb; outline-offset: 2px; }
.dark button:focus-visible { outline-color: #91a7ff; }
textarea { box-sizing: border-box; width: 100%; min-height: 72px; font: inherit; margin-top: 8px; padding: 6px;
  border-radius: 6px; border: 1px solid #8f8f9d; background: #fff; color: #1b1b1f; resize: vertical; }
.dark textarea { background: #1b1b1f; color: #ececf1; border-color: #6e6e7c; }
.note-frame { display: block; box-sizing: border-box; width: 100%; min-width: 260px; height: 132px; border: 0; margin-top: 8px;
  background: transparent; color-scheme: light; }
.dark .note-frame { color-scheme: dark; }
.note-frame[hidden] { display: none; }
.note-frame-error { margin: 8px 0 0; color: #b3261e; font-weight: 600; }
.dark .note-frame-error { color: #ffb4ab; }
.toolbar { display: flex; align-items: center; gap: 6px; min-width: 0; padding: 6px 8px; }
.swatch { width: 24px; height: 24px; padding: 0; border-radius: 50%; border: 2px solid rgba(0,0,0,.35); }
.dark .swatch { border-color: rgba(255,255,255,.55); }
.status { margin-top: 6px; font-size: 13px; }
.quote { border-left: 3px solid #c9c9d1; padding-left: 8px; margin: 6px 0; white-space: pre-wrap; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
.hint { font-size: 12px; margin-top: 8px; }
@media (prefers-reduced-motion: no-preference) { .panel { transition: opacity .12s ease-out; } }
`;
