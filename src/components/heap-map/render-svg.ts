/*
 * Draws a HeapLayout as one SVG string (no DOM needed, so the bench can time it in Node).
 * Every box is a focusable <g role="button"> with the layout's aria-label; state is shown by
 * fill pattern and a letter code as well as by colour; changed boxes get a dashed outline and a
 * "*" mark; free-list arrows; the failing check's reads as thick outlined rectangles.
 * Main export: renderSvg(layout). Colours are CSS variables (see styles.ts), never literals.
 */

import type { HeapLayout, MapItem, Segment } from '../../heap-map/layout';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CHAR_W = 6.6;

function fits(text: string, w: number, charW = CHAR_W): boolean {
  return text.length * charW + 6 <= w;
}

const DEFS = `<defs>
<pattern id="hm-p-free" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hm-pf-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hm-pf-line"/></pattern>
<pattern id="hm-p-virgin" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="hm-pv-bg"/><circle cx="3" cy="3" r="1" class="hm-pv-dot"/></pattern>
<pattern id="hm-p-top" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" class="hm-pt-bg"/><line x1="0" y1="4" x2="8" y2="4" class="hm-pt-line"/></pattern>
<pattern id="hm-p-pad" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" class="hm-pp-bg"/><path d="M0,0 L4,4 M4,0 L0,4" class="hm-pp-line"/></pattern>
<marker id="hm-arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" class="hm-arrowhead"/></marker>
</defs>`;

function fillFor(it: MapItem): string {
  if (it.kind === 'arena' || (it.kind === 'pool' && it.expanded) || (it.kind === 'chunk-run' && it.expanded)) return 'hm-f-container';
  switch (it.state) {
    case 'free':
      return 'hm-f-free';
    case 'virgin':
    case 'empty':
      return 'hm-f-virgin';
    case 'top':
      return 'hm-f-top';
    case 'mmapped':
      return 'hm-f-mmap';
    case 'header':
      return 'hm-f-header';
    case 'mixed':
      return 'hm-f-mixed';
    default:
      return 'hm-f-inuse';
  }
}

function segmentSvg(s: Segment, y: number, h: number): [string, string] {
  const cls = `hm-seg hm-seg-${s.kind}`;
  const letter =
    s.kind === 'pad-size' ? 'S' : s.kind === 'pad-id' ? (s.apiId !== undefined && s.apiId >= 0x20 && s.apiId < 0x7f ? String.fromCharCode(s.apiId) : 'I') : s.kind === 'pad-tail' ? 'F' : '';
  const shape = `<rect class="${cls}" x="${s.x.toFixed(1)}" y="${y}" width="${s.w.toFixed(1)}" height="${h}"/>`;
  const text = letter && s.w >= 6 ? `<text class="hm-seg-text" x="${(s.x + s.w / 2).toFixed(1)}" y="${y + h - 4}" text-anchor="middle">${esc(letter)}</text>` : '';
  return [shape, text];
}

/** The accessible name: the layout's label, led by the box's visible text when it is not in it. */
function accessibleName(it: MapItem, visible: string): string {
  const base = it.ariaLabel + (it.changed ? ` (${it.changed} since the previous step)` : '');
  return visible && !base.toLowerCase().includes(visible.toLowerCase()) ? `${visible}: ${base}` : base;
}

function itemSvg(it: MapItem): string {
  let visible = '';
  const deco: string[] = [];
  const body = itemBody(it, (t) => (visible = t), deco);
  const attrs = [
    `class="hm-item hm-k-${it.kind} hm-s-${it.state}${it.changed ? ' hm-changed' : ''}"`,
    `data-id="${esc(it.id)}"`,
    `data-address="0x${it.address.toString(16)}"`,
    `role="button"`,
    `tabindex="-1"`,
    `aria-label="${esc(accessibleName(it, visible))}"`,
  ];
  if (it.expandable) attrs.push(`aria-expanded="${it.expanded}"`);
  if (it.labels.length) attrs.push(`data-labels="${esc(it.labels.join(','))}"`);
  if (it.changed) attrs.push(`data-changed="${it.changed}"`);
  // Secondary texts (detail line, pad letters, change mark) sit outside the button, hidden from
  // assistive technology: the accessible name already says all of it, and starts with the main text.
  return `<g ${attrs.join(' ')}>${body}</g>` + (deco.length ? `<g class="hm-deco" aria-hidden="true">${deco.join('')}</g>` : '');
}

/** The shapes and texts of one box; `main` receives the text a sighted reader sees first. */
function itemBody(it: MapItem, main: (text: string) => void, deco: string[]): string {
  const container = it.expanded;
  let body = `<rect class="hm-box ${fillFor(it)}" x="${it.x.toFixed(1)}" y="${it.y.toFixed(1)}" width="${it.w.toFixed(1)}" height="${it.h.toFixed(1)}" rx="${container ? 4 : 2}"/>`;
  if (!container) {
    // Data segments keep the box's fill; headers and pads are drawn over it.
    for (const s of it.segments) {
      if (s.kind === 'data') continue;
      const [shape, letter] = segmentSvg(s, it.y + 1, it.h - 2);
      body += shape;
      if (letter) deco.push(letter);
    }
  }
  const tx = it.x + 4;
  if (container) {
    const t = it.title;
    main(t);
    body += `<text class="hm-title" x="${tx}" y="${it.y + 14}">${esc(t)}</text>`;
    if (it.kind === 'arena' && it.detail) deco.push(`<text class="hm-detail" x="${tx}" y="${it.y + 29}">${esc(it.detail)}</text>`);
    if (it.expandable) deco.push(`<text class="hm-toggle" x="${(it.x + it.w - 14).toFixed(1)}" y="${it.y + 14}" text-anchor="end">[−]</text>`);
  } else if (it.kind === 'block' || it.kind === 'block-run' || it.kind === 'virgin-run') {
    // Allocated cells carry no letter: the solid fill vs hatching vs dots says it, and a letter
    // could be mistaken for a variable's name. Free cells show their free-list position.
    const text = it.title && fits(it.title, it.w) ? it.title : it.state !== 'allocated' && it.w >= 9 ? it.code : '';
    main(text);
    if (text) body += `<text class="hm-cell-text" x="${(it.x + it.w / 2).toFixed(1)}" y="${it.y + it.h / 2 + 4}" text-anchor="middle">${esc(text)}</text>`;
  } else {
    const data = it.segments.find((s) => s.kind === 'data');
    const x0 = data ? data.x + 3 : tx;
    const room = data ? data.w - 4 : it.w - 6;
    const title = fits(it.title, room) ? it.title : room >= 6 ? it.code : '';
    main(title);
    const cls = title === it.title ? `hm-title${it.labels.length ? ' hm-var' : ''}` : 'hm-title hm-code';
    if (title) body += `<text class="${cls}" x="${x0.toFixed(1)}" y="${it.y + 16}">${esc(title)}</text>`;
    const detail = it.detail + (it.expandable ? ' [+]' : '');
    const halo = it.state === 'free' || it.state === 'top' ? ' hm-halo' : '';
    if (detail && fits(detail, room, 5.8)) deco.push(`<text class="hm-detail${halo}" x="${x0.toFixed(1)}" y="${it.y + 32}">${esc(detail)}</text>`);
  }
  if (it.changed || it.changedInside > 0) {
    deco.push(`<text class="hm-changed-mark" x="${(it.x + it.w - 3).toFixed(1)}" y="${it.y + 9}" text-anchor="end">*</text>`);
  }
  return body;
}

export function renderSvg(layout: HeapLayout, options: { title?: string; descId?: string } = {}): string {
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="hm-svg" viewBox="0 -8 ${layout.width} ${layout.height + 8}" width="${layout.width}" height="${layout.height + 8}" role="group" aria-label="${esc(options.title ?? 'Heap map')}"${options.descId ? ` aria-describedby="${esc(options.descId)}"` : ''}>`,
  );
  parts.push(DEFS);
  for (const h of layout.headings) parts.push(`<text class="hm-heading" x="${h.x}" y="${h.y}">${esc(h.text)}</text>`);
  for (const it of layout.items) parts.push(itemSvg(it));
  for (const a of layout.arrows) {
    parts.push(
      `<path class="hm-arrow hm-arrow-${a.kind}" d="${a.d}" marker-end="url(#hm-arrowhead)" data-from="${esc(a.from)}" data-to="${esc(a.to)}"><title>${esc(a.label)}</title></path>`,
    );
  }
  layout.highlights.forEach((h, i) => {
    if (!h.rect) return;
    const r = h.rect;
    const bytes = h.bytes ? h.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ') : '';
    parts.push(
      `<g class="hm-highlight${i === 0 ? ' hm-highlight-primary' : ''}" data-address="0x${h.address.toString(16)}" data-length="${h.length}">` +
        `<rect class="hm-hl-rect" x="${(r.x - 1.5).toFixed(1)}" y="${(r.y - 1.5).toFixed(1)}" width="${(r.w + 3).toFixed(1)}" height="${(r.h + 3).toFixed(1)}"/>` +
        `<text class="hm-hl-text" x="${r.x.toFixed(1)}" y="${(r.y + r.h + 12).toFixed(1)}">read ${esc(h.where)}${bytes ? `: ${esc(bytes)}` : ''}</text>` +
        `</g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
