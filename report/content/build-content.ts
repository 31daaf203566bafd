import type { ValidationResult } from '../../engine';
import { communeRows, criteriaMatrix, laggingItems } from './communes';
import { metricScalars } from './figures';
import { headerScalars, recipients } from './header';
import { bandsSentence, indicatorSentence, ntmSentence, ntmTable } from './ntm';
import { ocopSentence, ocopTable } from './ocop';
import { reportScope, type ReportScope } from './scope';
import { shortfallItems, targetRows, targetsSentence, targetsTable } from './targets';
import type { ParagraphContent, ReportContent } from './types';

export interface ContentOptions {
  /** Restrict the report to one district of a province workbook. */
  district?: string;
  /** The "Kính gửi" recipient; the line disappears when empty. */
  kinhGui?: string;
}

export function buildContent(result: ValidationResult, options: ContentOptions = {}): ReportContent {
  return contentForScope(reportScope(result, options.district), options.kinhGui);
}

/** `kinhGui` overrides the workbook's "Kính gửi" lines. */
export function contentForScope(scope: ReportScope, kinhGui?: string): ReportContent {
  const shortfalls = shortfallItems(scope.targets);
  const lagging = laggingItems(scope);
  const listBlock = (paragraphs: ParagraphContent[], none: string) => ({
    kind: 'paragraphs' as const,
    indent: true,
    paragraphs: paragraphs.length > 0 ? paragraphs : [{ text: none }],
  });
  const tonTai: ParagraphContent[] = [];
  if (shortfalls.length > 0) tonTai.push({ text: 'a) Các chỉ tiêu chưa đạt, chậm tiến độ:' }, ...shortfalls);
  else tonTai.push({ text: 'a) Các chỉ tiêu kế hoạch đều đạt hoặc đúng tiến độ.' });
  if (lagging.length > 0) tonTai.push({ text: 'b) Các xã đạt ít tiêu chí nhất:' }, ...lagging);
  else if (scope.communes.length > 0) tonTai.push({ text: 'b) Tất cả các xã đã đạt chuẩn nông thôn mới.' });
  return {
    scalars: {
      ...headerScalars(scope, kinhGui ?? scope.info.kinhGui.join('; ')),
      ...metricScalars(scope.metrics),
      doan_ntm: ntmSentence(scope),
      doan_muc_tieu_chi: bandsSentence(scope),
      doan_thu_nhap: indicatorSentence(scope),
      doan_ocop: ocopSentence(scope),
      doan_chi_tieu: targetsSentence(scope.targets),
    },
    lists: {
      muc_tieu: targetRows(scope.targets),
      xa: communeRows(scope),
    },
    blocks: {
      bang_ntm: { kind: 'table', table: ntmTable(scope) },
      bang_ocop: { kind: 'table', table: ocopTable(scope) },
      bang_chi_tieu: { kind: 'table', table: targetsTable(scope.targets) },
      ds_ton_tai: { kind: 'paragraphs', indent: true, paragraphs: tonTai },
      ds_chi_tieu_chua_dat: listBlock(shortfalls, '- Không có chỉ tiêu chưa đạt hoặc chậm tiến độ.'),
      ds_xa_thap_nhat: listBlock(lagging, '- Không có xã chưa đạt chuẩn nông thôn mới.'),
      ds_noi_nhan: { kind: 'paragraphs', fontSize: 11, paragraphs: recipients(scope.info.noiNhan) },
      phu_luc_ma_tran: { kind: 'table', table: criteriaMatrix(scope) },
    },
  };
}
