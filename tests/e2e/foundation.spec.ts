import { expect, expectNoHorizontalOverflow, shot, test } from './host';

test('a new operator picks who is on duty, sees the demo compound, edits it, reads the audit log, switches language', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(host.url);

  // 1. The operator chooser comes first.
  const chooser = page.getByRole('dialog', { name: '选择值班人员' });
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole('button', { name: /黄国栋\s*挂点干部/ })).toBeVisible();
  await shot(page, '01-operator-chooser');
  // A bad entry is explained, beside the field.
  await chooser.getByRole('button', { name: '新增并开始值班' }).click();
  await expect(chooser.getByText('请填写姓名')).toBeVisible();
  await chooser.getByRole('button', { name: /林晓梅/ }).click();
  await expect(chooser).toBeHidden();

  // 2. The overview: the demo compound, 77 households, 249 residents, day 7 of 14.
  await expect(page.getByTestId('compound-name')).toHaveText('金南苑');
  await expect(page.getByTestId('count-households')).toHaveText('77户');
  await expect(page.getByTestId('count-residents')).toHaveText('249人');
  await expect(page.getByTestId('closure-day')).toHaveText('封闭第 7 天 / 共 14 天');
  // Who is on the gates now and next, with phones.
  await expect(page.getByTestId('on-duty')).toContainText('北门');
  await expect(page.getByTestId('on-duty')).toContainText('正在值守');
  await expect(page.getByLabel('值班人员')).toHaveValue(/\d+/);
  await expectNoHorizontalOverflow(page);
  await shot(page, '02-overview');

  // 3. Change the compound profile.
  await page.getByRole('link', { name: '小区设置' }).click();
  const planned = page.getByLabel('计划封闭天数');
  await expect(planned).toHaveValue('14');
  await planned.fill('0');
  await page.getByRole('button', { name: '保存' }).click();
  // Zod's own check, worded from its code (too_small {min: 1}) beside the field.
  await expect(page.locator('label.field').filter({ has: planned }).locator('.field-error')).toHaveText(
    '不能小于 1',
  );
  await shot(page, '03-settings-error');
  await planned.fill('21');
  await page.getByLabel('地址').fill('海口市龙华区城西镇金南路 18 号（东门）');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '小区信息已保存' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, '04-settings-saved');
  await page.getByRole('link', { name: '概览' }).click();
  await expect(page.getByTestId('closure-day')).toHaveText('封闭第 7 天 / 共 21 天');

  // 4. Switch the operator in one click, then find the change in the audit log under the first one.
  await page.getByLabel('值班人员').selectOption({ label: '王立军（管段民警）' });
  await page.getByRole('link', { name: '操作记录' }).click();
  const row = page.getByRole('row').filter({ hasText: '计划天数 14 → 21' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('林晓梅');
  await expect(row).toContainText('小区设置');
  await page.getByRole('combobox', { name: '值班人员' }).first().isVisible();
  await page.locator('.filters').getByLabel('模块').selectOption({ label: '示范数据' });
  await expect(page.getByTestId('audit-count')).toHaveText('共 1 条');
  await expect(page.getByRole('row').filter({ hasText: '载入示范小区金南苑' })).toBeVisible();
  await page.locator('.filters').getByLabel('模块').selectOption({ label: '小区设置' });
  await expect(page.getByTestId('audit-count')).toHaveText('共 1 条');
  await shot(page, '05-audit-log');

  // 5. English, remembered across a reload; then back to Chinese.
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('closure-day')).toHaveText('Closure day 7 of 21');
  await shot(page, '06-overview-en');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('link', { name: '概览' })).toBeVisible();
  expect(errors).toEqual([]);
});
