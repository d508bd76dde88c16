import { useSyncExternalStore } from 'react';

const KEY = 'gatepost.operatorId';
const listeners = new Set<() => void>();

export function getOperatorId(): number | null {
  const raw = localStorage.getItem(KEY);
  const id = raw ? Number(raw) : Number.NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function setOperatorId(id: number | null): void {
  if (id) localStorage.setItem(KEY, String(id));
  else localStorage.removeItem(KEY);
  for (const l of listeners) l();
}

export function useOperatorId(): number | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, getOperatorId);
}
