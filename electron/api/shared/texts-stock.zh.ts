import type { STOCK_AUDIT_CODES, StockCode } from './codes-stock';

/** The Chinese words of the supplies codes (shared/codes-stock.ts). */
export const STOCK_TEXTS_ZH: Record<Exclude<StockCode, (typeof STOCK_AUDIT_CODES)[number]>, string> = {
  stock_item_not_found: '找不到该物资，可能已被删除或编号有误',
  stock_item_exists: '物资“{{name}}”已在目录中',
  stock_lot_not_found: '找不到该批次',
  stock_lot_other_item: '该批次不属于物资“{{item}}”',
  stock_item_no_lots: '物资“{{item}}”不按批次管理，不能指定批次',
  stock_place_not_found: '找不到该存放点（门岗、酒店或跑腿员）',
  stock_same_place: '调出和调入不能是同一个存放点',
  stock_tx_not_found: '找不到这笔出入库记录',
  stock_short:
    '{{placeKind}}{{place}} 的“{{item}}”账面只有 {{onHand}} {{unit}}，不够 {{asked}} {{unit}}；如实物确已发出，请填写原因',
  stock_reverse_reversal: '这笔记录本身是冲销，不能再冲销；如需恢复，请重新登记',
  stock_already_reversed: '这笔记录已被冲销过',
  stock_count_reason_required: '盘点有差异，请选择差异原因',
  stock_in_future: '发生时间 {{at}} 晚于现在，不能预先登记',
  note_header_not_found: '“{{file}}”的前 10 行里没有找到表头（需要“物品”和“数量”两列）',
  note_empty: '“{{file}}”里没有要入库的行',
  note_too_long: '一张送货单最多 {{max}} 行，请分开导入',
  distrib_building_not_found: '所选楼栋有的已不存在，请重新选择',
  distrib_no_households: '所选楼栋没有在小区内居住的住户，无法发放',
  distrib_writing: '正在写入一份发放名单，请在写完后再保存（本次操作未保存）',
  distrib_same_day:
    '{{day}} 已有 {{households}} 户在“{{item}}”的另一份发放名单中，同一物资同一天不能重复发放',
  distrib_not_found: '找不到这份发放单',
  distrib_line_not_found: '找不到这一户的发放记录',
  distrib_already_delivered: '{{building}} {{room}} 已经送达，不能重复送达；如需更正请先撤销',
  distrib_nothing_to_deliver: '这栋楼的住户都已送达',
  need_give_not_delivered: '从库存发放了物资，处理结果应为“已送达”',
  quantity_not_zero: '数量不能为 0',
  write_off_negative: '报废的数量应为负数（减少库存）',
  count_needed: '账面为负，需要盘点',
  below_minimum: '低于最低库存 {{level}}',
  below_reorder: '低于补货线 {{level}}',
  expires_soon: '{{expiresOn}} 到期',
  note_item_unknown: '物资目录里没有“{{item}}”，请先在物品目录中添加',
  note_item_missing: '没有填写物品名称',
  note_qty_bad: '数量“{{value}}”不是正整数',
  note_expiry_bad: '有效期“{{value}}”不是日期（例如 2027-06-30）',
  note_unit_mismatch: '单位“{{unit}}”与目录中的“{{expected}}”不同，请换算成{{expected}}',
  note_lot_not_tracked: '物资“{{item}}”不按批次管理，批号和有效期请留空',
  note_lot_expiry_differs: '批号 {{lot}} 已入库过，有效期是 {{expiresOn}}，与本行不同',
  need_issue_reversed_already: '所发物资已在物资台账中冲销过，无需再冲销',
};

export const STOCK_AUDIT_TEXTS_ZH: Record<(typeof STOCK_AUDIT_CODES)[number], string> = {
  audit_stock_item_add: '新增物资：{{name}}（{{unit}}）',
  audit_stock_item_edit: '修改物资：{{name}}',
  audit_stock_receive: '入库：{{placeKind}}{{place}}，{{from}} {{who}}，{{lines}} 项',
  audit_stock_issue: '发放：{{placeKind}}{{place}} → {{who}}，{{lines}} 项',
  audit_stock_transfer: '调拨：{{placeKind}}{{place}} → {{toKind}}{{to}}，{{item}} {{qty}} {{unit}}',
  audit_stock_count: '盘点：{{placeKind}}{{place}}，{{items}} 项，{{differences}} 项有差异',
  audit_stock_adjust: '调整：{{placeKind}}{{place}}，{{item}} {{qty}} {{unit}}（{{why}}）',
  audit_stock_write_off: '报废：{{placeKind}}{{place}}，{{item}} {{qty}} {{unit}}（{{why}}）',
  audit_stock_reverse: '冲销{{txKind}}（{{tx}}），原因：{{reason}}',
  audit_stock_distribute:
    '发放计划：{{item}} {{basis}} {{qty}} {{unit}}，{{day}}，{{households}} 户共 {{total}} {{unit}}（{{buildings}}）',
  audit_stock_deliver:
    '送达：{{item}}，{{building}} 送达 {{delivered}} 户（{{qty}} {{unit}}），无人在家 {{notHome}} 户',
  audit_need_given:
    '已处理 {{name}} 的需求：{{need}}，{{done}}，从{{placeKind}}{{place}}发放 {{given}} {{note}}',
  audit_need_reopened_returned: '重新打开 {{name}} 的需求：{{need}}：{{reason}}；所发物资已冲销回账',
};
