import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReadDb } from '../../../db/open';
import { buildings, households, residents } from '../../../db/schema';
import type { Ctx } from '../context';
import { yieldToLoop } from '../jobs/store';
import { maskIdNumber } from '../shared/id-number';
import { LABELS_ZH } from '../shared/labels';
import { streamingWorkbook } from '../shared/xlsx';
import type { RegistryFilter } from './contract';
import { flagsText, IMPORT_FIELDS, PRESENCE_TEXT, TEMPLATE_HEADERS, versionTag } from './import-rules';

// The sheet is for the town, in Chinese: headers and values from the one module of labels.
const L = LABELS_ZH;
const OCC = L.occupancy;
const REG = L.regStatus;
const GENDER = L.gender;

type Filter = z.infer<typeof RegistryFilter> & { revealIds: boolean };

/** The registry (or a filtered view) as .xlsx: residents in the template's columns, so it imports back. */
export async function exportRegistry(db: ReadDb, f: Filter, day: string, progress: Ctx['progress']) {
  progress('build');
  const where: SQL[] = [];
  if (f.buildingId) where.push(eq(households.buildingId, f.buildingId));
  if (f.regStatus) where.push(eq(households.regStatus, f.regStatus));
  if (f.occupancy) where.push(eq(households.occupancy, f.occupancy));
  const hWhere = where.length ? and(...where) : undefined;
  const rWhere = f.presence ? and(hWhere, eq(residents.presence, f.presence)) : hWhere;
  const rows = db
    .select({ b: buildings.name, h: households, r: residents })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(buildings, eq(buildings.id, households.buildingId))
    .where(rWhere)
    .orderBy(asc(buildings.sortOrder), asc(households.unit), asc(households.room), asc(residents.id))
    .all();
  const book = streamingWorkbook();
  // The import's columns, the last two the household's 登记状态 and the records' versions (版本), so
  // an edited export imports back without undoing what was saved after it was made (issue 10).
  const people = book.sheet(
    '住户名单',
    IMPORT_FIELDS.map((k) => TEMPLATE_HEADERS[k]),
  );
  for (let i = 0; i < rows.length; i++) {
    const { b, h, r } = rows[i] as (typeof rows)[number];
    people
      .addRow([
        b,
        h.unit,
        h.room,
        r.name,
        r.gender ? GENDER[r.gender] : '',
        // A masked sheet leaves out a birth date read from the ID (it gives back 8 hidden digits);
        // re-imported, the blank keeps the date on file.
        (f.revealIds || !r.idNumber ? r.birthDate : null) ?? '',
        (f.revealIds ? r.idNumber : maskIdNumber(r.idNumber)) ?? '',
        r.phone,
        r.relation,
        PRESENCE_TEXT[r.presence],
        flagsText(r),
        r.notes,
        REG[h.regStatus],
        versionTag({ h: h.id, hv: h.version, r: r.id, rv: r.version }),
      ])
      .commit();
    if (i % 2000 === 1999) {
      progress('build', i + 1, rows.length);
      await yieldToLoop();
    }
  }
  people.commit();
  const roomSheet = book.sheet(
    '房屋',
    (['building', 'unit', 'room', 'householder', 'phone', 'occupancy', 'regStatus', 'notes'] as const).map(
      (k) => L.field[k],
    ),
  );
  const rooms = db
    .select({ b: buildings.name, h: households })
    .from(households)
    .innerJoin(buildings, eq(buildings.id, households.buildingId))
    .where(hWhere)
    .orderBy(asc(buildings.sortOrder), asc(households.unit), asc(households.room))
    .all();
  for (const { b, h } of rooms) {
    roomSheet
      .addRow([b, h.unit, h.room, h.householderName, h.phone, OCC[h.occupancy], REG[h.regStatus], h.notes])
      .commit();
  }
  roomSheet.commit();
  const suffix = f.revealIds ? '（含完整身份证号）' : '';
  return {
    fileName: `住户名单-${day}${suffix}.xlsx`,
    dataBase64: await book.finish(),
    rows: rows.length,
  };
}
