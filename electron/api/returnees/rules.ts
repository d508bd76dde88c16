/** The gate check of a returning resident (返回人员核查). Pure: every input is given. */
import { daysBetween } from '../shared/dates';

export type Outcome = 'admit' | 'hotel' | 'medical' | 'refuse';
export type RuleStatus = 'pass' | 'fail' | 'unknown';
export type RuleKey = 'resident' | 'sealed' | 'quarantine' | 'health' | 'test' | 'healthCode';
export type RuleResult = { rule: RuleKey; status: RuleStatus; reason: string; failsTo: Outcome };

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
      ? { rule: 'resident', status: 'pass', reason: '本小区登记居民', failsTo: 'refuse' }
      : { rule: 'resident', status: 'fail', reason: '不是本小区登记居民，不能入住小区', failsTo: 'refuse' },
  );
  r.push(
    p.compoundClosed
      ? { rule: 'sealed', status: 'fail', reason: '小区封闭管理中，任何人暂不能回家', failsTo: 'hotel' }
      : { rule: 'sealed', status: 'pass', reason: '小区已解封', failsTo: 'hotel' },
  );
  r.push(quarantine(p, rules.quarantineDays, today));
  r.push(health(p, rules.feverThreshold));
  r.push(test(p, rules.testValidHours, now));
  r.push(
    p.healthCode === null
      ? { rule: 'healthCode', status: 'unknown', reason: '未查验健康码', failsTo: 'hotel' }
      : p.healthCode === 'green'
        ? { rule: 'healthCode', status: 'pass', reason: '健康码绿码', failsTo: 'hotel' }
        : p.healthCode === 'red'
          ? { rule: 'healthCode', status: 'fail', reason: '健康码红码', failsTo: 'medical' }
          : { rule: 'healthCode', status: 'fail', reason: '健康码黄码', failsTo: 'hotel' },
  );
  return r;
}

function quarantine(p: CheckInput, required: number, today: string): RuleResult {
  const base = { rule: 'quarantine' as const, failsTo: 'hotel' as const };
  if (!p.quarantineFrom || !p.quarantineTo)
    return { ...base, status: 'unknown', reason: '没有酒店隔离记录，需要完成隔离' };
  if (p.quarantineTo < p.quarantineFrom)
    return { ...base, status: 'fail', reason: '隔离结束日期早于开始日期' };
  const days = daysBetween(p.quarantineFrom, p.quarantineTo < today ? p.quarantineTo : today);
  if (days < required) return { ...base, status: 'fail', reason: `已隔离 ${days} 天，不足 ${required} 天` };
  if (!p.certificateNo.trim())
    return { ...base, status: 'fail', reason: `隔离 ${days} 天，但没有解除隔离证明编号` };
  return { ...base, status: 'pass', reason: `已完成 ${days} 天隔离（证明 ${p.certificateNo.trim()}）` };
}

function health(p: CheckInput, threshold: number): RuleResult {
  const base = { rule: 'health' as const, failsTo: 'medical' as const };
  if (p.symptoms.trim()) return { ...base, status: 'fail', reason: `有症状：${p.symptoms.trim()}，需就医` };
  if (p.temperature === null) return { ...base, status: 'unknown', reason: '门岗未测体温' };
  if (p.temperature >= threshold)
    return {
      ...base,
      status: 'fail',
      reason: `体温 ${p.temperature} ℃，达到发热标准 ${threshold} ℃，需就医`,
    };
  return { ...base, status: 'pass', reason: `体温 ${p.temperature} ℃，无症状` };
}

function test(p: CheckInput, hours: number, now: Date): RuleResult {
  const base = { rule: 'test' as const, failsTo: 'hotel' as const };
  if (p.testResult === 'positive')
    return { ...base, status: 'fail', reason: '核酸检测阳性', failsTo: 'medical' };
  if (!p.testAt || !p.testResult) return { ...base, status: 'fail', reason: '没有核酸检测结果，需要检测' };
  const age = (now.getTime() - Date.parse(p.testAt)) / 3_600_000;
  if (age < 0) return { ...base, status: 'unknown', reason: '核酸检测时间晚于现在，请核对' };
  if (p.testResult === 'pending') return { ...base, status: 'unknown', reason: '核酸结果未出' };
  if (age > hours)
    return {
      ...base,
      status: 'fail',
      reason: `核酸检测已过 ${Math.floor(age)} 小时，超过 ${hours} 小时，需要重新检测`,
    };
  return { ...base, status: 'pass', reason: `${Math.floor(age)} 小时内核酸阴性` };
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
export function decisionProblem(outcome: Outcome, recommendation: Outcome, reason: string): string | null {
  if (outcome !== recommendation && !reason.trim()) return '处理结果与系统建议不同，请填写理由';
  return null;
}

/** The registry presence that follows a decision. */
export const PRESENCE_AFTER: Record<Outcome, 'in_compound' | 'in_hotel' | 'in_hospital' | 'away'> = {
  admit: 'in_compound',
  hotel: 'in_hotel',
  medical: 'in_hospital',
  refuse: 'away',
};
