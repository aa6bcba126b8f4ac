/*
 * <pymem-heap-map>: draws one step of the machine (layoutHeap + renderSvg) with a hex view of
 * the focused or hovered box, the failing check's reads outlined, a text summary for screen
 * readers and a sys._debugmallocstats() table toggle. Framework-free custom element with a
 * shadow root; it renders what it is given and holds no allocator logic.
 * Main export: PymemHeapMap. Integration: el.update({ snapshot, previous, labels, evidence }).
 * Keyboard: one tab stop; arrow keys move between boxes, Enter/Space open or close a summary.
 */

import { itemAt, layoutHeap, type HeapLayout, type MapItem } from '../../heap-map/layout';
import { hexView, type HexViewModel } from '../../heap-map/hex-view';
import { mallocStats } from '../../heap-map/stats';
import {
  highlightsFromEvidence,
  toHeapSnapshot,
  type EvidenceView,
  type HeapSnapshot,
  type StepSnapshot,
} from '../../heap-map/input';
import { esc, renderSvg } from './render-svg';
import { HEAP_MAP_CSS } from './styles';

export interface HeapMapData {
  snapshot: StepSnapshot | HeapSnapshot | null;
  /** The previous step, for "changed since the previous step". */
  previous?: StepSnapshot | HeapSnapshot | null;
  /** Pointer variables: name -> address. */
  labels?: Record<string, number>;
  /** The failing check's Evidence: its reads are outlined and shown in the hex view. */
  evidence?: EvidenceView | null;
}

export interface HeapSelectDetail {
  id: string;
  address: number;
  labels: string[];
}

let uid = 0;

const LEGEND = `<ul class="hm-legend" aria-label="Legend">
<li><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" class="hm-f-inuse hm-box"/></svg>u / a: in use</li>
<li><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" class="hm-f-free hm-box"/></svg>hatched t / f / b: free (tcache, fastbin, bin; pymalloc free block)</li>
<li><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" class="hm-f-top hm-box"/></svg>T: top chunk</li>
<li><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" class="hm-f-mmap hm-box"/></svg>M: mmapped</li>
<li><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" class="hm-f-virgin hm-box"/></svg>dotted v: virgin / empty</li>
<li><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" class="hm-seg-pad-id"/></svg>S I F: debug pad (size, API id, 0xFD)</li>
<li>* dashed: changed since the previous step</li>
<li><svg width="14" height="10" aria-hidden="true"><rect x="1" y="1" width="12" height="8" class="hm-hl-rect"/></svg>bytes the failing check read</li>
</ul>`;

export class PymemHeapMap extends HTMLElement {
  private readonly root: ShadowRoot;
  private data: HeapMapData = { snapshot: null };
  private heap: HeapSnapshot | null = null;
  private layout: HeapLayout | null = null;
  private readonly expanded = new Set<string>();
  private readonly collapsed = new Set<string>();
  private selected: string | null = null;
  private hovered: string | null = null;
  private active: string | null = null;
  private statsOpen = false;
  /** Scroll the eventful box into view on the next render (set by update, not by toggles). */
  private pendingScroll = true;
  private readonly ids = `hm${++uid}`;
  private els!: {
    summary: HTMLElement;
    scroll: HTMLElement;
    hex: HTMLElement;
    stats: HTMLElement;
    statsButton: HTMLButtonElement;
  };

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    if (this.els) return;
    const id = this.ids;
    this.root.innerHTML = `<style>${HEAP_MAP_CSS}</style>
<div class="hm">
  <div class="hm-toolbar">
    <button type="button" class="hm-stats-toggle" aria-expanded="false" aria-controls="${id}-stats">sys._debugmallocstats()</button>
    ${LEGEND}
  </div>
  <p id="${id}-summary" class="hm-sr" aria-live="polite"></p>
  <div class="hm-scroll" part="map"></div>
  <div class="hm-panels">
    <section class="hm-hex" aria-live="polite" aria-label="Bytes of the selected box" part="hex"><p>Hover or focus a block to see its bytes.</p></section>
    <pre id="${id}-stats" class="hm-stats" hidden></pre>
  </div>
</div>`;
    const q = <T extends HTMLElement>(sel: string) => this.root.querySelector(sel) as T;
    this.els = {
      summary: q('.hm-sr'),
      scroll: q('.hm-scroll'),
      hex: q('.hm-hex'),
      stats: q('.hm-stats'),
      statsButton: q('.hm-stats-toggle'),
    };
    this.els.statsButton.addEventListener('click', () => this.toggleStats());
    const scroll = this.els.scroll;
    scroll.addEventListener('click', (e) => {
      const g = this.itemElement(e.target);
      if (!g) return;
      const id = g.dataset.id!;
      this.select(id, true);
      const it = this.item(id);
      if (it?.expandable) this.toggle(id);
    });
    scroll.addEventListener('pointerover', (e) => {
      const g = this.itemElement(e.target);
      this.hovered = g?.dataset.id ?? null;
      this.renderHex();
    });
    scroll.addEventListener('pointerleave', () => {
      this.hovered = null;
      this.renderHex();
    });
    scroll.addEventListener('focusin', (e) => {
      const g = this.itemElement(e.target);
      if (g) this.select(g.dataset.id!, false);
    });
    scroll.addEventListener('keydown', (e) => this.onKey(e));
    this.render();
  }

  /** Draws a new step. Open/closed summaries and the selection are kept across steps. */
  update(data: HeapMapData): void {
    this.data = { ...data };
    this.pendingScroll = true;
    this.render();
  }

  get snapshot(): StepSnapshot | HeapSnapshot | null {
    return this.data.snapshot;
  }
  set snapshot(s: StepSnapshot | HeapSnapshot | null) {
    this.update({ ...this.data, snapshot: s });
  }
  set labels(l: Record<string, number>) {
    this.update({ ...this.data, labels: l });
  }
  set evidence(e: EvidenceView | null) {
    this.update({ ...this.data, evidence: e });
  }

  /** The current layout (for tests and the runner). */
  get currentLayout(): HeapLayout | null {
    return this.layout;
  }

  /** Opens or closes an arena, pool or run of chunks/blocks by id (e.g. "pool:0x7ffff7f80000"). */
  toggle(id: string): void {
    const it = this.item(id);
    const open = it ? it.expanded : this.expanded.has(id);
    if (open) {
      this.expanded.delete(id);
      this.collapsed.add(id);
      // Runs of blocks opened inside a pool close with it (an opened run leaves no box to click).
      if (it?.kind === 'pool') {
        for (const e of [...this.expanded]) {
          const m = /^blocks:0x([0-9a-f]+)$/.exec(e);
          if (m && parseInt(m[1]!, 16) >= it.address && parseInt(m[1]!, 16) < it.address + it.length) this.expanded.delete(e);
        }
      }
    } else {
      this.collapsed.delete(id);
      this.expanded.add(id);
    }
    this.active = id;
    this.render();
    this.focusItem(id);
  }

  /** Selects the box holding address (a variable's value, say) and scrolls it into view. */
  focusAddress(address: number): boolean {
    const it = this.layout ? itemAt(this.layout, address) : null;
    if (!it) return false;
    this.focusItem(it.id);
    return true;
  }

  focusItem(id: string): void {
    const g = this.els?.scroll.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`);
    if (!g) return;
    this.setActive(id);
    g.focus();
    this.select(id, false);
  }

  // ---- rendering ----------------------------------------------------------------------------

  private render(): void {
    if (!this.els) return;
    const snap = this.data.snapshot;
    if (!snap) {
      this.els.scroll.innerHTML = '';
      this.els.summary.textContent = 'No heap to show yet.';
      this.layout = null;
      return;
    }
    this.heap = toHeapSnapshot(snap);
    const input = {
      snapshot: this.heap,
      previous: this.data.previous ?? null,
      labels: this.data.labels ?? {},
      highlights: highlightsFromEvidence(this.data.evidence),
      expanded: this.expanded,
      collapsed: this.collapsed,
    };
    this.layout = layoutHeap(input);
    const descId = `${this.ids}-summary`;
    this.els.scroll.innerHTML = renderSvg(this.layout, { title: this.getAttribute('label') ?? 'Heap map', descId });
    // The summary lives in the shadow root beside the SVG, so aria-describedby resolves.
    this.els.summary.textContent = this.layout.summary;
    const ids = new Set(this.layout.items.map((i) => i.id));
    if (this.selected && !ids.has(this.selected)) this.selected = null;
    if (!this.selected && this.layout.highlights[0]?.itemId) this.selected = this.layout.highlights[0].itemId;
    if (!this.active || !ids.has(this.active)) this.active = this.selected ?? this.firstLabelled() ?? this.layout.items[0]?.id ?? null;
    if (this.active) this.setActive(this.active);
    this.markSelected();
    const focusTarget = this.layout.highlights[0]?.itemId ?? this.firstLabelled();
    if (this.pendingScroll && focusTarget) this.scrollToItem(focusTarget);
    this.pendingScroll = false;
    this.renderHex();
    if (this.statsOpen) this.renderStats();
  }

  /** Scrolls the map (only the map, not the page) so that the item is in view. */
  private scrollToItem(id: string): void {
    const it = this.item(id);
    const svg = this.els.scroll.querySelector('svg');
    if (!it || !svg || !this.layout) return;
    const scale = svg.getBoundingClientRect().width / this.layout.width || 1;
    const box = this.els.scroll;
    const top = (it.y + 8) * scale;
    if (top < box.scrollTop || top + it.h * scale > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }

  private firstLabelled(): string | null {
    return this.layout?.items.find((i) => i.labels.length)?.id ?? null;
  }

  private setActive(id: string): void {
    const scroll = this.els.scroll;
    scroll.querySelectorAll('[tabindex="0"]').forEach((n) => n.setAttribute('tabindex', '-1'));
    scroll.querySelector(`[data-id="${CSS.escape(id)}"]`)?.setAttribute('tabindex', '0');
    this.active = id;
  }

  private markSelected(): void {
    this.els.scroll.querySelectorAll('.hm-selected').forEach((n) => n.classList.remove('hm-selected'));
    if (this.selected) this.els.scroll.querySelector(`[data-id="${CSS.escape(this.selected)}"]`)?.classList.add('hm-selected');
  }

  private select(id: string, fromPointer: boolean): void {
    if (this.selected === id && !fromPointer) return;
    this.selected = id;
    this.setActive(id);
    this.markSelected();
    this.renderHex();
    const it = this.item(id);
    if (it) {
      const detail: HeapSelectDetail = { id, address: it.address, labels: it.labels };
      this.dispatchEvent(new CustomEvent('pymem-heap-select', { detail, bubbles: true, composed: true }));
    }
  }

  private renderHex(): void {
    const id = this.hovered ?? this.selected;
    const it = id ? this.item(id) : null;
    if (!it || !this.heap || !this.layout) {
      this.els.hex.innerHTML = '<p>Hover or focus a block to see its bytes.</p>';
      return;
    }
    this.els.hex.innerHTML = hexHtml(hexView(it, this.heap, this.layout.highlights), it);
  }

  private toggleStats(): void {
    this.statsOpen = !this.statsOpen;
    this.els.statsButton.setAttribute('aria-expanded', String(this.statsOpen));
    this.els.stats.hidden = !this.statsOpen;
    if (this.statsOpen) this.renderStats();
  }

  private renderStats(): void {
    if (!this.heap) {
      this.els.stats.textContent = '';
      return;
    }
    const s = mallocStats(this.heap);
    this.els.stats.textContent = (s.computed ? '# computed from the snapshot\n' : '') + s.text;
  }

  // ---- lookups and keys ----------------------------------------------------------------------

  private item(id: string): MapItem | null {
    return this.layout?.items.find((i) => i.id === id) ?? null;
  }

  private itemElement(t: EventTarget | null): SVGGElement | null {
    const el = t instanceof Element ? t.closest('.hm-item') : null;
    return el as SVGGElement | null;
  }

  private onKey(e: KeyboardEvent): void {
    const items = this.layout?.items ?? [];
    if (!items.length) return;
    const i = Math.max(0, items.findIndex((x) => x.id === this.active));
    let next = -1;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(items.length - 1, i + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, i - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Enter':
      case ' ': {
        const it = items[i]!;
        if (it.expandable) {
          e.preventDefault();
          this.toggle(it.id);
        }
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    this.focusItem(items[next]!.id);
  }
}

function byteHtml(b: HexViewModel['rows'][number]['bytes'][number]): string {
  const cls = ['hm-b'];
  if (b.part) cls.push(`hm-part-${b.part}`);
  if (b.pattern) cls.push(`hm-pat-${b.pattern}`);
  if (b.read) cls.push('hm-read');
  const text = b.value === null ? '??' : b.value.toString(16).padStart(2, '0');
  const title = [b.part ?? '', b.pattern ? { clean: 'CLEANBYTE 0xCD', dead: 'DEADBYTE 0xDD', forbidden: 'FORBIDDENBYTE 0xFD' }[b.pattern] : '', b.read ? 'read by the failing check' : '']
    .filter(Boolean)
    .join(', ');
  return `<span class="${cls.join(' ')}" data-address="0x${b.address.toString(16)}"${title ? ` title="${esc(title)}"` : ''}>${text}</span>`;
}

export function hexHtml(m: HexViewModel, it: MapItem): string {
  const out: string[] = [];
  out.push(`<h3>${esc(m.title || it.owner)}</h3>`);
  for (const l of m.lines) out.push(`<p>${esc(l)}</p>`);
  out.push('<table class="hm-hex-table"><tbody>');
  m.rows.forEach((r, i) => {
    const ascii = r.bytes.map((b) => (b.value !== null && b.value >= 0x20 && b.value < 0x7f ? String.fromCharCode(b.value) : '.')).join('');
    out.push(`<tr><th class="hm-addr" scope="row">0x${r.address.toString(16)}</th><td>${r.bytes.map(byteHtml).join(' ')}</td><td class="hm-ascii">${esc(ascii)}</td></tr>`);
    if (m.gaps.includes(i)) out.push('<tr class="hm-gap"><td colspan="3">…</td></tr>');
  });
  out.push('</tbody></table>');
  if (m.fields.length) {
    out.push('<dl class="hm-fields">');
    for (const f of m.fields) out.push(`<dt>${esc(f.name)}</dt><dd>${esc(f.value)}</dd><dd>${esc(f.note)}</dd>`);
    out.push('</dl>');
  }
  if (m.reads.length) {
    out.push('<ul class="hm-reads">');
    for (const r of m.reads) {
      out.push(
        `<li>The failing check read ${r.length} bytes at ${esc(r.where)} (0x${r.address.toString(16)}): <span class="hm-read-bytes">${esc(r.bytes)}</span>` +
          `${r.meaning ? ` — ${esc(r.meaning)}` : ''}${r.asGlibcSizeWord ? `; as glibc reads it: ${esc(r.asGlibcSizeWord)}` : ''}</li>`,
      );
    }
    out.push('</ul>');
  }
  return out.join('');
}
