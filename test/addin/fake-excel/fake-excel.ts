import { cellAddress, parseAddress } from '../../../engine/model/address';
import { FakeContext, type RequestStats } from './context';
import { FakeOfficeError, type OfficeErrorCode } from './office-error';
import { FakeSheet, boxAddress, parseBox } from './sheet';
import { DEFAULT_FILL, type FakeCellJson, type FakeFill, type FakeWorkbookJson } from './types';

export { FakeContext, type RequestStats } from './context';
export { FakeSheet, type FakeCell, type FakeConditionalFormat } from './sheet';
export { FakeOfficeError } from './office-error';

/**
 * An in-memory Excel with Office.js' semantics, for adapter tests in Node and for the scripted host
 * of the browser test. Only the part of the API the add-in uses is there, but it is strict where
 * Excel is: properties unreadable before load + sync, batches that stop at the first failure with
 * earlier actions applied, protected sheets refusing every write, requests and responses measured
 * in Office.js' JSON format against the 5 MB limit, "=", "+" and "-" strings taken as formulas,
 * and the user's own edits (inserting rows, sorting, renaming) moving cells and conditional formats.
 */
export const PAYLOAD_LIMIT = 5_000_000;

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  source: 'Local';
  type: 'WorksheetChanged';
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  customXmlParts: Array<{ id: string; xml: string }> = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  requests: RequestStats[] = [];
  payloadLimit = PAYLOAD_LIMIT;
  /** While true, every request fails as when the user is typing in a cell. */
  editMode = false;
  /** Every value write: (sheet, address). The add-in may write values only into sheets it created. */
  valueWrites: Array<{ sheet: string; address: string }> = [];
  /** Sheets added through the API (by name), to tell them from the user's sheets. */
  addedSheets: string[] = [];
  changeHandlers: Array<(e: ChangeEvent) => unknown> = [];
  private faults: Array<{ afterWrites: number; code: OfficeErrorCode }> = [];
  private writes = 0;
  private nextId = 1;

  constructor(json: FakeWorkbookJson) {
    for (const s of json.sheets) {
      const sheet = new FakeSheet(s.name, this.newId('SHEET'));
      sheet.visibility = s.visibility ?? 'Visible';
      sheet.protected = Boolean(s.protected);
      for (const [address, cell] of Object.entries(s.cells)) {
        const at = parseAddress(address);
        if (!at) throw new Error(`bad address ${address}`);
        const c = sheet.ensure(at.row, at.column);
        c.value = cell.v ?? '';
        c.error = Boolean(cell.error);
        if (cell.formula) c.formula = cell.formula;
        c.numberFormat = cell.numberFormat ?? 'General';
        c.fill = { ...(cell.fill ?? DEFAULT_FILL) };
      }
      for (const cf of s.conditionalFormats ?? []) {
        sheet.conditionalFormats.push({
          id: this.newId('CF'),
          type: cf.type,
          boxes: cf.ranges.split(',').map((a) => parseBox(a)!),
          formula: cf.formula ?? null,
          fill: cf.fill ?? null,
          stopIfTrue: false,
        });
      }
      sheet.merges = (s.merges ?? []).map((a) => parseBox(a)!);
      this.sheets.push(sheet);
    }
    for (const p of json.customXmlParts ?? []) this.customXmlParts.push({ ...p });
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  newId(kind: string): string {
    return `{${kind}-${this.nextId++}}`;
  }

  /** The workbook as JSON again (what a saved file holds), e.g. to "reopen" it or compare it. */
  toJson(): FakeWorkbookJson {
    return {
      sheets: this.sheets.map((s) => {
        const cells: Record<string, FakeCellJson> = {};
        const keys = [...s.cells.keys()].sort((a, b) => a - b);
        for (const key of keys) {
          const c = s.cells.get(key)!;
          const isDefaultFill = JSON.stringify(c.fill) === JSON.stringify(DEFAULT_FILL);
          if (c.value === '' && c.numberFormat === 'General' && isDefaultFill && !c.formula) continue;
          const cell: FakeCellJson = {};
          if (c.value !== '') cell.v = c.value;
          if (c.error) cell.error = true;
          if (c.formula) cell.formula = c.formula;
          if (c.numberFormat !== 'General') cell.numberFormat = c.numberFormat;
          if (!isDefaultFill) cell.fill = { ...c.fill };
          const { row, column } = FakeSheet.position(key);
          cells[cellAddress(row, column)] = cell;
        }
        const out: FakeWorkbookJson['sheets'][number] = { name: s.name, visibility: s.visibility as 'Visible', cells };
        if (s.protected) out.protected = true;
        if (s.merges.length > 0) out.merges = s.merges.map(boxAddress);
        if (s.conditionalFormats.length > 0) {
          out.conditionalFormats = s.conditionalFormats.map((cf) => {
            const json: NonNullable<typeof out.conditionalFormats>[number] = { ranges: cf.boxes.map(boxAddress).join(','), type: cf.type };
            if (cf.formula !== null) json.formula = cf.formula;
            if (cf.fill !== null) json.fill = cf.fill;
            return json;
          });
        }
        return out;
      }),
      customXmlParts: this.customXmlParts.map((p) => ({ ...p })),
    };
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  fillAt(sheet: string, address: string): FakeFill {
    const at = parseAddress(address)!;
    return { ...(this.sheet(sheet)?.cell(at.row, at.column)?.fill ?? DEFAULT_FILL) };
  }

  /** The colour the user sees in a cell (conditional formats first), or "none". */
  shownFillAt(sheet: string, address: string): string {
    const at = parseAddress(address)!;
    return this.sheet(sheet)!.shownFill(at.row, at.column);
  }

  /** A fresh request context, as Excel.run hands one to its batch. */
  context(): FakeContext {
    return new FakeContext(this);
  }

  run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    return batch(this.context());
  }

  resetStats(): void {
    this.syncs = 0;
    this.requests = [];
  }

  /** Makes the write action that comes `afterWrites` writes from now fail with `code` (a dropped connection, say). */
  failAfterWrites(afterWrites: number, code: OfficeErrorCode = 'ConnectionFailure'): void {
    this.faults.push({ afterWrites: this.writes + afterWrites, code });
  }

  countWrite(): void {
    this.writes++;
    const fault = this.faults.find((f) => f.afterWrites < this.writes);
    if (fault) {
      this.faults = this.faults.filter((f) => f !== fault);
      throw new FakeOfficeError(fault.code);
    }
  }

  // The user's own actions in Excel, between the add-in's batches.

  /** The user types a value; registered onChanged handlers hear of it. */
  async userEdit(sheet: string, address: string, value: string | number): Promise<void> {
    const s = this.sheet(sheet)!;
    const at = parseAddress(address)!;
    const cell = s.ensure(at.row, at.column);
    cell.value = value;
    cell.error = false;
    await this.emit({ worksheetId: s.id, address, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' });
  }

  async userInsertRows(sheet: string, at: number, count: number): Promise<void> {
    const s = this.sheet(sheet)!;
    s.insertRows(at, count);
    await this.emit({ worksheetId: s.id, address: `${at + 1}:${at + count}`, changeType: 'RowInserted', source: 'Local', type: 'WorksheetChanged' });
  }

  userSort(sheet: string, first: number, last: number, byColumn: number, descending = false): void {
    this.sheet(sheet)!.sortRows(first, last, byColumn, descending);
  }

  userRename(from: string, to: string): void {
    this.sheet(from)!.name = to;
  }

  private async emit(event: ChangeEvent): Promise<void> {
    for (const handler of this.changeHandlers) await handler(event);
  }
}
