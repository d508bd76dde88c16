import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { assignments, shifts, teamMembers } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { attendanceOf } from '../shared/attendance-log';
import { readCompound } from '../shared/compound';
import { addDays } from '../shared/dates';
import { memberRows } from '../team/read';
import { spreadOf } from './fairness';
import { generateRoster } from './generate';
import { clashesWith } from './overlap';
import { asksForRunners, BREACH_TEXT, type Breach, isUnavailable } from './rules';
import { rosterView } from './view';
import { check, ensureShifts, label, loadWindow, log, type Window } from './window';

/** A double booking refused: who, the shift asked for and the shift they already stand on then. */
function doubleBooked(w: Window, name: string, staffId: number, shiftId: number) {
  const target = w.slots.get(shiftId);
  const mine = w.held.flatMap((h) => {
    const s = h.staffId === staffId ? w.slots.get(h.shiftId) : undefined;
    return s ? [{ shiftId: s.id, staffId, startsAt: s.startsAt, endsAt: s.endsAt }] : [];
  });
  const other = target
    ? clashesWith({ shiftId, staffId, startsAt: target.startsAt, endsAt: target.endsAt }, mine)[0]
    : undefined;
  return refuse('CONFLICT', {
    code: 'double_booked',
    params: { name, shift: label(w, shiftId), other: other ? label(w, other.shiftId) : '' },
  });
}

/** Has the person signed in or been marked absent on this shift? Then the roster keeps them. */
const attended = (db: Db, shiftId: number, staffId: number) =>
  attendanceOf(db, [shiftId]).of(shiftId, staffId).status !== null;

/** Breaches as the zh-CN text roster changes keep for old readers (the codes go in reason_params). */
const zhBreaches = (found: Breach[]) => found.map((b) => BREACH_TEXT[b]).join('；');

export const rosterHandlers: HandlerMap<'roster.generate' | 'roster.get' | 'roster.assign' | 'roster.swap'> =
  {
    'roster.generate': (db, input, ctx) => {
      const to = addDays(input.from, input.days);
      ensureShifts(db, input.from, input.days);
      const c = readCompound(db);
      const rules = { minRestHours: c.minRestHours, maxConsecutiveDays: c.maxConsecutiveDays };
      const w = loadWindow(db, input.from, to, ctx.now());
      // Earlier assignments stay; those of people now inactive or unavailable on open shifts go.
      let dropped = 0;
      for (const h of [...w.held]) {
        const s = w.slots.get(h.shiftId);
        if (!s || s.locked || s.running || h.pinned) continue;
        const p = w.people.get(h.staffId);
        if (!p || isUnavailable(p, s)) {
          db.delete(assignments)
            .where(and(eq(assignments.shiftId, h.shiftId), eq(assignments.staffId, h.staffId)))
            .run();
          w.held.splice(w.held.indexOf(h), 1);
          dropped++;
        }
      }
      const { added, gaps } = generateRoster([...w.people.values()], [...w.slots.values()], w.held, rules);
      // A shift running now is staffed for its remaining hours: the newcomer is on duty from now.
      for (const a of added) {
        const s = w.slots.get(a.shiftId);
        db.insert(assignments)
          .values({ ...a, source: 'auto', fromAt: s?.running ? s.startsAt : null })
          .run();
      }
      const inRange = [...w.slots.values()].filter((s) => s.day >= input.from && s.day < to);
      log(db, ctx, {
        kind: 'generate',
        said: {
          code: 'roster_change_generated',
          params: {
            from: input.from,
            days: input.days,
            added: added.length,
            missing: gaps.reduce((a, g) => a + g.missing, 0),
          },
        },
      });
      ctx.describe({
        entity: 'roster',
        reason: {
          code: 'audit_roster_generate',
          params: {
            from: input.from,
            days: input.days,
            shifts: inRange.length,
            added: added.length,
            gaps: gaps.length,
          },
        },
      });
      return {
        shifts: inRange.length,
        assigned: added.length,
        kept: w.held.filter((h) => inRange.some((s) => s.id === h.shiftId)).length,
        dropped,
        gaps: gaps.map((g) => {
          const s = w.slots.get(g.shiftId);
          return { ...g, post: s?.post ?? '', name: s?.name ?? '', startsAt: s?.startsAt ?? '' };
        }),
        // Runners are in the spread only where the period has a post that asks for them.
        spread: spreadOf(
          [...w.people.values()].filter((p) => p.role !== 'runner' || inRange.some(asksForRunners)),
          inRange,
          [...w.held, ...added],
        ),
      };
    },
    'roster.get': (db, input, ctx) =>
      rosterView(db, input.from, input.days, ctx.now().toISOString(), input.staffId),
    'roster.assign': (db, input, ctx) => {
      const c = readCompound(db);
      const rules = { minRestHours: c.minRestHours, maxConsecutiveDays: c.maxConsecutiveDays };
      const shift = db.select().from(shifts).where(eq(shifts.id, input.shiftId)).get();
      if (!shift) throw refuse('NOT_FOUND', { code: 'shift_not_found', params: { id: input.shiftId } });
      // A shift over is history; one running now takes people for its remaining hours.
      const now = ctx.now();
      const moves = input.action === 'assign' || input.action === 'unassign';
      if (moves && Date.parse(shift.endsAt) <= now.getTime())
        throw refuse('CONFLICT', { code: 'shift_ended' });
      const w = loadWindow(db, shift.day, addDays(shift.day, 1), now);
      const slot = w.slots.get(input.shiftId);
      const who = db
        .select({ name: teamMembers.name })
        .from(teamMembers)
        .where(eq(teamMembers.id, input.staffId))
        .get();
      if (!who) throw refuse('NOT_FOUND', { code: 'member_not_found', params: { id: input.staffId } });
      const existing = w.held.find((h) => h.shiftId === input.shiftId && h.staffId === input.staffId);
      let found: Breach[] = [];
      if (input.action === 'assign') {
        if (existing) throw refuse('CONFLICT', { code: 'already_on_shift', params: { name: who.name } });
        found = check(w, input.staffId, input.shiftId, rules);
        // One person, one place at a time: no reason makes a double booking right.
        if (found.includes('overlap')) throw doubleBooked(w, who.name, input.staffId, input.shiftId);
        if (found.length && !input.reason)
          throw refuse(
            'CONFLICT',
            {
              code: 'roster_breaks_rules',
              params: { name: who.name, shift: label(w, input.shiftId), breaches: found.join(',') },
            },
            'reason',
          );
        db.insert(assignments)
          .values({
            shiftId: input.shiftId,
            staffId: input.staffId,
            source: 'manual',
            fromAt: slot?.running ? slot.startsAt : null,
          })
          .run();
      } else {
        if (!existing) throw refuse('NOT_FOUND', { code: 'not_on_shift', params: { name: who.name } });
        if (input.action === 'unassign' && slot?.running && attended(db, input.shiftId, input.staffId))
          throw refuse('CONFLICT', { code: 'shift_attended', params: { name: who.name } });
        if (input.action === 'unassign')
          db.delete(assignments)
            .where(and(eq(assignments.shiftId, input.shiftId), eq(assignments.staffId, input.staffId)))
            .run();
        else
          db.update(assignments)
            .set({ pinned: input.action === 'pin' })
            .where(and(eq(assignments.shiftId, input.shiftId), eq(assignments.staffId, input.staffId)))
            .run();
      }
      log(db, ctx, {
        kind: input.action,
        shiftId: input.shiftId,
        staffId: input.staffId,
        breaches: zhBreaches(found),
        reason: input.reason,
        ...(found.length
          ? { said: { code: 'roster_change_breaks', params: { breaches: found.join(',') } } }
          : {}),
      });
      ctx.describe({
        entity: 'shift',
        entityId: input.shiftId,
        reason: found.length
          ? {
              code: 'audit_roster_assign_breaking',
              params: {
                name: who.name,
                shift: label(w, input.shiftId),
                breaches: found.join(','),
                reason: input.reason ?? '',
              },
            }
          : {
              code: `audit_roster_${input.action}`,
              params: { name: who.name, shift: label(w, input.shiftId) },
            },
      });
      return { breaches: found };
    },
    'roster.swap': (db, input, ctx) => {
      const c = readCompound(db);
      const rules = { minRestHours: c.minRestHours, maxConsecutiveDays: c.maxConsecutiveDays };
      const rows = db
        .select()
        .from(shifts)
        .where(inArray(shifts.id, [input.a.shiftId, input.b.shiftId]))
        .all();
      if (rows.length < (input.a.shiftId === input.b.shiftId ? 1 : 2))
        throw refuse('NOT_FOUND', { code: 'swap_not_found' });
      if (rows.some((s) => Date.parse(s.startsAt) <= ctx.now().getTime()))
        throw refuse('CONFLICT', { code: 'swap_started' });
      const days = rows.map((s) => s.day).sort();
      const w = loadWindow(db, days[0] ?? '', addDays(days.at(-1) ?? '', 1), new Date(0));
      for (const p of [input.a, input.b]) {
        if (!w.held.some((h) => h.shiftId === p.shiftId && h.staffId === p.staffId))
          throw refuse('NOT_FOUND', { code: 'swap_not_held' });
      }
      // Each takes the other's shift: check each without their own old shift.
      w.held = w.held.filter(
        (h) =>
          !(h.shiftId === input.a.shiftId && h.staffId === input.a.staffId) &&
          !(h.shiftId === input.b.shiftId && h.staffId === input.b.staffId),
      );
      w.held.push({ shiftId: input.b.shiftId, staffId: input.b.staffId, pinned: false });
      const names = new Map(memberRows(db, [input.a.staffId, input.b.staffId]).map((s) => [s.id, s.name]));
      const a = names.get(input.a.staffId) ?? '';
      const b = names.get(input.b.staffId) ?? '';
      const aBreaks = check(w, input.a.staffId, input.b.shiftId, rules);
      if (aBreaks.includes('overlap')) throw doubleBooked(w, a, input.a.staffId, input.b.shiftId);
      w.held.pop();
      w.held.push({ shiftId: input.a.shiftId, staffId: input.a.staffId, pinned: false });
      const bBreaks = check(w, input.b.staffId, input.a.shiftId, rules);
      if (bBreaks.includes('overlap')) throw doubleBooked(w, b, input.b.staffId, input.a.shiftId);
      const found = [...new Set([...aBreaks, ...bBreaks])];
      if (found.length && !input.reason)
        throw refuse(
          'CONFLICT',
          {
            code: 'swap_breaks_rules',
            params: { a, aBreaches: aBreaks.join(','), b, bBreaches: bBreaks.join(',') },
          },
          'reason',
        );
      const stored = [
        ...aBreaks.map((x) => `${a}：${BREACH_TEXT[x]}`),
        ...bBreaks.map((x) => `${b}：${BREACH_TEXT[x]}`),
      ];
      const pair = (p: { shiftId: number; staffId: number }) =>
        and(eq(assignments.shiftId, p.shiftId), eq(assignments.staffId, p.staffId));
      db.delete(assignments).where(pair(input.a)).run();
      db.delete(assignments).where(pair(input.b)).run();
      db.insert(assignments)
        .values({ shiftId: input.b.shiftId, staffId: input.a.staffId, source: 'manual' })
        .run();
      db.insert(assignments)
        .values({ shiftId: input.a.shiftId, staffId: input.b.staffId, source: 'manual' })
        .run();
      log(db, ctx, {
        kind: 'swap',
        shiftId: input.a.shiftId,
        staffId: input.a.staffId,
        otherShiftId: input.b.shiftId,
        otherStaffId: input.b.staffId,
        breaches: stored.join('；'),
        reason: input.reason,
        ...(found.length
          ? {
              said: {
                code: 'roster_change_swap_breaks',
                params: { a, aBreaches: aBreaks.join(','), b, bBreaches: bBreaks.join(',') },
              },
            }
          : {}),
      });
      ctx.describe({
        entity: 'shift',
        entityId: input.a.shiftId,
        reason: {
          code: 'audit_roster_swap',
          params: {
            a: names.get(input.a.staffId) ?? '',
            aShift: label(w, input.a.shiftId),
            b: names.get(input.b.staffId) ?? '',
            bShift: label(w, input.b.shiftId),
            reason: input.reason ?? '',
          },
        },
      });
      return { breaches: found };
    },
  };
