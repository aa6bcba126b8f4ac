/*
 * The heap map's stylesheet (adopted inside each element's shadow root). Colours come from
 * Starlight's theme variables (--sl-color-*), which change with :root[data-theme], so light and
 * dark follow the site; the fallbacks are for pages without Starlight. Shapes carry meaning too:
 * hatching = free, dots = virgin/empty, lines = top, cross-hatch = debug pad, dashed = changed.
 */

export const HEAP_MAP_CSS = `
:host {
  display: block;
  --hm-text: var(--sl-color-white, #15171c);
  /* gray-2, not gray-3: small muted text (addresses) needs 4.5:1 on the panel in the dark theme too. */
  --hm-muted: var(--sl-color-gray-2, #4a505b);
  --hm-bg: var(--sl-color-bg, #ffffff);
  --hm-panel: var(--sl-color-bg-nav, #f4f5f7);
  --hm-line: var(--sl-color-gray-4, #8b919c);
  --hm-hairline: var(--sl-color-hairline, #d5d8de);
  --hm-inuse: var(--sl-color-blue-low, #d6e4ff);
  --hm-inuse-line: var(--sl-color-blue, #3b82f6);
  --hm-free: var(--sl-color-green-low, #dcf5dc);
  --hm-free-line: var(--sl-color-green, #22a34a);
  --hm-top: var(--sl-color-gray-6, #eef0f3);
  --hm-mmap: var(--sl-color-purple-low, #eadcff);
  --hm-mmap-line: var(--sl-color-purple, #8b5cf6);
  --hm-pad: var(--sl-color-orange-low, #ffe4cc);
  --hm-pad-line: var(--sl-color-orange, #f97316);
  --hm-header: var(--sl-color-gray-5, #c9ccd3);
  --hm-hl: var(--sl-color-red, #e11d48);
  --hm-changed: var(--sl-color-orange-high, #9a3412);
  --hm-accent: var(--sl-color-accent, #3b5bdb);
  --hm-mono: var(--__sl-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  color: var(--hm-text);
  font-family: var(--sl-font, system-ui, sans-serif);
}
.hm-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.hm { display: grid; gap: 0.5rem; }
.hm-toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; font-size: 0.8rem; }
.hm-toolbar button, .hm-controls button {
  font: inherit; font-size: 0.8rem; color: var(--hm-text); background: var(--hm-panel);
  border: 1px solid var(--hm-line); border-radius: 4px; padding: 0.15rem 0.6rem; cursor: pointer;
}
.hm-toolbar button:focus-visible, .hm-controls button:focus-visible, .hm-controls input:focus-visible { outline: 2px solid var(--hm-accent); outline-offset: 2px; }
.hm-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.8rem; color: var(--hm-muted); list-style: none; margin: 0; padding: 0; }
.hm-legend svg { vertical-align: middle; margin-right: 0.25rem; }
.hm-scroll { overflow: auto; max-height: 70vh; border: 1px solid var(--hm-hairline); border-radius: 6px; background: var(--hm-bg); }
.hm-svg { display: block; width: 100%; min-width: 640px; height: auto; font-family: var(--hm-mono); font-size: 11px; }
.hm-heading { fill: var(--hm-text); font-weight: 600; font-size: 12px; }
.hm-box { stroke: var(--hm-line); stroke-width: 1; }
.hm-f-inuse { fill: var(--hm-inuse); stroke: var(--hm-inuse-line); }
.hm-f-free { fill: url(#hm-p-free); stroke: var(--hm-free-line); }
.hm-f-virgin { fill: url(#hm-p-virgin); stroke: var(--hm-line); stroke-dasharray: 2 2; }
.hm-f-top { fill: url(#hm-p-top); stroke: var(--hm-line); }
.hm-f-mmap { fill: var(--hm-mmap); stroke: var(--hm-mmap-line); stroke-width: 2; }
.hm-f-header { fill: var(--hm-header); }
.hm-f-mixed { fill: var(--hm-inuse); stroke: var(--hm-free-line); stroke-dasharray: 6 3; }
.hm-f-container { fill: transparent; stroke: var(--hm-line); }
.hm-pf-bg { fill: var(--hm-free); } .hm-pf-line { stroke: var(--hm-free-line); stroke-width: 1.5; }
.hm-pv-bg { fill: var(--hm-bg); } .hm-pv-dot { fill: var(--hm-line); }
.hm-pt-bg { fill: var(--hm-top); } .hm-pt-line { stroke: var(--hm-line); stroke-width: 1; }
.hm-pp-bg { fill: var(--hm-pad); } .hm-pp-line { stroke: var(--hm-pad-line); stroke-width: 0.7; }
.hm-seg { stroke: none; }
.hm-seg-chunk-header, .hm-seg-pool-header { fill: var(--hm-header); }
.hm-seg-pad-size { fill: var(--hm-pad); }
.hm-seg-pad-id, .hm-seg-pad-tail { fill: url(#hm-p-pad); }
.hm-seg-slack { fill: var(--hm-top); }
.hm-seg-text { fill: var(--hm-text); font-size: 8px; }
.hm-title { fill: var(--hm-text); font-size: 11px; }
.hm-var { font-weight: 700; }
.hm-detail { fill: var(--hm-muted); font-size: 9.5px; }
.hm-cell-text { fill: var(--hm-text); font-size: 9.5px; }
.hm-toggle { fill: var(--hm-accent); }
.hm-code { fill: var(--hm-muted); font-style: italic; }
.hm-s-free .hm-title, .hm-halo, .hm-s-free .hm-cell-text, .hm-s-top .hm-title,
.hm-s-virgin .hm-cell-text { paint-order: stroke; stroke: var(--hm-bg); stroke-width: 3px; stroke-linejoin: round; }
.hm-item { cursor: pointer; outline: none; }
.hm-item:focus .hm-box, .hm-item.hm-selected .hm-box { stroke: var(--hm-accent); stroke-width: 2.5; }
.hm-item:hover .hm-box { stroke-width: 2; }
.hm-changed > .hm-box { stroke: var(--hm-changed); stroke-width: 2; stroke-dasharray: 4 2; }
.hm-changed-mark { fill: var(--hm-changed); font-weight: 700; font-size: 12px; }
.hm-arrow { fill: none; stroke: var(--hm-text); stroke-width: 1.2; }
.hm-arrow-freelist-loop { stroke: var(--hm-hl); stroke-width: 1.8; }
.hm-arrowhead { fill: var(--hm-text); }
.hm-highlight, .hm-deco { pointer-events: none; }
.hm-hl-rect { fill: none; stroke: var(--hm-hl); stroke-width: 3; }
.hm-hl-text { fill: var(--hm-hl); font-weight: 700; font-size: 10px; paint-order: stroke; stroke: var(--hm-bg); stroke-width: 3px; }
.hm-panels { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; }
.hm-hex { font-family: var(--hm-mono); font-size: 0.78rem; border: 1px solid var(--hm-hairline); border-radius: 6px; padding: 0.5rem; background: var(--hm-panel); min-height: 3rem; }
.hm-hex h3 { font-size: 0.85rem; margin: 0 0 0.25rem; color: var(--hm-text); }
.hm-hex p { margin: 0.1rem 0; }
.hm-hex table { border-collapse: collapse; margin-top: 0.35rem; }
.hm-hex td, .hm-hex th { padding: 0 0.2rem; text-align: left; font-weight: normal; }
.hm-hex .hm-addr { color: var(--hm-muted); padding-right: 0.6rem; }
.hm-hex .hm-gap td { color: var(--hm-muted); }
.hm-b { display: inline-block; min-width: 1.4em; text-align: center; }
.hm-b.hm-part-chunk-header, .hm-b.hm-part-pool-header { background: var(--hm-header); }
.hm-b.hm-part-pad-size { background: var(--hm-pad); }
.hm-b.hm-pat-clean { text-decoration: underline dotted; }
.hm-b.hm-pat-dead { text-decoration: line-through; }
.hm-b.hm-pat-forbidden { outline: 1px solid var(--hm-pad-line); outline-offset: -1px; }
.hm-b.hm-read { outline: 2px solid var(--hm-hl); outline-offset: -2px; font-weight: 700; }
.hm-fields { margin: 0.35rem 0 0; display: grid; grid-template-columns: max-content max-content 1fr; gap: 0 0.8rem; }
.hm-fields dt { color: var(--hm-muted); }
.hm-fields dd { margin: 0; }
/* The reads in the text colour (contrast), marked by a red rule as the bytes are by their outline. */
.hm-reads { margin: 0.35rem 0 0; padding-left: 1.2rem; color: var(--hm-text); border-inline-start: 3px solid var(--hm-hl); }
.hm-read-bytes { font-family: var(--hm-mono); font-weight: 700; }
.hm-stats { font-family: var(--hm-mono); font-size: 0.75rem; background: var(--hm-panel); border: 1px solid var(--hm-hairline); border-radius: 6px; padding: 0.5rem; overflow: auto; margin: 0; }
.hm-controls { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; font-size: 0.85rem; }
.hm-controls input[type=range] { flex: 1 1 12rem; accent-color: var(--hm-accent); }
.hm-status { font-family: var(--hm-mono); font-size: 0.8rem; color: var(--hm-text); flex-basis: 100%; }
`;
