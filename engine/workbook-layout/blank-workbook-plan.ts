import type { Period } from '../rules/schemas';

/**
 * The blank data-entry workbook as plain data, so that `ntm-ocop init` (exceljs) and the add-in's
 * "Tạo sổ mẫu" (Office.js) lay out exactly the same sheets. Hosts only apply it.
 * The function that builds it lives in ./blank-workbook.ts.
 */
export type CellValidation = { type: 'list'; values: readonly string[] } | { type: 'whole'; min?: number; max?: number } | { type: 'decimal'; min?: number; max?: number } | { type: 'date' };

export interface BlankColumn {
  header: string;
  width: number;
  validation?: CellValidation;
  /** Input message of the data validation, Vietnamese, short. */
  note?: string;
  numberFormat?: string;
}

/** A sheet of records: headers in row 1 (frozen), validation on the data rows below. */
export interface BlankTableSheet {
  kind: 'table';
  name: string;
  columns: BlankColumn[];
  /** How many rows below the header receive the data validation. */
  dataRows: number;
}

/** Sheet "Thông tin": keys in column A, values in column B. */
export interface BlankInfoSheet {
  kind: 'info';
  name: string;
  rows: Array<{ key: string; value?: string | number; validation?: CellValidation; note?: string }>;
}

/** A sheet of text lines ("Hướng dẫn"). */
export interface BlankTextSheet {
  kind: 'text';
  name: string;
  lines: string[];
}

export type BlankSheet = BlankInfoSheet | BlankTableSheet | BlankTextSheet;

export interface BlankWorkbookPlan {
  period: Period;
  sheets: BlankSheet[];
}
