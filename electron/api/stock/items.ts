/** The catalogue: an item added, or edited from the version it was read at (names unique). */
import { eq } from 'drizzle-orm';
import { stockItems } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { eventId, postId } from '../shared/events';
import { assertFresh, requireVersion } from '../shared/versions';
import { readItems } from './read';
import { itemOf } from './take';

const ITEM_FIELDS = ['name', 'unit', 'category', 'byLot', 'minLevel', 'reorderLevel', 'dailyNorm'] as const;

export const stockItemHandlers: HandlerMap<'stock.saveItem'> = {
  'stock.saveItem': (db, input, ctx) => {
    requireVersion({ id: input.id ? 1 : undefined, version: input.version });
    const clash = db
      .select({ id: stockItems.id })
      .from(stockItems)
      .where(eq(stockItems.name, input.name))
      .get();
    if (clash && clash.id !== input.id)
      throw refuse('CONFLICT', { code: 'stock_item_exists', params: { name: input.name } }, 'name');
    const fields = {
      name: input.name,
      unit: input.unit,
      category: input.category,
      byLot: input.byLot,
      minLevel: input.minLevel,
      reorderLevel: input.reorderLevel,
      dailyNorm: input.dailyNorm,
    };
    let id = input.id;
    if (id) {
      const stored = itemOf(db, id);
      assertFresh(stored, input, ITEM_FIELDS, `物资 ${stored.name}`, 'stock_item');
      db.update(stockItems).set(fields).where(eq(stockItems.id, id)).run();
    } else {
      id = eventId();
      db.insert(stockItems)
        .values({ ...fields, id, postId: postId(db), createdAt: ctx.now().toISOString() })
        .run();
    }
    ctx.describe({
      entity: 'stock_item',
      reason: {
        code: input.id ? 'audit_stock_item_edit' : 'audit_stock_item_add',
        params: { name: input.name, unit: input.unit },
      },
    });
    const item = readItems(db, id)[0];
    if (!item) throw refuse('NOT_FOUND', { code: 'stock_item_not_found' });
    return item;
  },
};
