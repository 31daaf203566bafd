import type { Sheet, Workbook } from '../model/workbook';
import { fold } from '../text/fold';
import { SHEETS, type SheetKey } from '../workbook-layout/sheets';

/** Sheets by their folded names ("THÔNG TIN", "Thong tin " and "Thông tin" are one name). */
export function locateSheets(workbook: Workbook): Partial<Record<SheetKey, Sheet>> {
  const byName = new Map<string, Sheet>();
  for (const sheet of workbook.sheets) {
    const key = fold(sheet.name);
    if (!byName.has(key)) byName.set(key, sheet);
  }
  const found: Partial<Record<SheetKey, Sheet>> = {};
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const spec = SHEETS[key];
    for (const name of [spec.name, ...spec.aliases]) {
      const sheet = byName.get(fold(name));
      if (sheet) {
        found[key] = sheet;
        break;
      }
    }
  }
  return found;
}
