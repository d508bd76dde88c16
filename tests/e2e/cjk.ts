/**
 * "In English nothing made by the program shows Chinese; only the data people typed does."
 * A CJK run on screen is data when it is part of some TEXT value stored in the test's database
 * (names, addresses, notes, hotel names the demo typed); anything else is the program's and fails.
 */

import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { LEGACY_NO_ONE } from '../../electron/api/shared/who';

/** CJK ideographs, kana, CJK and full-width punctuation (，：（）＋ …). */
const CJK =
  '[\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
export const CJK_RUN = new RegExp(`${CJK}+`, 'g');
const HAS_CJK = new RegExp(CJK);

/**
 * Columns the program writes in Chinese (not typed by people): never taken as data, unless a screen
 * shows them as the record they are (`allow`: the audit page shows audit summaries).
 */
export const PROGRAM_WRITTEN = [
  'audit_log.summary',
  'audit_log.summary_params',
  'household_events.summary',
  'household_events.summary_params',
  'returnees.check_json',
  'roster_changes.breaches',
];

/**
 * Rows of a column that still count as the program's, even where allowed: a row with a code is worded
 * by the screen in the UI language, so only a legacy row (no code, its stored Chinese text, shown as
 * stored on the audit page or the household file) is data; a generated roster's `reason` was the
 * program's sentence before it had a code.
 */
const ONLY_WHERE: Record<string, string> = {
  'audit_log.summary': 'summary_code IS NULL',
  'household_events.summary': 'summary_code IS NULL',
  'roster_changes.reason': "kind <> 'generate'",
};

/** Name snapshots older releases stored for "no one on duty": the screens word them, not data. */
const NOT_DATA = new Set<string>(LEGACY_NO_ONE);

/** Every TEXT value of every table, read-only, as one searchable string (values split by NUL). */
export function storedText(dbPath: string, allow: string[] = []): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const parts: string[] = [];
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
      )
      .pluck()
      .all() as string[];
    for (const t of tables) {
      const cols = (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string; type: string }[])
        .filter((c) => /TEXT|CHAR|^$/i.test(c.type))
        .filter((c) => allow.includes(`${t}.${c.name}`) || !PROGRAM_WRITTEN.includes(`${t}.${c.name}`));
      for (const c of cols) {
        for (const v of db
          .prepare(
            `SELECT "${c.name}" FROM "${t}" WHERE typeof("${c.name}") = 'text'${
              ONLY_WHERE[`${t}.${c.name}`] ? ` AND ${ONLY_WHERE[`${t}.${c.name}`]}` : ''
            }`,
          )
          .pluck()
          .all())
          if (typeof v === 'string' && HAS_CJK.test(v) && !NOT_DATA.has(v)) parts.push(v);
      }
    }
    return parts.join('\u0000');
  } finally {
    db.close();
  }
}

const LANGUAGE_PICKER = 'label.lang select';

/**
 * What the screen shows: each visible text node on its own (two names in two elements are two
 * pieces, not one run), the title, and the placeholders and values of its fields.
 */
async function screenText(page: Page): Promise<string[]> {
  return page.evaluate((skip) => {
    const hidden = new Set(document.querySelectorAll(skip));
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      if ([...hidden].some((h) => h.contains(el))) continue;
      // Options of a closed select are not rendered boxes, but a person opens the list: read them.
      if (el.closest('option') === null && el.getClientRects().length === 0) continue;
      if (el.closest('script, style, [hidden]')) continue;
      out.push(n.textContent);
    }
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (el.placeholder) out.push(el.placeholder);
      if (el.type !== 'hidden' && el.value) out.push(el.value);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[title]')) out.push(el.title);
    return out;
  }, LANGUAGE_PICKER);
}

/** The CJK runs on screen that are not part of any stored value, each with a little context. */
export async function programChinese(page: Page, dbPath: string, allow: string[] = []): Promise<string[]> {
  const data = storedText(dbPath, allow);
  const found = new Set<string>();
  for (const text of await screenText(page)) {
    for (const m of text.matchAll(CJK_RUN)) {
      if (data.includes(m[0])) continue;
      const at = m.index ?? 0;
      found.add(
        `“${m[0]}” in “${text.slice(Math.max(0, at - 25), at + m[0].length + 25).replace(/\s+/g, ' ')}”`,
      );
    }
  }
  return [...found];
}
