/** The daily report (日报, issue 15): the draft, signing (append-only versions), the history, a version. */
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { dailyReports } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { addDays, dayOf } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import type { Change, Section, SignedReport } from './contract';
import { reportWorkbook } from './export';
import { reportSections } from './figures';

type Row = typeof dailyReports.$inferSelect;

const figuresText = (l: { today: number | null; current: number | null; cumulative: number | null }) =>
  [l.today, l.current, l.cumulative].map((x) => (x === null ? '—' : String(x))).join(' / ');

/** The lines (and typed texts) that differ between two versions: what a correction says it changed. */
export function diffReports(
  before: { sections: Section[]; nilReport: boolean; incidents: string; notes: string } | null,
  after: { sections: Section[]; nilReport: boolean; incidents: string; notes: string },
): Change[] {
  if (!before) return [];
  const flat = (ss: Section[]) =>
    new Map(ss.flatMap((s) => s.lines.map((l) => [`${s.key}|${l.key}|${l.label}`, figuresText(l)] as const)));
  const a = flat(before.sections);
  const b = flat(after.sections);
  const out: Change[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? null;
    const y = b.get(k) ?? null;
    if (x === y) continue;
    const [section = '', key = '', label = ''] = k.split('|');
    out.push({ section, key, label, before: x, after: y });
  }
  for (const f of ['nilReport', 'incidents', 'notes'] as const)
    if (before[f] !== after[f])
      out.push({ section: 'text', key: f, label: '', before: String(before[f]), after: String(after[f]) });
  return out;
}

export function shapeSigned(r: Row): SignedReport {
  return {
    id: r.id,
    day: r.day,
    version: r.version,
    sections: JSON.parse(r.figures) as Section[],
    nilReport: r.nilReport,
    incidents: r.incidents,
    notes: r.notes,
    changes: JSON.parse(r.changes) as Change[],
    reason: r.reason,
    signedAt: r.signedAt,
    signedBy: r.signedByName,
  };
}

export const latestOf = (db: ReadDb, day: string): Row | undefined =>
  db
    .select()
    .from(dailyReports)
    .where(eq(dailyReports.day, day))
    .orderBy(desc(dailyReports.version))
    .limit(1)
    .get();

export function versionOf(db: ReadDb, day: string, version?: number): Row {
  const row = version
    ? db
        .select()
        .from(dailyReports)
        .where(and(eq(dailyReports.day, day), eq(dailyReports.version, version)))
        .get()
    : latestOf(db, day);
  if (!row) throw refuse('NOT_FOUND', { code: 'report_not_found', params: { day } }, 'day');
  return row;
}

export const reportsHandlers: HandlerMap<
  'reports.daily' | 'reports.sign' | 'reports.list' | 'reports.get' | 'reports.exportXlsx'
> = {
  'reports.daily': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    const day = input.day ?? today;
    const sections = reportSections(db, day, ctx);
    const latest = latestOf(db, day);
    const signed = latest ? shapeSigned(latest) : null;
    return {
      day,
      today,
      closureStart: readCompound(db).closureStart,
      sections,
      latestVersion: latest?.version ?? 0,
      changes: signed ? diffReports(signed, { ...signed, sections }) : [],
    };
  },
  'reports.sign': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    if (input.day > today)
      throw refuse('VALIDATION', { code: 'report_future_day', params: { day: input.day } }, 'day');
    const latest = latestOf(db, input.day);
    const seen = latest?.version ?? 0;
    if (input.basedOn !== seen)
      throw refuse('CONFLICT', {
        code: 'report_signed_since',
        params: { day: input.day, version: seen, by: latest?.signedByName ?? '' },
      });
    const version = seen + 1;
    if (version > 1 && !input.reason)
      throw refuse('VALIDATION', { code: 'report_reason_required', params: { version } }, 'reason');
    const sections = reportSections(db, input.day, ctx);
    const now = { sections, nilReport: input.nilReport, incidents: input.incidents, notes: input.notes };
    const changes = diffReports(latest ? shapeSigned(latest) : null, now);
    const id = eventId();
    db.insert(dailyReports)
      .values({
        id,
        postId: postId(db),
        day: input.day,
        version,
        figures: JSON.stringify(sections),
        nilReport: input.nilReport,
        incidents: input.incidents,
        notes: input.notes,
        changes: JSON.stringify(changes),
        reason: version > 1 ? input.reason : '',
        signedAt: ctx.now().toISOString(),
        signedById: ctx.operator?.id ?? null,
        signedByName: ctx.operator?.name ?? '',
      })
      .run();
    ctx.describe({
      entity: 'daily_report',
      reason:
        version > 1
          ? {
              code: 'audit_report_correct',
              params: { day: input.day, version, count: changes.length, reason: input.reason },
            }
          : { code: 'audit_report_sign', params: { day: input.day, version } },
    });
    return { id, version, changes };
  },
  'reports.list': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    const to = input.to ?? today;
    const start = input.from ?? readCompound(db).closureStart ?? addDays(to, -13);
    // At most 120 days, never a range that ends before it starts.
    const from = [[start, to].sort()[0] ?? to, addDays(to, -119)].sort()[1] ?? to;
    const rows = db
      .select()
      .from(dailyReports)
      .where(and(gte(dailyReports.day, from), lte(dailyReports.day, to)))
      .orderBy(asc(dailyReports.day), asc(dailyReports.version))
      .all();
    const byDay = new Map<string, Row[]>();
    for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
    const days = [];
    for (let d = to; d >= from; d = addDays(d, -1)) {
      const vs = byDay.get(d) ?? [];
      const last = vs.at(-1);
      days.push({
        day: d,
        versions: vs.length,
        latest: last
          ? {
              version: last.version,
              nilReport: last.nilReport,
              signedAt: last.signedAt,
              signedBy: last.signedByName,
            }
          : null,
      });
    }
    return { from, to, days };
  },
  'reports.get': (db, input) => {
    const row = versionOf(db, input.day, input.version);
    const versions = db
      .select({
        version: dailyReports.version,
        signedAt: dailyReports.signedAt,
        signedBy: dailyReports.signedByName,
      })
      .from(dailyReports)
      .where(eq(dailyReports.day, input.day))
      .orderBy(asc(dailyReports.version))
      .all();
    return { ...shapeSigned(row), versions };
  },
  'reports.exportXlsx': (db, input, ctx) => {
    const latest = input.version ? versionOf(db, input.day, input.version) : latestOf(db, input.day);
    const report = latest
      ? shapeSigned(latest)
      : { day: input.day, sections: reportSections(db, input.day, ctx), draft: true as const };
    return reportWorkbook(db, report, input.lang, ctx.paths.db);
  },
};
