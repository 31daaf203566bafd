import type { Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';

/** What a parser needs to report findings about the sheet it reads. */
export interface SheetContext {
  sheet: Sheet;
  findings: Finding[];
}
