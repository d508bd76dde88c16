import { describe, expect, it } from 'vitest';
import { admission, familyKeys } from '../../electron/api/hotels/rules';
import { isUnavailable } from '../../electron/api/roster/rules';
import { isFever } from '../../electron/api/shared/health-rules';

describe('fever', () => {
  it('is a temperature at or above the threshold; no reading is no fever', () => {
    expect(isFever(37.3, 37.3)).toBe(true);
    expect(isFever(37.2, 37.3)).toBe(false);
    expect(isFever(38.5, 37.5)).toBe(true);
    expect(isFever(null, 37.3)).toBe(false);
    expect(isFever(undefined, 37.3)).toBe(false);
  });
});

describe('room admission', () => {
  const room = { hotel: '城西宾馆', number: '201', beds: 2, occupants: 1, status: 'occupied' as const };
  /** Arrival group 7 of household 70; group 8 of another household. */
  const F7 = familyKeys(7, 70);
  const F8 = familyKeys(8, 80);

  it('takes a family into its own room while beds last', () => {
    expect(admission(room, [F7], [F7], '')).toEqual({ ok: true, warning: null });
  });

  it('never puts an unrelated group in, whatever the beds', () => {
    const a = admission({ ...room, beds: 4 }, [F8], [F7], '有理由也不行');
    expect(a).toMatchObject({ ok: false, refusal: { code: 'room_other_group' } });
  });

  it('takes a later member of the household into the family room (a son who came back a day after his mother)', () => {
    expect(admission(room, [familyKeys(9, 70)], [F7], '')).toEqual({ ok: true, warning: null });
    // Same arrival group, not a resident (no household): related too.
    expect(admission(room, [familyKeys(7, null)], [F7], '')).toEqual({ ok: true, warning: null });
    expect(admission(room, [familyKeys(9, null)], [F7], '')).toMatchObject({ ok: false });
  });

  it('refuses a room being cleaned or out of service', () => {
    for (const status of ['cleaning', 'out_of_service'] as const) {
      expect(admission({ ...room, occupants: 0, status }, [F7], [], '')).toMatchObject({
        ok: false,
        refusal: { code: 'room_not_free', params: { status } },
      });
    }
  });

  it('overfills only with a reason, and then warns', () => {
    expect(admission(room, [F7, F7], [F7], '')).toMatchObject({
      ok: false,
      refusal: { code: 'room_overfill', params: { beds: 2, occupants: 1, adding: 2 } },
      field: 'overfillReason',
    });
    expect(admission(room, [F7, F7], [F7], '母子同住')).toMatchObject({
      ok: true,
      warning: { code: 'room_overfilled', params: { reason: '母子同住' } },
    });
  });
});

describe('unavailability', () => {
  const shift = { startsAt: '2026-11-28T00:00:00.000Z', endsAt: '2026-11-28T08:00:00.000Z' };
  const off = (from: string, to: string) => ({ unavailable: [{ from, to }] });

  it('is any overlap of time off with the shift, not a touch at the edges', () => {
    expect(isUnavailable(off('2026-11-27T20:00:00Z', '2026-11-28T01:00:00Z'), shift)).toBe(true);
    expect(isUnavailable(off('2026-11-28T07:59:00Z', '2026-11-29T00:00:00Z'), shift)).toBe(true);
    expect(isUnavailable(off('2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z'), shift)).toBe(false);
    expect(isUnavailable(off('2026-11-28T08:00:00Z', '2026-11-28T12:00:00Z'), shift)).toBe(false);
    expect(isUnavailable({ unavailable: [] }, shift)).toBe(false);
  });
});
