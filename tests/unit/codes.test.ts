/**
 * Rules speak codes, the screen speaks the language: every code in the one list (errors, field
 * checks, rule outputs) and every enum label has a non-empty text in zh-CN and in en, English has no
 * CJK character, and every template's parameters are ones the wording fills.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { areaOf, contract } from '../../electron/api/contract';
import {
  ALL_CODES,
  AUDIT_CODES,
  ERROR_REASON_CODES,
  EVENT_CODES,
  RULE_CODES,
  VALIDATION_CODES,
} from '../../electron/api/shared/codes';
import { DOC_WORDS } from '../../electron/api/shared/doc-words';
import { HOUSEHOLD_EVENT_CODES, ROSTER_CHANGE_CODES } from '../../electron/api/shared/event-codes';
import { AREAS, LABELS_EN, LABELS_ZH, label } from '../../electron/api/shared/labels';
import { parseMsg } from '../../electron/api/shared/reason';
import { TEXTS_EN } from '../../electron/api/shared/texts.en';
import { TEXTS_ZH } from '../../electron/api/shared/texts.zh';
import { isNoOne, LEGACY_NO_ONE, NO_ONE, snapshotName, whoWord } from '../../electron/api/shared/who';
import { SINGULAR, textsOf, UNKNOWN_CODE, word, wordError } from '../../electron/api/shared/word';
import { codeOfIssue, configureZodCodes } from '../../electron/api/shared/zod-codes';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const paramsOf = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the code lists', () => {
  it('are disjoint and snake_case', () => {
    expect(new Set(ALL_CODES).size).toBe(ALL_CODES.length);
    expect(ALL_CODES.length).toBe(
      ERROR_REASON_CODES.length +
        VALIDATION_CODES.length +
        RULE_CODES.length +
        AUDIT_CODES.length +
        EVENT_CODES.length,
    );
    for (const c of ALL_CODES) expect(c).toMatch(/^[a-z][a-z0-9_]*$/);
  });
  it.each(ALL_CODES)('%s has a zh-CN and an en text with the same parameters; en has no CJK', (code) => {
    const zh = TEXTS_ZH[code];
    const en = TEXTS_EN[code];
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(en).not.toMatch(CJK);
    expect(paramsOf(en)).toEqual(paramsOf(zh));
  });
  it('has no text for a code that is not in the list', () => {
    expect(Object.keys(TEXTS_ZH).sort()).toEqual([...ALL_CODES].sort());
    expect(Object.keys(TEXTS_EN).sort()).toEqual([...ALL_CODES].sort());
  });
});

describe('the audit codes', () => {
  it.each(AUDIT_CODES)('%s has a zh-CN and an en text with the same parameters; en has no CJK', (code) => {
    expect(code).toMatch(/^audit_[a-z0-9_]+$/);
    expect(TEXTS_ZH[code].trim()).not.toBe('');
    expect(TEXTS_EN[code].trim()).not.toBe('');
    expect(TEXTS_EN[code]).not.toMatch(CJK);
    expect(paramsOf(TEXTS_EN[code])).toEqual(paramsOf(TEXTS_ZH[code]));
  });
  it('words enum, list and data-list parameters in the language; English keeps only the data', () => {
    const r = {
      code: 'audit_returnee_decide_against',
      params: { names: '张三\n李四', outcome: 'hotel', reason: '家中有老人' },
    };
    expect(word(r, 'zh-CN')).toBe('决定 张三；李四：安排隔离酒店（与建议不同，理由：家中有老人）');
    expect(word(r, 'en')).toBe(
      'Decided for 张三; 李四: Hotel quarantine (not the recommendation; reason: 家中有老人)',
    );
    const fields = { code: 'audit_household_update', params: { address: '1栋 101', fields: 'phone,notes' } };
    expect(word(fields, 'zh-CN')).toBe('1栋 101：修改户信息：联系电话；备注');
    expect(word(fields, 'en')).not.toMatch(/联系|备注/);
  });
  it('words a refusal row around the reason it wraps, in the language', () => {
    const inner = { name: '林晓梅', failures: 2 };
    const r = {
      code: 'audit_refused',
      params: { ...inner, error: 'FORBIDDEN', act: 'audit_sign_in_pin_wrong' },
    };
    expect(word(r, 'zh-CN')).toBe('已拒绝（FORBIDDEN）：登录 林晓梅：PIN 不正确（连续第 2 次）');
    expect(word(r, 'en')).toBe('Refused (FORBIDDEN): Sign-in of 林晓梅: wrong PIN (2 in a row)');
    const twice = {
      code: 'audit_refused',
      params: {
        id: '****1234',
        error: 'RATE_LIMITED',
        act: 'audit_too_often',
        asked: 'audit_full_id_search',
      },
    };
    expect(word(twice, 'en')).toBe(
      'Refused (RATE_LIMITED): Searched by full ID number ****1234 (looked up too often)',
    );
  });
});

describe('the household-history and roster-change codes', () => {
  it('are all in the one list, each kind with its prefix', () => {
    expect(EVENT_CODES).toEqual([...HOUSEHOLD_EVENT_CODES, ...ROSTER_CHANGE_CODES]);
    for (const c of HOUSEHOLD_EVENT_CODES) expect(c).toMatch(/^event_[a-z0-9_]+$/);
    for (const c of ROSTER_CHANGE_CODES) expect(c).toMatch(/^roster_change_[a-z0-9_]+$/);
  });
  it.each(EVENT_CODES)('%s has a zh-CN and an en text with the same parameters; en has no CJK', (code) => {
    expect(TEXTS_ZH[code].trim()).not.toBe('');
    expect(TEXTS_EN[code].trim()).not.toBe('');
    expect(TEXTS_ZH[code]).toMatch(CJK);
    expect(TEXTS_EN[code]).not.toMatch(CJK);
    expect(paramsOf(TEXTS_EN[code])).toEqual(paramsOf(TEXTS_ZH[code]));
  });
  it('words a household edit field by field: enum values through their labels, typed values as data', () => {
    const r = {
      code: 'event_household_update',
      params: {
        edits: 'householder\t\t陈桂兰\noccupancy\tunknown\toccupied\nregStatus\tregistered\tverified\nnotes',
      },
    };
    expect(word(r, 'zh-CN')).toBe(
      '修改户信息：户主 （空） → 陈桂兰；居住情况 不明 → 有人居住；登记状态 已登记 → 已核实；备注',
    );
    expect(word(r, 'en')).toBe(
      'Edited the household: Householder (empty) → 陈桂兰; Occupancy Unknown → Occupied; Registration Registered → Verified; Notes',
    );
  });
  it('leaves out an empty parameter with its separator or brackets', () => {
    const visit = { source: 'lit_window', day: '2026-11-27', regStatus: 'registered' };
    expect(word({ code: 'event_household_visit_status', params: { ...visit, note: '' } }, 'zh-CN')).toBe(
      '夜间亮灯（2026-11-27）；登记状态 → 已登记',
    );
    expect(
      word({ code: 'event_household_visit_status', params: { ...visit, note: '晚上 9 点有灯' } }, 'zh-CN'),
    ).toBe('夜间亮灯（2026-11-27）：晚上 9 点有灯；登记状态 → 已登记');
    expect(word({ code: 'event_household_visit', params: { ...visit, note: '' } }, 'en')).toBe(
      'Lit window at night (2026-11-27)',
    );
    expect(word({ code: 'event_resident_add', params: { name: '陈桂兰', relation: '' } }, 'en')).toBe(
      'Added member 陈桂兰',
    );
    expect(word({ code: 'event_resident_add', params: { name: '陈桂兰', relation: '户主' } }, 'zh-CN')).toBe(
      '新增成员 陈桂兰（户主）',
    );
    // A usual relation, stored as its Chinese word, reads in the language; another stays as typed.
    expect(word({ code: 'event_resident_add', params: { name: '陈桂兰', relation: '户主' } }, 'en')).toBe(
      'Added member 陈桂兰 (Householder)',
    );
    expect(word({ code: 'event_resident_add', params: { name: 'Li', relation: 'Lodger' } }, 'en')).toBe(
      'Added member Li (Lodger)',
    );
  });
});

describe('who did it when no one was on duty', () => {
  it('is stored as an empty name and worded in the language, and so are the markers of older releases', () => {
    expect(NO_ONE).toBe('');
    for (const stored of [NO_ONE, ...LEGACY_NO_ONE]) {
      expect(isNoOne(stored)).toBe(true);
      expect(whoWord(stored, 'en')).toBe('System');
      expect(whoWord(stored, 'en', 'noOperator')).toBe('No one on duty');
      expect(whoWord(stored, 'zh-CN')).toBe('系统');
      expect(whoWord(stored, 'zh-CN', 'noOperator')).toBe('未选择值班人员');
    }
    expect(whoWord('林晓梅', 'en')).toBe('林晓梅');
    expect(snapshotName(null)).toBe(NO_ONE);
    expect(snapshotName({ name: '林晓梅' })).toBe('林晓梅');
    // A reason that names who handled something words the marker too, never leaving a gap.
    expect(word({ code: 'need_handled', params: { by: '' } }, 'en')).toBe(
      'This request was already handled by System.',
    );
    expect(word({ code: 'need_handled', params: { by: '系统' } }, 'en')).not.toMatch(CJK);
  });
});

describe('the enum labels', () => {
  const sets = Object.keys(LABELS_ZH) as (keyof typeof LABELS_ZH)[];
  it.each(sets)('%s: the same values in both languages, every one worded, en without CJK', (set) => {
    const zh = LABELS_ZH[set] as Record<string, string>;
    const en = LABELS_EN[set] as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries(zh)) {
      expect(v.trim(), `${set}.${k}`).not.toBe('');
      expect((en[k] ?? '').trim(), `${set}.${k}`).not.toBe('');
      expect(en[k], `${set}.${k}`).not.toMatch(CJK);
    }
  });
});

describe('the areas the audit log names', () => {
  it('has words in both languages for the area of every method of the contract', () => {
    const areas = [...new Set(Object.keys(contract).map(areaOf))];
    expect(areas.filter((a) => !(AREAS as readonly string[]).includes(a))).toEqual([]);
    expect(label('en', 'area', 'roster')).toBe('Gate roster');
    expect(label('zh-CN', 'area', 'posts')).toBe('岗位');
  });
});

describe('the words of the documents the server writes', () => {
  it('has every one in both languages, and none of the English ones is Chinese', () => {
    expect(Object.keys(DOC_WORDS.en).sort()).toEqual(Object.keys(DOC_WORDS['zh-CN']).sort());
    for (const [k, w] of Object.entries(DOC_WORDS.en)) {
      const text = typeof w === 'string' ? w : (w as (...a: unknown[]) => string)('2026-11-28', 'P', 3, 'x');
      expect(text.trim(), k).not.toBe('');
      expect(text, k).not.toMatch(CJK);
    }
  });
});

describe('wording', () => {
  it('fills parameters and words enum parameters in the language', () => {
    const r = { code: 'quarantine_short', params: { days: 9, required: 14 } };
    expect(word(r, 'zh-CN')).toBe('已隔离 9 天，不足 14 天');
    expect(word(r, 'en')).toBe('Quarantined 9 days, fewer than the 14 required');
    const room = { code: 'room_not_free', params: { hotel: 'H', room: '301', status: 'cleaning' } };
    expect(word(room, 'en')).toBe('H 301 is Cleaning; nobody can check in.');
    expect(word(room, 'zh-CN')).toContain('待清洁');
  });
  it('words list parameters item by item in the language (a roster placement that breaks two rules)', () => {
    const r = {
      code: 'roster_breaks_rules',
      params: { name: 'Li', shift: 'North 08:00', breaches: 'rest,same_day' },
    };
    expect(word(r, 'en')).toBe(
      'Putting Li on North 08:00 breaks rules: too little rest between shifts; already on a shift that day. Give a reason to do it anyway.',
    );
    expect(word(r, 'zh-CN')).toContain('两班之间休息不足；同一天已有班次');
  });
  it('names an unknown code in a neutral text of the language, never Chinese in English', () => {
    expect(word({ code: 'no_such_code' }, 'en')).toBe('Not completed (reason code: no_such_code)');
    expect(word({ code: 'no_such_code' }, 'zh-CN')).toContain('no_such_code');
    expect(UNKNOWN_CODE.en).not.toMatch(CJK);
    // An error without a reason: the server's Chinese in Chinese, a neutral text in English.
    expect(wordError(undefined, '出错了', 'zh-CN')).toBe('出错了');
    expect(wordError({ code: 'unspecified', params: { error: 'CONFLICT' } }, '出错了', 'en')).toBe(
      'The request was not completed (CONFLICT).',
    );
  });
});

describe('zod speaks codes', () => {
  configureZodCodes();
  const schema = z.object({
    name: z.string().trim().min(1).max(3),
    n: z.number().int().min(2).max(5),
    kind: z.enum(['a', 'b']),
    list: z.array(z.number()).max(1),
  });
  const messages = (input: unknown) =>
    Object.fromEntries(
      (schema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), parseMsg(i.message)]),
    );
  it('turns zod issues into codes with parameters', () => {
    expect(messages({ name: 'abcd', n: 9, kind: 'c', list: [1, 2] })).toEqual({
      name: { code: 'too_long', params: { max: 3 } },
      n: { code: 'too_big', params: { max: 5 } },
      kind: { code: 'not_an_option' },
      list: { code: 'too_many', params: { max: 1 } },
    });
    expect(messages({ name: '', n: 1.5, kind: 'a', list: [] })).toEqual({
      name: { code: 'required' },
      n: { code: 'not_an_integer' },
    });
    expect(messages({ kind: 'a', list: [], n: 'x' })).toMatchObject({
      name: { code: 'required' },
      n: { code: 'not_a_number' },
    });
  });
  it('never leaves zod wording: every issue kind maps to a known code', () => {
    const kinds = [
      'invalid_type',
      'too_big',
      'too_small',
      'invalid_format',
      'invalid_value',
      'not_multiple_of',
      'unrecognized_keys',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'custom',
    ];
    for (const code of kinds) {
      for (const origin of ['string', 'number', 'array', 'date']) {
        const r = parseMsg(
          codeOfIssue({ code, origin, maximum: 3, minimum: 2, divisor: 2, input: 1, expected: 'string' }),
        );
        expect(r && (ALL_CODES as readonly string[]).includes(r.code), `${code}/${origin}`).toBe(true);
      }
    }
  });
});

describe('English counts (server texts)', () => {
  it('a count of one reads singular, other counts plural; Chinese is untouched', () => {
    const r = (gaps: number) => ({
      code: 'audit_roster_generate' as const,
      params: { from: '2026-11-23', days: 1, shifts: 3, added: 1, gaps },
    });
    expect(word(r(1), 'en')).toBe('Roster generated from 2026-11-23 for 1 day: 3 shifts, 1 placement, 1 gap');
    expect(word(r(2), 'en')).toMatch(/1 day: 3 shifts, 1 placement, 2 gaps$/);
    expect(word(r(1), 'zh-CN')).not.toMatch(/[a-z]/);
  });

  it('every English noun counted by a parameter has its singular', () => {
    const counted = /\{\{\w+\}\} (?:valid |new )?([a-z]+s)\b/g;
    const plain = new Set(['is', 'has', 'does', 'was', 'needs']);
    const missing: string[] = [];
    for (const text of Object.values(textsOf('en'))) {
      for (const m of text.matchAll(counted)) {
        const noun = m[1] as string;
        if (plain.has(noun)) continue;
        if (!SINGULAR[noun]) missing.push(noun);
      }
    }
    expect(missing).toEqual([]);
  });
});
