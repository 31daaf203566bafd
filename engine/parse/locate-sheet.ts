import { sheetUnrecognised } from '../findings/catalog';
import type { Finding } from '../findings/finding';
import type { Sheet, Workbook } from '../model/workbook';
import { fold } from '../text/fold';
import { SHEETS, type SheetKey } from '../workbook-layout/sheets';

/**
 * Form numbers offices put before a sheet's name: "Biểu 01 - Danh sách xã", "Mẫu số 2. OCOP",
 * "Phụ lục II: Chỉ tiêu".
 */
const FORM_LABEL = /^(?:bieu|mau|phu luc)\s*(?:so\s*)?[0-9ivxlc]+[a-z]?\s*[-–:.)]?\s*/;

function sheetKeyText(name: string): string {
  return fold(name).replace(FORM_LABEL, '').trim();
}

/** True when `text` begins with `name` as whole words ("chi tieu kh 2024" begins with "chi tieu"). */
function beginsWith(text: string, name: string): boolean {
  return text.startsWith(name) && (text.length === name.length || !/[a-z]/.test(text[name.length]));
}

function containsWords(text: string, name: string): boolean {
  return ` ${text.replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${name} `);
}

export interface LocatedSheets {
  sheets: Partial<Record<SheetKey, Sheet>>;
  /** Sheets that look like one of ours but are not read (a finding each). */
  findings: Finding[];
}

/**
 * Sheets by their names (SPEC §3): an exact match after folding wins ("THÔNG TIN", "Thong tin "),
 * then a name that begins with one of the names or aliases ("Chỉ tiêu KH 2024"), after any form
 * number ("Biểu 01 - Xã"). A sheet that looks like one of ours but is not read is reported, so a
 * renamed sheet is never silently ignored.
 */
export function locateSheets(workbook: Workbook): LocatedSheets {
  const keys = Object.keys(SHEETS) as SheetKey[];
  const names = (key: SheetKey) => [SHEETS[key].name, ...SHEETS[key].aliases].map(fold);
  const texts = workbook.sheets.map((sheet) => ({ sheet, text: sheetKeyText(sheet.name), folded: fold(sheet.name) }));
  const found: Partial<Record<SheetKey, Sheet>> = {};
  const used = new Set<Sheet>();
  // Longer names first, so a sheet is taken for the most specific name it matches.
  const pairs = keys.flatMap((key) => names(key).map((name) => ({ key, name }))).sort((a, b) => b.name.length - a.name.length);
  const claim = (match: (t: (typeof texts)[number], name: string) => boolean) => {
    for (const { key, name } of pairs) {
      if (found[key]) continue;
      const hit = texts.find((t) => !used.has(t.sheet) && match(t, name));
      if (hit) {
        found[key] = hit.sheet;
        used.add(hit.sheet);
      }
    }
  };
  claim((t, name) => t.folded === name);
  claim((t, name) => t.text === name);
  claim((t, name) => beginsWith(t.text, name));

  const findings: Finding[] = [];
  for (const t of texts) {
    if (used.has(t.sheet)) continue;
    for (const key of keys) {
      const taken = found[key];
      const prefixed = names(key).some((name) => beginsWith(t.text, name));
      if (taken && prefixed) {
        findings.push(sheetUnrecognised.second(t.sheet.name, SHEETS[key].name, taken.name));
        break;
      }
      if (!taken && names(key).some((name) => containsWords(t.text, name))) {
        findings.push(sheetUnrecognised.lookalike(t.sheet.name, SHEETS[key].name));
        break;
      }
    }
  }
  return { sheets: found, findings };
}

/**
 * Which of these sheet names is "Thông tin", by the same matching as validation: a host that needs
 * only the workbook's own facts (its period) reads that one sheet, not the whole workbook.
 */
export function infoSheetName(names: readonly string[]): string | undefined {
  return locateSheets({ sheets: names.map((name) => ({ name, rows: [] })) }).sheets.info?.name;
}
