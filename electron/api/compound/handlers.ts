import { eq } from 'drizzle-orm';
import { compound } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { addDays, dayOf } from '../shared/dates';
import { assertFresh } from '../shared/versions';
import type { Compound, compoundContract } from './contract';

export const compoundHandlers: HandlerMap<keyof typeof compoundContract> = {
  'compound.get': (db) => readCompound(db),
  'compound.update': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    if (input.liftedOn && input.status === 'lifted' && input.liftedOn > today) {
      throw refuse('VALIDATION', { code: 'lifted_in_future' }, 'liftedOn');
    }
    if (
      input.closureStart &&
      (input.closureStart < addDays(today, -366) || input.closureStart > addDays(today, 60))
    ) {
      throw refuse('VALIDATION', { code: 'closure_start_out_of_range' }, 'closureStart');
    }
    const before = readCompound(db);
    const { version: _v, ...profile } = input;
    assertFresh(before, input, Object.keys(FIELD_LABELS) as (keyof Compound)[], '小区信息', 'compound');
    db.update(compound)
      .set({
        ...profile,
        liftedOn: input.status === 'lifted' ? input.liftedOn : null,
        updatedAt: ctx.now().toISOString(),
        version: before.version + 1,
      })
      .where(eq(compound.id, 1))
      .run();
    const after = readCompound(db);
    const changed = (Object.keys(profile) as (keyof typeof profile)[]).filter((k) => before[k] !== after[k]);
    ctx.describe({
      entity: 'compound',
      entityId: 1,
      reason: changed.length
        ? {
            code: 'audit_compound_update',
            params: {
              changes: changed
                .map((k) => [k, String(before[k] ?? ''), String(after[k] ?? '')].join('\t'))
                .join('\n'),
            },
          }
        : { code: 'audit_compound_unchanged' },
    });
    return after;
  },
};

const FIELD_LABELS: Record<keyof Omit<Compound, 'updatedAt' | 'version'>, string> = {
  name: '小区名称',
  city: '市',
  district: '区',
  town: '镇/街道',
  address: '地址',
  closureStart: '封闭开始',
  plannedDays: '计划天数',
  status: '状态',
  liftedOn: '解封日期',
  feverThreshold: '发热标准',
  quarantineDays: '须完成隔离天数',
  testValidHours: '核酸有效小时数',
  minRestHours: '班次间最少休息小时',
  maxConsecutiveDays: '最多连续上班天数',
};
