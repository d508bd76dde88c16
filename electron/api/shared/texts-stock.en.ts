import type { STOCK_AUDIT_CODES, StockCode } from './codes-stock';

/** The English words of the supplies codes (shared/codes-stock.ts). */
export const STOCK_TEXTS_EN: Record<Exclude<StockCode, (typeof STOCK_AUDIT_CODES)[number]>, string> = {
  stock_item_not_found: 'The item was not found; it may have been removed or the id is wrong.',
  stock_item_exists: 'The item "{{name}}" is already in the catalogue.',
  stock_lot_not_found: 'The lot was not found.',
  stock_lot_other_item: 'The lot is not a lot of "{{item}}".',
  stock_item_no_lots: '"{{item}}" is not tracked by lot; no lot can be named.',
  stock_place_not_found: 'The place (gate, hotel or runner) was not found.',
  stock_same_place: 'A transfer needs two different places.',
  stock_tx_not_found: 'The stock movement was not found.',
  stock_short:
    'The books hold {{onHand}} {{unit}} of "{{item}}" at {{placeKind}} {{place}}, less than {{asked}} {{unit}}; if it was really handed out, give a reason.',
  stock_reverse_reversal:
    'This movement is a reversal itself and cannot be reversed; record it again instead.',
  stock_already_reversed: 'This movement has been reversed already.',
  stock_count_reason_required: 'The count differs from the books; choose a reason for the difference.',
  note_header_not_found:
    'No header was found in the first 10 rows of "{{file}}" (it needs an "Item" and a "Quantity" column).',
  note_empty: '"{{file}}" has no rows to receive.',
  note_too_long: 'A delivery note has at most {{max}} rows; import it in parts.',
  stock_in_future: 'The time {{at}} is later than now; a movement cannot be recorded in advance.',
  distrib_building_not_found: 'Some of the buildings chosen no longer exist; choose again.',
  distrib_no_households:
    'No household of the buildings chosen has anyone in the compound: nothing to distribute.',
  distrib_writing:
    'A distribution list is being written; save again when it has finished (nothing was saved).',
  distrib_same_day:
    '{{households}} of these households are already on another distribution of "{{item}}" on {{day}}; an item is distributed to a household once a day.',
  distrib_not_found: 'The distribution was not found.',
  distrib_line_not_found: "The household's line of this distribution was not found.",
  distrib_already_delivered:
    '{{building}} {{room}} has been delivered already and cannot be delivered twice; undo the delivery first to correct it.',
  distrib_nothing_to_deliver: 'Every household of this building has been delivered already.',
  need_give_not_delivered: 'Things handed out from stock mean the need was delivered; choose "delivered".',
  quantity_not_zero: 'The quantity cannot be 0.',
  write_off_negative: 'A write-off takes stock away: its quantity must be negative.',
  count_needed: 'Below zero on the books: count needed',
  below_minimum: 'Below the minimum of {{level}}',
  below_reorder: 'Below the reorder level of {{level}}',
  note_item_unknown: 'The catalogue has no item "{{item}}"; add it to the catalogue first.',
  note_item_missing: 'The item name is missing.',
  note_qty_bad: 'The quantity "{{value}}" is not a whole number above zero.',
  note_expiry_bad: 'The expiry "{{value}}" is not a date (e.g. 2027-06-30).',
  note_unit_mismatch:
    'The unit "{{unit}}" differs from the catalogue\'s "{{expected}}"; convert it to {{expected}}.',
  note_lot_not_tracked: '"{{item}}" is not tracked by lot; leave the lot and expiry empty.',
  note_lot_expiry_differs: 'Lot {{lot}} was received before with expiry {{expiresOn}}, not as on this row.',
  expires_soon: 'Expires on {{expiresOn}}',
  need_issue_reversed_already:
    'What was given had already been taken back in the supplies ledger; nothing more to reverse.',
};

export const STOCK_AUDIT_TEXTS_EN: Record<(typeof STOCK_AUDIT_CODES)[number], string> = {
  audit_stock_item_add: 'Item added: {{name}} ({{unit}})',
  audit_stock_item_edit: 'Item edited: {{name}}',
  audit_stock_receive: 'Received at {{placeKind}} {{place}}, {{from}} {{who}}: {{lines}} lines',
  audit_stock_issue: 'Issued from {{placeKind}} {{place}} to {{who}}: {{lines}} lines',
  audit_stock_transfer: 'Transfer {{placeKind}} {{place}} → {{toKind}} {{to}}: {{item}} {{qty}} {{unit}}',
  audit_stock_count: 'Count at {{placeKind}} {{place}}: {{items}} items, {{differences}} with a difference',
  audit_stock_adjust: 'Adjustment at {{placeKind}} {{place}}: {{item}} {{qty}} {{unit}} ({{why}})',
  audit_stock_write_off: 'Write-off at {{placeKind}} {{place}}: {{item}} {{qty}} {{unit}} ({{why}})',
  audit_stock_reverse: 'Reversal of a movement ({{txKind}}, {{tx}}); reason: {{reason}}',
  audit_stock_distribute:
    'Distribution planned: {{item}} {{qty}} {{unit}} {{basis}}, {{day}}, {{households}} households, {{total}} {{unit}} in all ({{buildings}})',
  audit_stock_deliver:
    'Delivered: {{item}}, {{building}}: {{delivered}} households ({{qty}} {{unit}}), nobody home at {{notHome}}',
  audit_need_given:
    'Handled the need of {{name}}: {{need}}, {{done}}, given from {{placeKind}} {{place}}: {{given}} {{note}}',
  audit_need_reopened_returned:
    'Reopened the need of {{name}}: {{need}}: {{reason}}; what was given is back on the books',
};
