// Runners in the roster (session 23): a runner runs errands, not a gate. The generator used to leave
// runners out altogether and fill the runner team's post with gate staff; now a runner takes places
// only on a post that asks for runners, and such a post's head count is runners' alone.
import { describe, expect, it } from 'vitest';
import type { TeamRole } from '../../db/schema/enums';
import { generateRoster } from '../../electron/api/roster/generate';
import type { Person, Requirement, ShiftSlot } from '../../electron/api/roster/rules';
import { referenceRoster } from './roster-reference';

const H = 3_600_000;
const RULES = { minRestHours: 8, maxConsecutiveDays: 6 };

const person = (id: number, role: TeamRole): Person => ({
  id,
  name: `人员${id}`,
  role,
  maxWeeklyHours: 56,
  unavailable: [],
});

/** One 12-hour day shift of `post` on 2026-11-23 (a Monday), 08:00 post time. */
const shift = (id: number, post: number, headcount: number, requirements: Requirement[]): ShiftSlot => ({
  id,
  postId: post,
  day: '2026-11-23',
  startsAt: '2026-11-23T00:00:00.000Z',
  endsAt: new Date(Date.parse('2026-11-23T00:00:00.000Z') + 12 * H).toISOString(),
  headcount,
  requirements,
});

const TEAM: Person[] = [
  person(1, 'police_officer'),
  person(2, 'property_manager'),
  person(3, 'volunteer'),
  person(4, 'runner'),
  person(5, 'runner'),
  person(6, 'runner'),
];
const roleOf = (id: number) => TEAM.find((p) => p.id === id)?.role;

/** The generator's answer, checked against the reference's (the same rules, written plainly). */
function generate(people: Person[], slots: ShiftSlot[]) {
  const fast = generateRoster(people, slots, [], RULES);
  expect(fast).toEqual(referenceRoster(people, slots, [], RULES));
  return fast;
}
const on = (added: { shiftId: number; staffId: number }[], shiftId: number) =>
  added.filter((a) => a.shiftId === shiftId).map((a) => roleOf(a.staffId));

describe('runners in the generated roster', () => {
  it('staffs the runner team with runners, its head count beyond the requirement too', () => {
    const { added, gaps } = generate(TEAM, [shift(1, 9, 3, [{ roles: ['runner'], min: 2 }])]);
    expect(on(added, 1)).toEqual(['runner', 'runner', 'runner']);
    expect(gaps).toEqual([]);
  });

  it('never puts a runner on a gate, even with a place left open', () => {
    const gate = shift(1, 1, 5, [{ roles: ['police_officer', 'property_manager'], min: 1 }]);
    const { added, gaps } = generate(TEAM, [gate]);
    expect(on(added, 1).sort()).toEqual(['police_officer', 'property_manager', 'volunteer']);
    // Two places open: the three runners were not of the role the places allow.
    expect(gaps).toEqual([
      expect.objectContaining({
        shiftId: 1,
        missing: 2,
        roles: null,
        reasons: [{ code: 'gap_not_role', params: { count: 3 } }],
      }),
    ]);
  });

  it('leaves a runner post short rather than fill it with gate staff', () => {
    const team = TEAM.filter((p) => p.id !== 6);
    const { added, gaps } = generate(team, [shift(1, 9, 3, [{ roles: ['runner'], min: 3 }])]);
    expect(on(added, 1)).toEqual(['runner', 'runner']);
    expect(gaps).toEqual([
      expect.objectContaining({ shiftId: 1, missing: 1, roles: ['runner'] }),
      expect.objectContaining({ shiftId: 1, missing: 1, roles: null }),
    ]);
  });

  it('lets another role take a runner post through a requirement that names it', () => {
    const mixed = shift(1, 9, 4, [{ roles: ['runner', 'volunteer'], min: 4 }]);
    const { added } = generate(TEAM, [mixed]);
    expect(on(added, 1).sort()).toEqual(['runner', 'runner', 'runner', 'volunteer']);
  });

  it('keeps a gate a gate when its requirement lists runners among other roles', () => {
    const gate = shift(1, 1, 4, [{ roles: ['volunteer', 'runner'], min: 1 }]);
    const { added, gaps } = generate(TEAM, [gate]);
    // One place through the requirement (a volunteer ranks first), the rest for gate staff.
    expect(on(added, 1).sort()).toEqual(['police_officer', 'property_manager', 'volunteer']);
    expect(gaps).toEqual([expect.objectContaining({ shiftId: 1, missing: 1, roles: null })]);
  });

  it('staffs a gate and the runner team on the same day, each from its own people', () => {
    const gate = shift(1, 1, 2, [{ roles: ['police_officer'], min: 1 }]);
    const team = shift(2, 9, 3, [{ roles: ['runner'], min: 3 }]);
    const { added, gaps } = generate(TEAM, [gate, team]);
    expect(on(added, 1).sort()).toEqual(['police_officer', 'property_manager']);
    expect(on(added, 2)).toEqual(['runner', 'runner', 'runner']);
    expect(gaps).toEqual([]);
  });
});
