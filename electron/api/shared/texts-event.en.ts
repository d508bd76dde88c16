import type { EventCode } from './codes';

/** The words of household-history lines and roster-change notes (English). */
export const EVENT_TEXTS_EN: Record<EventCode, string> = {
  event_household_update: 'Edited the household: {{edits}}',
  event_household_unchanged: 'Saved the household (no change)',
  event_household_visit: '{{source}} ({{day}}): {{note}}',
  event_household_visit_status: '{{source}} ({{day}}): {{note}}; registration → {{regStatus}}',
  event_resident_add: 'Added member {{name}} ({{relation}})',
  event_resident_update: 'Edited {{name}}: {{fields}}',
  event_resident_unchanged: 'Saved {{name}} (no change)',
  event_resident_moved_out: '{{name}} moved out to {{to}}: {{reason}}',
  event_resident_moved_in: '{{name}} moved in from {{from}}: {{reason}}',
  event_returnee_decided: '{{name}} checked on return: {{outcome}} ({{reason}})',
  event_hotel_check_in: '{{name}} checked in at {{hotel}} {{room}} (planned until {{plannedEnd}})',
  event_hotel_move: '{{name}} moved from {{fromHotel}} {{fromRoom}} to {{toHotel}} {{toRoom}}: {{reason}}',
  event_hotel_release: '{{name}} left {{hotel}} {{room}}: {{release}} ({{note}})',
  event_hotel_release_override:
    '{{name}} left {{hotel}} {{room}}: {{release}} ({{note}}) (commander override: {{hold}}, reason: {{override}})',
  event_hotel_release_undone: 'Release of {{name}} undone, back in {{hotel}} {{room}}: {{reason}}',
  event_hotel_planned_end: '{{name}}: planned departure moved from {{from}} to {{to}} ({{reason}})',
  event_import_moved: 'Import of "{{file}}": {{name}} moved to {{to}}',
  event_import_updated: 'Import of "{{file}}": {{added}} added, {{updated}} updated',
  roster_change_generated: 'From {{from}} for {{days}} days: {{added}} placed, {{missing}} missing',
  roster_change_breaks: 'Breaks: {{breaches}}',
  roster_change_swap_breaks: 'Breaks: {{a}} {{aBreaches}}; {{b}} {{bBreaches}}',
};
