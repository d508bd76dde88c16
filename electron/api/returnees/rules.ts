/**
 * The gate check of a returning resident (返回人员核查). Pure: every input is given.
 *
 * THE ORDER OF THE RULES (健康优先, health first). The check runs the rules in this order and the
 * card lists them so; the recommendation is the outcome of the most severe failure, and the
 * severities follow the same order:
 *
 *   1. health      fever (≥ the post's threshold) or symptoms          → medical, whoever the person is
 *   2. test        a positive nucleic-acid test                        → medical
 *   3. healthCode  a red health code                                   → medical
 *   4. resident    not a registered resident of this compound          → refuse (劝返)
 *   5. quarantine  too few days, no certificate, no record             → hotel
 *      test        missing or expired (pending, in the future: unknown) → hotel
 *      healthCode  yellow (not checked: unknown)                       → hotel
 *      health      temperature not taken (unknown)                     → hotel
 *   6. sealed      the compound is sealed                              → hotel
 *   7. nothing failed and nothing unknown                              → admit
 *
 * So a medical referral beats a refusal beats a hotel beats admission: a feverish non-resident is
 * sent to a doctor, not turned away at the gate (tests/unit/returnee-rules.test.ts tests every pair
 * of failing rules). The health rule always carries the temperature against the threshold when one
 * was taken, so the card shows both.
 */

import { daysBetween } from '../shared/dates';
import { isFever } from '../shared/health-rules';
import type { Reason } from '../shared/reason';

export type Outcome = 'admit' | 'hotel' | 'medical' | 'refuse';
export type RuleStatus = 'pass' | 'fail' | 'unknown';
export type RuleKey = 'resident' | 'sealed' | 'quarantine' | 'health' | 'test' | 'healthCode';
/** `reason` is a code with parameters (shared/codes.ts), worded by the screen. */
export type RuleResult = { rule: RuleKey; status: RuleStatus; reason: Reason; failsTo: Outcome };

export type CheckInput = {
  isResident: boolean;
  compoundClosed: boolean;
  quarantineFrom: string | null;
  quarantineTo: string | null;
  certificateNo: string;
  testAt: string | null;
  testResult: 'negative' | 'positive' | 'pending' | null;
  healthCode: 'green' | 'yellow' | 'red' | null;
  temperature: number | null;
  symptoms: string;
};
export type PostRules = { quarantineDays: number; testValidHours: number; feverThreshold: number };

/** The rules in the order they are checked and listed (see the order above). */
export const RULE_ORDER: readonly RuleKey[] = [
  'health',
  'test',
  'healthCode',
  'resident',
  'quarantine',
  'sealed',
];

/** Most severe first: a medical referral beats a refusal beats a hotel beats admission. */
export const SEVERITY: readonly Outcome[] = ['medical', 'refuse', 'hotel', 'admit'];

export function checkReturnee(p: CheckInput, rules: PostRules, now: Date, today: string): RuleResult[] {
  const results: Record<RuleKey, RuleResult> = {
    health: health(p, rules.feverThreshold),
    test: test(p, rules.testValidHours, now),
    healthCode:
      p.healthCode === null
        ? {
            rule: 'healthCode',
            status: 'unknown',
            reason: { code: 'health_code_unchecked' },
            failsTo: 'hotel',
          }
        : p.healthCode === 'green'
          ? { rule: 'healthCode', status: 'pass', reason: { code: 'health_code_green' }, failsTo: 'hotel' }
          : p.healthCode === 'red'
            ? { rule: 'healthCode', status: 'fail', reason: { code: 'health_code_red' }, failsTo: 'medical' }
            : {
                rule: 'healthCode',
                status: 'fail',
                reason: { code: 'health_code_yellow' },
                failsTo: 'hotel',
              },
    resident: p.isResident
      ? { rule: 'resident', status: 'pass', reason: { code: 'resident_ok' }, failsTo: 'refuse' }
      : { rule: 'resident', status: 'fail', reason: { code: 'not_resident' }, failsTo: 'refuse' },
    quarantine: quarantine(p, rules.quarantineDays, today),
    sealed: p.compoundClosed
      ? { rule: 'sealed', status: 'fail', reason: { code: 'compound_sealed' }, failsTo: 'hotel' }
      : { rule: 'sealed', status: 'pass', reason: { code: 'compound_lifted' }, failsTo: 'hotel' },
  };
  return RULE_ORDER.map((k) => results[k]);
}

function quarantine(p: CheckInput, required: number, today: string): RuleResult {
  const base = { rule: 'quarantine' as const, failsTo: 'hotel' as const };
  if (!p.quarantineFrom || !p.quarantineTo)
    return { ...base, status: 'unknown', reason: { code: 'quarantine_no_record' } };
  if (p.quarantineTo < p.quarantineFrom)
    return { ...base, status: 'fail', reason: { code: 'quarantine_dates_reversed' } };
  const days = daysBetween(p.quarantineFrom, p.quarantineTo < today ? p.quarantineTo : today);
  if (days < required)
    return { ...base, status: 'fail', reason: { code: 'quarantine_short', params: { days, required } } };
  if (!p.certificateNo.trim())
    return { ...base, status: 'fail', reason: { code: 'quarantine_no_certificate', params: { days } } };
  return {
    ...base,
    status: 'pass',
    reason: { code: 'quarantine_done', params: { days, certificate: p.certificateNo.trim() } },
  };
}

/**
 * Fever or symptoms fail to a doctor. A temperature taken is always shown against the threshold,
 * with or without symptoms.
 */
function health(p: CheckInput, threshold: number): RuleResult {
  const base = { rule: 'health' as const, failsTo: 'medical' as const };
  const symptoms = p.symptoms.trim();
  const t = p.temperature;
  if (t === null)
    return symptoms
      ? { ...base, status: 'fail', reason: { code: 'symptoms', params: { symptoms } } }
      : { ...base, status: 'unknown', reason: { code: 'temperature_not_taken' } };
  const temp = { temperature: t, threshold };
  if (isFever(t, threshold))
    return {
      ...base,
      status: 'fail',
      reason: symptoms
        ? { code: 'fever_with_symptoms', params: { ...temp, symptoms } }
        : { code: 'fever', params: temp },
    };
  if (symptoms)
    return { ...base, status: 'fail', reason: { code: 'symptoms_no_fever', params: { ...temp, symptoms } } };
  return { ...base, status: 'pass', reason: { code: 'temperature_below_threshold', params: temp } };
}

function test(p: CheckInput, hours: number, now: Date): RuleResult {
  const base = { rule: 'test' as const, failsTo: 'hotel' as const };
  if (p.testResult === 'positive')
    return { ...base, status: 'fail', reason: { code: 'test_positive' }, failsTo: 'medical' };
  if (!p.testAt || !p.testResult) return { ...base, status: 'fail', reason: { code: 'test_missing' } };
  const age = (now.getTime() - Date.parse(p.testAt)) / 3_600_000;
  if (age < 0) return { ...base, status: 'unknown', reason: { code: 'test_in_future' } };
  if (p.testResult === 'pending') return { ...base, status: 'unknown', reason: { code: 'test_pending' } };
  if (age > hours)
    return {
      ...base,
      status: 'fail',
      reason: { code: 'test_expired', params: { hours: Math.floor(age), limit: hours } },
    };
  return { ...base, status: 'pass', reason: { code: 'test_ok', params: { hours: Math.floor(age) } } };
}

/** One recommended outcome: the most severe failure; anything unknown keeps the person out of the compound. */
export function recommend(results: RuleResult[]): Outcome {
  let worst: Outcome = 'admit';
  for (const x of results) {
    const to: Outcome = x.status === 'fail' ? x.failsTo : x.status === 'unknown' ? 'hotel' : 'admit';
    if (SEVERITY.indexOf(to) < SEVERITY.indexOf(worst)) worst = to;
  }
  return worst;
}

/** A decision against the recommendation needs a reason. */
export function decisionProblem(outcome: Outcome, recommendation: Outcome, reason: string): Reason | null {
  if (outcome !== recommendation && !reason.trim()) return { code: 'decision_needs_reason' };
  return null;
}

/**
 * The registry presence that follows a decision. A hotel decision is not a room: the person awaits
 * placement until `hotels.place` gives them one (then `in_hotel`).
 */
export const PRESENCE_AFTER: Record<Outcome, 'in_compound' | 'awaiting_placement' | 'in_hospital' | 'away'> =
  {
    admit: 'in_compound',
    hotel: 'awaiting_placement',
    medical: 'in_hospital',
    refuse: 'away',
  };
