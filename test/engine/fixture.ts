import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validateWorkbook, type Finding, type ValidationResult } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';

/**
 * Engine tests build a real .xlsx with exceljs, write it to disk, read it back through the Node
 * reader and validate it, so every check is exercised on what Excel files actually contain.
 */
export type Row = unknown[];

export interface Fixture {
  info: Row[] | null;
  xa: Row[] | null;
  ocop: Row[] | null;
  chiTieu: Row[] | null;
  nguong: Row[] | null;
  /** Rows above the header of sheet "Xã" (a title). */
  xaTitleRows?: Row[];
  /** Number formats by sheet and address, e.g. { 'Xã': { Y2: '0%' } }. */
  formats?: Record<string, Record<string, string>>;
  sheetNames?: Partial<Record<'info' | 'xa' | 'ocop' | 'chiTieu' | 'nguong', string>>;
}

export const TC19 = Array.from({ length: 19 }, (_, i) => `TC${i + 1}`);
export const XA_HEADER: Row = [
  'STT',
  'Tên xã',
  'Mức đạt chuẩn',
  'Năm đạt chuẩn',
  'Năm đạt nâng cao',
  'Năm đạt kiểu mẫu',
  ...TC19,
  'Số tiêu chí đạt',
  'Thu nhập bình quân (triệu đồng/người/năm)',
  'Tỷ lệ hộ nghèo đa chiều (%)',
  'Tỷ lệ tham gia BHYT (%)',
  'Dân số',
];
/** Column letters of XA_HEADER, for assertions. */
export const XA_COL = { ten: 'B', muc: 'C', namChuan: 'D', namNangCao: 'E', namKieuMau: 'F', tc1: 'G', tc19: 'Y', soTc: 'Z', thuNhap: 'AA', ngheo: 'AB', bhyt: 'AC', danSo: 'AD' };

/** A commune row: `met` criteria marked "Đạt" from TC1 on, the rest blank. */
export function xaRow(
  stt: number,
  ten: string,
  muc: string,
  years: [number?, number?, number?],
  met: number,
  extra: Partial<{ soTc: unknown; thuNhap: unknown; ngheo: unknown; bhyt: unknown; danSo: unknown }> = {},
): Row {
  const marks = TC19.map((_, i) => (i < met ? 'Đạt' : null));
  return [stt, ten, muc, years[0] ?? null, years[1] ?? null, years[2] ?? null, ...marks, extra.soTc ?? null, extra.thuNhap ?? null, extra.ngheo ?? null, extra.bhyt ?? null, extra.danSo ?? null];
}

export const OCOP_HEADER: Row = ['Tên sản phẩm', 'Chủ thể', 'Loại hình chủ thể', 'Xã', 'Nhóm sản phẩm', 'Điểm', 'Số sao', 'Cấp công nhận', 'Số quyết định', 'Ngày công nhận', 'Ngày hết hạn'];
export const TARGET_HEADER: Row = ['Mã chỉ tiêu', 'Nội dung', 'Phạm vi', 'So sánh', 'Giá trị mục tiêu', 'Đơn vị', 'Năm', 'Giá trị thực hiện', 'Năm gốc', 'Giá trị năm gốc', 'Nguồn'];

export function date(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function districtFixture(): Fixture {
  return {
    info: [
      ['Tỉnh', 'Kiên Giang'],
      ['Huyện', 'U Minh Thượng'],
      ['Giai đoạn', '2021-2025'],
      ['Vùng', 'Đồng bằng sông Cửu Long'],
      ['Năm báo cáo', 2024],
    ],
    xa: [
      XA_HEADER,
      xaRow(1, 'Vĩnh Hòa', 'Đạt chuẩn NTM', [2019], 19, { thuNhap: 60, ngheo: 2.1, bhyt: 93, danSo: 10000 }),
      xaRow(2, 'Thạnh Yên', 'NTM nâng cao', [2018, 2023], 19, { thuNhap: 70, ngheo: 1.5, bhyt: 96, danSo: 12000 }),
      xaRow(3, 'Minh Thuận', 'Chưa đạt', [], 16, { thuNhap: 50, ngheo: 4, bhyt: 90, danSo: 8000 }),
    ],
    ocop: [
      OCOP_HEADER,
      ['Mật ong U Minh', 'HTX Ong mật Vĩnh Hòa', 'HTX', 'Vĩnh Hòa', 'Thực phẩm', 72, 4, 'Tỉnh', '123/QĐ-UBND', date(2023, 5, 10), null],
      ['Khô cá lóc', 'Hộ Nguyễn Văn A', 'Hộ SXKD', 'Thạnh Yên', 'Thực phẩm', 60, 3, 'Huyện', '45/QĐ-UBND', date(2024, 3, 5), null],
    ],
    chiTieu: null,
    nguong: null,
  };
}

export async function writeFixture(fixture: Fixture, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const add = (key: keyof NonNullable<Fixture['sheetNames']>, name: string, rows: Row[] | null, title: Row[] = []) => {
    if (!rows) return;
    const sheetName = fixture.sheetNames?.[key] ?? name;
    const ws = wb.addWorksheet(sheetName);
    for (const r of [...title, ...rows]) ws.addRow(r as ExcelJS.CellValue[]);
    for (const [address, numFmt] of Object.entries(fixture.formats?.[name] ?? {})) ws.getCell(address).numFmt = numFmt;
  };
  add('info', 'Thông tin', fixture.info);
  add('xa', 'Xã', fixture.xa, fixture.xaTitleRows);
  add('ocop', 'OCOP', fixture.ocop);
  add('chiTieu', 'Chỉ tiêu', fixture.chiTieu);
  add('nguong', 'Ngưỡng', fixture.nguong);
  if (wb.worksheets.length === 0) wb.addWorksheet('Trang tính 1');
  await wb.xlsx.writeFile(file);
}

let dir: string | undefined;

export async function validateFixture(fixture: Fixture): Promise<ValidationResult> {
  dir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'ntm-engine-'));
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFixture(fixture, file);
  const workbook = await readWorkbook(await fs.readFile(file));
  await fs.rm(file, { force: true });
  return validateWorkbook(workbook);
}

export function withCode(result: ValidationResult, code: Finding['code']): Finding[] {
  return result.findings.filter((f) => f.code === code);
}

export function errors(result: ValidationResult): Finding[] {
  return result.findings.filter((f) => f.severity === 'error');
}
