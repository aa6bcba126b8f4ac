// Client side of VersionSwitch.astro: swaps the text between versions without a page load.
// Main export: initVersionSwitch(). What it swaps: <main> (title, switch, text, pagination),
// the document title and the sidebar's current link. Falls back to a normal navigation on
// any error.
const KEY = 'pymem-live:version:';

function remember(group: string, href: string): void {
  try {
    localStorage.setItem(KEY + group, href);
  } catch {
    // Storage may be disabled; the switch still works for this page.
  }
}

function recalled(group: string): string | null {
  try {
    return localStorage.getItem(KEY + group);
  } catch {
    return null;
  }
}

function markSidebar(pathname: string): void {
  document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]').forEach((a) => {
    if (new URL(a.href, location.href).pathname === pathname) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

async function swapTo(href: string, mode: 'push' | 'replace', focus: boolean): Promise<void> {
  const url = new URL(href, location.href);
  const response = await fetch(url.pathname);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const fresh = doc.querySelector('main');
  const main = document.querySelector('main');
  if (!fresh || !main) throw new Error('no <main> to swap');
  main.replaceChildren(...Array.from(fresh.childNodes, (n) => document.importNode(n, true)));
  document.title = doc.title;
  if (mode === 'push') history.pushState({ versionSwap: true }, '', url.pathname);
  else history.replaceState({ versionSwap: true }, '', url.pathname);
  markSidebar(url.pathname);
  swapped = true;
  if (focus) main.querySelector<HTMLElement>('.version-switch a[aria-current="page"]')?.focus();
  document.dispatchEvent(new CustomEvent('pymem-live:content-swapped', { detail: { href: url.pathname } }));
}

let started = false;
let swapped = false;

export function initVersionSwitch(): void {
  if (started) return;
  started = true;

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('.version-switch a[data-version-href]');
    const nav = link?.closest<HTMLElement>('.version-switch');
    if (!link || !nav) return;
    const href = link.dataset.versionHref!;
    remember(nav.dataset.versionGroup!, href);
    event.preventDefault();
    if (link.getAttribute('aria-current') === 'page') return;
    swapTo(href, 'push', true).catch(() => location.assign(href));
  });

  window.addEventListener('popstate', (event) => {
    if (swapped || (event.state as { versionSwap?: boolean } | null)?.versionSwap) {
      location.reload();
    }
  });

  // Show the remembered version, unless the reader came for a fragment of this one.
  const nav = document.querySelector<HTMLElement>('.version-switch');
  const root = document.documentElement;
  const done = () => root.classList.remove('version-swapping');
  if (!nav) return done();
  const want = recalled(nav.dataset.versionGroup!);
  const available = Array.from(nav.querySelectorAll<HTMLAnchorElement>('a[data-version-href]'), (a) => a.dataset.versionHref);
  if (want && want !== location.pathname && !location.hash && available.includes(want)) {
    swapTo(want, 'replace', false)
      .catch(() => location.replace(want))
      .finally(done);
  } else {
    done();
  }
}
