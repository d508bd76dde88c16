import { and, asc, count, eq, sql } from 'drizzle-orm';
import { buildings, householdSources, households } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { dayOf } from '../shared/dates';
import { logHouseholdEvent } from '../shared/household-log';
import { assertFresh } from '../shared/versions';
import type { householdsContract } from './contract';
import { templateWorkbook } from './excel';
import { exportRegistry } from './export';
import { importCommitHandler, importPreviewHandler } from './import';
import { addressOf, householdColumns, readHousehold, readHouseholdFile } from './read';
import { registryStats } from './stats';

const OCC = { occupied: '有人居住', vacant: '空置', unknown: '不明' } as const;
const REG = { not_visited: '未走访', registered: '已登记', verified: '已核实' } as const;
const EDITABLE = ['householderName', 'phone', 'occupancy', 'regStatus', 'notes'] as const;
export const SOURCE_TEXT = {
  door_visit: '上门走访',
  phone: '电话核实',
  wechat_group: '业主微信群',
  neighbour_report: '邻居反映',
  lit_window: '夜间亮灯',
  property_list: '物业名单',
} as const;

export const householdsHandlers: HandlerMap<keyof typeof householdsContract> = {
  'households.get': (db, input, ctx) => readHouseholdFile(db, input.id, ctx),
  'households.update': (db, input, ctx) => {
    const before = readHousehold(db, input.id);
    assertFresh(before, input, EDITABLE, `${addressOf(before)} 这一户`, 'household');
    const { id, version, ...values } = input;
    if (values.occupancy === 'vacant') {
      const here = db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM residents WHERE household_id = ${id} AND presence = 'in_compound'`,
      ).n;
      if (here > 0) {
        throw refuse('VALIDATION', { code: 'occupancy_has_residents', params: { count: here } }, 'occupancy');
      }
    }
    db.update(households)
      .set({ ...values, updatedAt: ctx.now().toISOString(), version: version + 1 })
      .where(eq(households.id, id))
      .run();
    const changes: string[] = [];
    const fields: string[] = [];
    const change = (field: string, text: string) => {
      fields.push(field);
      changes.push(text);
    };
    if (before.householderName !== values.householderName)
      change(
        'householder',
        `户主 ${before.householderName || '（空）'} → ${values.householderName || '（空）'}`,
      );
    if (before.phone !== values.phone)
      change('phone', `电话 ${before.phone || '（空）'} → ${values.phone || '（空）'}`);
    if (before.occupancy !== values.occupancy)
      change('occupancy', `居住情况 ${OCC[before.occupancy]} → ${OCC[values.occupancy]}`);
    if (before.regStatus !== values.regStatus)
      change('regStatus', `登记状态 ${REG[before.regStatus]} → ${REG[values.regStatus]}`);
    if (before.notes !== values.notes) change('notes', '备注');
    const summary = changes.length ? `修改户信息：${changes.join('；')}` : '保存户信息（无变化）';
    logHouseholdEvent(db, id, ctx, summary);
    const address = addressOf(before);
    ctx.describe({
      entity: 'household',
      entityId: id,
      reason: fields.length
        ? { code: 'audit_household_update', params: { address, fields: fields.join(',') } }
        : { code: 'audit_household_unchanged', params: { address } },
    });
    return readHouseholdFile(db, id, ctx);
  },
  'households.addSource': (db, input, ctx) => {
    const h = readHousehold(db, input.householdId);
    if (input.day > dayOf(ctx.now())) throw refuse('VALIDATION', { code: 'verified_in_future' }, 'day');
    db.insert(householdSources)
      .values({
        householdId: h.id,
        method: input.method,
        day: input.day,
        note: input.note,
        operatorId: ctx.operator?.id ?? null,
        operatorName: ctx.operator?.name ?? '系统',
        at: ctx.now().toISOString(),
      })
      .run();
    const next = input.verify ? 'verified' : h.regStatus === 'not_visited' ? 'registered' : h.regStatus;
    if (next !== h.regStatus)
      db.update(households)
        .set({ regStatus: next, updatedAt: ctx.now().toISOString() })
        .where(eq(households.id, h.id))
        .run();
    const summary = `${SOURCE_TEXT[input.method]}（${input.day}）${input.note ? `：${input.note}` : ''}${next !== h.regStatus ? `；登记状态 → ${REG[next]}` : ''}`;
    logHouseholdEvent(db, h.id, ctx, summary);
    ctx.describe({
      entity: 'household',
      entityId: h.id,
      reason: {
        code: next !== h.regStatus ? 'audit_household_visit_status' : 'audit_household_visit',
        params: {
          address: addressOf(h),
          source: input.method,
          day: input.day,
          note: input.note ?? '',
          ...(next !== h.regStatus ? { regStatus: next } : {}),
        },
      },
    });
    return readHouseholdFile(db, h.id, ctx);
  },
  'households.stats': (db, _input, ctx) => registryStats(db, dayOf(ctx.now())),
  'households.toVisit': (db, input) => {
    const where = and(
      eq(households.regStatus, 'not_visited'),
      input.buildingId ? eq(households.buildingId, input.buildingId) : undefined,
    );
    const rows = db
      .select(householdColumns)
      .from(households)
      .innerJoin(buildings, eq(buildings.id, households.buildingId))
      .where(where)
      .orderBy(asc(buildings.sortOrder), asc(households.unit), asc(households.room))
      .limit(input.limit)
      .all();
    const total =
      rows.length < input.limit
        ? rows.length
        : (db.select({ n: count() }).from(households).where(where).get()?.n ?? 0);
    return { rows, total };
  },
  'households.importPreview': importPreviewHandler,
  'households.importCommit': importCommitHandler,
  'households.export': async (db, input, ctx) => {
    // A workbook with every full ID number is signed and logged, like residents.reveal.
    if (input.revealIds) ctx.requireOperator();
    const out = await exportRegistry(db, input, dayOf(ctx.now()), ctx.progress);
    if (input.revealIds)
      ctx.describe({
        entity: 'export',
        reason: { code: 'audit_export_full_ids', params: { rows: out.rows } },
      });
    return out;
  },
  'households.template': async (_db, input) => ({ ...(await templateWorkbook(input.lang)), rows: 0 }),
};
