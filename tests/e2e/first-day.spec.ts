import { programChinese } from './cjk';
import { E2E_NOW, expect, expectNoHorizontalOverflow, shot, startServe, test } from './host';

/** Issue 10 #13: a new post with an empty database is told what to do first, in order. */
test('an empty post shows the first-day checklist and ticks a step when it is done', async ({ page }) => {
  const fresh = await startServe([], { GATEPOST_NOW: E2E_NOW });
  try {
    await page.goto(fresh.host.url);
    const chooser = page.getByRole('dialog', { name: '选择值班人员' });
    await chooser.getByLabel('姓名').fill('赵新');
    await chooser.getByRole('button', { name: '新增并开始值班' }).click();
    await expect(chooser).toBeHidden();

    const steps = page.getByTestId('first-steps');
    await expect(steps).toBeVisible();
    await expect(steps.getByRole('heading')).toHaveText('开始使用：新值守点的第一天');
    for (const key of ['compound', 'buildings', 'residents', 'team', 'roster', 'hotels']) {
      await expect(steps.getByTestId(`step-${key}`)).toHaveAttribute('data-done', 'false');
    }
    await expect(steps.getByRole('link', { name: '1. 填写小区信息' })).toHaveAttribute('href', '#/settings');
    await expectNoHorizontalOverflow(page);
    await shot(page, '70-first-day-checklist');

    // An empty progress page says what is missing, not "every room visited" over zero rooms.
    await page.getByRole('link', { name: '走访进度' }).click();
    await expect(page.getByTestId('progress-empty')).toHaveText(/还没有房间/);
    await expect(page.getByText('所有房间都已走访')).toHaveCount(0);
    await shot(page, '71-first-day-progress-empty');

    // The other screens say what is missing too.
    await page.getByRole('link', { name: '值守排班' }).click();
    await expect(page.getByTestId('roster-empty')).toContainText('还没有值守点');
    await shot(page, '74-first-day-roster-empty');
    await page.getByRole('link', { name: '隔离酒店' }).click();
    await expect(page.getByTestId('not-contacted-empty')).toHaveText('酒店里还没有隔离人员。');
    await expect(page.getByText('今天都已联系')).toHaveCount(0);

    // Step 2 from the checklist's own link: add a building; back on the overview it is ticked.
    await page.getByRole('link', { name: '概览' }).click();
    await steps.getByRole('link', { name: '2. 新增楼栋' }).click();
    await page.getByRole('button', { name: /新增楼栋/ }).click();
    await page.getByLabel('楼栋名称').fill('1栋');
    await page.getByLabel('层数').fill('3');
    await page.getByLabel('单元数').fill('1');
    await page.getByLabel('每层户数').fill('2');
    await page.getByRole('button', { name: '新增', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '已新增楼栋 1栋' })).toBeVisible();
    await page.getByRole('link', { name: '概览' }).click();
    await expect(steps.getByTestId('step-buildings')).toHaveAttribute('data-done', 'true');
    await expect(steps.getByTestId('step-compound')).toHaveAttribute('data-done', 'false');
    await shot(page, '72-first-day-building-ticked');

    // In English, the same checklist in English (once the Chinese toast of the save is gone).
    await expect(page.getByRole('status').filter({ hasText: '已新增楼栋' })).toHaveCount(0, {
      timeout: 15_000,
    });
    await page.getByLabel('语言').selectOption('en');
    await expect(steps.getByRole('heading')).toHaveText('Getting started: the first day of a new post');
    expect(await programChinese(page, fresh.host.dbPath)).toEqual([]);
    await expectNoHorizontalOverflow(page);
    await shot(page, '73-first-day-checklist-en');
  } finally {
    await fresh.stop();
  }
});

test('the demo compound, set up already, does not show the checklist', async ({ page, host }) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  await expect(page.getByTestId('compound-name')).toHaveText('金南苑');
  await expect(page.getByTestId('first-steps')).toHaveCount(0);
});
