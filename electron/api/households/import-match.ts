import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { residents } from '../../../db/schema';
import { maskedParts } from '../shared/id-number';
import type { Candidate } from './import-rows';

export type ResidentRow = typeof residents.$inferSelect;
export type HouseholdRow = {
  id: number;
  buildingId: number;
  unit: string;
  room: string;
  householderName: string;
  phone: string;
  occupancy: 'occupied' | 'vacant' | 'unknown';
  regStatus: 'not_visited' | 'registered' | 'verified';
  version: number;
};
export type Valid = Candidate & { buildingId: number };
export const key = (b: number, unit: string, room: string) => `${b}|${unit}|${room}`;

export function addressOf(db: Db, householdId: number): string {
  const a = db.get<{ a: string } | undefined>(
    sql`SELECT b.name || CASE WHEN h.unit <> '' THEN ' ' || h.unit ELSE '' END || ' ' || h.room AS a FROM households h JOIN buildings b ON b.id = h.building_id WHERE h.id = ${householdId}`,
  );
  return a?.a ?? '';
}

/**
 * Which resident on file each row is. Rows with an ID number claim their match first; then rows of
 * the app's export claim the record their 版本 names; then a row
 * with an ID takes a namesake in its household who has no ID on file; then rows without an ID take
 * the unclaimed namesakes in order, those with no ID on file first. Each resident is matched once.
 */
export type RegistryIndex = {
  hh: Map<string, HouseholdRow>;
  byId: Map<string, ResidentRow>;
  byName: Map<string, ResidentRow[]>;
  byHousehold: Map<number, ResidentRow[]>;
  /** Residents by record id, when the sheet's rows name theirs (the app's export, 版本). */
  byRecord: Map<number, ResidentRow> | null;
};

export function matchResidents(valid: Valid[], { hh, byId, byName, byHousehold, byRecord }: RegistryIndex) {
  const match = new Map<Candidate, ResidentRow>();
  const claimed = new Set<number>();
  const take = (c: Candidate, r: ResidentRow | undefined) => {
    if (!r) return;
    match.set(c, r);
    claimed.add(r.id);
  };
  const household = (c: Valid) => hh.get(key(c.buildingId, c.unit, c.room));
  const namesakes = (c: Valid) => {
    const h = household(c);
    return h ? (byName.get(`${h.id}|${c.name}`) ?? []).filter((r) => !claimed.has(r.id)) : [];
  };
  // An exported, masked number (the last four; old exports also the first four) still picks out one
  // person in the household, so an edited export (a corrected name) updates that person instead of
  // adding a new one.
  const byMask = (c: Valid) => {
    const h = household(c);
    const m = maskedParts(c.maskedId ?? '');
    const hits = (h && m ? (byHousehold.get(h.id) ?? []) : []).filter(
      (r) =>
        !claimed.has(r.id) && r.idNumber?.startsWith(m?.head ?? '') && r.idNumber.endsWith(m?.tail ?? '-'),
    );
    return hits.length === 1 ? hits[0] : undefined;
  };
  for (const c of valid) if (c.idNumber) take(c, byId.get(c.idNumber));
  // A row of the app's export names its resident's record: a rename or move since still finds them.
  // Rows still bearing the record's name claim it first, so a copied row (a new member typed over an
  // old one) finds the record taken and falls through to the name rules.
  if (byRecord)
    for (const sameName of [true, false])
      for (const c of valid) {
        const r = c.tag && !match.has(c) ? byRecord.get(c.tag.r) : undefined;
        if (r && !claimed.has(r.id) && (r.name === c.name) === sameName && (!c.idNumber || !r.idNumber))
          take(c, r);
      }
  for (const c of valid)
    if (c.idNumber && !match.has(c))
      take(
        c,
        namesakes(c).find((r) => !r.idNumber),
      );
  for (const c of valid) if (c.maskedId && !match.has(c)) take(c, byMask(c));
  for (const c of valid)
    if (!c.idNumber && !match.has(c))
      take(c, namesakes(c).sort((a, b) => Number(!!a.idNumber) - Number(!!b.idNumber))[0]);
  return match;
}
