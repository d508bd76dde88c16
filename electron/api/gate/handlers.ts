import { eq } from 'drizzle-orm';
import { dutyPosts, gateLog } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { isFever } from '../shared/health-rules';
import { snapshotName } from '../shared/who';
import { GATE_LIST_LIMIT, type gateContract } from './contract';
import { gateWorkbook } from './export';
import { gateRows, presentNames } from './read';

export const gateHandlers: HandlerMap<keyof typeof gateContract> = {
  'gate.log': (db, input, ctx) => {
    const post = db
      .select({ name: dutyPosts.name })
      .from(dutyPosts)
      .where(eq(dutyPosts.id, input.postId))
      .get();
    if (!post) throw refuse('NOT_FOUND', { code: 'post_not_found' });
    const at = ctx.now().toISOString();
    const onDuty = presentNames(db, input.postId, at);
    const threshold = readCompound(db).feverThreshold;
    // A temperature is taken of people coming in; one going out may have one noted too.
    const temperature = input.temperature ?? null;
    const fever = isFever(temperature, threshold);
    const row = db
      .insert(gateLog)
      .values({
        postId: input.postId,
        direction: input.direction,
        kind: input.kind,
        who: input.who,
        note: input.note,
        temperature,
        fever,
        at,
        onDuty,
        recordedById: ctx.operator?.id ?? null,
        recordedBy: snapshotName(ctx.operator),
      })
      .returning({ id: gateLog.id })
      .get();
    ctx.describe({
      entity: 'gate_log',
      entityId: row.id,
      reason: {
        code: fever ? 'audit_gate_in_fever' : input.direction === 'in' ? 'audit_gate_in' : 'audit_gate_out',
        params: {
          post: post.name,
          kind: input.kind,
          who: input.who,
          note: input.note ?? '',
          ...(temperature === null ? {} : { temperature }),
        },
      },
    });
    return { id: row.id, onDuty, fever, threshold };
  },
  'gate.list': (db, input) => {
    const rows = gateRows(db, input, GATE_LIST_LIMIT + 1);
    return { rows: rows.slice(0, GATE_LIST_LIMIT), more: rows.length > GATE_LIST_LIMIT };
  },
  'gate.exportXlsx': (db, input, ctx) => gateWorkbook(db, input, ctx.now(), ctx.paths.db),
};
