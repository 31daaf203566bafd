import type { TargetRow, TargetScope } from '../data';
import { targetFields, type Comparator } from '../workbook-layout/sheets';
import { finding, type Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';
import { MetricCodeSchema } from '../rules/schemas';
import { fold } from '../text/fold';
import { readTable } from './read-table';
import type { RequirementContext } from './requirement';

const EACH_DISTRICT = new Set(['moi huyen', 'tung huyen', 'cac huyen', 'moi don vi cap huyen', 'moi huyen thi xa thanh pho']);
const EACH_COMMUNE = new Set(['moi xa', 'tung xa', 'cac xa']);
const WHOLE_UNIT = new Set(['toan huyen', 'toan tinh', 'toan don vi', 'chung', 'tat ca']);

export function parseScope(text: string | undefined): TargetScope {
  if (!text) return { kind: 'all' };
  const key = fold(text);
  if (key === '' || WHOLE_UNIT.has(key)) return { kind: 'all' };
  if (EACH_DISTRICT.has(key)) return { kind: 'each-district' };
  if (EACH_COMMUNE.has(key)) return { kind: 'each-commune' };
  return { kind: 'district', name: text.trim() };
}

/** A target row whose own cells already make it unusable, with the reason. */
export interface InvalidTargetRow {
  row: number;
  description: string;
  code: string;
  scopeText: string;
  reason: string;
}

export interface TargetSheet {
  targets: TargetRow[];
  invalid: InvalidTargetRow[];
}

/** Sheet "Chỉ tiêu" (SPEC §3.4). Rows that cannot be evaluated are reported as target-invalid. */
export function readTargets(sheet: Sheet, ctx: RequirementContext, findings: Finding[]): TargetSheet {
  // The code is checked here, against the metric catalog, so that an unknown one is a target-invalid.
  const fields = targetFields().map((f) => (f.key === 'ma' ? { ...f, type: 'text' as const } : f));
  const table = readTable(sheet, fields, ctx, findings, { skipRequired: new Set(['ma', 'giaTriMucTieu', 'nam']) });
  const out: TargetSheet = { targets: [], invalid: [] };
  if (!table) return out;
  for (const row of table.rows) {
    const v = row.values;
    const description = (v.noiDung as string | undefined) ?? '';
    const rawCode = ((v.ma as string | undefined) ?? '').trim().toLowerCase();
    const scopeText = (v.phamVi as string | undefined) ?? '';
    const invalid = (reason: string, cell: string | undefined): void => {
      findings.push(finding('target-invalid', sheet.name, cell ?? row.cells.noiDung ?? null, reason, 'Sửa dòng chỉ tiêu này để có thể đánh giá.'));
      out.invalid.push({ row: row.row, description, code: rawCode, scopeText, reason });
    };
    const code = rawCode === 'khac' ? 'khac' : MetricCodeSchema.safeParse(rawCode).success ? (rawCode as TargetRow['code']) : undefined;
    if (!rawCode) {
      invalid(`Dòng ${row.row}: chưa có mã chỉ tiêu.`, row.cells.ma);
      continue;
    }
    if (!code) {
      invalid(`Dòng ${row.row}: mã chỉ tiêu "${rawCode}" không có trong danh mục (ví dụ: so_xa_dat_chuan_ntm, ty_le_bhyt, so_san_pham_ocop, hoặc khac).`, row.cells.ma);
      continue;
    }
    if (typeof v.giaTriMucTieu !== 'number') {
      if (!hasError(findings, sheet.name, row.cells.giaTriMucTieu)) invalid(`Dòng ${row.row}: chưa có giá trị mục tiêu.`, row.cells.giaTriMucTieu);
      else out.invalid.push({ row: row.row, description, code: rawCode, scopeText, reason: 'giá trị không hợp lệ' });
      continue;
    }
    if (typeof v.nam !== 'number') {
      if (!hasError(findings, sheet.name, row.cells.nam)) invalid(`Dòng ${row.row}: chưa có năm hoàn thành của chỉ tiêu.`, row.cells.nam);
      else out.invalid.push({ row: row.row, description, code: rawCode, scopeText, reason: 'giá trị không hợp lệ' });
      continue;
    }
    if (code === 'khac' && typeof v.giaTriThucHien !== 'number') {
      invalid(`Dòng ${row.row}: chỉ tiêu "khac" không tính được từ các sheet nên cần ghi "Giá trị thực hiện".`, row.cells.giaTriThucHien ?? row.cells.ma);
      continue;
    }
    out.targets.push({
      row: row.row,
      code,
      description,
      scope: parseScope(scopeText),
      scopeText,
      comparator: (v.soSanh as Comparator | undefined) ?? '≥',
      target: v.giaTriMucTieu,
      unit: v.donVi as string | undefined,
      deadline: v.nam,
      actualTyped: v.giaTriThucHien as number | undefined,
      baselineYear: v.namGoc as number | undefined,
      baselineValue: v.giaTriNamGoc as number | undefined,
      source: v.nguon as string | undefined,
      cells: row.cells,
    });
  }
  return out;
}

function hasError(findings: Finding[], sheet: string, cell: string | undefined): boolean {
  return cell !== undefined && findings.some((f) => f.sheet === sheet && f.cell === cell && f.severity === 'error');
}
