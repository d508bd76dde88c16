import { stockPost } from './stock-setup';

/**
 * A stock post with two buildings: 1栋 101 (3 in the compound), 102 (2 in, 1 in a hotel), 201 (nobody
 * registered); 2栋 101 (1), 102 (4). Vegetables (not by lot) are in the store.
 */
export async function distribPost() {
  const p = await stockPost();
  p.db.$client.exec(`
    INSERT INTO buildings (name, floors, rooms_per_floor, sort_order) VALUES ('2栋', 6, 2, 2);
    INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (1, '102', '陈丽', 'x');
    INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (1, '201', '', 'x');
    INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (2, '101', '黄海', 'x');
    INSERT INTO households (building_id, unit, room, householder_name, updated_at) VALUES (2, '1', '102', '吴芳', 'x');
    INSERT INTO residents (household_id, name, presence, updated_at) VALUES
      (1, '王建华', 'in_compound', 'x'), (1, '王妻', 'in_compound', 'x'), (1, '王子', 'in_compound', 'x'),
      (2, '陈丽', 'in_compound', 'x'), (2, '陈夫', 'in_compound', 'x'), (2, '陈母', 'in_hotel', 'x'),
      (4, '黄海', 'in_compound', 'x'),
      (5, '吴芳', 'in_compound', 'x'), (5, '吴一', 'in_compound', 'x'), (5, '吴二', 'in_compound', 'x'),
      (5, '吴三', 'in_compound', 'x');`);
  const veg = await p.call('stock.saveItem', { name: '蔬菜', unit: '份', category: 'food', byLot: false });
  if (!veg.ok) throw new Error(veg.error.message);
  const got = await p.call('stock.receive', {
    source: 'donor',
    sourceName: '农场',
    lines: [{ itemId: veg.value.id, qty: 100 }],
  });
  if (!got.ok) throw new Error(got.error.message);
  return { ...p, veg: veg.value.id };
}
