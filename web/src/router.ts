/**
 * A small router over the History API: the URL is the state of every view (path, filters, year),
 * so a reload or back/forward restores it. Same-origin links are followed without a page load.
 */
import { useEffect, useState } from 'preact/hooks';

interface Location {
  path: string;
  query: URLSearchParams;
}

const current = (): Location => ({ path: location.pathname, query: new URLSearchParams(location.search) });
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Go to `url` (path and query); `replace` rewrites the current history entry (e.g. while a slider moves). */
export function navigate(url: string, { replace = false } = {}): void {
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  if (!replace) window.scrollTo(0, 0);
  notify();
}

/** The current location; re-renders on every change. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return loc;
}

/** `path` with `params` as its query string (empty values left out). */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Follow same-origin links inside the app without reloading the page. */
export function interceptLinks(): void {
  window.addEventListener('popstate', notify);
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest?.('a');
    if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
    if (a.pathname.startsWith('/export/') || a.pathname.startsWith('/graphql')) return;
    e.preventDefault();
    navigate(a.pathname + a.search);
  });
}
