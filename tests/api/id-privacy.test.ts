import { describe, expect, it } from 'vitest';
import type { ResidentInput } from '../../electron/api/residents/contract';
import { api, count, FIXED_NOW, withOperator } from './helpers';
import { id, sheet } from './sheets';

const person = (over: Partial<ResidentInput> & { householdId: number; name: string }): ResidentInput => ({
  gender: null,
  birthDate: null,
  phone: '',
  relation: '',
  presence: 'in_compound',
  pregnant: false,
  chronicIllness: false,
  disability: false,
  regularMedicine: false,
  notes: '',
  ...over,
});

/** A building with two households and one resident with an ID number; the clock can be moved. */
async function setup() {
  const o = await withOperator();
  let now = FIXED_NOW.getTime();
  o.host.now = () => new Date(now);
  const advance = (ms: number) => {
    now += ms;
  };
  const b = await o.call('buildings.add', { name: '3栋', floors: 1, unitsCount: 1, roomsPerFloor: 2 });
  if (!b.ok) throw new Error(b.error.message);
  const board = await o.call('buildings.board', {});
  const cells = board.ok ? (board.value.buildings[0]?.cells ?? []) : [];
  const [h1, h2] = cells.map((c) => c.householdId ?? 0);
  const pid = id('1962-03-14', '123');
  const saved = await o.call(
    'residents.save',
    person({ householdId: h1 ?? 0, name: '陈桂兰', idNumber: pid, relation: '户主' }),
  );
  if (!saved.ok) throw new Error(saved.error.message);
  const audit = () =>
    o.db.$client.prepare('SELECT method, operator_name AS who, summary FROM audit_log ORDER BY id').all() as {
      method: string;
      who: string;
      summary: string;
    }[];
  return { ...o, h1: h1 ?? 0, h2: h2 ?? 0, pid, resident: saved.value, advance, audit };
}

describe('full ID numbers leave a trace (issue 8, finding 2)', () => {
  it('a search by a whole ID number is signed and written to the audit log, masked', async () => {
    const { call, db, host, pid, audit } = await setup();
    const found = await call('residents.search', { q: pid });
    expect(found).toMatchObject({
      ok: true,
      value: { rows: [{ name: '陈桂兰', idNumberMasked: `**************${pid.slice(-4)}` }] },
    });
    const missing = await call('residents.search', { q: id('1970-01-01', '555') });
    expect(missing).toMatchObject({ ok: true, value: { rows: [] } });
    const rows = audit().filter((a) => a.method === 'residents.search');
    expect(rows).toEqual([
      {
        method: 'residents.search',
        who: '林晓梅',
        summary: `按完整身份证号 **************${pid.slice(-4)} 查询：找到 陈桂兰 3栋 101`,
      },
      {
        method: 'residents.search',
        who: '林晓梅',
        summary: expect.stringMatching(/^按完整身份证号 \*{14}\d{3}[\dX] 查询：未找到$/),
      },
    ]);
    // A name or a 4-digit tail is an ordinary search: no audit row.
    await call('residents.search', { q: '陈桂兰' });
    await call('residents.search', { q: pid.slice(-4) });
    expect(audit().filter((a) => a.method === 'residents.search')).toHaveLength(2);
    // Nobody on duty: refused, nothing found.
    expect(await api(db, host)('residents.search', { q: pid })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(JSON.stringify(audit())).not.toContain(pid);
  });

  it('slows down many full-ID look-ups in a row (search, reveal, intake), still logging the refusals', async () => {
    const { call, pid, resident, advance, audit } = await setup();
    for (let i = 0; i < 29; i++) expect((await call('residents.search', { q: pid })).ok).toBe(true);
    expect(await call('residents.reveal', { id: resident.id })).toMatchObject({
      ok: true,
      value: { idNumber: pid },
    });
    advance(60_000);
    const limited = await call('residents.search', { q: pid });
    expect(limited).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('请 9 分钟后再试') },
    });
    expect(await call('residents.reveal', { id: resident.id })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    const intake = await call('returnees.register', {
      fromPlace: '城西酒店',
      note: '',
      members: [
        {
          name: '陈桂兰',
          idNumber: pid,
          phone: '',
          certificateNo: '',
          symptoms: '',
          wantsVentilation: false,
        },
      ],
    });
    expect(intake).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    const refusals = audit().filter((a) => a.summary.startsWith('已拒绝（RATE_LIMITED）'));
    expect(refusals.map((a) => a.method)).toEqual([
      'residents.search',
      'residents.reveal',
      'returnees.register',
    ]);
    expect(refusals.every((a) => a.who === '林晓梅')).toBe(true);
    // Ordinary searches go on; after the window the look-ups are allowed again.
    expect((await call('residents.search', { q: '陈' })).ok).toBe(true);
    advance(9 * 60_000);
    expect((await call('residents.search', { q: pid })).ok).toBe(true);
    expect(JSON.stringify(audit())).not.toContain(pid);
  });

  it('a save with an ID number on someone else names nobody, writes nothing but an audit row', async () => {
    const { call, db, h2, pid, audit } = await setup();
    const before = count(db, 'residents');
    const dup = await call('residents.save', person({ householdId: h2, name: '冒名', idNumber: pid }));
    expect(dup).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          '该身份证号已登记在另一位居民名下，未保存。请核对号码；若确是同一人，请到其原户档案中修改或迁移',
        // The same refusal, as a code, on the ID field: still naming nobody.
        reason: { code: 'id_number_taken' },
        issues: [
          {
            path: 'idNumber',
            message:
              '该身份证号已登记在另一位居民名下，未保存。请核对号码；若确是同一人，请到其原户档案中修改或迁移',
            reason: { code: 'id_number_taken' },
          },
        ],
      },
    });
    expect(count(db, 'residents')).toBe(before);
    expect(count(db, 'household_events')).toBe(1);
    const last = audit().at(-1);
    expect(last).toMatchObject({ method: 'residents.save', who: '林晓梅' });
    expect(last?.summary).toMatch(
      /^已拒绝（CONFLICT）：保存居民“冒名”（户编号 \d+）时填写的身份证号 \*{14}\d{3}[\dX] 已登记在居民（编号 \d+）名下$/,
    );
    expect(JSON.stringify(audit())).not.toContain(pid);
  });

  it('the import preview names nobody for a number on someone else, and matches both masked forms', async () => {
    const { call, pid } = await setup();
    const data = await sheet([
      ['3栋', '', '102', '冒名', '', '', pid, '', '', ''],
      ['3栋', '', '101', '陈桂兰', '', '', `**************${pid.slice(-4)}`, '', '户主', '新备注'],
    ]);
    const preview = await call('households.importPreview', { fileName: 'a.xlsx', dataBase64: data });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.errors).toEqual([
      expect.objectContaining({ column: 'idNumber', code: 'id_taken_other_name' }),
    ]);
    expect(JSON.stringify(preview.value)).not.toMatch(/陈桂兰 名下|3栋 101/);
    expect(preview.value.residents).toMatchObject({ new: 0, updated: 1 });
    const old = await sheet([
      [
        '3栋',
        '',
        '101',
        '陈桂兰',
        '',
        '',
        `${pid.slice(0, 4)}**********${pid.slice(-4)}`,
        '',
        '户主',
        '旧格式',
      ],
    ]);
    const oldPreview = await call('households.importPreview', { fileName: 'b.xlsx', dataBase64: old });
    expect(oldPreview).toMatchObject({ ok: true, value: { residents: { new: 0, updated: 1 }, errors: [] } });
  });
});
