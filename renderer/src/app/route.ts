import { useSyncExternalStore } from 'react';

/** Hash routing: the app is loaded from a file in Electron. `#/<route>/<param>?<query>`. */
const subscribe = (l: () => void) => {
  window.addEventListener('hashchange', l);
  return () => window.removeEventListener('hashchange', l);
};

const path = () => window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';

export function useRoute(): string {
  return useSyncExternalStore(subscribe, () => path() || 'overview');
}

const query = () => window.location.hash.split('?')[1] ?? '';

/** The address's query (`#/search?q=…`): what a screen keeps there survives Back and a reload. */
export function routeQuery(): URLSearchParams {
  return new URLSearchParams(query());
}

export function useRouteQuery(): URLSearchParams {
  return new URLSearchParams(useSyncExternalStore(subscribe, query));
}

export function go(route: string): void {
  window.location.hash = `#/${route}`;
}

/** A route with its query, for a link or `go`; empty values are left out. */
export function withQuery(route: string, query: Record<string, string>): string {
  const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '')).toString();
  return q ? `${route}?${q}` : route;
}

/**
 * Put the current screen's state in the address without a new history entry (typing in a box
 * replaces it, so Back still leaves the screen) and without a hashchange (the screen holds it).
 */
export function replaceQuery(query: Record<string, string>): void {
  const next = `#/${withQuery(path(), query)}`;
  if (next !== window.location.hash) window.history.replaceState(window.history.state, '', next);
}
