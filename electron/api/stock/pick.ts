/**
 * What the supplies screens pick from: the places that may hold stock (the store, each gate, each
 * hotel, each runner's bag — whether or not stock went there yet), and who may receive an issue (a
 * household by building-room or householder, a hotel guest in a room now, a runner). Read-only.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { HandlerMap } from '../handler';

/** LIKE-safe pieces of what was typed: `1栋 101`, `1-101`, `王` → each must appear. */
const tokens = (q: string) =>
  q
    .split(/[\s\-—/、,，]+/)
    .map((t) => t.replace(/[%_\\]/g, (c) => `\\${c}`))
    .filter(Boolean)
    .slice(0, 4);

function allIn(expr: SQL, q: string): SQL {
  const ts = tokens(q);
  if (ts.length === 0) return sql`1`;
  return sql.join(
    ts.map((t) => sql`${expr} LIKE ${`%${t}%`} ESCAPE '\\'`),
    sql` AND `,
  );
}

export const stockPickHandlers: HandlerMap<'stock.places' | 'stock.recipients'> = {
  'stock.places': (db) =>
    db
      .all<{ kind: 'store' | 'gate' | 'hotel' | 'runner'; id: number | null; name: string; held: number }>(
        sql`SELECT 'store' AS kind, NULL AS id, '' AS name,
            EXISTS (SELECT 1 FROM stock_places WHERE kind = 'store') AS held
          UNION ALL
          SELECT 'gate', d.id, d.name, EXISTS (SELECT 1 FROM stock_places p WHERE p.kind = 'gate' AND p.ref_id = d.id)
            FROM duty_posts d
            WHERE d.retired_at IS NULL OR EXISTS (SELECT 1 FROM stock_places p WHERE p.kind = 'gate' AND p.ref_id = d.id)
          UNION ALL
          SELECT 'hotel', h.id, h.name, EXISTS (SELECT 1 FROM stock_places p WHERE p.kind = 'hotel' AND p.ref_id = h.id)
            FROM hotels h
          UNION ALL
          SELECT 'runner', m.id, m.name, EXISTS (SELECT 1 FROM stock_places p WHERE p.kind = 'runner' AND p.ref_id = m.id)
            FROM team_members m
            WHERE (m.role = 'runner' AND m.active = 1)
              OR EXISTS (SELECT 1 FROM stock_places p WHERE p.kind = 'runner' AND p.ref_id = m.id)`,
      )
      .map((p) => ({ ...p, held: p.held === 1 })),

  'stock.recipients': (db, input) => {
    const q = input.q;
    if (input.kind === 'household') {
      const label = sql`(b.name || ' ' || CASE WHEN h.unit = '' THEN '' ELSE h.unit || '-' END || h.room
        || ' ' || h.householder_name)`;
      return db.all<{ id: number; name: string; detail: string }>(
        sql`SELECT h.id, trim(${label}) AS name, h.phone AS detail
            FROM households h JOIN buildings b ON b.id = h.building_id
            WHERE ${allIn(label, q)} ORDER BY b.sort_order, b.name, h.unit, h.room LIMIT ${input.limit}`,
      );
    }
    if (input.kind === 'hotel_guest') {
      const label = sql`(r.name || ' ' || ho.name || ' ' || hr.number)`;
      return db.all<{ id: number; name: string; detail: string }>(
        sql`SELECT r.id, r.name, ho.name || ' ' || hr.number AS detail
            FROM hotel_stays s JOIN returnees r ON r.id = s.returnee_id
            JOIN hotel_rooms hr ON hr.id = s.room_id JOIN hotels ho ON ho.id = hr.hotel_id
            WHERE s.ended_at IS NULL AND ${allIn(label, q)} ORDER BY ho.name, hr.number, r.name LIMIT ${input.limit}`,
      );
    }
    return db.all<{ id: number; name: string; detail: string }>(
      sql`SELECT m.id, m.name, m.phone AS detail FROM team_members m
          WHERE m.role = 'runner' AND m.active = 1 AND ${allIn(sql`m.name`, q)} ORDER BY m.name LIMIT ${input.limit}`,
    );
  },
};
