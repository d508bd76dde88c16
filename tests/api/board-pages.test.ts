import { describe, expect, it } from 'vitest';
import type { Out, Result } from '../../electron/api/contract';
import { writeDemo } from '../../electron/demo/demo';
import { api, FIXED_NOW, freshDb } from './helpers';

describe('buildings.board, page by page', () => {
  it('walks every building once, in order, with the same rooms and counts as one building at a time', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { households: 1000, now: FIXED_NOW });
    const call = api(db, host, 1);
    const list = await call('buildings.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const seen: unknown[] = [];
    let cursor: number | null = 0;
    let pages = 0;
    while (cursor !== null) {
      const page: Result<Out<'buildings.board'>> = await call('buildings.board', { cursor, limit: 3 });
      if (!page.ok) throw new Error(page.error.message);
      expect(page.value.total).toBe(list.value.length);
      seen.push(...page.value.buildings);
      cursor = page.value.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(list.value.length / 3));
    // The page's building rows say what buildings.list says, and each one's cells what it alone shows.
    expect(seen.map((b) => ({ ...(b as object), cells: undefined }))).toEqual(
      list.value.map((b) => ({ ...b, cells: undefined })),
    );
    for (const b of list.value) {
      const one = await call('buildings.board', { buildingId: b.id });
      if (!one.ok) throw new Error(one.error.message);
      expect(one.value).toMatchObject({ next: null, total: 1 });
      expect(one.value.buildings[0]).toEqual(seen.find((x) => (x as { id: number }).id === b.id));
    }
  });
});
