/**
 * The supplies workbooks (issue 12): the ledger (with the screen's filters, one row per line) and
 * the balances (per item, lot and place, then per item with its levels), in the language the screen
 * asks for, written to the outbox like the gate log. A balance below zero reads as it is, with
 * "count needed" beside it — never 0.
 */
import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import type { HandlerMap } from '../handler';
import { formatInstant } from '../shared/dates';
import { type Lang, label } from '../shared/labels';
import { outboxFor } from '../shared/outbox';
import { word } from '../shared/word';
import { addTable, ExcelJS, writeWorkbook } from '../shared/xlsx';
import { ledgerCond, readItems } from './read';
import { balanceFlag, levelFlags } from './rules';

/** Lines one ledger workbook holds at most (newest first); the screen's filters narrow a larger ledger. */
export const LEDGER_EXPORT_LIMIT = 100_000;

const WORDS = {
  'zh-CN': {
    ledgerFile: '物资台账',
    ledgerSheet: '台账',
    ledgerHeads: [
      '发生时间',
      '登记时间',
      '类型',
      '物品',
      '批号',
      '有效期',
      '存放点',
      '数量',
      '单位',
      '对象',
      '原因',
      '备注',
      '经办人',
      '冲销',
    ],
    balancesFile: '物资库存',
    balancesSheet: '库存明细',
    totalsSheet: '按物品',
    balanceHeads: ['物品', '类别', '批号', '有效期', '存放点', '数量', '单位', '提示'],
    totalHeads: ['物品', '类别', '单位', '库存', '最低库存', '补货线', '每人每日', '提示'],
    reverses: (at: string) => `冲销 ${at} 的记录`,
    reversedBy: (at: string) => `已于 ${at} 被冲销`,
    noOne: '系统',
  },
  en: {
    ledgerFile: 'supplies-ledger',
    ledgerSheet: 'Ledger',
    ledgerHeads: [
      'Happened',
      'Recorded',
      'Kind',
      'Item',
      'Lot',
      'Expiry',
      'Place',
      'Quantity',
      'Unit',
      'Counterparty',
      'Reason',
      'Note',
      'Operator',
      'Reversal',
    ],
    balancesFile: 'supplies-balances',
    balancesSheet: 'Balances',
    totalsSheet: 'By item',
    balanceHeads: ['Item', 'Category', 'Lot', 'Expiry', 'Place', 'Quantity', 'Unit', 'Flag'],
    totalHeads: [
      'Item',
      'Category',
      'Unit',
      'On hand',
      'Minimum',
      'Reorder level',
      'Per person a day',
      'Flags',
    ],
    reverses: (at: string) => `Reverses the movement of ${at}`,
    reversedBy: (at: string) => `Reversed on ${at}`,
    noOne: 'System',
  },
} as const;

const RED = { name: 'Calibri', family: 2, color: { argb: 'FFB91C1C' }, bold: true };
const placeName = (lang: Lang, kind: string, name: string) =>
  [label(lang, 'stockPlace', kind), name].filter(Boolean).join(' ');

type LedgerLine = {
  happenedAt: string;
  recordedAt: string;
  kind: string;
  item: string;
  lotCode: string | null;
  expiresOn: string | null;
  placeKind: string;
  placeName: string;
  qty: number;
  unit: string;
  cpKind: string | null;
  cpName: string;
  reasonCode: string | null;
  note: string;
  operatorName: string;
  reversesAt: string | null;
  reversedAt: string | null;
};

type LedgerFilter = Parameters<typeof ledgerCond>[1] & { lang: Lang };

function ledgerLines(db: ReadDb, f: LedgerFilter): LedgerLine[] {
  const cond = ledgerCond(db, f);
  if (!cond) return [];
  return db.all<LedgerLine>(
    sql`SELECT t.happened_at AS happenedAt, t.recorded_at AS recordedAt, t.kind, i.name AS item,
        l.code AS lotCode, l.expires_on AS expiresOn, p.kind AS placeKind, p.name AS placeName, x.qty, i.unit,
        t.counterparty_kind AS cpKind, t.counterparty_name AS cpName, t.reason_code AS reasonCode, t.note,
        t.operator_name AS operatorName,
        (SELECT o.happened_at FROM stock_tx o WHERE o.id = t.reverses) AS reversesAt,
        (SELECT r.recorded_at FROM stock_tx r WHERE r.reverses = t.id) AS reversedAt
      FROM stock_tx t JOIN stock_lines x ON x.tx_id = t.id JOIN stock_items i ON i.id = x.item_id
      JOIN stock_places p ON p.id = x.place_id LEFT JOIN stock_lots l ON l.id = x.lot_id
      ${cond} ORDER BY t.happened_at DESC, t.recorded_at DESC, t.id, x.rowid LIMIT ${LEDGER_EXPORT_LIMIT}`,
  );
}

export const stockExportHandlers: HandlerMap<'stock.exportLedger' | 'stock.exportBalances'> = {
  'stock.exportLedger': async (db, input, ctx) => {
    const lang = input.lang;
    const w = WORDS[lang];
    const lines = ledgerLines(db, input);
    const wb = new ExcelJS.Workbook();
    const ws = addTable(
      wb,
      w.ledgerSheet,
      [...w.ledgerHeads],
      lines.map((l) => [
        formatInstant(l.happenedAt),
        formatInstant(l.recordedAt),
        label(lang, 'stockTx', l.kind),
        l.item,
        l.lotCode ?? '',
        l.expiresOn ?? '',
        placeName(lang, l.placeKind, l.placeName),
        l.qty,
        l.unit,
        l.cpKind ? [label(lang, 'stockCounterparty', l.cpKind), l.cpName].filter(Boolean).join(' ') : '',
        l.reasonCode ? label(lang, 'stockReason', l.reasonCode) : '',
        l.note,
        l.operatorName || w.noOne,
        l.reversesAt
          ? w.reverses(formatInstant(l.reversesAt))
          : l.reversedAt
            ? w.reversedBy(formatInstant(l.reversedAt))
            : '',
      ]),
    );
    for (const [col, width] of [
      [1, 17],
      [2, 17],
      [4, 16],
      [6, 12],
      [7, 16],
      [10, 22],
      [12, 24],
      [14, 24],
    ] as const)
      ws.getColumn(col).width = width;
    ws.getColumn(8).numFmt = '0';
    const what = [input.from, input.to].filter(Boolean).join('~');
    const fileName = `${w.ledgerFile}-${what || formatInstant(ctx.now().toISOString()).slice(0, 10)}.xlsx`;
    const saved = await outboxFor(ctx.paths.db).write(fileName, (out) => writeWorkbook(wb, out));
    return { fileName, ...saved, rows: lines.length };
  },

  'stock.exportBalances': async (db, input, ctx) => {
    const lang = input.lang;
    const w = WORDS[lang];
    const items = readItems(db);
    const category = new Map(items.map((i) => [i.id, label(lang, 'stockCategory', i.category)]));
    const rows = db.all<{
      itemId: string;
      item: string;
      unit: string;
      lotCode: string | null;
      expiresOn: string | null;
      placeKind: string;
      placeName: string;
      qty: number;
    }>(
      sql`SELECT i.id AS itemId, i.name AS item, i.unit, l.code AS lotCode, l.expires_on AS expiresOn,
          p.kind AS placeKind, p.name AS placeName, b.qty
        FROM stock_balances b JOIN stock_items i ON i.id = b.item_id JOIN stock_places p ON p.id = b.place_id
        LEFT JOIN stock_lots l ON l.id = b.lot_id WHERE b.qty <> 0
        ORDER BY i.category, i.name, p.kind, p.name, l.expires_on`,
    );
    const wb = new ExcelJS.Workbook();
    const totals = addTable(
      wb,
      w.totalsSheet,
      [...w.totalHeads],
      items.map((i) => [
        i.name,
        category.get(i.id) ?? '',
        i.unit,
        i.onHand,
        i.minLevel,
        i.reorderLevel,
        i.dailyNorm ?? '',
        levelFlags(i.onHand, i.minLevel, i.reorderLevel)
          .map((f) => word(f, lang))
          .join(lang === 'en' ? '; ' : '；'),
      ]),
    );
    totals.getColumn(1).width = 18;
    totals.getColumn(8).width = 40;
    totals.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
    items.forEach((i, n) => {
      if (i.onHand < 0) totals.getRow(n + 2).font = RED;
    });
    const detail = addTable(
      wb,
      w.balancesSheet,
      [...w.balanceHeads],
      rows.map((r) => {
        const flag = balanceFlag(r.qty);
        return [
          r.item,
          category.get(r.itemId) ?? '',
          r.lotCode ?? '',
          r.expiresOn ?? '',
          placeName(lang, r.placeKind, r.placeName),
          r.qty,
          r.unit,
          flag ? word(flag, lang) : '',
        ];
      }),
    );
    detail.getColumn(1).width = 18;
    detail.getColumn(4).width = 12;
    detail.getColumn(5).width = 18;
    detail.getColumn(8).width = 24;
    rows.forEach((r, n) => {
      if (r.qty < 0) detail.getRow(n + 2).font = RED;
    });
    const fileName = `${w.balancesFile}-${formatInstant(ctx.now().toISOString()).slice(0, 10)}.xlsx`;
    const saved = await outboxFor(ctx.paths.db).write(fileName, (out) => writeWorkbook(wb, out));
    return { fileName, ...saved, rows: rows.length };
  },
};
