import { NO_FAILURES, type PinState, SESSION_IDLE_MS, sessionAlive } from './rules';

/**
 * Sign-in state, in memory of the host that holds the database (never on disk, never sent anywhere
 * but to the person who signed in): the session tokens, each bound to one member and to the PIN hash
 * they signed in with (so a PIN changed or reset, or a restore that brought other data, ends it) and
 * dropped after 12 hours without a request, and each member's wrong-PIN count. One store per open database
 * (keyed by its connection), so two files — or two tests — never share a token. A restart forgets
 * them: everyone with a PIN signs in again, and the audit log keeps every refused PIN.
 */
export class SignInStore {
  private readonly sessions = new Map<string, { memberId: number; pinHash: string; lastSeen: number }>();
  private readonly pins = new Map<number, PinState>();

  open(memberId: number, pinHash: string, now: Date): string {
    // The global Web Crypto: this store is on the host's start path, node:crypto is not (issue 11).
    const token = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
    this.sessions.set(token, { memberId, pinHash, lastSeen: now.getTime() });
    return token;
  }

  /** Is `token` a live session of this member and PIN? A live one is kept alive; a dead one is forgotten. */
  touch(token: string | null | undefined, member: { id: number; pinHash: string }, now: Date): boolean {
    if (!token) return false;
    const s = this.sessions.get(token);
    if (!s) return false;
    if (!sessionAlive(s.lastSeen, now.getTime(), SESSION_IDLE_MS)) {
      this.sessions.delete(token);
      return false;
    }
    if (s.memberId !== member.id) return false;
    if (s.pinHash !== member.pinHash) {
      this.sessions.delete(token);
      return false;
    }
    s.lastSeen = Math.max(s.lastSeen, now.getTime());
    return true;
  }

  close(token: string): boolean {
    return this.sessions.delete(token);
  }

  /** Every session of one member ends (their PIN was reset or changed). Returns how many. */
  closeAllOf(memberId: number): number {
    let n = 0;
    for (const [token, s] of this.sessions)
      if (s.memberId === memberId) {
        this.sessions.delete(token);
        n++;
      }
    return n;
  }

  pinState(memberId: number): PinState {
    return this.pins.get(memberId) ?? NO_FAILURES;
  }

  setPinState(memberId: number, state: PinState): void {
    if (state.failures === 0 && state.lockedUntil === null) this.pins.delete(memberId);
    else this.pins.set(memberId, state);
  }
}

const stores = new WeakMap<object, SignInStore>();

/** The sign-in store of one open database (keyed by its connection object). */
export function signInStore(connection: object): SignInStore {
  let s = stores.get(connection);
  if (!s) {
    s = new SignInStore();
    stores.set(connection, s);
  }
  return s;
}
