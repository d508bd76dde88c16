/**
 * The English walk (issue 9): switch to English, visit every screen of the registry, returnees,
 * hotels, audit, settings and backups areas, and fail on any CJK character the program made. A CJK
 * run is data when it is part of a TEXT value stored in the test's database (tests/e2e/cjk.ts).
 *
 * Also walked: the roster with a generated fortnight and its gaps, the printed roster, the team,
 * the gate log, the PIN dialogs (set my PIN with a bad one, change it with a wrong old PIN, the
 * start screen's PIN entry with a wrong PIN, the commander's reset with a bad one), and the start
 * screen (operator chooser) after signing out. The audit log words
 * each row's code in English; only a legacy row (written before 0007, no code) shows its stored
 * Chinese text, and only those are taken as data. The same holds for a household file's history
 * (codes since 0012).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { checkDigit } from '../../electron/api/shared/id-number';
import { programChinese } from './cjk';
import { expect, expectNoHorizontalOverflow, shot, test } from './host';

test('in English every screen shows English; only stored data is Chinese', async ({ page, host }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const found: string[] = [];
  const check = async (screen: string, opts: { allow?: string[]; data?: string[] } = {}) => {
    await page.waitForLoadState('networkidle');
    for (const f of await programChinese(page, host.dbPath, opts.allow)) {
      if (!(opts.data ?? []).some((d) => f.startsWith(`“${d}”`) || d.includes(f.slice(1, f.indexOf('”')))))
        found.push(`${screen}: ${f}`);
    }
  };
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /吴振华/ })
    .click();
  // The detector itself: in Chinese the program's words are found (so a quiet English walk means something).
  await expect(page.getByRole('link', { name: '概览' })).toBeVisible();
  expect((await programChinese(page, host.dbPath)).length).toBeGreaterThan(10);
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();

  await page.goto(`${host.url}#/overview`);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await check('overview');
  await shot(page, '60-en-overview');

  await page.getByRole('link', { name: 'Buildings' }).click();
  await expect(page.locator('.building').first()).toBeVisible();
  await check('buildings board');
  await shot(page, '61-en-buildings');

  await page.locator('a.room-unknown').first().click();
  await expect(page.getByTestId('household-address')).toBeVisible();
  await check('household file');
  await memberIdRefused(page);
  await check('household file, member form refused');
  await shot(page, '62-en-member-error');
  await memberAsHouseholder(page, host.dbPath);
  await check('household file, a householder added');
  await shot(page, '62-en-member-householder');

  // A household with a history (the demo's visit, an edit made here): every line is a code, worded in
  // English; none is taken as data (the walk's database has no line from before 0012).
  await page.getByRole('link', { name: 'Buildings', exact: true }).click();
  await page.locator('a.room-verified').first().click();
  await expect(page.getByTestId('household-event').first()).toBeVisible();
  await page.locator('.household-form select[name="regStatus"]').selectOption('registered');
  await page.getByRole('button', { name: 'Save household' }).click();
  await expect(page.getByTestId('household-event').first()).toContainText(
    'Registration Verified → Registered',
  );
  await check('household file with its history');
  await page.locator('.history').scrollIntoViewIfNeeded();
  await shot(page, '69-en-household-history');

  await page.getByRole('link', { name: 'Visit progress' }).click();
  await expect(page.locator('main table, main .card').first()).toBeVisible();
  await check('visit progress');
  await page.goto(`${host.url}#/visit-sheet/1`);
  await expect(page.locator('main')).toContainText(/\S/);
  await check('visit sheet');

  await page.getByRole('link', { name: 'Find a resident' }).click();
  await page.locator('.search-input').fill('1-1');
  await expect(page.locator('.result-row').first()).toBeVisible();
  await check('search');

  const sheet = [
    '楼栋,单元,房号,姓名,性别,出生日期,身份证号,联系电话',
    '1栋,1单元,101,王测试,女,1985-02-30,123,138',
    '9栋,,101,李测试,男,,,',
    ',,,赵测试,不详,,,',
  ];
  const dir = mkdtempSync(join(tmpdir(), 'gatepost-en-'));
  const csv = join(dir, 'bad-rows.csv');
  writeFileSync(csv, `${sheet.join('\n')}\n`);
  await page.getByRole('link', { name: 'Import / export' }).click();
  await page.getByLabel('Choose a sheet (.xlsx / .csv)').setInputFiles(csv);
  const preview = page.getByTestId('import-preview');
  // The sheet is read in a worker thread: give it a minute on a loaded machine.
  await expect(preview).toContainText('rows with errors', { timeout: 60_000 });
  // A building not on the board is offered for creation (issue 10), no longer a row error.
  await expect(
    preview.getByRole('region', { name: 'Buildings and rooms not on the board yet' }),
  ).toContainText('New building 9栋');
  // The sheet's own cells are data people typed, though not stored.
  await check('import preview', { data: sheet.join(',').split(/[,\n]/).filter(Boolean) });
  await shot(page, '63-en-import-preview');

  await page.getByRole('link', { name: 'Returnees', exact: true }).click();
  await page.getByLabel('Arriving from').fill('Haikou East station');
  await page.getByLabel('Name', { exact: true }).first().fill('Visitor Lee');
  await page.getByLabel('Temperature at gate (℃)').first().fill('36.5');
  await page.getByRole('button', { name: 'Register and check' }).click();
  const panel = page.getByTestId('check-panel').filter({ hasText: 'Visitor Lee' });
  await expect(panel).toContainText('Not a registered resident; cannot enter the compound');
  await check('returnee intake and check');
  await shot(page, '64-en-check');
  await page.getByRole('link', { name: 'Visitor Lee' }).first().click();
  await expect(page.locator('main')).toContainText('Visitor Lee');
  await check('returnee file');

  await page.getByRole('link', { name: 'Hotels' }).click();
  const guests = page.locator('table.guests').first();
  await expect(guests).toBeVisible();
  await check('hotels board');
  await guests.getByRole('button', { name: 'Log contact' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').locator('button[type="submit"]')).toHaveText('Save the call');
  await check('hotels: a guest action');
  await shot(page, '65-en-guest-action');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.locator('main tbody tr').first()).toBeVisible();
  // Every row the walk and the demo wrote has a code: its stored Chinese text is not data here.
  await check('audit log', { allow: ['audit_log.summary'] });
  await shot(page, '66-en-audit');

  await page.getByRole('link', { name: 'Compound settings' }).click();
  await page.getByLabel('Planned days').fill('0');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('At least 1')).toBeVisible();
  await check('compound settings, a field refused');
  await shot(page, '67-en-settings-error');

  await page.getByRole('link', { name: 'Backup & restore' }).click();
  await expect(page.locator('main h1, main h2').first()).toBeVisible();
  await check('backups');
  await shot(page, '68-en-backups');

  await page.getByRole('link', { name: 'Gate roster' }).click();
  await page.getByLabel('From', { exact: true }).fill('2026-11-30');
  await page.getByRole('button', { name: 'Generate roster' }).click();
  await expect(page.getByTestId('generate-result')).toContainText('Generated');
  await expect(page.getByTestId('generate-spread')).toContainText(
    /Fairness \(within each role\): .*Volunteer \(\d+\): nights \d+–\d+, hours \d+–\d+/,
  );
  await check('roster, generated');
  await shot(page, '70-en-roster');
  await page.getByRole('button', { name: 'Print roster' }).click();
  await expect(page.locator('.print-page').first()).toBeVisible();
  await check('roster print view');
  await shot(page, '71-en-roster-print');

  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.locator('main table').first()).toBeVisible();
  await check('team');
  await page.getByRole('link', { name: 'Gate log' }).click();
  await expect(page.locator('main form, main table').first()).toBeVisible();
  await check('gate log');
  await shot(page, '72-en-gate-log');

  await pinDialogs(page, check);

  await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('start screen (operator chooser)');
  await shot(page, '73-en-chooser');
  expect(errors).toEqual([]);
  expect(found, `program-made Chinese on English screens:\n${found.join('\n')}`).toEqual([]);
});

/** The server refuses an ID number the form cannot check (its checksum): the answer is on its field. */
async function memberIdRefused(page: Page) {
  await page.getByRole('button', { name: /Add member/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Test Person');
  const body = '46010619480601115';
  const good = body + checkDigit(body);
  await dialog.getByLabel('ID number').fill(body + (good.endsWith('0') ? '1' : '0'));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText("The ID number's check digit is wrong; check for a typo")).toBeVisible();
}

/**
 * The PIN dialogs in English, each with a refusal on screen: the operator on duty sets a PIN (a bad
 * one first), changes it (a wrong current PIN refused by the server), signs in again on the start
 * screen (a wrong PIN first); then the commander resets it (a bad one first, then cleared).
 */
async function pinDialogs(page: Page, check: (screen: string) => Promise<void>) {
  await page.getByRole('button', { name: 'Set my PIN' }).click();
  const set = page.getByRole('dialog', { name: 'Set my PIN' });
  await set.getByLabel('New PIN (4–6 digits)').fill('24');
  await set.getByLabel('New PIN again').fill('24');
  await set.getByRole('button', { name: 'Save PIN' }).click();
  await expect(set.getByText('A PIN is 4 to 6 digits').first()).toBeVisible();
  await check('set my PIN, a bad PIN');
  await shot(page, '74-en-set-pin');
  await set.getByLabel('New PIN (4–6 digits)').fill('2468');
  await set.getByLabel('New PIN again').fill('2468');
  await set.getByRole('button', { name: 'Save PIN' }).click();
  await expect(set).toBeHidden();

  await page.getByRole('button', { name: 'Change my PIN' }).click();
  const change = page.getByRole('dialog', { name: 'Change my PIN' });
  await change.getByLabel('Current PIN').fill('1111');
  await change.getByLabel('New PIN (4–6 digits)').fill('1357');
  await change.getByLabel('New PIN again').fill('1357');
  await change.getByRole('button', { name: 'Save PIN' }).click();
  // The server's refusal worded from its code, tries left included (not a generic line).
  await expect(change.getByRole('alert')).toHaveText(/^Wrong PIN; \d tries left\.$/);
  await check('change my PIN, the current PIN refused');
  await shot(page, '75-en-change-pin');
  await page.keyboard.press('Escape');
  await expect(change).toBeHidden();

  await page.getByRole('button', { name: 'Sign out' }).click();
  const chooser = page.getByRole('dialog', { name: 'Who is on duty?' });
  await chooser.getByRole('button', { name: /吴振华.*PIN/ }).click();
  const pin = chooser.getByLabel('Enter the PIN (4–6 digits)');
  await pin.fill('1111');
  await chooser.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(chooser.getByRole('alert')).toHaveText(/^Wrong PIN; \d tries left\.$/);
  await check('start screen, a wrong PIN');
  await shot(page, '76-en-pin-wrong');
  await pin.fill('2468');
  await chooser.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(chooser).toBeHidden();

  // The commander (no PIN of his own) resets it from the team page.
  await page.getByRole('banner').getByRole('combobox', { name: 'On duty' }).selectOption({
    label: '张卫国 (Commander)',
  });
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  const row = page.getByRole('table', { name: 'Team' }).getByRole('row').filter({ hasText: '吴振华' });
  await expect(row).toContainText('PIN set');
  await row.getByRole('button', { name: 'Reset PIN' }).click();
  const reset = page.getByRole('dialog', { name: 'Reset the PIN of 吴振华' });
  await reset.getByLabel('New PIN (may be empty)').fill('12');
  await reset.getByRole('button', { name: 'Set the new PIN' }).click();
  await expect(reset.locator('.field-error')).toHaveText('A PIN is 4–6 digits');
  await check('reset a PIN, a bad PIN');
  await shot(page, '77-en-reset-pin');
  await reset.getByLabel('New PIN (may be empty)').fill('');
  await reset.getByRole('button', { name: 'Clear the PIN' }).click();
  await expect(reset).toBeHidden();
  await expect(row).not.toContainText('PIN set');
}

/**
 * The refused member again, the ID left out: a relation is offered in English and saved as its
 * Chinese word (户主), which the server matches, and shown in English in the members table.
 */
async function memberAsHouseholder(page: Page, dbPath: string) {
  const dialog = page.getByRole('dialog');
  const offered = await dialog
    .locator('datalist option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual([
    'Householder',
    'Spouse',
    'Child',
    'Parent',
    'Grandchild',
    'Sibling',
    'Tenant',
    'Other',
  ]);
  await dialog.getByLabel('ID number').fill('');
  await dialog.getByLabel('Relation').fill('Householder');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'Test Person' });
  await expect(row).toContainText('Householder');
  const db = new Database(dbPath, { readonly: true });
  try {
    expect(db.prepare("SELECT relation FROM residents WHERE name = 'Test Person'").pluck().get()).toBe(
      '户主',
    );
  } finally {
    db.close();
  }
}
