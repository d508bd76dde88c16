import { daysBetween } from '../shared/dates';

export type ClosureState = 'not_set' | 'not_started' | 'in_progress' | 'overdue' | 'lifted';
export type ClosureDay = { state: ClosureState; day: number | null; of: number };

/** 封闭第 N 天 / 共 M 天: the start day is day 1. */
export function closureDay(
  profile: {
    closureStart: string | null;
    plannedDays: number;
    status: 'closed' | 'lifted';
    liftedOn: string | null;
  },
  today: string,
): ClosureDay {
  const of = profile.plannedDays;
  if (!profile.closureStart) return { state: 'not_set', day: null, of };
  if (profile.status === 'lifted') {
    const end = profile.liftedOn ?? today;
    return { state: 'lifted', day: daysBetween(profile.closureStart, end) + 1, of };
  }
  const day = daysBetween(profile.closureStart, today) + 1;
  if (day < 1) return { state: 'not_started', day: null, of };
  return { state: day > of ? 'overdue' : 'in_progress', day, of };
}
