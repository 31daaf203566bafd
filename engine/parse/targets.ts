import type { TargetRow, TargetScope } from '../data';
import { targetFields } from '../workbook-layout/sheets';
import type { Finding } from '../findings/finding';
import { targetInvalid, targetInvalidReason } from '../findings/catalog';
import type { Sheet } from '../model/workbook';
import { MetricCodeSchema } from '../rules/schemas';
import { foldKey } from '../text/fold';
import { readTable } from './read-table';
import type { RequirementContext } from './requirement';

// Scopes as plans word them ("mỗi huyện, thị xã, thành phố"), compared with punctuation as spaces.
const EACH_DISTRICT = new Set([
  'moi huyen',
  'tung huyen',
  'cac huyen',
  'moi don vi cap huyen',
  'moi huyen thi xa thanh pho',
  'moi huyen thanh pho',
  'moi huyen thi xa',
  'cac huyen thi xa thanh pho',
  '100 huyen',
]);
const EACH_COMMUNE = new Set(['moi xa', 'tung xa', 'cac xa', 'moi xa phuong thi tran', '100 xa']);
const WHOLE_UNIT = new Set(['toan huyen', 'toan tinh', 'toan don vi', 'chung', 'tat ca', 'toan thanh pho', 'toan thi xa']);

export function parseScope(text: string | undefined): TargetScope {
  if (!text) return { kind: 'all' };
  const key = foldKey(text);
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
  const table = readTable(sheet, targetFields('text'), ctx, findings, { skipRequired: new Set(['ma', 'giaTriMucTieu', 'nam']) });
  const out: TargetSheet = { targets: [], invalid: [] };
  if (!table) return out;
  for (const row of table.rows) {
    const v = row.values;
    const description = v.noiDung ?? '';
    const rawCode = (v.ma ?? '').trim().toLowerCase();
    const scopeText = v.phamVi ?? '';
    const invalid = (reason: string, cell: string | undefined): void => {
      findings.push(targetInvalid({ sheet: sheet.name, cell: cell ?? row.cells.noiDung ?? null }, reason));
      out.invalid.push({ row: row.row, description, code: rawCode, scopeText, reason });
    };
    const parsed = MetricCodeSchema.safeParse(rawCode);
    const code: TargetRow['code'] | undefined = rawCode === 'khac' ? 'khac' : parsed.success ? parsed.data : undefined;
    if (!rawCode) {
      invalid(targetInvalidReason.noCode(row.row), row.cells.ma);
      continue;
    }
    if (!code) {
      invalid(targetInvalidReason.unknownCode(row.row, rawCode), row.cells.ma);
      continue;
    }
    if (typeof v.giaTriMucTieu !== 'number') {
      if (!hasError(findings, sheet.name, row.cells.giaTriMucTieu)) invalid(targetInvalidReason.noTarget(row.row), row.cells.giaTriMucTieu);
      else out.invalid.push({ row: row.row, description, code: rawCode, scopeText, reason: targetInvalidReason.badValue() });
      continue;
    }
    if (typeof v.nam !== 'number') {
      if (!hasError(findings, sheet.name, row.cells.nam)) invalid(targetInvalidReason.noDeadline(row.row), row.cells.nam);
      else out.invalid.push({ row: row.row, description, code: rawCode, scopeText, reason: targetInvalidReason.badValue() });
      continue;
    }
    if (code === 'khac' && typeof v.giaTriThucHien !== 'number') {
      invalid(targetInvalidReason.otherWithoutActual(row.row), row.cells.giaTriThucHien ?? row.cells.ma);
      continue;
    }
    out.targets.push({
      row: row.row,
      code,
      description,
      scope: parseScope(scopeText),
      scopeText,
      comparator: v.soSanh ?? '≥',
      target: v.giaTriMucTieu,
      unit: v.donVi,
      deadline: v.nam,
      actualTyped: v.giaTriThucHien,
      baselineYear: v.namGoc,
      baselineValue: v.giaTriNamGoc,
      source: v.nguon,
      cells: row.cells,
    });
  }
  return out;
}

function hasError(findings: Finding[], sheet: string, cell: string | undefined): boolean {
  return cell !== undefined && findings.some((f) => f.sheet === sheet && f.cell === cell && f.severity === 'error');
}
