import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { expectNoHorizontalOverflow, SHOTS, shot, test } from './host';

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

  // Take the first person off the running shift, then add them back: they are on duty from now,
  // 10:00, for the rest of the shift. They signed in at 07:55; that is reversed first (a person with
  // attendance on a shift stays on it).
  const first = running.locator('.who button').first();
  const name = (await first.textContent()) ?? '';
  const att = page.getByTestId('attendance').locator('tr').filter({ hasText: '北门 早班' });
  await att.locator('.att').filter({ hasText: name }).getByRole('button', { name: '撤销' }).click();
  const undo = page.getByRole('dialog', { name: `撤销 ${name} 的签到` });
  await undo.getByLabel('撤销理由').fill('本人临时调岗，重新排入');
  await undo.getByRole('button', { name: '撤销' }).click();
  await expect(undo).toBeHidden();
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
  await shot(page, '80-double-booking-refused');
  await refused.getByRole('button', { name: '取消' }).click();

  await add(running, name);
  await page
    .getByRole('dialog', { name: `排入 ${name}` })
    .getByRole('button', { name: '确定' })
    .click();
  await expect(running.locator('.who').filter({ hasText: name })).toContainText('10:00 起');
  await north.scrollIntoViewIfNeeded();
  await shot(page, '81-running-shift-staffed');

  // The overview names them at the north gate now.
  await page.getByRole('link', { name: '概览' }).click();
  await expect(page.getByTestId('on-duty')).toContainText(name);

  // A double booking an older release left behind: the grid, the overview, the print, the schedule.
  const twice = doubleBook(host.dbPath, ['北门', '晚班'], ['南门', '晚班']);
  await page.reload();
  await expect(page.getByTestId('double-booked')).toContainText(
    `${twice}：北门 晚班 11-28 16:00 与 南门 晚班`,
  );
  await shot(page, '82-overview-double-booked');
  await page.getByRole('link', { name: '值守排班' }).click();
  for (const post of ['北门', '南门'])
    await expect(
      page.getByTestId(`cell-${post}-晚班-${TODAY}`).locator('.who.clash').filter({ hasText: twice }),
    ).toContainText('⚠重复');
  await expectNoHorizontalOverflow(page);
  await page.getByRole('region', { name: '北门' }).scrollIntoViewIfNeeded();
  await shot(page, '83-grid-double-booked');
  await page.getByRole('button', { name: '打印排班表' }).click();
  await expect(page.locator('.roster-print-table .name.clash').filter({ hasText: twice })).toHaveCount(2);
  await page.getByRole('link', { name: '班子成员' }).click();
  const row = page.getByRole('table', { name: '班子成员' }).getByRole('row').filter({ hasText: twice });
  await row.getByRole('button', { name: '排班' }).click();
  await expect(page.getByTestId(`schedule-${twice}`)).toContainText('重复排班：同一时间还在');
});

test('duty: on duty means present — a sign-in reversed with a reason leaves the gate red; a late sign-in is flagged', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  // The demo's people on the running shifts signed in at 07:55: every post is guarded.
  const south = page.getByTestId('gate-南门');
  await expect(south).toContainText('在岗 2 人');
  await expect(south).toHaveClass(/guarded/);
  await page.getByRole('link', { name: '值守排班' }).click();
  const att = page.getByTestId('attendance');
  const row = att.locator('tr').filter({ hasText: '南门 早班' });
  const people = row.locator('.att');
  await expect(people).toHaveCount(2);
  const names: string[] = [];
  for (let i = 0; i < 2; i++) {
    const who = people.nth(i);
    names.push((await who.locator('strong').first().textContent()) ?? '');
    await expect(who).toContainText('签到 07:55');
    await who.getByRole('button', { name: '撤销' }).click();
    const dialog = page.getByRole('dialog', { name: `撤销 ${names[i]} 的签到` });
    await dialog.getByRole('button', { name: '撤销' }).click();
    await expect(dialog.getByText('请填写原因')).toBeVisible();
    await dialog.getByLabel('撤销理由').fill('签到记错了班次');
    if (i === 0) await shot(page, '84-reverse-sign-in');
    await dialog.getByRole('button', { name: '撤销' }).click();
    await expect(dialog).toBeHidden();
    await expect(who).toContainText('超时未到');
  }
  // Nobody present at the south gate now: red on the overview, though two are rostered.
  await page.getByRole('link', { name: '概览' }).click();
  await expect(south).toContainText('无人在岗');
  await expect(south).toHaveClass(/unguarded/);
  await expect(page.getByTestId('on-duty')).toContainText(`${names[0]}`);
  await expectNoHorizontalOverflow(page);
  await shot(page, '85-overview-gate-unguarded');
  // One is absent, the other arrives now, 10:00: late.
  await page.getByRole('link', { name: '值守排班' }).click();
  await people.nth(0).getByRole('button', { name: '缺勤' }).click();
  await expect(people.nth(0)).toContainText('缺勤');
  await people.nth(1).getByRole('button', { name: '签到' }).click();
  await expect(people.nth(1)).toContainText('签到 10:00迟到');
  await shot(page, '86-attendance-late');
  await page.getByRole('link', { name: '概览' }).click();
  await expect(south).toContainText('在岗 1 人');
  await expect(page.getByTestId('on-duty')).toContainText(`${names[1]}`);
  await expect(page.getByTestId('on-duty').locator('.presence-late')).toContainText('迟到');
});

test('gate log: a temperature for people coming in, a fever said at once, history by day, person and direction, exported', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '出入登记' }).click();
  await page.getByLabel('人员 / 车辆', { exact: true }).fill('快递 张师傅');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.locator('label.field').filter({ hasText: '体温 ℃' }).locator('.field-error')).toHaveText(
    '进入人员请填写体温',
  );
  await page.getByLabel('体温 ℃').fill('37.8');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByTestId('gate-fever')).toContainText('快递 张师傅 体温 37.8 ℃，达到发热标准 37.3 ℃');
  const table = page.getByRole('table', { name: '出入登记' });
  await expect(table.getByRole('row').filter({ hasText: '快递 张师傅' })).toContainText('37.8 ℃发热');
  // The same person leaves; a delivery van comes in.
  await page.getByLabel('进出').first().selectOption('out');
  await page.getByLabel('人员 / 车辆', { exact: true }).fill('快递 张师傅');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByLabel('进出').first().selectOption('in');
  await page.getByLabel('人员 / 车辆', { exact: true }).fill('蔬菜配送车 琼A12345');
  await page.getByLabel('体温 ℃').fill('36.4');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').filter({ hasText: '琼A12345' })).toContainText('进');
  await expectNoHorizontalOverflow(page);
  await shot(page, '87-gate-log-fever');
  // History: by person, by direction, and on another day.
  const history = page.getByRole('region', { name: '出入记录' });
  await history.getByLabel('查找人员 / 车辆').fill('张师傅');
  await expect(table.getByRole('row')).toHaveCount(3);
  await history.getByLabel('进出').selectOption('out');
  await expect(table.getByRole('row')).toHaveCount(2);
  await history.getByLabel('日期').fill('2026-11-27');
  await expect(table).toContainText('没有符合条件的出入记录');
  await history.getByLabel('日期').fill('');
  await history.getByLabel('进出').selectOption('');
  await expect(table.getByRole('row')).toHaveCount(3);
  await history.getByLabel('查找人员 / 车辆').fill('');
  await history.getByLabel('日期').fill(TODAY);
  await expect(table.getByRole('row')).toHaveCount(4);
  const download = page.waitForEvent('download');
  await history.getByRole('button', { name: '导出 Excel' }).click();
  const file = join(SHOTS, 'gate-log.xlsx');
  await (await download).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  expect(ws?.name).toBe('出入登记');
  expect(ws?.rowCount).toBe(4);
  expect(String(ws?.getRow(4).getCell(7).value)).toBe('发热');
  // Look at it as the town would print it.
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', SHOTS, file], {
    timeout: 120_000,
  });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    join(SHOTS, 'gate-log.pdf'),
    join(SHOTS, '88-gate-log-xlsx'),
  ]);
});

test('posts: edit and retire; a 28-day roster prints one week a page; the address keeps the week and range', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '班子成员' }).click();
  // Edit the desk: two people on its day shift.
  const desk = page.getByTestId('post-指挥部值班');
  await desk.getByRole('button', { name: '修改' }).click();
  const edit = page.getByRole('dialog', { name: '修改岗位：指挥部值班' });
  await edit.getByLabel('每班人数 1').fill('2');
  await shot(page, '89-post-edit');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(desk).toContainText('白班 08:00（12h，2 人');
  // Retire the south gate: its shifts ahead lose their people; its history stays.
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('post-南门').getByRole('button', { name: '停用' }).click();
  await expect(page.getByTestId('post-南门')).toContainText('自 2026-11-28 停用');
  await expect(page.getByTestId('post-南门').getByRole('button', { name: '恢复使用' })).toBeVisible();
  await expect(page.getByTestId('post-南门').getByRole('button', { name: '删除' })).toHaveCount(0);
  await shot(page, '90-post-retired');
  // A retired gate takes no more entries.
  await page.getByRole('link', { name: '出入登记' }).click();
  await expect(page.locator('form').first().locator('select').first().locator('option')).toHaveText([
    '北门',
    '指挥部值班',
  ]);

  // Four weeks from Monday 11-30: the range goes into the address.
  await page.getByRole('link', { name: '值守排班' }).click();
  await page.getByLabel('开始日期').fill('2026-11-30');
  await page.getByLabel('天数').selectOption({ label: '28 天' });
  await expect(page).toHaveURL(/#\/roster\/2026-11-30\/28$/);
  await page.getByRole('button', { name: '生成排班' }).click();
  await expect(page.getByTestId('generate-result')).toContainText('已生成');
  // The retired gate is not scheduled.
  await expect(page.getByRole('region', { name: '南门' })).toHaveCount(0);
  await page.getByRole('button', { name: '打印排班表' }).click();
  await expect(page).toHaveURL(/#\/roster-print\/2026-11-30\/28$/);
  await expect(page.locator('.print-page')).toHaveCount(8);
  await expect(
    page.getByRole('heading', { name: /北门 值守排班表（2026-12-21 至 2026-12-27）/ }),
  ).toBeVisible();
  // No name is broken over two lines.
  const broken = await page
    .locator('.roster-print-table .name')
    .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 1).length);
  expect(broken).toBe(0);
  await page.emulateMedia({ media: 'print' });
  const pdf = join(SHOTS, '91-roster-28-days.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+8/);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdf, join(SHOTS, '91-roster-28-days')]);
  // Each page holds one week: its title and seven days, whole.
  for (let p = 1; p <= 8; p++) {
    const text = execFileSync('pdftotext', [
      '-f',
      String(p),
      '-l',
      String(p),
      '-layout',
      pdf,
      '-',
    ]).toString();
    expect(text.match(/值守排班表（\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}）/g)?.length, `page ${p}`).toBe(1);
  }
  // Back to the same week and range.
  await page.getByRole('link', { name: '← 返回排班' }).click();
  await expect(page).toHaveURL(/#\/roster\/2026-11-30\/28$/);
  await expect(page.getByLabel('开始日期')).toHaveValue('2026-11-30');
  await expect(page.getByLabel('天数')).toHaveValue('28');
  await page.getByRole('button', { name: '打印排班表' }).click();
  await page.goBack();
  await expect(page.getByLabel('开始日期')).toHaveValue('2026-11-30');
  await expect(page.getByLabel('天数')).toHaveValue('28');
});
