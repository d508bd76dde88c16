import { describe, expect, it } from 'vitest';
import { matchNoteHeader, readExpiry, readQty } from '../../electron/api/stock/note-rules';

describe('a delivery note read cell by cell (issue 12)', () => {
  it('finds the columns in Chinese or English, in any order, and needs an item and a quantity', () => {
    expect(matchNoteHeader(['序号', '物品名称', '规格', '数量', '有效期至', '批号'])).toEqual({
      item: 1,
      qty: 3,
      expiry: 4,
      lot: 5,
    });
    expect(matchNoteHeader(['Item', 'Unit', 'Lot', 'Expiry', 'Quantity'])).toEqual({
      item: 0,
      unit: 1,
      lot: 2,
      expiry: 3,
      qty: 4,
    });
    expect(matchNoteHeader([' Expires On ', 'QTY', 'item name'])).toEqual({ expiry: 0, qty: 1, item: 2 });
    expect(matchNoteHeader(['物品', '单位'])).toBeNull();
    expect(matchNoteHeader(['城西镇 物资送货单'])).toBeNull();
  });

  it('a quantity is a whole number above zero', () => {
    expect(readQty(120)).toBe(120);
    expect(readQty('1,200')).toBe(1200);
    expect(readQty(' 30 ')).toBe(30);
    expect(readQty('12.0')).toBe(12);
    for (const bad of [0, -3, 2.5, '十', '', null, '1e3', 2_000_000_000]) expect(readQty(bad)).toBeNull();
  });

  it('an expiry is a real day in the usual spellings; empty is no expiry', () => {
    expect(readExpiry(new Date('2027-06-30T00:00:00Z'))).toBe('2027-06-30');
    expect(readExpiry('2027/6/3')).toBe('2027-06-03');
    expect(readExpiry('2027.12.31')).toBe('2027-12-31');
    expect(readExpiry('2027年6月30日')).toBe('2027-06-30');
    expect(readExpiry('20270630')).toBe('2027-06-30');
    expect(readExpiry('')).toBe('');
    expect(readExpiry(null)).toBe('');
    for (const bad of ['2027-02-30', '下周', '30/06/2027', 46000]) expect(readExpiry(bad)).toBeNull();
  });
});
