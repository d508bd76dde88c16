import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * PINs are kept only as a salted scrypt hash (node:crypto): `scrypt$N$r$p$<salt>$<hash>`, base64.
 * The PIN itself is never stored, logged or written in an audit summary. A 4–6 digit PIN is a small
 * space: it keeps a stranger at the laptop out (five tries, then a minute's lock), not someone who
 * already holds a copy of the database file.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LEN = 32;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_LEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Does `pin` match the stored hash? A malformed hash matches nothing. */
export function verifyPin(pin: string, stored: string): boolean {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((x) => Number.isSafeInteger(x) && x > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length !== KEY_LEN) return false;
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), KEY_LEN, cost);
  return timingSafeEqual(actual, expected);
}
