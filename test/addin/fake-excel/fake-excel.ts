import { cellAddress, parseAddress } from '../../../engine/model/address';
import { DEFAULT_FILL, type FakeCellJson, type FakeFill, type FakeWorkbookJson } from './types';

/**
 * An in-memory Excel with Office.js' batching semantics, for adapter tests in Node and for the
 * scripted host of the browser test. Only the part of the API the add-in uses is there, but it
 * behaves like Excel where it matters:
 * - calls on proxies are queued and run in order at `context.sync()`;
 * - loaded properties exist only after the sync that loaded them (before: PropertyNotLoaded);
 * - `*OrNullObject` gives `isNullObject` after the sync; `getItem` of a missing sheet fails the sync;
 * - each sync is one request: its approximate request and response bytes are counted, and a request
 *   or response over 5 MB fails like Excel on the web (RequestPayloadSizeLimitExceeded).
 */

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Rough size of one action with its object paths (range → format → fill) in Office.js' request JSON. */
const OP_OVERHEAD = 300;

export interface FakeCell {
  value: string | number | boolean;
  error: boolean;
  numberFormat: string;
  fill: FakeFill;
}

export interface FakeValidation {
  address: string;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export class FakeSheet {
  cells = new Map<number, FakeCell>();
  visibility: string = 'Visible';
  frozenRows = 0;
  validations: FakeValidation[] = [];
  /** Formatting other than fill (font, widths, alignment), recorded for inspection. */
  formats: Array<{ address: string; property: string; value: unknown }> = [];
  constructor(public name: string) {}

  static key(row: number, column: number): number {
    return row * 16384 + column;
  }
  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, column));
  }
  ensure(row: number, column: number): FakeCell {
    const key = FakeSheet.key(row, column);
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: '', error: false, numberFormat: 'General', fill: { ...DEFAULT_FILL } }));
    return c;
  }
}

export interface RequestStats {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

interface Area {
  sheet: FakeSheet;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

type Op = { bytes: number; run: () => unknown };

const encoder = new TextEncoder();
function byteLength(text: string): number {
  return encoder.encode(text).length;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function areaAddress(a: Area): string {
  const tl = cellAddress(a.r0, a.c0);
  const br = cellAddress(a.r1, a.c1);
  return `${quoteSheet(a.sheet.name)}!${tl === br ? tl : `${tl}:${br}`}`;
}

function parseLoad(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  customXmlParts: Array<{ id: string; xml: string }> = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  requests: RequestStats[] = [];
  /** Every value write: (sheet, address). The add-in may write values only into sheets it created. */
  valueWrites: Array<{ sheet: string; address: string }> = [];
  /** Sheets added through the API (by name), to tell them from the user's sheets. */
  addedSheets: string[] = [];
  private nextPartId = 1;

  constructor(json: FakeWorkbookJson) {
    for (const s of json.sheets) {
      const sheet = new FakeSheet(s.name);
      sheet.visibility = s.visibility ?? 'Visible';
      for (const [address, cell] of Object.entries(s.cells)) {
        const at = parseAddress(address);
        if (!at) throw new Error(`bad address ${address}`);
        const c = sheet.ensure(at.row, at.column);
        c.value = cell.v ?? '';
        c.error = Boolean(cell.error);
        c.numberFormat = cell.numberFormat ?? 'General';
        c.fill = { ...(cell.fill ?? DEFAULT_FILL) };
      }
      this.sheets.push(sheet);
    }
    for (const p of json.customXmlParts ?? []) this.customXmlParts.push({ ...p });
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  /** The workbook as JSON again (fills and values as they are now), e.g. to "reopen" it. */
  toJson(): FakeWorkbookJson {
    return {
      sheets: this.sheets.map((s) => {
        const cells: Record<string, FakeCellJson> = {};
        for (const [key, c] of s.cells) {
          const isDefaultFill = JSON.stringify(c.fill) === JSON.stringify(DEFAULT_FILL);
          if (c.value === '' && c.numberFormat === 'General' && isDefaultFill) continue;
          const cell: FakeCellJson = {};
          if (c.value !== '') cell.v = c.value;
          if (c.error) cell.error = true;
          if (c.numberFormat !== 'General') cell.numberFormat = c.numberFormat;
          if (!isDefaultFill) cell.fill = { ...c.fill };
          cells[cellAddress(Math.floor(key / 16384), key % 16384)] = cell;
        }
        return { name: s.name, visibility: s.visibility as 'Visible', cells };
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

  newPartId(): string {
    return `{FAKE-PART-${this.nextPartId++}}`;
  }
}

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(args: unknown, run: () => unknown): void {
    this.queue.push({ bytes: OP_OVERHEAD + byteLength(JSON.stringify(args ?? null)), run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.excel.syncs++;
    const stats: RequestStats = { requestBytes: 0, responseBytes: 0, operations: ops.length };
    for (const op of ops) stats.requestBytes += op.bytes;
    this.excel.requests.push(stats);
    if (stats.requestBytes > PAYLOAD_LIMIT) throw new Error(`RequestPayloadSizeLimitExceeded: request of ${stats.requestBytes} bytes`);
    for (const op of ops) {
      const response = op.run();
      if (response !== undefined) stats.responseBytes += byteLength(JSON.stringify(response));
    }
    if (stats.responseBytes > PAYLOAD_LIMIT) throw new Error(`RequestPayloadSizeLimitExceeded: response of ${stats.responseBytes} bytes`);
    // Let other tasks run, as a real round trip would.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Base of every proxy object: loaded properties appear only after sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name}`);
    return this.loaded.get(name) as T;
  }
}

export class FakeClientResult<T> extends Loadable {
  get value(): T {
    return this.got<T>('value');
  }
  set(value: T): void {
    this.loaded.set('value', value);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlParts;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.customXmlParts = new FakeCustomXmlParts(ctx);
  }
}

class FakeWorksheetCollection extends Loadable {
  get items(): FakeWorksheet[] {
    return this.got<FakeWorksheet[]>('items');
  }
  load(props?: string | string[]): this {
    const wanted = parseLoad(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(['load', 'worksheets', wanted], () => {
      const items = this.ctx.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, false);
        ws.absorb(s, wanted);
        return ws;
      });
      this.loaded.set('items', items);
      return this.ctx.excel.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.excel.sheet(name);
      if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
      return s;
    }, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name) ?? null, true);
    this.ctx.enqueue(['getItemOrNullObject', name], () => ws.settle());
    return ws;
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(['add', name], () => {
      if (this.ctx.excel.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.excel.sheets.push(new FakeSheet(name));
      this.ctx.excel.addedSheets.push(name);
    });
    return this.getItem(name);
  }
}

export class FakeWorksheet extends Loadable {
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
    private readonly nullable: boolean,
  ) {
    super(ctx);
    this.freezePanes = {
      freezeRows: (n: number) => ctx.enqueue(['freezeRows', n], () => void (this.target().frozenRows = n)),
    };
  }
  target(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new Error('InvalidObjectPath: null worksheet');
    return s;
  }
  settle(): void {
    this.loaded.set('isNullObject', this.resolve() === null);
  }
  absorb(s: FakeSheet, props: string[]): void {
    if (props.includes('name')) this.loaded.set('name', s.name);
    if (props.includes('visibility')) this.loaded.set('visibility', s.visibility);
  }
  get isNullObject(): boolean {
    return this.nullable ? this.got<boolean>('isNullObject') : false;
  }
  get name(): string {
    return this.got<string>('name');
  }
  get visibility(): string {
    return this.got<string>('visibility');
  }
  set visibility(value: string) {
    this.ctx.enqueue(['visibility', value], () => void (this.target().visibility = value));
  }
  load(props?: string | string[]): this {
    const wanted = parseLoad(props);
    this.ctx.enqueue(['load', wanted], () => {
      const s = this.resolve();
      if (this.nullable) this.settle();
      if (!s) return null;
      this.absorb(s, wanted);
      return { name: s.name };
    });
    return this;
  }
  activate(): void {
    this.ctx.enqueue(['activate'], () => void (this.ctx.excel.activeSheet = this.target().name));
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.target();
      const [a, b] = address.replace(/\$/g, '').split(':');
      const p = parseAddress(a);
      const q = parseAddress(b ?? a);
      if (!p || !q) throw new Error(`InvalidArgument: ${address}`);
      return { sheet: s, r0: Math.min(p.row, q.row), c0: Math.min(p.column, q.column), r1: Math.max(p.row, q.row), c1: Math.max(p.column, q.column) };
    }, false, ['getRange', address]);
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      if (rowCount < 1 || columnCount < 1) throw new Error('InvalidArgument: empty range');
      return { sheet: this.target(), r0: row, c0: column, r1: row + rowCount - 1, c1: column + columnCount - 1 };
    }, false, ['getRangeByIndexes', row, column, rowCount, columnCount]);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, () => {
      const s = this.target();
      let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
      for (const [key, cell] of s.cells) {
        const hasValue = cell.value !== '';
        const hasFormat = cell.numberFormat !== 'General' || cell.fill.pattern !== 'None';
        if (!hasValue && (valuesOnly || !hasFormat)) continue;
        const r = Math.floor(key / 16384), c = key % 16384;
        r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
      }
      return r1 < 0 ? null : { sheet: s, r0, c0, r1, c1 };
    }, true, ['getUsedRangeOrNullObject', Boolean(valuesOnly)]);
    this.ctx.enqueue(['usedRange'], () => range.settle());
    return range;
  }
}

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  constructor(
    ctx: FakeContext,
    readonly resolve: () => Area | null,
    private readonly nullable: boolean,
    readonly path: unknown[],
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
  }
  area(): Area {
    const a = this.resolve();
    if (!a) throw new Error('InvalidObjectPath: null range');
    return a;
  }
  settle(): void {
    this.loaded.set('isNullObject', this.resolve() === null);
  }
  forEachCell(fn: (cell: FakeCell, row: number, column: number) => void): void {
    const a = this.area();
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) fn(a.sheet.ensure(r, c), r, c);
  }
  /** Writes of values or number formats, as a 2-D array or one value for every cell (as Office.js allows). */
  private setGrid(name: 'value' | 'numberFormat', grid: unknown): void {
    this.ctx.enqueue([...this.path, name, grid], () => {
      const a = this.area();
      if (name === 'value') this.ctx.excel.valueWrites.push({ sheet: a.sheet.name, address: areaAddress(a) });
      this.forEachCell((cell, r, c) => {
        const v = Array.isArray(grid) ? (grid as unknown[][])[r - a.r0]?.[c - a.c0] : grid;
        if (v === undefined) throw new Error('InvalidArgument: grid does not match the range');
        if (name === 'value') {
          cell.value = v as string | number | boolean;
          cell.error = false;
        } else cell.numberFormat = String(v);
      });
    });
  }
  get isNullObject(): boolean {
    return this.nullable ? this.got<boolean>('isNullObject') : false;
  }
  get address(): string { return this.got('address'); }
  get rowIndex(): number { return this.got('rowIndex'); }
  get columnIndex(): number { return this.got('columnIndex'); }
  get rowCount(): number { return this.got('rowCount'); }
  get columnCount(): number { return this.got('columnCount'); }
  get values(): unknown[][] { return this.got('values'); }
  set values(grid: unknown[][]) { this.setGrid('value', grid); }
  get numberFormat(): string[][] { return this.got('numberFormat'); }
  set numberFormat(grid: string[][]) { this.setGrid('numberFormat', grid); }
  get valueTypes(): string[][] { return this.got('valueTypes'); }

  load(props?: string | string[]): this {
    const wanted = parseLoad(props);
    this.ctx.enqueue([...this.path, 'load', wanted], () => {
      if (this.nullable) this.settle();
      const a = this.resolve();
      if (!a) return null;
      const out: Record<string, unknown> = {};
      const grid = <T>(fn: (cell: FakeCell | undefined) => T): T[][] => {
        const rows: T[][] = [];
        for (let r = a.r0; r <= a.r1; r++) {
          const row: T[] = [];
          for (let c = a.c0; c <= a.c1; c++) row.push(fn(a.sheet.cell(r, c)));
          rows.push(row);
        }
        return rows;
      };
      for (const p of wanted) {
        switch (p) {
          case 'address': out[p] = areaAddress(a); break;
          case 'rowIndex': out[p] = a.r0; break;
          case 'columnIndex': out[p] = a.c0; break;
          case 'rowCount': out[p] = a.r1 - a.r0 + 1; break;
          case 'columnCount': out[p] = a.c1 - a.c0 + 1; break;
          case 'values': out[p] = grid((c) => (c ? c.value : '')); break;
          case 'numberFormat': out[p] = grid((c) => (c ? c.numberFormat : 'General')); break;
          case 'valueTypes':
            out[p] = grid((c) => {
              if (!c || c.value === '') return 'Empty';
              if (c.error) return 'Error';
              return typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
            });
            break;
          default: throw new Error(`fake: loading ${p} is not supported`);
        }
        this.loaded.set(p, out[p]);
      }
      return out;
    });
    return this;
  }
  select(): void {
    this.ctx.enqueue([...this.path, 'select'], () => {
      const a = this.area();
      this.ctx.excel.activeSheet = a.sheet.name;
      this.ctx.excel.selection = { sheet: a.sheet.name, address: areaAddress(a).split('!')[1] };
    });
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: Record<string, unknown>;
  constructor(private readonly ctx: FakeContext, private readonly range: FakeRange) {
    this.fill = new FakeRangeFill(ctx, range);
    const record = (property: string, value: unknown) =>
      ctx.enqueue([...range.path, property, value], () => {
        const a = range.area();
        a.sheet.formats.push({ address: areaAddress(a), property, value });
      });
    // Font properties are write-only here: the add-in sets them on sheets it creates.
    this.font = new Proxy({}, { set: (_t, p, v) => (record(`font.${String(p)}`, v), true) });
    for (const p of ['wrapText', 'columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment']) {
      Object.defineProperty(this, p, { set: (v: unknown) => record(p, v), get: () => { throw new Error(`PropertyNotLoaded: ${p}`); } });
    }
  }
}

const FILL_PROPS = ['color', 'pattern', 'patternColor', 'tintAndShade'] as const;
type FillProp = (typeof FILL_PROPS)[number];

class FakeRangeFill extends Loadable {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  private set(prop: FillProp, value: string | number): void {
    this.ctx.enqueue([...this.range.path, 'fill', prop, value], () =>
      this.range.forEachCell((cell) => {
        if (prop === 'color') {
          cell.fill.color = String(value).toUpperCase();
          if (cell.fill.pattern === 'None') cell.fill.pattern = 'Solid';
        } else if (prop === 'pattern') {
          if (value === 'None') cell.fill = { ...DEFAULT_FILL };
          else cell.fill.pattern = String(value);
        } else if (prop === 'patternColor') cell.fill.patternColor = String(value).toUpperCase();
        else cell.fill.tintAndShade = Number(value);
      }),
    );
  }
  get color(): string { return this.got('color'); }
  set color(v: string) { this.set('color', v); }
  get pattern(): string { return this.got('pattern'); }
  set pattern(v: string) { this.set('pattern', v); }
  get patternColor(): string { return this.got('patternColor'); }
  set patternColor(v: string) { this.set('patternColor', v); }
  get tintAndShade(): number { return this.got('tintAndShade'); }
  set tintAndShade(v: number) { this.set('tintAndShade', v); }
  clear(): void {
    this.ctx.enqueue([...this.range.path, 'fill', 'clear'], () => this.range.forEachCell((cell) => void (cell.fill = { ...DEFAULT_FILL })));
  }
  load(props?: string | string[]): this {
    const wanted = parseLoad(props) as FillProp[];
    this.ctx.enqueue([...this.range.path, 'fill', 'load', wanted], () => {
      const a = this.range.area();
      const out: Record<string, unknown> = {};
      for (const p of wanted) {
        // Like Excel: a property that differs across the range reads as null.
        let value: unknown;
        let first = true;
        for (let r = a.r0; r <= a.r1; r++)
          for (let c = a.c0; c <= a.c1; c++) {
            const v = (a.sheet.cell(r, c)?.fill ?? DEFAULT_FILL)[p];
            if (first) (value = v), (first = false);
            else if (v !== value) value = null;
          }
        out[p] = value;
        this.loaded.set(p, value);
      }
      return out;
    });
    return this;
  }
}

class FakeDataValidation {
  constructor(private readonly ctx: FakeContext, private readonly range: FakeRange) {
    for (const p of ['rule', 'prompt', 'errorAlert'] as const) {
      Object.defineProperty(this, p, {
        set: (value: unknown) =>
          ctx.enqueue([...range.path, 'dataValidation', p, value], () => {
            const a = range.area();
            const address = areaAddress(a);
            let v = a.sheet.validations.find((x) => x.address === address);
            if (!v) a.sheet.validations.push((v = { address }));
            v[p] = value;
          }),
        get: () => {
          throw new Error(`PropertyNotLoaded: ${p}`);
        },
      });
    }
  }
}

class FakeCustomXmlPart extends Loadable {
  constructor(ctx: FakeContext, readonly partId: string) {
    super(ctx);
    this.loaded.set('id', partId);
  }
  get id(): string {
    return this.got('id');
  }
  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>(this.ctx);
    this.ctx.enqueue(['getXml', this.partId], () => {
      const part = this.ctx.excel.customXmlParts.find((p) => p.id === this.partId);
      if (!part) throw new Error('ItemNotFound: custom XML part');
      result.set(part.xml);
      return part.xml;
    });
    return result;
  }
  delete(): void {
    this.ctx.enqueue(['deletePart', this.partId], () => {
      this.ctx.excel.customXmlParts = this.ctx.excel.customXmlParts.filter((p) => p.id !== this.partId);
    });
  }
}

function namespaceOf(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\b([^>]*)>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  const ns = root ? /\bxmlns="([^"]*)"/.exec(root[2]) : null;
  return ns ? ns[1] : null;
}

class FakeCustomXmlParts {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): FakeCustomXmlPart {
    const id = this.ctx.excel.newPartId();
    this.ctx.enqueue(['addPart', xml], () => void this.ctx.excel.customXmlParts.push({ id, xml }));
    return new FakeCustomXmlPart(this.ctx, id);
  }
  getByNamespace(namespace: string): FakeCustomXmlScoped {
    return new FakeCustomXmlScoped(this.ctx, namespace);
  }
}

class FakeCustomXmlScoped extends Loadable {
  constructor(ctx: FakeContext, private readonly namespace: string) {
    super(ctx);
  }
  get items(): FakeCustomXmlPart[] {
    return this.got('items');
  }
  load(_props?: string | string[]): this {
    this.ctx.enqueue(['loadParts', this.namespace], () => {
      const parts = this.ctx.excel.customXmlParts.filter((p) => namespaceOf(p.xml) === this.namespace);
      this.loaded.set('items', parts.map((p) => new FakeCustomXmlPart(this.ctx, p.id)));
      return parts.map((p) => ({ id: p.id }));
    });
    return this;
  }
}
