/**
 * The serialisable form of a fake workbook: what a test builds by hand or converts from a real .xlsx
 * (./from-xlsx.ts), and what the browser test injects into the page. Values are as Office.js shows
 * them: dates are serial numbers with a date number format, errors are their text with `error: true`.
 */
export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
}

export interface FakeCellJson {
  v?: string | number | boolean;
  error?: true;
  /** Set when the cell holds a formula (written as "=…", or a "+"/"-" string Excel took for one). */
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
}

/** A conditional format as saved in the file: its ranges ("A2:A9,C4"), rule and fill. */
export interface FakeConditionalFormatJson {
  ranges: string;
  type: string;
  formula?: string;
  fill?: string;
}

export interface FakeSheetJson {
  name: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A protected sheet: reading works, any write fails with AccessDenied. */
  protected?: boolean;
  /** A1 address → cell. */
  cells: Record<string, FakeCellJson>;
  conditionalFormats?: FakeConditionalFormatJson[];
  /** Merged areas, "A1:C1". */
  merges?: string[];
}

export interface FakeWorkbookJson {
  sheets: FakeSheetJson[];
  customXmlParts?: Array<{ id: string; xml: string }>;
}

export const DEFAULT_FILL: Readonly<FakeFill> = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0 };
