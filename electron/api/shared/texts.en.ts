/** The English words for every code (shared/codes.ts); `{{name}}` is a parameter. Pure, no CJK. */

import type { Code } from './codes';
import { AUDIT_TEXTS_EN } from './texts-audit.en';
import { CARE_TEXTS_EN } from './texts-care.en';
import { DUTY_TEXTS_EN } from './texts-duty.en';
import { ERRAND_TEXTS_EN } from './texts-errands.en';
import { EVENT_TEXTS_EN } from './texts-event.en';
import { HEALTH_TEXTS_EN } from './texts-health.en';
import { REPORT_TEXTS_EN } from './texts-reports.en';
import { STOCK_TEXTS_EN } from './texts-stock.en';

export const TEXTS_EN: Record<Code, string> = {
  // Errors
  unspecified: 'The request was not completed ({{error}}).',
  unknown_method: 'No such method: {{method}}',
  input_invalid: 'Some entries are not valid; nothing was saved.',
  no_operator: 'Choose who is on duty before making changes.',
  db_busy: 'The database is busy; try again in a moment (nothing was saved).',
  import_writing: 'An import is being written; save again when it has finished (nothing was saved).',
  db_damaged:
    'The database failed its integrity check: {{detail}}. Writing has stopped to protect the data (nothing was saved). Restore a backup, or ask for technical help.',
  disk_full:
    'The disk is full; nothing was saved. Free some space (move old backups to a USB stick) and try again.',
  duplicate_record: 'This record already exists (duplicate); nothing was saved.',
  constraint_conflict: 'This conflicts with an existing record; nothing was saved.',
  internal: 'Internal error, the request was not completed: {{detail}}',
  host_unreachable: 'Cannot reach the Gatepost host; make sure it is still running.',
  host_bad_answer: 'The host sent an answer that could not be read (HTTP {{status}}).',
  stale_version:
    '{{record}} was changed by someone else after you opened it (version {{from}} → {{to}}); nothing was saved. Reload and edit again.',
  version_missing: 'The record version is missing; reload and save again.',
  memory_db_no_backup: 'An in-memory database cannot be backed up.',
  backup_problem: '{{problem}}: {{path}}',
  household_not_found: 'Household not found (no. {{id}}).',
  resident_not_found: 'Resident not found (no. {{id}}).',
  returnee_not_found: 'Returnee not found (no. {{id}}).',
  returnees_missing: 'Some of these returnees do not exist.',
  hotel_not_found: 'Hotel not found (no. {{id}}).',
  room_not_found: 'Room not found (no. {{id}}).',
  need_not_found: 'This request was not found.',
  building_exists: 'There is already a building named "{{name}}".',
  occupancy_has_residents:
    '{{count}} residents are still in the compound; it cannot be marked vacant. Change their whereabouts first.',
  verified_in_future: 'The verification date cannot be after today.',
  lifted_in_future: 'The lifting date cannot be after today.',
  closure_start_out_of_range:
    'The closure start should be between a year ago and two months from now; please check it.',
  birth_date_not_id: 'Birth date {{birthDate}} does not match {{born}} in the ID number.',
  id_number_taken:
    'This ID number is already registered to another resident; nothing was saved. Check the number; if it is the same person, edit or move them in their own household file.',
  use_move: 'To move a resident to another household, use "Move".',
  move_same_household: 'The target household is the same as the current one.',
  full_id_rate_limited:
    'Too many look-ups by full ID number (at most {{limit}} in {{minutes}} minutes); try again in {{wait}} seconds. This look-up was recorded in the audit log.',
  returnee_in_hotel: '{{name}} is still in a quarantine hotel; check them out first.',
  room_not_free: '{{hotel}} {{room}} is {{status}}; nobody can check in.',
  room_other_group: '{{hotel}} {{room}} already holds people of another group; groups do not share a room.',
  room_overfill:
    '{{hotel}} {{room}} has {{beds}} beds and {{occupants}} guests; {{adding}} more would overfill it. Give a reason to add beds.',
  planned_end_before_check_in: 'The planned check-out cannot be before the check-in.',
  same_person_two_rooms: 'One person cannot be given two rooms.',
  not_decided_hotel: 'The decision for {{name}} is not "Hotel quarantine"; decide first.',
  already_in_hotel: '{{name}} is already checked in at a hotel.',
  not_in_hotel: '{{name}} is not in a quarantine hotel now.',
  same_room: 'The new room is the current room.',
  rooms_exist: 'These rooms already exist: {{rooms}}',
  room_occupied_status: 'Room {{room}} has guests; it cannot be set to {{status}}.',
  need_handled: 'This request was already handled by {{by}}.',
  import_has_bad_rows:
    '{{count}} rows of the sheet have errors; nothing was imported. Correct them and import again, or choose "Skip bad rows".',
  import_preview_expired:
    'The preview of this sheet has expired (the app restarted, or two other sheets were previewed since); nothing was imported. Choose the file again to preview it, then import.',
  import_preview_busy:
    'An import is being written. A preview with full ID numbers is recorded in the audit log, so preview again when it has finished.',
  import_too_many_id_conflicts:
    'Too many rows of the sheet have an ID number registered to a resident of another name: more than the limit of look-ups by full ID number ({{limit}} in {{minutes}} minutes). No preview is shown. Check that the name and ID number columns match, or split the sheet. This preview was recorded in the audit log.',
  import_out_of_memory:
    'The sheet is too large or malformed: reading it went past the {{mb}} MB memory limit, and nothing was imported. Check the file, or split the list into smaller files.',
  import_backup_failed: 'The automatic backup before the import failed, so nothing was imported: {{why}}',
  file_empty: 'The file is empty.',
  xls_unsupported: 'The old .xls format is not supported: in Excel or WPS use "Save as" .xlsx, then import.',
  et_unsupported: 'The WPS .et format is not supported: in WPS use "Save as" .xlsx, then import.',
  ods_unsupported:
    'OpenDocument spreadsheets (.ods) are not supported: in WPS or Excel use "Save as" .xlsx, then import.',
  xlsb_unsupported:
    'Excel binary workbooks (.xlsb) are not supported: in Excel use "Save as" .xlsx, then import.',
  xls_is_web_page:
    '"{{file}}" is really a web page or XML table (as systems often export .xls): open it in Excel or WPS, "Save as" .xlsx, then import.',
  file_unrecognized: 'Cannot recognise "{{file}}": import an .xlsx or .csv sheet.',
  file_unreadable: 'Cannot read "{{file}}"; it may be damaged: {{detail}}',
  header_not_found:
    'No header found in "{{file}}" (sheet "{{sheet}}"): it needs the columns building, room and name (compare with the template).',
  sheet_too_wide:
    'Sheet "{{sheet}}", row {{row}}, column {{column}} still has content: at most {{max}} columns are read near the header; delete the extra columns and import again.',
  sheet_too_long:
    'Sheet "{{sheet}}" has more than {{max}} data rows: at most {{max}} rows import at once; split the list into several files.',
  xlsx_unparseable: 'The sheet cannot be parsed; it may be damaged: {{detail}}',
  xlsx_too_many_strings: 'The sheet has too many text entries; it may not be a normal resident list.',
  xlsx_no_workbook: 'This is not an Excel sheet (.xlsx): no workbook found.',
  xlsx_damaged: 'The sheet file is damaged or not a valid .xlsx ({{detail}}).',
  xlsx_encrypted: 'The sheet is password-protected: remove the password in Excel or WPS, then import.',
  xlsx_entry_too_big:
    '"{{entry}}" in the sheet is too large when unpacked; it may be damaged or not a normal resident list.',
  xlsx_entry_over_limit:
    '"{{entry}}" in the sheet unpacks to more than {{mb}} MB; it may be damaged or not a normal resident list.',
  pin_session_needed:
    '{{name}} has a PIN: the sign-in has expired or was not made. Enter the PIN on the start screen, then continue.',
  member_not_found: 'Team member not found (no. {{id}}).',
  member_cannot_operate:
    '{{name}} is not an active team member who may operate the laptop, and cannot sign in.',
  member_exists:
    'There is already a {{role}} named "{{name}}"; a person with the same name and role is registered once.',
  pin_locked: '{{name}} is locked after wrong PINs; try again in {{wait}} seconds.',
  pin_required: 'Enter the PIN of {{name}}.',
  pin_wrong: 'Wrong PIN; {{left}} tries left.',
  pin_locked_now: '{{failures}} wrong PINs in a row: {{name}} is locked for {{wait}} seconds.',
  sign_in_first: 'This post uses PINs: the operator on duty signs in before adding or changing team members.',
  command_role: 'Only the commander or deputy commander may give or change the {{role}} role.',
  not_commander: "Only the commander or deputy commander may reset another person's PIN.",
  own_pin_only: "You can set only your own PIN; the commander resets other people's.",
  old_pin_needed: 'Enter the current PIN.',
  body_too_large: 'The request is too large (limit {{kb}} KB).',
  body_incomplete: 'The request was not received in full.',
  request_failed: 'Internal error; the request was not completed.',
  foreign_host: 'Requests for another host name are refused.',
  foreign_origin: 'Requests from another origin are refused.',
  post_only: 'The API accepts POST only.',
  bad_json: 'The request body is not valid JSON.',
  bad_method_path: 'The method in the address is badly encoded.',
  foreign_frame: 'Requests from a page that is not this app are refused.',
  bad_method_name: 'Invalid method name.',
  print_failed: 'Printing to PDF failed: {{detail}}',
  save_failed: 'Saving the file failed: {{detail}}',
  export_gone: 'The exported file was already taken or has expired (kept one hour); export again',
  shift_not_found: 'Shift not found (no. {{id}}).',
  shift_ended: 'The shift is over; the roster cannot change (record it in attendance).',
  shift_attended:
    '{{name}} has attendance recorded on this shift and cannot be taken off it (correct it in attendance).',
  double_booked:
    '{{name}} is already on {{other}} at the time of {{shift}}: one person cannot stand at two places at once (no reason overrides a double booking).',
  already_on_shift: '{{name}} is already on this shift.',
  not_on_shift: '{{name}} is not on this shift.',
  roster_breaks_rules:
    'Putting {{name}} on {{shift}} breaks rules: {{breaches}}. Give a reason to do it anyway.',
  swap_not_found: 'Shift not found.',
  swap_started: 'The shift has started; it cannot be swapped.',
  swap_not_held: 'The people to swap are not on those shifts.',
  swap_breaks_rules:
    'The swap breaks rules: {{a}} {{aBreaches}}; {{b}} {{bBreaches}}. Give a reason to do it anyway.',
  post_not_found: 'Post not found.',
  post_exists: 'There is already a post named "{{name}}"; post names must differ.',
  not_on_this_shift: 'This person is not on this shift.',
  not_signed_in: '{{name}} has not signed in yet.',
  // Fields
  required: 'Required',
  too_long: 'At most {{max}} characters',
  too_short: 'At least {{min}} characters',
  too_big: 'At most {{max}}',
  too_small: 'At least {{min}}',
  too_many: 'At most {{max}} items',
  too_few: 'At least {{min}} items',
  not_a_number: 'Enter a number',
  not_an_integer: 'Enter a whole number',
  wrong_type: 'Not the expected kind of value',
  bad_format: 'Not in the expected format',
  sheet_hash_invalid: 'Unknown sheet; preview it again',
  bad_date: 'Write the date as YYYY-MM-DD',
  date_out_of_range: 'The date should be between {{min}} and {{max}}',
  bad_instant: 'Not a valid time',
  instant_out_of_range: 'The time should be between 2000 and 2099',
  not_an_option: 'Choose one of the options',
  not_a_step: 'Should be a multiple of {{step}}',
  unknown_field: 'Unexpected field',
  invalid: 'Not valid',
  bad_phone: 'A phone number has 7–15 digits; a dash may follow the area code',
  must_confirm: 'Please confirm first',
  name_required: 'Enter a name',
  person_name_required: "Enter the person's name",
  from_place_required: 'Enter where they are coming from',
  at_least_one_person: 'Register at least one person',
  temperature_range: 'The temperature should be between {{min}} and {{max}} ℃',
  room_range_reversed: 'The last room number cannot be below the first',
  reason_required: 'Enter a reason',
  lifted_on_required: 'Enter the date the closure was lifted',
  lifted_before_start: 'The lifting date cannot be before the closure start',
  job_id_invalid: 'Invalid job id',
  pin_format: 'A PIN is 4–6 digits',
  end_after_start: 'The end must be after the start',
  time_format: 'Write the time as HH:MM',
  who_required: 'Enter the person or vehicle',
  // Rules
  resident_ok: 'Registered resident of this compound',
  not_resident: 'Not a registered resident; cannot enter the compound',
  compound_sealed: 'The compound is sealed; nobody may go home for now',
  compound_lifted: 'The closure is lifted',
  quarantine_no_record: 'No hotel quarantine on record; quarantine is needed',
  quarantine_dates_reversed: 'The quarantine end is before its start',
  quarantine_short: 'Quarantined {{days}} days, fewer than the {{required}} required',
  quarantine_no_certificate: 'Quarantined {{days}} days but no release certificate number',
  quarantine_done: 'Completed {{days}} days of quarantine (certificate {{certificate}})',
  symptoms: 'Symptoms: {{symptoms}}; needs a doctor',
  temperature_not_taken: 'Temperature not taken at the gate',
  fever: 'Temperature {{temperature}} ℃ reaches the fever threshold {{threshold}} ℃; needs a doctor',
  temperature_ok: 'Temperature {{temperature}} ℃, no symptoms',
  test_positive: 'Nucleic-acid test positive',
  test_missing: 'No nucleic-acid test result; a test is needed',
  test_in_future: 'The test time is later than now; please check',
  test_pending: 'Test result pending',
  test_expired: 'The test is {{hours}} hours old, over the {{limit}} allowed; test again',
  test_ok: 'Negative test within {{hours}} hours',
  health_code_unchecked: 'Health code not checked',
  health_code_green: 'Health code green',
  health_code_yellow: 'Health code yellow',
  health_code_red: 'Health code red',
  decision_needs_reason: 'The decision differs from the recommendation; give a reason',
  legacy_text: '{{text}}',
  nobody_to_place: 'Nobody to place',
  not_enough_rooms: 'Not enough free rooms: {{needed}} beds needed in one hotel ({{beds}} free beds in all)',
  no_ventilated_room: 'No well-ventilated free room',
  no_elderly_room: 'No low-floor or accessible free room for the elderly',
  room_overfilled:
    '{{hotel}} {{room}} has {{beds}} beds and {{occupants}} guests; {{adding}} more overfill it (reason: {{reason}})',
  id_bad_length: 'An ID number has 18 characters; this one has {{length}}',
  id_bad_chars: 'An ID number is digits only; the last may be X',
  id_bad_birth: 'The birth date {{birth}} in the ID number does not exist',
  id_future_birth: 'The birth date {{birth}} in the ID number is after today',
  id_bad_checksum: "The ID number's check digit is wrong; check for a typo",
  cell_required: '{{field}} is missing',
  id_stored_as_number:
    'Excel stored the ID number as a number and lost its last digits: format the column as Text and type it again',
  id_old_15: 'This is an old 15-digit ID number: replace it with the 18-digit one (check the ID card)',
  id_repeated: 'Same ID number as row {{row}}',
  date_invalid: 'Invalid date',
  date_unrecognized: 'Unrecognised date "{{value}}"; write it like 1985-03-12',
  date_month_only:
    'The birth date {{month}} has only a year and month: write the whole date (like 1985-03-12), or fill in the ID number',
  date_not_exist: 'The date {{day}} does not exist',
  birth_in_future: 'Birth date {{day}} is after today',
  birth_date_mismatch: 'Birth date {{birthDate}} does not match {{born}} in the ID number',
  gender_unrecognized: 'Sex should be male or female; found "{{value}}"',
  gender_not_id: 'Sex does not match the ID number (which says {{gender}})',
  phone_unrecognized: 'Unrecognised phone number "{{value}}"',
  presence_unrecognized:
    'Whereabouts should be in compound / awaiting placement / hotel / hospital / away; found "{{value}}"',
  unknown_building:
    'Unknown building "{{building}}": tick "Create these buildings and rooms" in the preview, add it on the buildings board first, or use an existing one',
  unknown_room:
    '{{building}} {{unit}} has no room "{{room}}": tick "Create these buildings and rooms" in the preview, or check building, unit and room against the board',
  room_needs_unit: 'Room "{{room}}" exists in several units of {{building}} ({{units}}): give the unit',
  unit_required: '{{building}} has several units: room "{{room}}" needs its unit',
  reg_status_unrecognized:
    'Registration should be not visited / registered / verified (as exported); found "{{value}}"',
  version_unrecognized:
    'Version "{{value}}" is not one an export writes (like h12v3 r45v2): clear it or put the exported value back',
  id_taken_other_name: 'This ID number is registered to another resident, not to "{{name}}" of this row',
  gap_breach: '{{count}}: {{breach}}',
  gap_not_role: '{{count}} not of a needed role',
  gap_nobody: 'No staff at all',
  ...AUDIT_TEXTS_EN,
  ...CARE_TEXTS_EN,
  ...DUTY_TEXTS_EN,
  ...STOCK_TEXTS_EN,
  ...ERRAND_TEXTS_EN,
  ...HEALTH_TEXTS_EN,
  ...REPORT_TEXTS_EN,
  ...EVENT_TEXTS_EN,
};
