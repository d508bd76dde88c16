import { expect, expectNoHorizontalOverflow, shot, test } from './host';

test('a compound of more than 12 buildings shows its board a page at a time', async ({ page, host }) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /吴振华/ })
    .click();
  await expect(page.getByLabel('值班人员')).toHaveValue(/\d+/);
  const operator = await page.getByLabel('值班人员').inputValue();
  // Seven more small buildings (the demo has six): 13 in all, still few rooms, so no picker.
  const added = await page.evaluate(async (id) => {
    const names: string[] = [];
    for (let i = 7; i <= 13; i++) {
      const res = await fetch('/api/buildings.add', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gatepost-operator': id },
        body: JSON.stringify({ name: `${i}栋`, floors: 2, unitsCount: 1, roomsPerFloor: 2 }),
      });
      if ((await res.json()).ok) names.push(`${i}栋`);
    }
    return names;
  }, operator);
  expect(added).toHaveLength(7);
  await page.getByRole('link', { name: '楼栋' }).click();
  const pager = page.getByRole('navigation', { name: '楼栋分页' });
  await expect(pager.getByTestId('board-page')).toHaveText('第 1–12 栋，共 13 栋');
  await expect(page.getByRole('region', { name: '12栋', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '13栋', exact: true })).toHaveCount(0);
  await expect(pager.getByRole('button', { name: '上一页' })).toBeDisabled();
  await shot(page, '11-board-page-1');
  await pager.getByRole('button', { name: '下一页' }).click();
  await expect(pager.getByTestId('board-page')).toHaveText('第 13–13 栋，共 13 栋');
  await expect(page.getByRole('region', { name: '13栋', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '1栋', exact: true })).toHaveCount(0);
  await expect(pager.getByRole('button', { name: '下一页' })).toBeDisabled();
  await expectNoHorizontalOverflow(page);
  await shot(page, '11-board-page-2');
  await pager.getByRole('button', { name: '上一页' }).click();
  await expect(page.getByRole('region', { name: '1栋', exact: true })).toBeVisible();
});
