import { useSyncExternalStore } from 'react';

const KEY = 'gatepost.operatorId';
/** The sign-in session of a member with a PIN (team.signIn); it lives in the host's memory too. */
const SESSION_KEY = 'gatepost.session';
const listeners = new Set<() => void>();

export function getOperatorId(): number | null {
  const raw = localStorage.getItem(KEY);
  const id = raw ? Number(raw) : Number.NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function getSession(): string | null {
  return sessionStorage.getItem(SESSION_KEY);
}

/** Who is on duty now, with their session when they signed in with a PIN. Any change drops the old session. */
export function setOperatorId(id: number | null, session: string | null = null): void {
  if (id) localStorage.setItem(KEY, String(id));
  else localStorage.removeItem(KEY);
  if (session) sessionStorage.setItem(SESSION_KEY, session);
  else sessionStorage.removeItem(SESSION_KEY);
  for (const l of listeners) l();
}

export function useOperatorId(): number | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, getOperatorId);
}

/** The session token, so screens re-ask the host whom it accepts when it changes. */
export function useSessionToken(): string | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, getSession);
}

/** A member with a PIN chosen in the header's switch: the start screen opens at their PIN. */
let askPin: number | null = null;
export const pinAsked = (): number | null => askPin;
export function askForPin(id: number | null): void {
  // Read once by the start screen when it opens (see OperatorChooser), then forgotten.
  askPin = id;
  setOperatorId(null);
}
askForPin.forget = (): void => {
  askPin = null;
};
