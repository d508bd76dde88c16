import { expect, shot, test } from './host';

/** Issue 10 #16: small things a user tripped on. */
test('a page opens at its top, and an edit form lower on the page comes into view', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  const content = page.locator('main.content');

  // The buildings board is long: scroll to its bottom, then open another page.
  await page.getByRole('link', { name: '楼栋' }).click();
  await expect(page.locator('.building').first()).toBeVisible();
  await content.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await content.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await page.getByRole('link', { name: '班子成员' }).click();
  await expect(page.getByRole('table', { name: '班子成员' })).toBeVisible();
  expect(await content.evaluate((el) => el.scrollTop)).toBe(0);

  // Edit the last person in the list: the form at the top of the page comes into view, focused.
  const rows = page.getByRole('table', { name: '班子成员' }).locator('tbody tr');
  const last = rows.last();
  await last.scrollIntoViewIfNeeded();
  const name = (await last.locator('td strong').first().textContent()) ?? '';
  expect(await content.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await last.getByRole('button', { name: '编辑' }).click();
  const field = page.locator('form.team-form').getByLabel('姓名');
  await expect(field).toHaveValue(name);
  await expect(field).toBeInViewport();
  await expect(field).toBeFocused();
  await shot(page, '75-edit-form-in-view');
});

test('the intake registry look-up works with arrow keys and Enter, without submitting the form', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  await page.getByRole('link', { name: '返回人员', exact: true }).click();
  const person = page.getByRole('group', { name: '第 1 人' });
  const box = person.getByRole('combobox', { name: '在住户登记中查找（姓名 / 身份证后几位 / 楼栋-房号）' });
  await box.fill('1-1');
  const options = person.getByRole('listbox').getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  const second = ((await options.nth(1).locator('strong').textContent()) ?? '').trim();
  await box.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await shot(page, '76-lookup-keyboard');
  await box.press('Enter');
  // The second answer is linked; nothing was registered (the form was not submitted).
  await expect(person).toContainText(`登记居民：${second}`);
  await expect(page.getByTestId('check-panel')).toHaveCount(0);
  await expect(person.getByText('请填写')).toHaveCount(0);
});

test('the search keeps its words and results when you come back: Back, the back link, a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  await page.getByRole('link', { name: '人员查询' }).click();
  const box = page.getByRole('searchbox', { name: '人员查询' });
  const count = page.getByTestId('search-count');
  const entries = await page.evaluate(() => history.length);
  // Typed a keystroke at a time: the address follows, replaced, not one history entry per key.
  await box.pressSequentially('王', { delay: 80 });
  await box.pressSequentially('1-', { delay: 80 });
  await box.fill('王');
  await expect(count).toContainText(/找到 \d+ 人/);
  const found = (await count.textContent()) ?? '';
  await expect(page).toHaveURL(/#\/search\?q=%E7%8E%8B$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const firstRow = page.locator('.result-row').first();
  const first = (await firstRow.locator('strong').textContent()) ?? '';

  const comesBack = async () => {
    await expect(box).toHaveValue('王');
    await expect(count).toHaveText(found);
    await expect(page.locator('.result-row').first().locator('strong')).toHaveText(first);
  };
  // Open a result, then the browser's Back.
  await firstRow.click();
  await expect(page.getByTestId('household-address')).toBeVisible();
  // The menu still shows where the file was opened from.
  await expect(page.locator('nav .nav-item.active')).toHaveText(/人员查询/);
  // (The source menu offers what a person records by hand: not the import's 物业名单.)
  const methods = page.locator('form.source-form select option');
  await expect(methods.first()).toHaveText('上门走访');
  expect(await methods.allTextContents()).not.toContain('物业名单');
  await page.goBack();
  await comesBack();
  // Open it again, then the file's own back link, which names the search.
  await page.locator('.result-row').first().click();
  await expect(page.getByTestId('household-address')).toBeVisible();
  await page.getByRole('link', { name: '← 返回查询' }).click();
  await comesBack();
  await shot(page, '77-search-kept');
  // A reload keeps it too.
  await page.reload();
  await comesBack();
});
