import type { AuditCode } from './codes';
import type { CareCode } from './codes-care';
import { DUTY_AUDIT_TEXTS_EN } from './texts-duty.en';
import { ERRAND_AUDIT_TEXTS_EN } from './texts-errands.en';
import { HEALTH_AUDIT_TEXTS_EN } from './texts-health.en';
import { REPORT_AUDIT_TEXTS_EN } from './texts-reports.en';
import { STOCK_AUDIT_TEXTS_EN } from './texts-stock.en';

/** The words of audit-log rows (English). */
export const AUDIT_TEXTS_EN: Record<Exclude<AuditCode, CareCode>, string> = {
  audit_method: '{{method}}',
  audit_demo_load: 'Loaded the demo compound {{name}}: {{households}} households, {{residents}} residents',
  audit_refused: 'Refused ({{error}}): {{act}}',
  audit_too_often: '{{asked}} (looked up too often)',
  audit_attendance_in: '{{name}} signed in ({{post}}, shift of {{shift}}) at {{at}} {{note}}',
  audit_attendance_out: '{{name}} signed out ({{post}}, shift of {{shift}}) at {{at}} {{note}}',
  audit_attendance_no_show:
    '{{name}} did not come ({{post}}, shift of {{shift}}); the shift is short {{note}}',
  audit_backup_create: 'Backed up the database to {{path}}',
  audit_backup_settings:
    'Backup settings: every {{hours}} hours, keep the latest {{keepRecent}} and {{keepDays}} days {{usb}}',
  audit_backup_restore:
    'Restored from backup {{file}} (taken {{takenAt}}); the data before the restore was backed up as {{safety}}',
  audit_gate_in: '{{post}} in: {{kind}} {{who}} {{note}}',
  audit_gate_out: '{{post}} out: {{kind}} {{who}} {{note}}',
  audit_member_add: 'Added team member {{name}} ({{role}})',
  audit_member_edit: 'Edited team member {{name}} ({{role}})',
  audit_member_unavailable: '{{name}} unavailable: {{from}} – {{to}} {{reason}}',
  audit_sign_in: 'Signed in: {{name}} ({{role}})',
  audit_sign_in_pin: 'Signed in: {{name}} ({{role}}), PIN checked',
  audit_sign_out: 'Signed out',
  audit_pin_set_own: '{{name}} set their own PIN',
  audit_pin_change_own: '{{name}} changed their own PIN',
  audit_pin_reset_new: '{{by}} reset the PIN of {{name}} (set a new PIN)',
  audit_pin_reset_clear: '{{by}} reset the PIN of {{name}} (cleared, to be set by them)',
  audit_sign_in_locked: 'Sign-in of {{name}}: locked, PIN not checked',
  audit_sign_in_pin_wrong: 'Sign-in of {{name}}: wrong PIN ({{failures}} in a row)',
  audit_sign_in_lockout: 'Sign-in of {{name}}: wrong PIN {{failures}} times in a row, locked',
  audit_pin_change_locked: 'PIN change of {{name}}: locked, PIN not checked',
  audit_pin_change_pin_wrong: 'PIN change of {{name}}: wrong PIN ({{failures}} in a row)',
  audit_pin_change_lockout: 'PIN change of {{name}}: wrong PIN {{failures}} times in a row, locked',
  audit_returnee_id_lookup: 'Returnee registration: looked up a resident by ID number {{id}}',
  audit_returnee_register: 'Returnees registered (from {{from}}): {{count}}: {{names}}',
  audit_returnee_decide: 'Decided for {{names}}: {{outcome}}',
  audit_returnee_decide_against:
    'Decided for {{names}}: {{outcome}} (not the recommendation; reason: {{reason}})',
  audit_post_add: 'Added post {{name}}: {{shifts}} shifts',
  audit_post_edit: 'Edited post {{name}}: {{shifts}} shifts',
  audit_building_add: 'Added building {{name}}: {{floors}} floors, {{households}} households',
  audit_roster_generate:
    'Roster generated from {{from}} for {{days}} days: {{shifts}} shifts, {{added}} placements, {{gaps}} gaps',
  audit_roster_assign: '{{name}} put on {{shift}}',
  audit_roster_assign_breaking: '{{name}} put on {{shift}} (breaks: {{breaches}}; reason: {{reason}})',
  audit_roster_unassign: '{{name}} taken off {{shift}}',
  audit_roster_pin: '{{name}} pinned to {{shift}}',
  audit_roster_unpin: '{{name}} unpinned from {{shift}}',
  audit_roster_swap: 'Swap: {{a}} ({{aShift}}) ↔ {{b}} ({{bShift}}) {{reason}}',
  audit_compound_update: 'Edited the compound: {{changes}}',
  audit_compound_unchanged: 'Saved the compound (no change)',
  audit_household_update: '{{address}}: edited the household: {{fields}}',
  audit_household_unchanged: '{{address}}: saved the household (no change)',
  audit_household_visit: '{{address}}: {{source}} ({{day}}) {{note}}',
  audit_household_visit_status: '{{address}}: {{source}} ({{day}}) {{note}}; registration → {{regStatus}}',
  audit_export_full_ids: 'Exported the registry with full ID numbers ({{rows}} people)',
  audit_import:
    'Imported "{{file}}": {{valid}} valid rows, {{invalid}} rows with errors skipped; households {{hNew}} new, {{hUpdated}} updated; residents {{rNew}} new, {{rUpdated}} updated, {{rUnchanged}} unchanged; {{withId}} rows checked by full ID number, {{matched}} matching registered residents; {{bNew}} new buildings; {{staleKept}} rows of an older version kept as saved',
  audit_import_preview:
    'Previewed "{{file}}": {{withId}} rows with full ID numbers, {{matched}} matching registered residents, {{conflicts}} registered under another name',
  audit_resident_id_taken:
    'Saving resident "{{name}}" (household no. {{householdId}}): ID number {{id}} is already registered to resident no. {{other}}',
  audit_resident_add: '{{address}}: added member {{name}} {{relation}}',
  audit_resident_update: '{{address}}: edited {{name}}: {{fields}}',
  audit_resident_unchanged: '{{address}}: saved {{name}} (no change)',
  audit_resident_move: '{{name}} moved from {{from}} to {{to}}: {{reason}}',
  audit_full_id_reveal: 'Viewed the full ID number of {{name}}',
  audit_full_id_search: 'Searched by full ID number {{id}}',
  audit_full_id_search_found: 'Searched by full ID number {{id}}: found {{found}}',
  audit_full_id_search_none: 'Searched by full ID number {{id}}: not found',
  audit_hotel_place: 'Checked in at {{hotel}}: {{rooms}}',
  audit_hotel_place_overfill: 'Checked in at {{hotel}}: {{rooms}}; overfilled: {{reason}}',
  audit_hotel_move: '{{name}} moved from {{fromHotel}} {{fromRoom}} to {{toHotel}} {{toRoom}}: {{reason}}',
  audit_hotel_release: '{{name}} left {{hotel}} {{room}}: {{release}} {{note}}',
  audit_hotel_add: 'Added quarantine hotel {{name}}',
  audit_hotel_edit: 'Edited quarantine hotel {{name}}',
  audit_rooms_add: '{{hotel}}: added rooms {{from}}–{{to}} ({{count}} rooms, {{beds}} beds each)',
  audit_room_update: '{{hotel}} {{room}}: {{status}}, {{beds}} beds',
  audit_need_add: '{{name}} needs: {{need}} {{detail}}',
  audit_need_done: 'Handled the request of {{name}}: {{need}} {{note}}',
  audit_call_reached: 'Called {{name}}, temperature {{temperature}} °C {{wellbeing}}',
  audit_call_fever: 'Called {{name}}, temperature {{temperature}} °C (fever) {{wellbeing}}',
  audit_call_unreached: 'Could not reach {{name}}',
  ...DUTY_AUDIT_TEXTS_EN,
  ...STOCK_AUDIT_TEXTS_EN,
  ...ERRAND_AUDIT_TEXTS_EN,
  ...HEALTH_AUDIT_TEXTS_EN,
  ...REPORT_AUDIT_TEXTS_EN,
};
