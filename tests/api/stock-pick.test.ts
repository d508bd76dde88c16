import { describe, expect, it } from 'vitest';
import { stockPost } from './stock-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('what the supplies screens pick from (issue 12)', () => {
  it('lists every place that may hold stock, and which did', async () => {
    const p = await stockPost();
    must(
      await p.call('stock.receive', {
        place: { kind: 'gate', id: p.gateId },
        source: 'town',
        lines: [{ itemId: p.rice, qty: 2 }],
      }),
    );
    const places = must(await p.call('stock.places', {}));
    expect(places.map((x) => [x.kind, x.id, x.name, x.held])).toEqual([
      ['store', null, '', false],
      ['gate', 1, '东门', true],
      ['hotel', 1, '椰林酒店', false],
      ['runner', p.runnerId, '赵跑腿', false],
    ]);
  });

  it('finds a household by building-room or householder, a runner by name; a guest only while in a room', async () => {
    const p = await stockPost();
    const find = async (kind: 'household' | 'hotel_guest' | 'runner', q: string) =>
      must(await p.call('stock.recipients', { kind, q })).map((r) => r.name);
    expect(await find('household', '1栋 101')).toEqual(['1栋 101 王建华']);
    expect(await find('household', '1-101')).toEqual(['1栋 101 王建华']);
    expect(await find('household', '王建')).toEqual(['1栋 101 王建华']);
    expect(await find('household', '2栋')).toEqual([]);
    expect(await find('household', '%')).toEqual([]);
    expect(await find('runner', '赵')).toEqual(['赵跑腿']);
    expect(await find('hotel_guest', '李')).toEqual([]);
    p.db.$client.exec(`
      INSERT INTO hotel_rooms (hotel_id, number, floor, beds) VALUES (1, '302', 3, 1);
      INSERT INTO hotel_stays (returnee_id, room_id, check_in, planned_end, started_at)
        VALUES (1, 1, '2026-11-27', '2026-12-11', '2026-11-27T03:00:00.000Z');`);
    const guests = must(await p.call('stock.recipients', { kind: 'hotel_guest', q: '302' }));
    expect(guests).toEqual([{ id: 1, name: '李四', detail: '椰林酒店 302' }]);
  });
});
