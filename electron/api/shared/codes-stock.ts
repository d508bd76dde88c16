/**
 * The codes of supplies (issue 12): the stock ledger's refusals, its flags and its audit rows. Kept in
 * their own module and spread into the lists of codes.ts / audit-codes.ts. Words: texts-stock.zh.ts /
 * texts-stock.en.ts. Pure, importable by the renderer.
 */

export const STOCK_ERROR_CODES = [
  'stock_item_not_found',
  'stock_item_exists',
  'stock_lot_not_found',
  'stock_lot_other_item',
  'stock_item_no_lots',
  'stock_place_not_found',
  'stock_same_place',
  'stock_tx_not_found',
  'stock_short',
  'stock_reverse_reversal',
  'stock_already_reversed',
  'stock_count_reason_required',
  'stock_in_future',
  'note_header_not_found',
  'note_empty',
  'note_too_long',
  'distrib_building_not_found',
  'distrib_no_households',
  'distrib_writing',
  'distrib_same_day',
  'distrib_not_found',
  'distrib_line_not_found',
  'distrib_already_delivered',
  'distrib_nothing_to_deliver',
  'need_give_not_delivered',
] as const;

export const STOCK_VALIDATION_CODES = ['quantity_not_zero', 'write_off_negative'] as const;

/** Flags a rule answers: a balance below zero asks for a count; an item below its levels; a lot expiring. */
export const STOCK_RULE_CODES = [
  'count_needed',
  'below_minimum',
  'below_reorder',
  'expires_soon',
  // A delivery note's rows (stock.receivePreview): what is wrong with a row, by row and column.
  'note_item_unknown',
  'note_item_missing',
  'note_qty_bad',
  'note_expiry_bad',
  'note_unit_mismatch',
  'note_lot_not_tracked',
  'note_lot_expiry_differs',
  'need_issue_reversed_already',
] as const;

export const STOCK_AUDIT_CODES = [
  'audit_stock_item_add',
  'audit_stock_item_edit',
  'audit_stock_receive',
  'audit_stock_issue',
  'audit_stock_transfer',
  'audit_stock_count',
  'audit_stock_adjust',
  'audit_stock_write_off',
  'audit_stock_reverse',
  'audit_stock_distribute',
  'audit_stock_deliver',
  'audit_need_given',
  'audit_need_reopened_returned',
] as const;

export type StockCode =
  | (typeof STOCK_ERROR_CODES)[number]
  | (typeof STOCK_VALIDATION_CODES)[number]
  | (typeof STOCK_RULE_CODES)[number]
  | (typeof STOCK_AUDIT_CODES)[number];
