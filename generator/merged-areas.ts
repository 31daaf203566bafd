import { parseRange, type MergedArea } from '../engine';

/** xl/worksheets/sheet3.xml → 3: the number exceljs' streaming reader gives the sheet as its id. */
export function sheetPartNumber(partName: string): number | null {
  const match = /^xl\/worksheets\/sheet(\d+)\.xml$/u.exec(partName);
  return match ? Number(match[1]) : null;
}

/**
 * A sheet part's <mergeCells> list, which Excel and LibreOffice write after the sheet data.
 * exceljs' streaming reader skips it; multi-row form headers need it (SPEC §3).
 */
export function mergedAreas(xml: Buffer): MergedArea[] {
  // The list follows </sheetData>: look only there, not through the sheet's rows.
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const start = xml.indexOf('<mergeCells', dataEnd < 0 ? 0 : dataEnd);
  if (start < 0) return [];
  const end = xml.indexOf('</mergeCells>', start);
  const text = xml.toString('utf8', start, end < 0 ? xml.length : end);
  const areas: MergedArea[] = [];
  for (const match of text.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/gu)) {
    const area = parseRange(match[1]);
    if (area) areas.push(area);
  }
  return areas;
}
