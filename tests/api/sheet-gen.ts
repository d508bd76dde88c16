/** Generated sheets for the import's load, memory and crash tests (no vitest here: child processes use it too). */
import ExcelJS from 'exceljs';
import { checkDigit } from '../../electron/api/shared/id-number';
import type { XCell } from './xlsx-build';

export const HEADERS = ['楼栋', '单元', '房号', '姓名', '性别', '身份证号', '联系电话', '与户主关系'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉萍文辉鹏飞';

export const chineseName = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[Math.floor(i / 7) % GIVEN.length]}`;

/** `n` residents, four to a household, each with a valid, unique ID number, over `buildings` buildings. */
export function residentRows(n: number, buildings: number): XCell[][] {
  const rows: XCell[][] = [HEADERS];
  for (let i = 0; i < n; i++) {
    const h = Math.floor(i / 4);
    const b = (h % buildings) + 1;
    const k = Math.floor(h / buildings) % 250;
    const unit = (k % 2) + 1;
    const room = `${Math.floor(k / 10) + 1}0${(Math.floor(k / 2) % 5) + 1}`;
    const birth = `19${50 + (i % 50)}-0${(i % 9) + 1}-1${i % 10}`;
    const body = `${110000 + Math.floor(i / 1000)}${birth.replaceAll('-', '')}${String(i % 1000).padStart(3, '0')}`;
    const idNumber = body + checkDigit(body);
    const male = Number(idNumber[16]) % 2 === 1;
    rows.push([
      `${b}栋`,
      `${unit}单元`,
      room,
      chineseName(i),
      male ? '男' : '女',
      idNumber,
      `138${String(i).padStart(8, '0')}`,
      i % 4 === 0 ? '户主' : '子女',
    ]);
  }
  return rows;
}

/** The finding's sheet: 2,000 short rows and one formatted, empty cell at XFD1 (built with exceljs, as Excel users make it). */
export async function hostileSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['楼栋', '房号', '姓名']);
  for (let i = 0; i < 2000; i++) ws.addRow(['1栋', `${100 + (i % 50)}`, chineseName(i)]);
  ws.getCell('XFD1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
