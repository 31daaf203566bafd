/** The host-neutral engine: no exceljs, docx or Office.js in here or below. */
export * from './model';
export * from './text';
export * from './findings';
export * from './rules';
export * from './workbook-layout';
export * from './places';
export * from './data';
export * from './result';
export { validateWorkbook, type ValidateOptions } from './validate';
export { computeMetrics, countedProducts, periodEnd, levelAsOf, formatMetric, formatWithUnit, type MetricValues, type MetricScope } from './metrics';
export { unitName, districtName, provinceName, reportingUnit, reportingUnitKind } from './unit-name';
export { meets, targetCompletion } from './targets/compare';
export { SEVERITY_NAMES, TARGET_STATUS_NAMES } from './labels';
export * as findingCatalog from './findings/catalog';
export { infoSheetName } from './parse/locate-sheet';
