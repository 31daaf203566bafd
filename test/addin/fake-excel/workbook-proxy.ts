import { ClientObject, parseLoad } from './client-object';
import type { FakeContext } from './context';
import { FakeOfficeError } from './office-error';
import { FakeRange, FakeRangeAreas } from './range-proxy';
import { ActionType, PathType, type ObjectPath } from './request-body';
import { FakeSheet, editable, parseBox } from './sheet';

export { editable } from './sheet';
import { FakeCustomXmlParts } from './xml-parts';

export class FakeWorkbookProxy extends ClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlParts;
  constructor(ctx: FakeContext) {
    super(ctx, ctx.newPath(PathType.GlobalObject, '', null));
    this.worksheets = new FakeWorksheetCollection(ctx, this.childPath(PathType.Property, 'Worksheets'));
    this.customXmlParts = new FakeCustomXmlParts(ctx, this.childPath(PathType.Property, 'CustomXmlParts'));
  }
}

const SHEET_PROPS = ['name', 'visibility', 'id', 'position'];

class FakeWorksheetCollection extends ClientObject {
  readonly onChanged = {
    add: (handler: (e: unknown) => unknown) => {
      const registration = { remove: () => void (this.ctx.excel.changeHandlers = this.ctx.excel.changeHandlers.filter((h) => h !== handler)), context: this.ctx };
      this.ctx.enqueue({ path: this.path, type: ActionType.Method, name: 'RegisterEventHandler', args: ['WorksheetChanged'], run: () => void this.ctx.excel.changeHandlers.push(handler) });
      return registration;
    },
  };

  get items(): FakeWorksheet[] {
    return this.got<FakeWorksheet[]>('items');
  }
  load(props?: unknown): this {
    const wanted = parseLoad(props).map((p) => p.replace(/^items\//, ''));
    const select = wanted.length > 0 ? wanted : SHEET_PROPS;
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: select.map((p) => `Items/${p}`),
      run: () => {
        const sheets = [...this.ctx.excel.sheets];
        const items = sheets.map((s) => new FakeWorksheet(this.ctx, this.childPath(PathType.Indexer, '', [s.id]), () => s, false));
        const value = sheets.map((s, i) => items[i].snapshot(s, select));
        return { value: { Items: value }, deliver: () => this.setLoaded('items', items) };
      },
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      this.childPath(PathType.Method, 'GetItem', [name]),
      () => {
        const s = this.ctx.excel.sheet(name) ?? this.ctx.excel.sheets.find((x) => x.id === name);
        if (!s) throw new FakeOfficeError('ItemNotFound', `worksheet ${name}`);
        return s;
      },
      false,
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(
      this.ctx,
      this.childPath(PathType.Method, 'GetItemOrNullObject', [name]),
      () => this.ctx.excel.sheet(name) ?? this.ctx.excel.sheets.find((x) => x.id === name) ?? null,
      true,
    );
    this.ctx.enqueue({ path: ws.path, type: ActionType.Query, name: '', select: ['IsNullObject'], run: () => ws.settle() });
    return ws;
  }
  add(name: string): FakeWorksheet {
    const path = this.childPath(PathType.Method, 'Add', [name]);
    const ws = new FakeWorksheet(
      this.ctx,
      path,
      () => {
        const s = this.ctx.excel.sheet(name);
        if (!s) throw new FakeOfficeError('ItemNotFound', `worksheet ${name}`);
        return s;
      },
      false,
    );
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Add',
      args: [name],
      run: () => {
        if (this.ctx.excel.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', name);
        this.ctx.excel.sheets.push(new FakeSheet(name, this.ctx.excel.newId('SHEET')));
        this.ctx.excel.addedSheets.push(name);
      },
    });
    return ws;
  }
}

export class FakeWorksheet extends ClientObject {
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly protection: FakeProtection;
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    readonly resolve: () => FakeSheet | null,
    private readonly nullable: boolean,
  ) {
    super(ctx, path);
    const panes = this.childPath(PathType.Property, 'FreezePanes');
    this.freezePanes = {
      freezeRows: (n: number) => ctx.enqueue({ path: panes, type: ActionType.Method, name: 'FreezeRows', args: [n], run: () => void (editable(this.target()).frozenRows = n) }),
    };
    this.protection = new FakeProtection(ctx, this.childPath(PathType.Property, 'Protection'), this);
  }
  target(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('InvalidObjectPath', 'null worksheet');
    return s;
  }
  settle(): { value: unknown; deliver: () => void } {
    const isNull = this.resolve() === null;
    return { value: { IsNullObject: isNull }, deliver: () => this.setLoaded('isNullObject', isNull) };
  }
  /** The loaded properties of one sheet; delivered at once (only called inside a running action). */
  snapshot(s: FakeSheet, props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'protection/protected') {
        out.Protection = { Protected: s.protected };
        this.protection.setLoaded('protected', s.protected);
        continue;
      }
      if (!SHEET_PROPS.includes(p)) throw new FakeOfficeError('InvalidArgument', `load ${p}`);
      const v = p === 'position' ? this.ctx.excel.sheets.indexOf(s) : (s as unknown as Record<string, unknown>)[p];
      out[p.charAt(0).toUpperCase() + p.slice(1)] = v;
      this.setLoaded(p, v);
    }
    return out;
  }
  get isNullObject(): boolean {
    return this.nullable ? this.got<boolean>('isNullObject') : false;
  }
  get name(): string {
    return this.got<string>('name');
  }
  set name(value: string) {
    this.ctx.enqueue({ path: this.path, type: ActionType.SetProperty, name: 'Name', args: [value], run: () => void (editable(this.target()).name = value) });
  }
  get id(): string {
    return this.got<string>('id');
  }
  get visibility(): string {
    return this.got<string>('visibility');
  }
  set visibility(value: string) {
    // Showing or hiding a sheet is a workbook change, allowed on a protected sheet.
    this.ctx.enqueue({ path: this.path, type: ActionType.SetProperty, name: 'Visibility', args: [value], run: () => void (this.target().visibility = value) });
  }
  load(props?: unknown): this {
    const wanted = parseLoad(props);
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: wanted,
      run: () => {
        const s = this.resolve();
        const settled = this.nullable ? this.settle() : undefined;
        if (!s) {
          if (!this.nullable) throw new FakeOfficeError('ItemNotFound');
          return settled;
        }
        const loaded = new Map<string, unknown>();
        const snap = new FakeWorksheet(this.ctx, this.path, () => s, false);
        const value = snap.snapshot(s, wanted);
        for (const p of wanted) if (p !== 'protection/protected') loaded.set(p, (snap as unknown as { loaded: Map<string, unknown> }).loaded.get(p));
        return {
          value,
          deliver: () => {
            settled?.deliver();
            for (const [k, v] of loaded) this.setLoaded(k, v);
            if (wanted.includes('protection/protected')) this.protection.setLoaded('protected', s.protected);
          },
        };
      },
    });
    return this;
  }
  activate(): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Activate',
      run: () => {
        const s = this.target();
        if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'activate a hidden sheet');
        this.ctx.excel.activeSheet = s.name;
      },
    });
  }
  delete(): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Delete',
      run: () => {
        const s = this.target();
        this.ctx.excel.sheets = this.ctx.excel.sheets.filter((x) => x !== s);
      },
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      this.childPath(PathType.Method, 'GetRange', address === undefined ? [] : [address]),
      () => {
        const s = this.target();
        if (address === undefined) return { sheet: s, r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 };
        const box = parseBox(address);
        if (!box) throw new FakeOfficeError('InvalidArgument', address);
        return { sheet: s, ...box };
      },
      false,
    );
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.ctx,
      this.childPath(PathType.Method, 'GetRangeByIndexes', [row, column, rowCount, columnCount]),
      () => {
        if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'empty range');
        return { sheet: this.target(), r0: row, c0: column, r1: row + rowCount - 1, c1: column + columnCount - 1 };
      },
      false,
    );
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.childPath(PathType.Method, 'GetRanges', [address]), () => {
      const boxes = address.split(',').map((a) => parseBox(a));
      if (boxes.some((b) => !b)) throw new FakeOfficeError('InvalidArgument', address);
      return { sheet: this.target(), boxes: boxes as NonNullable<(typeof boxes)[number]>[] };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(
      this.ctx,
      this.childPath(PathType.Method, 'GetUsedRangeOrNullObject', [Boolean(valuesOnly)]),
      () => {
        const s = this.target();
        let r0 = Infinity,
          c0 = Infinity,
          r1 = -1,
          c1 = -1;
        for (const [key, cell] of s.cells) {
          const hasValue = cell.value !== '';
          const hasFormat = cell.numberFormat !== 'General' || cell.fill.pattern !== 'None';
          if (!hasValue && (valuesOnly || !hasFormat)) continue;
          const { row: r, column: c } = FakeSheet.position(key);
          r0 = Math.min(r0, r);
          c0 = Math.min(c0, c);
          r1 = Math.max(r1, r);
          c1 = Math.max(c1, c);
        }
        return r1 < 0 ? null : { sheet: s, r0, c0, r1, c1 };
      },
      true,
    );
    this.ctx.enqueue({ path: range.path, type: ActionType.Query, name: '', select: ['IsNullObject'], run: () => range.settle() });
    return range;
  }
}

class FakeProtection extends ClientObject {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx, path);
  }
  get protected(): boolean {
    return this.got<boolean>('protected');
  }
  load(props?: unknown): this {
    parseLoad(props);
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: ['Protected'],
      run: () => {
        const p = this.sheet.target().protected;
        return { value: { Protected: p }, deliver: () => this.setLoaded('protected', p) };
      },
    });
    return this;
  }
}
