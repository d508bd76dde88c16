/**
 * The operator on duty as a transport hands it over (the web host's header, the IPC meta):
 * a positive whole number written as digits only. Anything else (`1abc`, `1e3`, ` 1`, `-1`, `1.5`)
 * is no operator at all, never a guess at one.
 */
export function parseOperatorId(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : null;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * A sign-in session token as a transport hands it over (the `x-gatepost-session` header, the IPC
 * meta): exactly 43 characters of base64url (32 random bytes). Anything else is no session.
 */
export function parseSessionToken(raw: unknown): string | null {
  return typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : null;
}
