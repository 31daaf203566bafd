import { reportingUnit, type ValidationResult } from '../../engine';
import { communeRows, criteriaMatrix, laggingItems } from './communes';
import { districtTable, type DistrictFigures } from './district-table';
import { metricScalars } from './figures';
import { headerScalars, recipients } from './header';
import { bandsSentence, indicatorSentence, ntmSentence, ntmTable } from './ntm';
import { expiringProductItems, inYearProductItems, ocopSentence, ocopTable, productAppendix } from './ocop';
import { listDistricts, reportScope, type ReportScope } from './scope';
import { count } from './style';
import { shortfallItems, targetRows, targetsSentence, targetsTable } from './targets';
import type { ParagraphContent, ReportContent } from './types';

export interface ContentOptions {
  /** Restrict the report to one district of a province workbook. */
  district?: string;
  /** The "Kính gửi" recipient; the line disappears when empty. */
  kinhGui?: string;
}

export function buildContent(result: ValidationResult, options: ContentOptions = {}): ReportContent {
  const scope = reportScope(result, options.district);
  return contentForScope(scope, options.kinhGui, scope.groupByDistrict ? districtFigures(result) : []);
}

/** Each district's own figures, in the order the workbook lists them (the province's table by district). */
export function districtFigures(result: ValidationResult): DistrictFigures[] {
  return listDistricts(result).map((name) => ({ name, metrics: reportScope(result, name).metrics }));
}

/** `kinhGui` overrides the workbook's "Kính gửi" lines; `districts` fills the table by district of a province report. */
export function contentForScope(scope: ReportScope, kinhGui?: string, districts: DistrictFigures[] = []): ReportContent {
  const f = scope.figures;
  const shortfalls = shortfallItems(scope.targets, f);
  const lagging = laggingItems(scope);
  const listBlock = (paragraphs: ParagraphContent[], none: string) => ({
    kind: 'paragraphs' as const,
    indent: true,
    paragraphs: paragraphs.length > 0 ? paragraphs : [{ text: none }],
  });
  const tonTai: ParagraphContent[] = [];
  if (shortfalls.length > 0) tonTai.push({ text: 'a) Các chỉ tiêu chưa đạt, chậm tiến độ:', keepNext: true }, ...shortfalls);
  else if (scope.targets.length > 0) tonTai.push({ text: 'a) Các chỉ tiêu kế hoạch đều đạt hoặc đúng tiến độ.' });
  else tonTai.push({ text: `a) ${targetsSentence([], scope.onArea ? reportingUnit(scope.info) : undefined)}` });
  if (lagging.length > 0) tonTai.push({ text: 'b) Các xã đạt ít tiêu chí nhất:', keepNext: true }, ...lagging);
  else if (scope.communes.length > 0) tonTai.push({ text: `b) ${count(scope.communes.length)}/${count(scope.communes.length)} xã đã đạt chuẩn nông thôn mới.` });
  return {
    scalars: {
      ...headerScalars(scope, kinhGui ?? scope.info.kinhGui.join('; ')),
      ...metricScalars(scope.metrics, f),
      doan_ntm: ntmSentence(scope),
      doan_muc_tieu_chi: bandsSentence(scope),
      doan_thu_nhap: indicatorSentence(scope),
      doan_ocop: ocopSentence(scope),
      doan_chi_tieu: targetsSentence(scope.targets, scope.onArea ? reportingUnit(scope.info) : undefined),
    },
    lists: {
      muc_tieu: targetRows(scope.targets, f),
      xa: communeRows(scope),
    },
    blocks: {
      bang_ntm: { kind: 'table', table: ntmTable(scope) },
      bang_huyen: districts.length > 0 ? { kind: 'table', table: districtTable(scope, districts) } : { kind: 'paragraphs', paragraphs: [] },
      bang_ocop: { kind: 'table', table: ocopTable(scope) },
      ds_ocop_trong_nam: { kind: 'paragraphs', indent: true, paragraphs: inYearProductItems(scope) },
      ds_ocop_het_han: { kind: 'paragraphs', indent: true, paragraphs: expiringProductItems(scope) },
      bang_chi_tieu: { kind: 'table', table: targetsTable(scope.targets, f) },
      ds_ton_tai: { kind: 'paragraphs', indent: true, paragraphs: tonTai },
      ds_chi_tieu_chua_dat: listBlock(shortfalls, 'Không có chỉ tiêu chưa đạt hoặc chậm tiến độ.'),
      ds_xa_thap_nhat: listBlock(lagging, `${count(scope.communes.length)}/${count(scope.communes.length)} xã đã đạt chuẩn nông thôn mới.`),
      ds_noi_nhan: { kind: 'paragraphs', fontSize: 11, paragraphs: recipients(scope.info.noiNhan) },
      phu_luc_ma_tran: { kind: 'table', table: criteriaMatrix(scope) },
      phu_luc_ocop: { kind: 'table', table: productAppendix(scope) },
    },
  };
}
