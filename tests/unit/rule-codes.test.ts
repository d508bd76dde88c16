/**
 * Every rule in scope answers codes, never sentences: over many seeded inputs, no rule output holds a
 * CJK character except the data it was given (a symptom, a certificate number, a cell value), and
 * every code is one of the list's.
 */
import { describe, expect, it } from 'vitest';
import { TEAM_ROLES, type TeamRole } from '../../db/schema/enums';
import { type RoomInfo, suggestRooms } from '../../electron/api/hotels/rules';
import { parseRows } from '../../electron/api/households/import-rows';
import { type ImportField, parseDateCell } from '../../electron/api/households/import-rules';
import {
  type CheckInput,
  checkReturnee,
  decisionProblem,
  recommend,
} from '../../electron/api/returnees/rules';
import { generateRoster } from '../../electron/api/roster/generate';
import type { Person, ShiftSlot } from '../../electron/api/roster/rules';
import { isCode } from '../../electron/api/shared/codes';
import { checkDigit, validateIdNumber } from '../../electron/api/shared/id-number';
import type { Reason } from '../../electron/api/shared/reason';
import { mayChangePin, maySaveMember } from '../../electron/api/team/rules';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A small seeded generator (mulberry32), so a failure repeats. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** A reason is a known code; its parameters hold CJK only where they repeat an input (`data`). */
function expectCode(reason: Reason, data: readonly string[]) {
  expect(isCode(reason.code), reason.code).toBe(true);
  expect(reason.code).not.toMatch(CJK);
  for (const [k, v] of Object.entries(reason.params ?? {})) {
    if (typeof v === 'string' && CJK.test(v)) expect(data, `${reason.code}.${k}`).toContain(v);
  }
}

describe('the gate check answers codes', () => {
  it('over 2,000 seeded returnees', () => {
    const r = rng(9);
    for (let i = 0; i < 2000; i++) {
      const symptoms = pick(r, ['', '', '咳嗽', '发热 乏力']);
      const certificateNo = pick(r, ['', 'JC-2026-001', '解字第 12 号']);
      const p: CheckInput = {
        isResident: r() > 0.1,
        compoundClosed: r() > 0.5,
        quarantineFrom: pick(r, [null, '2026-11-01', '2026-11-20']),
        quarantineTo: pick(r, [null, '2026-11-10', '2026-11-28', '2026-10-30']),
        certificateNo,
        testAt: pick(r, [null, '2026-11-28T01:00:00Z', '2026-11-20T01:00:00Z', '2026-12-01T00:00:00Z']),
        testResult: pick(r, [null, 'negative', 'positive', 'pending'] as const),
        healthCode: pick(r, [null, 'green', 'yellow', 'red'] as const),
        temperature: pick(r, [null, 36.5, 37.3, 38.9]),
        symptoms,
      };
      const out = checkReturnee(
        p,
        { quarantineDays: 14, testValidHours: 48, feverThreshold: 37.3 },
        new Date('2026-11-28T08:00:00Z'),
        '2026-11-28',
      );
      const data = [symptoms.trim(), certificateNo.trim()];
      for (const c of out) expectCode(c.reason, data);
      const problem = decisionProblem(
        pick(r, ['admit', 'hotel'] as const),
        recommend(out),
        pick(r, ['', '理由']),
      );
      if (problem) expectCode(problem, []);
    }
  });
});

describe('the room suggestion answers codes', () => {
  it('over 500 seeded hotels and groups', () => {
    const r = rng(4);
    for (let i = 0; i < 500; i++) {
      const rooms: RoomInfo[] = Array.from({ length: Math.floor(r() * 8) }, (_, k) => ({
        id: k + 1,
        hotelId: 1 + Math.floor(r() * 2),
        number: String(100 + k),
        floor: 1 + Math.floor(r() * 6),
        beds: Math.floor(r() * 4),
        ventilated: r() > 0.5,
        accessible: r() > 0.7,
        status: pick(r, ['free', 'free', 'occupied', 'cleaning', 'out_of_service'] as const),
        occupants: r() > 0.8 ? 1 : 0,
      }));
      const guests = Array.from({ length: Math.floor(r() * 6) }, (_, k) => ({
        id: k + 1,
        elderly: r() > 0.6,
        wantsVentilation: r() > 0.6,
      }));
      for (const u of suggestRooms(rooms, guests).unmet) expectCode(u, []);
    }
  });
});

describe('ID numbers and import cells answer codes', () => {
  it('over 3,000 seeded ID numbers and date cells', () => {
    const r = rng(17);
    for (let i = 0; i < 3000; i++) {
      const body = Array.from({ length: 17 }, () => String(Math.floor(r() * 10))).join('');
      const id = pick(r, [
        body + checkDigit(body),
        body,
        `${body}Z`,
        `46010619850230123${checkDigit('46010619850230123')}`,
        body.slice(0, 9),
      ]);
      const check = validateIdNumber(id, '2026-11-28');
      if (!check.ok) expectCode(check.why, []);
      const cell = pick(r, ['1985-02-30', '三月', '19850312', 31118, 99_999_999, '1985年3月12日', 'x']);
      const d = parseDateCell(cell);
      if (!d.ok) expectCode(d.why, [String(cell)]);
    }
  });
  it('a sheet of bad rows names each issue by row, field and code', () => {
    const fields: ImportField[] = [
      'building',
      'room',
      'name',
      'gender',
      'birthDate',
      'idNumber',
      'phone',
      'presence',
    ];
    const header = ['楼栋', '房号', '姓名', '性别', '出生日期', '身份证号', '联系电话', '当前去向'];
    const r = rng(23);
    // Cells come projected in IMPORT_FIELDS order (sheet-sink.ts), whatever the header's order.
    const rows = Array.from({ length: 400 }, (_, k) => ({
      row: k + 2,
      cells: [
        pick(r, ['', '3栋']),
        '',
        pick(r, ['', '502']),
        pick(r, ['', '王建华']),
        pick(r, ['', '男', '女', '未知']),
        pick(r, ['', '1985-02-30', '三月', '2090-01-01', '1985-03-12']),
        pick(r, ['', '123', '4.6E+17', '11010519491231002X', '11010519491231002X']),
        pick(r, ['', '138', '13800138000']),
        '',
        pick(r, ['', '在小区', '月球']),
        '',
        '',
      ],
    }));
    const parsed = parseRows({ headerRow: 1, header, rows }, '2026-11-28');
    expect(parsed.issues.length).toBeGreaterThan(50);
    for (const issue of parsed.issues) {
      expect(fields).toContain(issue.column);
      const data = rows.find((x) => x.row === issue.row)?.cells ?? [];
      expectCode(issue, data);
    }
  });
});

describe('the roster and the team answer codes', () => {
  it('over 60 seeded rosters: every gap reason is a known code', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = rng(seed);
      const day = '2026-11-23';
      const slots: ShiftSlot[] = Array.from({ length: 6 }, (_, i) => {
        const start = Date.parse(`${day}T00:00:00Z`) + i * 8 * 3_600_000;
        return {
          id: i + 1,
          postId: 1 + (i % 2),
          day: new Date(start + 8 * 3_600_000).toISOString().slice(0, 10),
          headcount: 1 + Math.floor(r() * 3),
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 8 * 3_600_000).toISOString(),
          requirements: r() > 0.5 ? [{ roles: ['police_officer'], min: 1 }] : [],
        };
      });
      const people: Person[] = Array.from({ length: Math.floor(r() * 5) }, (_, i) => ({
        id: i + 1,
        name: `人员${i + 1}`,
        role: pick(r, TEAM_ROLES) as TeamRole,
        maxWeeklyHours: pick(r, [8, 16, 48]),
        unavailable: r() > 0.7 ? [{ from: '2026-11-22T00:00:00Z', to: '2026-11-24T00:00:00Z' }] : [],
      }));
      const { gaps } = generateRoster(people, slots, [], { minRestHours: 8, maxConsecutiveDays: 6 });
      for (const g of gaps) for (const reason of g.reasons) expectCode(reason, []);
    }
  });
  it('team refusals are codes', () => {
    for (const role of TEAM_ROLES) {
      for (const caller of [null, 'volunteer', 'commander'] as const) {
        const refusal = maySaveMember(caller, true, true, null, role);
        if (refusal) expect(isCode(refusal.code), refusal.code).toBe(true);
      }
    }
    const own = mayChangePin({ id: 1, role: 'volunteer' }, 2, 'own', true, false);
    expect(own && isCode(own.code)).toBe(true);
  });
});
