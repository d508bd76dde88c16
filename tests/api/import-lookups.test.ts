/**
 * Issue 8's left-over: the import preview was an unaudited oracle for full ID numbers. A preview whose
 * rows carry full numbers needs an operator and leaves one audit line with the counts; the rows whose
 * number is on file under another name count against the operator's full-ID look-up limit.
 */
import { describe, expect, it } from 'vitest';
import { api, FIXED_NOW, withOperator } from './helpers';
import { importSheet } from './import-call';
import { id, sheet } from './sheets';

const row = (room: string, name: string, idNumber = '') => [
  '1栋',
  '',
  room,
  name,
  '',
  '',
  idNumber,
  '',
  '',
  '',
];
const ROOMS = Array.from({ length: 40 }, (_, i) => `${Math.floor(i / 4) + 1}0${(i % 4) + 1}`);
/** 40 residents on file, each with a full ID number. */
const IDS = ROOMS.map((_, i) => id(`19${60 + (i % 30)}-0${(i % 9) + 1}-1${i % 10}`, String(100 + i)));

async function setup() {
  const o = await withOperator();
  let now = FIXED_NOW.getTime();
  o.host.now = () => new Date(now);
  const b = await o.call('buildings.add', { name: '1栋', floors: 10, unitsCount: 1, roomsPerFloor: 4 });
  if (!b.ok) throw new Error(b.error.message);
  const onFile = await sheet(ROOMS.map((room, i) => row(room, `居民${i}`, IDS[i])));
  const r = await importSheet(o.call, { fileName: 'on-file.xlsx', dataBase64: onFile, commit: true });
  if (!r.ok) throw new Error(r.error.message);
  const audit = () =>
    o.db.$client
      .prepare(
        "SELECT method, operator_name AS who, summary FROM audit_log WHERE area = 'households' ORDER BY id",
      )
      .all() as { method: string; who: string; summary: string }[];
  const advance = (ms: number) => {
    now += ms;
  };
  return { ...o, audit, advance };
}

/** A sheet of guessed numbers: each under a made-up name. */
const guesses = (n: number, from = 0) =>
  sheet(IDS.slice(from, from + n).map((pid, i) => row(ROOMS[i] ?? '101', `冒名${i}`, pid)));

// Each preview starts an import worker (a second or two under tsx on a loaded machine).
describe('the import preview is a full-ID look-up', { timeout: 90_000 }, () => {
  it('with full numbers it needs an operator; without them (a masked export) it does not and is not logged', async () => {
    const { db, host, audit } = await setup();
    const anon = api(db, host, null);
    const before = audit().length;
    const r = await anon('households.importPreview', { fileName: 'g.xlsx', dataBase64: await guesses(2) });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const masked = await sheet([row('101', '居民0', `**************${IDS[0]?.slice(-4)}`)]);
    const m = await anon('households.importPreview', { fileName: 'm.xlsx', dataBase64: masked });
    expect(m).toMatchObject({ ok: true, value: { residents: { updated: 0, unchanged: 1 } } });
    expect(audit()).toHaveLength(before);
  });

  it('a re-import of the sheet on file matches every row: logged with the count, not held to the limit', async () => {
    const { call, audit } = await setup();
    const before = audit().length;
    const same = await sheet(ROOMS.map((room, i) => row(room, `居民${i}`, IDS[i])));
    for (let i = 0; i < 3; i++) {
      const r = await call('households.importPreview', { fileName: 'same.xlsx', dataBase64: same });
      expect(r).toMatchObject({ ok: true, value: { invalidRows: 0, residents: { unchanged: 40 } } });
    }
    const lines = audit().slice(before);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      method: 'households.importPreview',
      who: '林晓梅',
      summary:
        '预览“same.xlsx”：40 行带完整身份证号，其中 40 行与已登记居民相符，0 行的号码已登记在其他姓名的居民名下',
    });
    // 120 rows matched, and the limit is untouched: 30 whole-number searches still answer.
    for (let i = 0; i < 30; i++) expect((await call('residents.search', { q: IDS[i] ?? '' })).ok).toBe(true);
  });

  it('rows whose number is on someone else count against the limit, all or none; the refusal is logged and names no count', async () => {
    const { call, audit, advance } = await setup();
    for (let i = 0; i < 3; i++) {
      const r = await call('households.importPreview', {
        fileName: `g${i}.xlsx`,
        dataBase64: await guesses(10, i * 10),
      });
      expect(r).toMatchObject({ ok: true, value: { invalidRows: 10 } });
    }
    expect(audit().at(-1)?.summary).toBe(
      '预览“g2.xlsx”：10 行带完整身份证号，其中 0 行与已登记居民相符，10 行的号码已登记在其他姓名的居民名下',
    );
    // 30 taken: one more guess is refused, written to the log, and keeps no sheet to commit.
    const refused = await call('households.importPreview', {
      fileName: 'g3.xlsx',
      dataBase64: await guesses(1, 30),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(refused.ok || refused.error.message).not.toMatch(/\d+ 行/);
    expect(audit().at(-1)).toMatchObject({
      method: 'households.importPreview',
      summary: expect.stringMatching(
        /^已拒绝（RATE_LIMITED）：预览“g3\.xlsx”：1 行带完整身份证号.*1 行的号码已登记在其他姓名的居民名下（查询过于频繁）$/,
      ),
    });
    expect((await call('residents.search', { q: IDS[0] ?? '' })).ok).toBe(false);
    // A sheet that only matches (or asks nothing by number) still previews meanwhile.
    const own = await sheet([row('101', '居民0', IDS[0])]);
    expect(await call('households.importPreview', { fileName: 'own.xlsx', dataBase64: own })).toMatchObject({
      ok: true,
    });
    // Ten minutes on, the limit has room again.
    advance(10 * 60 * 1000 + 1000);
    expect(
      await call('households.importPreview', { fileName: 'g3.xlsx', dataBase64: await guesses(1, 30) }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('a sheet with more conflicting rows than the limit is refused outright, with advice, however long one waits', async () => {
    const { call, advance } = await setup();
    const r = await call('households.importPreview', {
      fileName: 'many.xlsx',
      dataBase64: await guesses(31),
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('两列是否对应') },
    });
    advance(60 * 60 * 1000);
    expect(
      await call('households.importPreview', { fileName: 'many.xlsx', dataBase64: await guesses(31) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    // Nothing was taken by the refusals: the gate's searches still answer.
    expect((await call('residents.search', { q: IDS[0] ?? '' })).ok).toBe(true);
  });
});
