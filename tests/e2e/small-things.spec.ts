import { expect, shot, test } from './host';

/** Issue 10 #16: small things a user tripped on. */
test('a page opens at its top, and an edit form lower on the page comes into view', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('dialog', { name: '选择值班人员' }).getByRole('button', { name: /林晓梅/ }).click();
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
