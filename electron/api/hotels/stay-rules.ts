/** When a hotel stay is planned to end. Pure. */
import { addDays } from '../shared/dates';

export type ClosurePlan = {
  closureStart: string | null;
  plannedDays: number;
  status: 'closed' | 'lifted';
  quarantineDays: number;
};

/** The day the sealed compound is planned to open (closure start + planned days); null when not sealed. */
export function closureEnd(c: ClosurePlan): string | null {
  if (!c.closureStart || c.status !== 'closed') return null;
  return addDays(c.closureStart, c.plannedDays);
}

/**
 * A new guest's planned end: the closure's planned end as the settings say it today, while the
 * compound is sealed and that day is not before the check-in; otherwise the check-in plus the
 * quarantine days. A guest keeps the end they were placed with until someone moves it.
 */
export function plannedEndFor(c: ClosurePlan, checkIn: string): string {
  const end = closureEnd(c);
  return end && end >= checkIn ? end : addDays(checkIn, c.quarantineDays);
}

/** A guest placed under an older closure length: their planned end is not the closure's end. */
export const offClosure = (plannedEnd: string, end: string | null): boolean =>
  end !== null && plannedEnd !== end;
