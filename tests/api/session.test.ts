import { describe, expect, it } from 'vitest';
import { api, FIXED_NOW, freshDb, PROFILE, withOperator } from './helpers';

describe('session.get', () => {
  it('answers the post day (Asia/Shanghai), now, the operator and the compound in one call', async () => {
    const { call, operatorId } = await withOperator();
    await call('compound.update', { ...PROFILE });
    const s = await call('session.get', {});
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value).toMatchObject({
      today: '2026-11-28',
      now: FIXED_NOW.toISOString(),
      timeZone: 'Asia/Shanghai',
      operator: { id: operatorId, name: '林晓梅' },
      compound: { name: '金南苑', feverThreshold: 37.3, quarantineDays: 14 },
      closure: { state: 'in_progress', day: 7, of: 14 },
    });
  });

  it('turns the day at midnight in Shanghai, not in UTC', async () => {
    const { db, path } = freshDb();
    // 2026-11-28 16:30 UTC is 2026-11-29 00:30 at the post.
    const late = api(db, { now: () => new Date('2026-11-28T16:30:00Z'), paths: { db: path } });
    const s = await late('session.get', {});
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.today).toBe('2026-11-29');
    expect(s.value.operator).toBeNull();
  });
});
