/**
 * A resident moved to another household from the household file (民警 and the community cadre do it
 * when a door-to-door visit finds someone living elsewhere): the building is typed into the picker,
 * the room chosen, a reason given; the resident leaves one file and is found in the other.
 */
import { expect, expectNoHorizontalOverflow, onDuty, readRow, shot, test } from './host';

test('a resident moved to a household of another building, the building typed, with a reason', async ({
  page,
  host,
}) => {
  // A household of 1栋 with two people or more, and an occupied room of 2栋 to move one to.
  const from = readRow<{ id: number; name: string }>(
    host,
    `SELECT h.id, (SELECT name FROM residents WHERE household_id = h.id ORDER BY id DESC LIMIT 1) AS name
     FROM households h JOIN buildings b ON b.id = h.building_id
     WHERE b.name = '1栋' AND (SELECT count(*) FROM residents WHERE household_id = h.id) >= 2 ORDER BY h.id LIMIT 1`,
  );
  const to = readRow<{ id: number; room: string }>(
    host,
    `SELECT h.id, h.room FROM households h JOIN buildings b ON b.id = h.building_id
     WHERE b.name = '2栋' AND h.occupancy = 'occupied' ORDER BY h.id LIMIT 1`,
  );
  await onDuty(page, host, /吴振华/);
  await page.goto(`${host.url}#/household/${from.id}`);
  const row = page.getByRole('row').filter({ hasText: from.name });
  await row.getByRole('button', { name: '迁移' }).click();
  const dialog = page.getByRole('dialog', { name: `迁移 ${from.name} 到另一户` });
  await expect(dialog).toBeVisible();

  // The building is typed (the dialog starts there): the picker lists what matches, the exact name first.
  const building = dialog.getByRole('combobox', { name: '楼栋' });
  await expect(building).toBeFocused();
  await building.fill('2');
  await expect(dialog.getByRole('listbox', { name: '楼栋' }).getByRole('option').first()).toHaveText('2栋');
  await shot(page, 'move-01-building-typed');
  await building.press('Enter');
  await expect(building).toHaveValue('2栋');
  const target = dialog.getByLabel('迁入户');
  await expect(target.locator(`option[value="${to.id}"]`)).toBeAttached();
  await target.selectOption(String(to.id));
  // Without a reason the move is refused on its field, and nothing moved.
  await dialog.getByRole('button', { name: '迁移' }).click();
  await expect(dialog.locator('.field-error')).toBeVisible();
  await dialog.getByLabel('原因').fill('走访核实：实际住在 2栋');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'move-02-ready');
  await dialog.getByRole('button', { name: '迁移' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已迁移 ${from.name}`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: from.name })).toHaveCount(0);

  // Found in the other household's file, and only there.
  await page.goto(`${host.url}#/household/${to.id}`);
  await expect(page.getByRole('row').filter({ hasText: from.name })).toHaveCount(1);
  const moved = readRow<{ n: number }>(
    host,
    `SELECT count(*) AS n FROM residents WHERE household_id = ${to.id} AND name = '${from.name}'`,
  );
  expect(moved.n).toBe(1);
  await shot(page, 'move-03-in-the-other-file');
});
