import { useSyncExternalStore } from 'react';

/** Hash routing: the app is loaded from a file in Electron. */
export function useRoute(): string {
  return useSyncExternalStore(
    (l) => {
      window.addEventListener('hashchange', l);
      return () => window.removeEventListener('hashchange', l);
    },
    () => window.location.hash.replace(/^#\/?/, '').split('?')[0] || 'overview',
  );
}

export function go(route: string): void {
  window.location.hash = `#/${route}`;
}
