import { eq } from 'drizzle-orm';
import { hotelStays } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { getReturnees, openStay, residentEvent } from './guests';
import { roomRow, settleRoom } from './rooms';

const RELEASE_TEXT = { home: '回家', hospital: '转院', elsewhere: '离开（其他去向）' } as const;

export const releaseHandlers: HandlerMap<'hotels.release'> = {
  'hotels.release': (db, input, ctx) => {
    const [r] = getReturnees(db, [input.returneeId]);
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const stay = openStay(db, r.id);
    if (!stay) throw refuse('CONFLICT', { code: 'not_in_hotel', params: { name: r.name } });
    const room = roomRow(db, stay.roomId);
    db.update(hotelStays)
      .set({
        endedAt: ctx.now().toISOString(),
        endKind: 'released',
        endReason: input.note,
        releaseTo: input.to,
      })
      .where(eq(hotelStays.id, stay.id))
      .run();
    settleRoom(db, room.id);
    const presence = input.to === 'home' ? 'in_compound' : input.to === 'hospital' ? 'in_hospital' : 'away';
    const summary = `${r.name} 离开 ${room.hotel} ${room.number}：${RELEASE_TEXT[input.to]}${input.note ? `（${input.note}）` : ''}`;
    residentEvent(db, r, ctx, summary, presence);
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stay.id,
      reason: {
        code: 'audit_hotel_release',
        params: {
          name: r.name,
          hotel: room.hotel,
          room: room.number,
          release: input.to,
          note: input.note ?? '',
        },
      },
    });
    return { stayId: stay.id };
  },
};
