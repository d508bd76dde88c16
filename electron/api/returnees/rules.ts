/** The gate check of a returning resident (返回人员核查). Pure: every input is given. */

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

/** Most severe first: a refusal beats a medical referral beats a hotel. */
const SEVERITY: Outcome[] = ['refuse', 'medical', 'hotel', 'admit'];

export function checkReturnee(p: CheckInput, rules: PostRules, now: Date, today: string): RuleResult[] {
  const r: RuleResult[] = [];
  r.push(
    p.isResident
      ? { rule: 'resident', status: 'pass', reason: { code: 'resident_ok' }, failsTo: 'refuse' }
      : { rule: 'resident', status: 'fail', reason: { code: 'not_resident' }, failsTo: 'refuse' },
  );
  r.push(
    p.compoundClosed
      ? { rule: 'sealed', status: 'fail', reason: { code: 'compound_sealed' }, failsTo: 'hotel' }
      : { rule: 'sealed', status: 'pass', reason: { code: 'compound_lifted' }, failsTo: 'hotel' },
  );
  r.push(quarantine(p, rules.quarantineDays, today));
  r.push(health(p, rules.feverThreshold));
  r.push(test(p, rules.testValidHours, now));
  r.push(
    p.healthCode === null
      ? { rule: 'healthCode', status: 'unknown', reason: { code: 'health_code_unchecked' }, failsTo: 'hotel' }
      : p.healthCode === 'green'
        ? { rule: 'healthCode', status: 'pass', reason: { code: 'health_code_green' }, failsTo: 'hotel' }
        : p.healthCode === 'red'
          ? { rule: 'healthCode', status: 'fail', reason: { code: 'health_code_red' }, failsTo: 'medical' }
          : { rule: 'healthCode', status: 'fail', reason: { code: 'health_code_yellow' }, failsTo: 'hotel' },
  );
  return r;
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

function health(p: CheckInput, threshold: number): RuleResult {
  const base = { rule: 'health' as const, failsTo: 'medical' as const };
  if (p.symptoms.trim())
    return { ...base, status: 'fail', reason: { code: 'symptoms', params: { symptoms: p.symptoms.trim() } } };
  if (p.temperature === null)
    return { ...base, status: 'unknown', reason: { code: 'temperature_not_taken' } };
  if (isFever(p.temperature, threshold))
    return {
      ...base,
      status: 'fail',
      reason: { code: 'fever', params: { temperature: p.temperature, threshold } },
    };
  return {
    ...base,
    status: 'pass',
    reason: { code: 'temperature_ok', params: { temperature: p.temperature } },
  };
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

/** The registry presence that follows a decision. */
export const PRESENCE_AFTER: Record<Outcome, 'in_compound' | 'in_hotel' | 'in_hospital' | 'away'> = {
  admit: 'in_compound',
  hotel: 'in_hotel',
  medical: 'in_hospital',
  refuse: 'away',
};
