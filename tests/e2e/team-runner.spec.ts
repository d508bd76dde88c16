/**
 * A runner added with the buildings they run errands for (at least one runner per building): the
 * buildings are typed, each a chip that can be taken off — a district has hundreds, too many for a
 * multiple select — and the team list names them; editing keeps them.
 */
import { expect, expectNoHorizontalOverflow, onDuty, shot, test } from './host';

test('a runner for two buildings: three typed in, one taken off, saved, listed and kept when edited', async ({
  page,
  host,
}) => {
  await onDuty(page, host, /吴振华/);
  await page.getByRole('link', { name: '班子成员' }).click();
  const form = page.locator('form.staff-form');
  await form.getByLabel('姓名').fill('林跑跑');
  await form.getByLabel('电话').fill('139 0898 6666');
  await form.getByLabel('身份').selectOption({ label: '跑腿员' });

  const picker = form.getByRole('combobox', { name: '负责楼栋（跑腿员）' });
  const chips = form.getByRole('list', { name: '负责楼栋（跑腿员）' }).getByRole('listitem');
  for (const b of ['5栋', '6栋', '2栋']) {
    await picker.fill(b);
    await picker.press('Enter');
  }
  await expect(chips).toHaveText(['5栋×', '6栋×', '2栋×']);
  // A building picked is not offered again.
  await picker.fill('6');
  await expect(form.getByRole('listbox', { name: '负责楼栋（跑腿员）' }).getByRole('option')).toHaveCount(0);
  await picker.press('Escape');
  await form.getByRole('button', { name: '移除 6栋' }).click();
  await expect(chips).toHaveText(['5栋×', '2栋×']);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'team-runner-01-buildings');
  await form.getByRole('button', { name: '新增成员' }).click();

  const row = page.getByRole('table', { name: '班子成员' }).getByRole('row').filter({ hasText: '林跑跑' });
  await expect(row).toContainText('5栋、2栋');
  await expect(row).toContainText('跑腿员');
  // Edited, the form holds the same chips.
  await row.getByRole('button', { name: '编辑' }).click();
  await expect(chips).toHaveText(['5栋×', '2栋×']);
});
