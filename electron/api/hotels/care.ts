import { and, eq, isNull } from 'drizzle-orm';
import { hotelContacts, hotelNeeds, hotelStays, returnees } from '../../../db/schema';
import { readCompound } from '../compound/handlers';
import { ApiError } from '../errors';
import type { HandlerMap } from '../handler';
import { dayOf } from '../shared/dates';

export const NEED_TEXT = {
  alcohol: '酒精',
  thermometer: '体温计',
  masks: '口罩',
  medicine: '药品',
  room_change: '换房',
  other: '其他',
} as const;

export const careHandlers: HandlerMap<'hotels.addNeed' | 'hotels.handleNeed' | 'hotels.logContact'> = {
  'hotels.addNeed': (db, input, ctx) => {
    const r = db.select().from(returnees).where(eq(returnees.id, input.returneeId)).get();
    if (!r) throw new ApiError('NOT_FOUND', '返回人员不存在');
    const row = db
      .insert(hotelNeeds)
      .values({
        returneeId: r.id,
        kind: input.kind,
        detail: input.detail,
        askedAt: ctx.now().toISOString(),
        recordedById: ctx.operator?.id ?? null,
        recordedBy: ctx.operator?.name ?? '系统',
      })
      .returning({ id: hotelNeeds.id })
      .get();
    ctx.describe({
      entity: 'returnee',
      entityId: r.id,
      summary: `${r.name} 需要：${NEED_TEXT[input.kind]}${input.detail ? `（${input.detail}）` : ''}`,
    });
    return row;
  },
  'hotels.handleNeed': (db, input, ctx) => {
    const need = db
      .select({ n: hotelNeeds, name: returnees.name })
      .from(hotelNeeds)
      .innerJoin(returnees, eq(returnees.id, hotelNeeds.returneeId))
      .where(eq(hotelNeeds.id, input.needId))
      .get();
    if (!need) throw new ApiError('NOT_FOUND', '找不到这条需求');
    if (need.n.handledAt) throw new ApiError('CONFLICT', `这条需求已由 ${need.n.handledBy} 处理`);
    db.update(hotelNeeds)
      .set({
        handledAt: ctx.now().toISOString(),
        handledById: ctx.operator?.id ?? null,
        handledBy: ctx.operator?.name ?? '系统',
        handledNote: input.note,
      })
      .where(eq(hotelNeeds.id, input.needId))
      .run();
    ctx.describe({
      entity: 'returnee',
      entityId: need.n.returneeId,
      summary: `已处理 ${need.name} 的需求：${NEED_TEXT[need.n.kind]}${input.note ? `（${input.note}）` : ''}`,
    });
    return { id: input.needId };
  },
  'hotels.logContact': (db, input, ctx) => {
    const r = db.select().from(returnees).where(eq(returnees.id, input.returneeId)).get();
    if (!r) throw new ApiError('NOT_FOUND', '返回人员不存在');
    const inStay = db
      .select({ id: hotelStays.id })
      .from(hotelStays)
      .where(and(eq(hotelStays.returneeId, r.id), isNull(hotelStays.endedAt)))
      .get();
    if (!inStay) throw new ApiError('CONFLICT', `${r.name} 目前不在隔离酒店`);
    const day = dayOf(ctx.now());
    const row = db
      .insert(hotelContacts)
      .values({
        returneeId: r.id,
        day,
        reached: input.reached,
        temperature: input.temperature,
        wellbeing: input.wellbeing,
        operatorId: ctx.operator?.id ?? null,
        operatorName: ctx.operator?.name ?? '系统',
        at: ctx.now().toISOString(),
      })
      .returning({ id: hotelContacts.id })
      .get();
    const fever = input.temperature !== null && input.temperature >= readCompound(db).feverThreshold;
    ctx.describe({
      entity: 'returnee',
      entityId: r.id,
      summary: `${input.reached ? '联系' : '未联系上'} ${r.name}${input.temperature !== null ? `，体温 ${input.temperature} ℃${fever ? '（发热）' : ''}` : ''}${input.wellbeing ? `，${input.wellbeing}` : ''}`,
    });
    return { id: row.id, fever };
  },
};
