import type { z } from 'zod';
import { openReader, type ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import { yieldToLoop } from '../jobs/store';
import { maskIdNumber } from '../shared/id-number';
import { LABELS_ZH } from '../shared/labels';
import { type Outbox, outboxFor } from '../shared/outbox';
import { streamingWorkbook } from '../shared/xlsx';
import type { RegistryFilter } from './contract';
import { flagsText, IMPORT_FIELDS, PRESENCE_TEXT, TEMPLATE_HEADERS, versionTag } from './import-rules';

// The sheet is for the town, in Chinese: headers and values from the one module of labels.
const L = LABELS_ZH;
const OCC = L.occupancy;
const REG = L.regStatus;
const GENDER = L.gender;

type Filter = z.infer<typeof RegistryFilter> & { revealIds: boolean };
type Gender = keyof typeof GENDER;
type Presence = keyof typeof PRESENCE_TEXT;
type RegStatus = keyof typeof REG;
type Occupancy = keyof typeof OCC;

/** One resident's row as the statement gives it (raw arrays: no object per row, no ORM mapping). */
type PersonRow = [
  building: string,
  unit: string,
  room: string,
  name: string,
  gender: Gender | null,
  birthDate: string | null,
  idNumber: string | null,
  phone: string,
  relation: string,
  presence: Presence,
  pregnant: number,
  chronicIllness: number,
  disability: number,
  regularMedicine: number,
  notes: string,
  regStatus: RegStatus,
  householdId: number,
  householdVersion: number,
  residentId: number,
  residentVersion: number,
];
type RoomRow = [string, string, string, string, string, Occupancy, RegStatus, string];

const FROM_PEOPLE = `FROM residents r JOIN households h ON h.id = r.household_id
  JOIN buildings b ON b.id = h.building_id`;
const PEOPLE = `SELECT b.name, h.unit, h.room, r.name, r.gender, r.birth_date, r.id_number, r.phone,
  r.relation, r.presence, r.pregnant, r.chronic_illness, r.disability, r.regular_medicine, r.notes,
  h.reg_status, h.id, h.version, r.id, r.version`;
const ROOMS = `SELECT b.name, h.unit, h.room, h.householder_name, h.phone, h.occupancy, h.reg_status, h.notes
  FROM households h JOIN buildings b ON b.id = h.building_id`;

const ROOM_FIELDS = [
  'building',
  'unit',
  'room',
  'householder',
  'phone',
  'occupancy',
  'regStatus',
  'notes',
] as const;
/** Rows written between two waits for the event loop (and two progress reports). */
const EVERY = 2000;

/** The filter as SQL: the households' conditions, and the residents' presence on the people sheet. */
function conditions(f: Filter) {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    args.push(value);
  };
  add('h.building_id = ?', f.buildingId || undefined);
  add('h.reg_status = ?', f.regStatus || undefined);
  add('h.occupancy = ?', f.occupancy || undefined);
  const rooms = { sql: where.length ? ` WHERE ${where.join(' AND ')}` : '', args: [...args] };
  add('r.presence = ?', f.presence || undefined);
  const people = { sql: where.length ? ` WHERE ${where.join(' AND ')}` : '', args };
  return { people, rooms };
}

/** One resident as the sheet's row: the template's columns, so it imports back. */
function personCells(p: PersonRow, revealIds: boolean): (string | null)[] {
  const [b, unit, room, name, gender, birthDate, idNumber, phone, relation, presence] = p;
  return [
    b,
    unit,
    room,
    name,
    gender ? GENDER[gender] : '',
    // A masked sheet leaves out a birth date read from the ID (it gives back 8 hidden digits);
    // re-imported, the blank keeps the date on file.
    (revealIds || !idNumber ? birthDate : null) ?? '',
    (revealIds ? idNumber : maskIdNumber(idNumber)) ?? '',
    phone,
    relation,
    PRESENCE_TEXT[presence],
    flagsText({
      pregnant: p[10] === 1,
      chronicIllness: p[11] === 1,
      disability: p[12] === 1,
      regularMedicine: p[13] === 1,
    }),
    p[14],
    REG[p[15]],
    versionTag({ h: p[16], hv: p[17], r: p[18], rv: p[19] }),
  ];
}

/**
 * The registry (or a filtered view) as .xlsx, written to a file in the outbox: the residents in the
 * template's columns (so it imports back), then the rooms. The rows are iterated from one statement
 * on a read-only connection of their own (one snapshot; the main connection keeps answering) and
 * streamed into the workbook, so memory stays flat whatever the size of the registry (issue 11).
 */
export async function exportRegistry(
  db: ReadDb,
  f: Filter,
  day: string,
  ctx: Pick<Ctx, 'progress' | 'paths'>,
  /** Where to write (the export's worker: the main thread's folder, under the token it made). */
  to: { outbox?: Outbox; token?: string } = {},
) {
  ctx.progress('build');
  const suffix = f.revealIds ? '（含完整身份证号）' : '';
  const fileName = `住户名单-${day}${suffix}.xlsx`;
  const reader = openReader(db, process.env.GATEPOST_NATIVE_BINDING);
  const { people, rooms } = conditions(f);
  // A connection of its own may wait between rows (the zip stream drains, other calls are
  // answered); the main connection lent to an in-memory database may not even await (another
  // call's continuation could write on it while the statement is open).
  const pause = reader.shared ? null : yieldToLoop;
  let rows = 0;
  try {
    // One read transaction: the count, both sheets and the progress agree on one registry.
    if (!reader.shared) reader.sqlite.exec('BEGIN');
    // For the progress bar. Unfiltered, every resident is listed (a resident's household and its
    // building must exist), so the residents' own count does without the join.
    const total = reader.sqlite
      .prepare(people.sql ? `SELECT count(*) ${FROM_PEOPLE}${people.sql}` : 'SELECT count(*) FROM residents')
      .pluck()
      .get(...people.args) as number;
    const saved = await (to.outbox ?? outboxFor(ctx.paths.db)).write(
      fileName,
      async (out) => {
        const book = streamingWorkbook(out);
        // The import's columns, the last two the household's 登记状态 and the records' versions (版本), so
        // an edited export imports back without undoing what was saved after it was made (issue 10).
        const sheet = book.sheet(
          '住户名单',
          IMPORT_FIELDS.map((k) => TEMPLATE_HEADERS[k]),
        );
        const list = reader.sqlite
          .prepare(`${PEOPLE} ${FROM_PEOPLE}${people.sql} ORDER BY b.sort_order, h.unit, h.room, r.id`)
          .raw();
        for (const p of list.iterate(...people.args) as IterableIterator<PersonRow>) {
          sheet.addRow(personCells(p, f.revealIds)).commit();
          if (++rows % EVERY === 0) {
            ctx.progress('build', rows, total);
            if (pause) await pause();
          }
        }
        sheet.commit();
        const roomSheet = book.sheet(
          '房屋',
          ROOM_FIELDS.map((k) => L.field[k]),
        );
        const roomList = reader.sqlite
          .prepare(`${ROOMS}${rooms.sql} ORDER BY b.sort_order, h.unit, h.room`)
          .raw();
        let n = 0;
        for (const r of roomList.iterate(...rooms.args) as IterableIterator<RoomRow>) {
          const [b, unit, room, holder, phone, occ, reg, notes] = r;
          roomSheet.addRow([b, unit, room, holder, phone, OCC[occ], REG[reg], notes]).commit();
          if (pause && ++n % EVERY === 0) await pause();
        }
        roomSheet.commit();
        await book.finish();
      },
      to.token,
    );
    return { fileName, ...saved, rows };
  } finally {
    if (!reader.shared && reader.sqlite.inTransaction) reader.sqlite.exec('COMMIT');
    reader.close();
  }
}
