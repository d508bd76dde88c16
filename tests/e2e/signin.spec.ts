import { expect, expectNoHorizontalOverflow, shot, test } from './host';

test('a member sets a PIN; the start screen then asks for it: a wrong PIN is refused in Chinese, the right one signs in', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  const chooser = page.getByRole('dialog', { name: '选择值班人员' });
  // The commander is one of the team; without PINs one click starts the duty, as before.
  await expect(chooser.getByRole('button', { name: /张卫国\s*指挥长/ })).toBeVisible();
  await chooser.getByRole('button', { name: /林晓梅/ }).click();
  await expect(chooser).toBeHidden();

  // The team screen: one list, with who may use the laptop.
  await page.getByRole('link', { name: '班子成员' }).click();
  const table = page.getByRole('table', { name: '班子成员' });
  await expect(table.getByRole('columnheader', { name: '可操作电脑' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '林晓梅' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: '张卫国' })).toContainText('可');
  await shot(page, '30-team');
  await expectNoHorizontalOverflow(page);

  // 林晓梅 sets her PIN from the header.
  await page.getByRole('button', { name: '设置我的 PIN' }).click();
  const set = page.getByRole('dialog', { name: '设置我的 PIN' });
  await set.getByLabel('新 PIN（4–6 位数字）').fill('24');
  await set.getByLabel('再输入一次新 PIN').fill('24');
  await set.getByRole('button', { name: '保存 PIN' }).click();
  await expect(set.getByText('PIN 应为 4–6 位数字').first()).toBeVisible();
  await set.getByLabel('新 PIN（4–6 位数字）').fill('246810');
  await set.getByLabel('再输入一次新 PIN').fill('246810');
  await shot(page, '31-set-pin');
  await set.getByRole('button', { name: '保存 PIN' }).click();
  await expect(set).toBeHidden();
  await expect(page.getByRole('button', { name: '修改我的 PIN' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '林晓梅' })).toContainText('已设 PIN');

  // A stranger naming her by id alone is refused by the host.
  const names = await page.request.post(`${host.url}api/team.list`, { data: {} });
  const lin = ((await names.json()) as { value: { id: number; name: string }[] }).value.find(
    (m) => m.name === '林晓梅',
  );
  const asLin = await page.request.post(`${host.url}api/buildings.add`, {
    headers: { 'x-gatepost-operator': String(lin?.id), origin: host.url.replace(/\/$/, '') },
    data: { name: '9栋', floors: 2, unitsCount: 1, roomsPerFloor: 2 },
  });
  expect(await asLin.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  // Sign out: the start screen asks for her PIN.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(chooser).toBeVisible();
  await shot(page, '32-chooser-with-pin');
  await chooser.getByRole('button', { name: /林晓梅.*需 PIN/ }).click();
  const pin = chooser.getByLabel('请输入 PIN（4–6 位数字）');
  await expect(pin).toBeFocused();
  await shot(page, '33-pin-prompt');
  await pin.fill('1111');
  await chooser.getByRole('button', { name: '登录', exact: true }).click();
  await expect(chooser.getByRole('alert')).toHaveText('PIN 不正确，还可再试 4 次');
  await shot(page, '34-pin-wrong');
  await pin.fill('246810');
  await chooser.getByRole('button', { name: '登录', exact: true }).click();
  await expect(chooser).toBeHidden();
  await expect(page.getByRole('combobox', { name: '值班人员' })).toHaveValue(String(lin?.id));
  // Signed in with her session: a change goes through under her name.
  await page.getByRole('link', { name: '操作记录' }).click();
  await expect(page.getByRole('row').filter({ hasText: '登录：林晓梅' }).first()).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: '已拒绝（FORBIDDEN）：登录 林晓梅：PIN 不正确' }),
  ).toHaveCount(1);
  // Switching to a PIN-holder in the header opens the start screen at their PIN.
  const onDuty = page.getByRole('banner').getByRole('combobox', { name: '值班人员' });
  await onDuty.selectOption({ label: '黄国栋（挂点干部）' });
  await expect(onDuty).not.toHaveValue(String(lin?.id));
  await onDuty.selectOption({ label: '林晓梅（社区干部） · 需 PIN' });
  await expect(chooser.getByLabel('请输入 PIN（4–6 位数字）')).toBeFocused();
  await chooser.getByLabel('请输入 PIN（4–6 位数字）').fill('246810');
  await chooser.getByRole('button', { name: '登录', exact: true }).click();
  await expect(chooser).toBeHidden();

  // In English the team screen and the sign-in words are English.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.getByRole('link', { name: 'Team' }).click();
  await expect(
    page.getByRole('table', { name: 'Team' }).getByRole('columnheader', { name: 'May use the laptop' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change my PIN' })).toBeVisible();
  await shot(page, '35-team-en');
  expect(errors).toEqual([]);
});
