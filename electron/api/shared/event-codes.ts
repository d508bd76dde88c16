/**
 * The codes of history rows other than the audit log: a household file's own history
 * (`household_events.summary_code`) and what the program says about a roster change
 * (`roster_changes.reason_code`). Worded by texts-event.*.ts. Pure.
 */

/** One per kind of line in a household file's history (一户一档), with data-only parameters. */
export const HOUSEHOLD_EVENT_CODES = [
  'event_household_update',
  'event_household_unchanged',
  'event_household_visit',
  'event_household_visit_status',
  'event_resident_add',
  'event_resident_update',
  'event_resident_unchanged',
  'event_resident_moved_out',
  'event_resident_moved_in',
  'event_returnee_decided',
  'event_hotel_check_in',
  'event_hotel_move',
  'event_hotel_release',
  'event_hotel_release_override',
  'event_hotel_release_undone',
  'event_hotel_planned_end',
  'event_import_moved',
  'event_import_updated',
] as const;

/** What the program says about a roster change (a person's typed reason stays in `reason`). */
export const ROSTER_CHANGE_CODES = [
  'roster_change_generated',
  'roster_change_breaks',
  'roster_change_swap_breaks',
] as const;

export const EVENT_CODES = [...HOUSEHOLD_EVENT_CODES, ...ROSTER_CHANGE_CODES] as const;

export type HouseholdEventCode = (typeof HOUSEHOLD_EVENT_CODES)[number];
export type RosterChangeCode = (typeof ROSTER_CHANGE_CODES)[number];
