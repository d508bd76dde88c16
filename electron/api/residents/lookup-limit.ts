/**
 * How many full-ID look-ups one operator may make in a row (issue 8, finding 2). Pure: the caller
 * keeps the instants and passes the clock (ctx.now()); nothing here reads the wall clock.
 *
 * A full ID number turned into a person — residents.search with 18 characters, residents.reveal,
 * a returnee identified at intake by the number typed, a save refused because the number is on
 * someone else — is one look-up. The gate needs a few per family; someone trying candidates for a
 * masked number needs dozens to thousands (see maskIdNumber), so a sliding window of 30 per 10
 * minutes is felt by the second and not by the first. A refused attempt is not counted (it
 * answered nothing), so the wait does not grow while someone keeps trying.
 */

export type LookupRule = { limit: number; windowMs: number };
export const FULL_ID_LOOKUPS: LookupRule = { limit: 30, windowMs: 10 * 60 * 1000 };

export type LookupAnswer =
  | { code: 'ok'; left: number }
  | { code: 'rate_limited'; waitSeconds: number; limit: number; windowMinutes: number };

/**
 * May `count` more look-ups (one unless said) happen at `now` (ms), given the recent ones? All or
 * none: a refused batch takes nothing. Returns the instants to keep.
 */
export function admitLookup(
  recent: readonly number[],
  now: number,
  rule: LookupRule = FULL_ID_LOOKUPS,
  count = 1,
): { answer: LookupAnswer; recent: number[] } {
  const kept = recent.filter((t) => t > now - rule.windowMs);
  if (kept.length + count > rule.limit) {
    // When enough of the recent ones have left the window (a batch larger than the limit: a window).
    const leave = [...kept].sort((a, b) => a - b)[kept.length + count - rule.limit - 1];
    const freeAt = count > rule.limit || leave === undefined ? now + rule.windowMs : leave + rule.windowMs;
    return {
      answer: {
        code: 'rate_limited',
        waitSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)),
        limit: rule.limit,
        windowMinutes: Math.round(rule.windowMs / 60000),
      },
      recent: kept,
    };
  }
  const taken = Array.from({ length: count }, () => now);
  return { answer: { code: 'ok', left: rule.limit - kept.length - count }, recent: [...kept, ...taken] };
}

/**
 * The counters, in memory only (a restart forgets them, which is fine: every look-up is in the audit
 * log anyway). One set per open database, so two files — or two tests — never share a counter.
 */
export class LookupCounter {
  private readonly byOperator = new Map<string, number[]>();
  constructor(private readonly rule: LookupRule = FULL_ID_LOOKUPS) {}

  take(operatorId: number | null, now: Date, count = 1): LookupAnswer {
    const key = operatorId === null ? 'none' : String(operatorId);
    const { answer, recent } = admitLookup(this.byOperator.get(key) ?? [], now.getTime(), this.rule, count);
    this.byOperator.set(key, recent);
    return answer;
  }
}

const counters = new WeakMap<object, LookupCounter>();

/** The counter of one open database (keyed by its connection object). */
export function counterFor(connection: object): LookupCounter {
  let c = counters.get(connection);
  if (!c) {
    c = new LookupCounter();
    counters.set(connection, c);
  }
  return c;
}

/** "请 4 分钟后再试" / "请 40 秒后再试" */
export function waitText(seconds: number): string {
  return seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
}
