import { expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expectNoHorizontalOverflow, shot, test } from './host';

// The demo's clock: 2026-11-28 (Saturday) 10:00 at the post; the week grid opens on Monday 11-23.
const TODAY = '2026-11-28';

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
}

/** An older release's double booking, written straight into the file as it would have been left. */
function doubleBook(dbPath: string, shift: [string, string], onto: [string, string]): string {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const id = (post: string, name: string) =>
      (
        db
          .prepare(
            `SELECT s.id FROM shifts s JOIN shift_templates t ON t.id = s.template_id JOIN duty_posts p ON p.id = s.post_id
             WHERE p.name = ? AND t.name = ? AND s.day = ?`,
          )
          .get(post, name, TODAY) as { id: number }
      ).id;
    const from = id(...shift);
    const to = id(...onto);
    const who = db
      .prepare(
        `SELECT m.id, m.name FROM assignments a JOIN team_members m ON m.id = a.staff_id
         WHERE a.shift_id = ? AND a.staff_id NOT IN (SELECT staff_id FROM assignments WHERE shift_id = ?) ORDER BY m.id`,
      )
      .get(from, to) as { id: number; name: string };
    db.prepare("INSERT INTO assignments (shift_id, staff_id, pinned, source) VALUES (?, ?, 0, 'manual')").run(
      to,
      who.id,
    );
    return who.name;
  } finally {
    db.close();
  }
}

/** Pick a person in a cell's add list by name (the option reads name（role）). */
async function add(cell: Locator, name: string) {
  const select = cell.getByLabel('添加人员');
  const value = await select
    .locator('option', { hasText: `${name}（` })
    .first()
    .getAttribute('value');
  await select.selectOption(value ?? '');
}

test('duty: a running shift is staffed for its remaining hours; a double booking is refused and an old one shows everywhere', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '值守排班' }).click();
  const north = page.getByRole('region', { name: '北门' });
  const running = north.getByTestId(`cell-北门-早班-${TODAY}`);
  await expect(running.locator('.who')).toHaveCount(2);

  // Take the first person off the running shift (nobody has signed in yet), then add them back:
  // they are on duty from now, 10:00, for the rest of the shift.
  const first = running.locator('.who button').first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await page.getByRole('button', { name: '撤出', exact: true }).click();
  await page
    .getByRole('dialog', { name: `撤出 ${name}` })
    .getByRole('button', { name: '确定' })
    .click();
  await expect(running.locator('.who')).toHaveCount(1);

  // Someone who stands at the south gate this morning cannot be added here, whatever the reason.
  const south = page.getByRole('region', { name: '南门' }).getByTestId(`cell-南门-早班-${TODAY}`);
  const elsewhere = (await south.locator('.who button').first().textContent()) ?? '';
  await add(running, elsewhere);
  const refused = page.getByRole('dialog', { name: `排入 ${elsewhere}` });
  await refused.getByRole('button', { name: '确定' }).click();
  await expect(refused.getByRole('alert')).toContainText('同一人不能同时在两处值守');
  await expect(refused.getByLabel('仍要保存的理由')).toHaveCount(0);
  await expect(refused.getByRole('button', { name: '填写理由后仍然保存' })).toHaveCount(0);
  await shot(page, '50-double-booking-refused');
  await refused.getByRole('button', { name: '取消' }).click();

  await add(running, name);
  await page
    .getByRole('dialog', { name: `排入 ${name}` })
    .getByRole('button', { name: '确定' })
    .click();
  await expect(running.locator('.who').filter({ hasText: name })).toContainText('10:00 起');
  await north.scrollIntoViewIfNeeded();
  await shot(page, '51-running-shift-staffed');

  // The overview names them at the north gate now.
  await page.getByRole('link', { name: '概览' }).click();
  await expect(page.getByTestId('on-duty')).toContainText(name);

  // A double booking an older release left behind: the grid, the overview, the print, the schedule.
  const twice = doubleBook(host.dbPath, ['北门', '晚班'], ['南门', '晚班']);
  await page.reload();
  await expect(page.getByTestId('double-booked')).toContainText(
    `${twice}：北门 晚班 11-28 16:00 与 南门 晚班`,
  );
  await shot(page, '52-overview-double-booked');
  await page.getByRole('link', { name: '值守排班' }).click();
  for (const post of ['北门', '南门'])
    await expect(
      page.getByTestId(`cell-${post}-晚班-${TODAY}`).locator('.who.clash').filter({ hasText: twice }),
    ).toContainText('⚠重复');
  await expectNoHorizontalOverflow(page);
  await page.getByRole('region', { name: '北门' }).scrollIntoViewIfNeeded();
  await shot(page, '53-grid-double-booked');
  await page.getByRole('button', { name: '打印排班表' }).click();
  await expect(page.locator('.roster-print-table .name.clash').filter({ hasText: twice })).toHaveCount(2);
  await page.getByRole('link', { name: '班子成员' }).click();
  const row = page.getByRole('table', { name: '班子成员' }).getByRole('row').filter({ hasText: twice });
  await row.getByRole('button', { name: '排班' }).click();
  await expect(page.getByTestId(`schedule-${twice}`)).toContainText('重复排班：同一时间还在');
});
