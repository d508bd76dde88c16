import { eq } from 'drizzle-orm';
import { compound } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { addDays, dayOf } from '../shared/dates';
import { LABELS_ZH } from '../shared/labels';
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
    // The errands' limits as they will be (either may be left out): stale comes after aging.
    const aging = input.errandAgingMinutes ?? before.errandAgingMinutes;
    if ((input.errandStaleMinutes ?? before.errandStaleMinutes) <= aging)
      throw refuse(
        'VALIDATION',
        { code: 'errand_stale_after_aging', params: { aging } },
        'errandStaleMinutes',
      );
    const { version: _v, ...profile } = input;
    assertFresh(
      before,
      input,
      Object.keys(LABELS_ZH.compoundField) as (keyof Compound)[],
      '小区信息',
      'compound',
    );
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
