import { ClientObject, parseLoad } from './client-object';
import type { FakeContext } from './context';
import { FakeConditionalFormatCollection } from './cf-proxy';
import { FakeOfficeError } from './office-error';
import { ActionType, PathType, pascalKeys, type ObjectPath } from './request-body';
import { FakeSheet, boxAddress, type Box, type FakeCell } from './sheet';
import { editable } from './sheet';
import { DEFAULT_FILL } from './types';

export interface Area extends Box {
  sheet: FakeSheet;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaAddress(a: Area): string {
  return `${quoteSheet(a.sheet.name)}!${boxAddress(a)}`;
}

/**
 * What Excel stores when a value is written through Range.values: in a cell not formatted as text,
 * "=…" is a formula, and so is "+…" or "-…" unless it is a number (Excel types "- Hướng dẫn" as
 * "=- Hướng dẫn", which has no meaning: #NAME?). Numeric text becomes a number.
 */
export function storeValue(cell: FakeCell, v: unknown): void {
  cell.error = false;
  delete cell.formula;
  if (typeof v !== 'string' || cell.numberFormat === '@') {
    cell.value = v as string | number | boolean;
    return;
  }
  const trimmed = v.trim();
  if (trimmed !== '' && Number.isFinite(Number(trimmed)) && /^[+-]?[\d.]/.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  if (/^[=+-]/.test(v) && v.length > 1) {
    cell.formula = v.startsWith('=') ? v : `=${v}`;
    cell.value = '#NAME?';
    cell.error = true;
    return;
  }
  cell.value = v;
}

export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    readonly resolve: () => Area | null,
    private readonly nullable: boolean,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, this.childPath(PathType.Property, 'Format'), this);
    this.dataValidation = new FakeDataValidation(ctx, this.childPath(PathType.Property, 'DataValidation'), this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this.childPath(PathType.Property, 'ConditionalFormats'), () => {
      const a = this.area();
      return { sheet: a.sheet, boxes: [a] };
    });
  }
  area(): Area {
    const a = this.resolve();
    if (!a) throw new FakeOfficeError('InvalidObjectPath', 'null range');
    return a;
  }
  settle(): { value: unknown; deliver: () => void } {
    const isNull = this.resolve() === null;
    return { value: { IsNullObject: isNull }, deliver: () => this.setLoaded('isNullObject', isNull) };
  }
  forEachCell(fn: (cell: FakeCell, row: number, column: number) => void): void {
    const a = this.area();
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) fn(a.sheet.ensure(r, c), r, c);
  }
  /** Writes of values or number formats, as a 2-D array or one value for every cell (as Office.js allows). */
  private setGrid(name: 'values' | 'numberFormat', grid: unknown): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.SetProperty,
      name,
      args: [grid],
      run: () => {
        const a = this.area();
        editable(a.sheet);
        if (name === 'values') this.ctx.excel.valueWrites.push({ sheet: a.sheet.name, address: areaAddress(a) });
        if (Array.isArray(grid) && (grid.length !== a.r1 - a.r0 + 1 || grid.some((row) => !Array.isArray(row) || row.length !== a.c1 - a.c0 + 1))) {
          throw new FakeOfficeError('InvalidArgument', 'grid does not match the range');
        }
        this.forEachCell((cell, r, c) => {
          const v = Array.isArray(grid) ? (grid as unknown[][])[r - a.r0][c - a.c0] : grid;
          if (name === 'values') storeValue(cell, v);
          else cell.numberFormat = String(v);
        });
      },
    });
  }
  get isNullObject(): boolean {
    return this.nullable ? this.got<boolean>('isNullObject') : false;
  }
  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(grid: unknown[][]) {
    this.setGrid('values', grid);
  }
  get numberFormat(): string[][] {
    return this.got('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    this.setGrid('numberFormat', grid);
  }
  get valueTypes(): string[][] {
    return this.got('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }

  load(props?: unknown): this {
    const wanted = parseLoad(props);
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: wanted,
      run: () => {
        const settled = this.nullable ? this.settle() : undefined;
        const a = this.resolve();
        if (!a) {
          if (!this.nullable) throw new FakeOfficeError('InvalidObjectPath');
          return settled;
        }
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
            case 'address':
              out[p] = areaAddress(a);
              break;
            case 'rowIndex':
              out[p] = a.r0;
              break;
            case 'columnIndex':
              out[p] = a.c0;
              break;
            case 'rowCount':
              out[p] = a.r1 - a.r0 + 1;
              break;
            case 'columnCount':
              out[p] = a.c1 - a.c0 + 1;
              break;
            case 'values':
              out[p] = grid((c) => (c ? c.value : ''));
              break;
            case 'formulas':
              out[p] = grid((c) => (c ? (c.formula ?? c.value) : ''));
              break;
            case 'numberFormat':
              out[p] = grid((c) => (c ? c.numberFormat : 'General'));
              break;
            case 'valueTypes':
              out[p] = grid((c) => {
                if (!c || c.value === '') return 'Empty';
                if (c.error) return 'Error';
                return typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
              });
              break;
            default:
              throw new FakeOfficeError('InvalidArgument', `load ${p}`);
          }
        }
        return {
          value: pascalKeys(out),
          deliver: () => {
            settled?.deliver();
            for (const [k, v] of Object.entries(out)) this.setLoaded(k, v);
          },
        };
      },
    });
    return this;
  }
  /** The merged areas within the range, as one RangeAreas whose address lists them. */
  getMergedAreasOrNullObject(): { load: (p?: unknown) => unknown; readonly isNullObject: boolean; readonly address: string } {
    const path = this.childPath(PathType.Method, 'GetMergedAreasOrNullObject');
    const loaded = new Map<string, unknown>();
    const result = {
      load: () => {
        this.ctx.enqueue({
          path,
          type: ActionType.Query,
          name: '',
          select: ['Address'],
          run: () => {
            const a = this.area();
            const inside = a.sheet.merges.filter((m) => m.r0 >= a.r0 && m.r1 <= a.r1 && m.c0 >= a.c0 && m.c1 <= a.c1);
            const address = inside.map((m) => `${quoteSheet(a.sheet.name)}!${boxAddress(m)}`).join(',');
            return {
              value: { Address: address, IsNullObject: inside.length === 0 },
              deliver: () => {
                loaded.set('isNullObject', inside.length === 0);
                loaded.set('address', address);
              },
            };
          },
        });
        return result;
      },
      get isNullObject(): boolean {
        if (!loaded.has('isNullObject')) throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject');
        return loaded.get('isNullObject') as boolean;
      },
      get address(): string {
        if (!loaded.has('address') || loaded.get('isNullObject')) throw new FakeOfficeError('PropertyNotLoaded', 'address');
        return loaded.get('address') as string;
      },
    };
    return result;
  }
  clear(applyTo?: string): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Clear',
      args: [applyTo ?? 'All'],
      run: () => {
        const a = this.area();
        editable(a.sheet);
        for (let r = a.r0; r <= a.r1; r++)
          for (let c = a.c0; c <= a.c1; c++) {
            const cell = a.sheet.cell(r, c);
            if (!cell) continue;
            if (applyTo === 'Contents') {
              cell.value = '';
              cell.error = false;
              delete cell.formula;
            } else a.sheet.cells.delete(FakeSheet.key(r, c));
          }
      },
    });
  }
  select(): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Select',
      write: false,
      run: () => {
        const a = this.area();
        if (a.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'select on a hidden sheet');
        this.ctx.excel.activeSheet = a.sheet.name;
        this.ctx.excel.selection = { sheet: a.sheet.name, address: boxAddress(a) };
      },
    });
  }
}

/** Several areas of one sheet (Worksheet.getRanges), as far as marks need them. */
export class FakeRangeAreas extends ClientObject {
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext, path: ObjectPath, resolve: () => { sheet: FakeSheet; boxes: Box[] }) {
    super(ctx, path);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this.childPath(PathType.Property, 'ConditionalFormats'), resolve);
  }
}

class FakeRangeFormat extends ClientObject {
  readonly fill: FakeRangeFill;
  readonly font: Record<string, unknown>;
  constructor(ctx: FakeContext, path: ObjectPath, range: FakeRange) {
    super(ctx, path);
    this.fill = new FakeRangeFill(ctx, this.childPath(PathType.Property, 'Fill'), range);
    const fontPath = this.childPath(PathType.Property, 'Font');
    const record = (on: ObjectPath, property: string, value: unknown) =>
      ctx.enqueue({
        path: on,
        type: ActionType.SetProperty,
        name: property.replace(/^font\./, ''),
        args: [value],
        run: () => {
          const a = range.area();
          editable(a.sheet).formats.push({ address: areaAddress(a), property, value });
        },
      });
    // Font properties are write-only here: the add-in sets them on sheets it creates.
    this.font = new Proxy({}, { set: (_t, p, v) => (record(fontPath, `font.${String(p)}`, v), true) });
    for (const p of ['wrapText', 'columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment']) {
      Object.defineProperty(this, p, {
        set: (v: unknown) => record(this.path, p, v),
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', p);
        },
      });
    }
  }
}

const FILL_PROPS = ['color', 'pattern', 'patternColor', 'tintAndShade'] as const;
type FillProp = (typeof FILL_PROPS)[number];

class FakeRangeFill extends ClientObject {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private readonly range: FakeRange,
  ) {
    super(ctx, path);
  }
  private set(prop: FillProp, value: string | number): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.SetProperty,
      name: prop,
      args: [value],
      run: () => {
        editable(this.range.area().sheet);
        this.range.forEachCell((cell) => {
          if (prop === 'color') {
            cell.fill.color = String(value).toUpperCase();
            if (cell.fill.pattern === 'None') cell.fill.pattern = 'Solid';
          } else if (prop === 'pattern') {
            if (value === 'None') cell.fill = { ...DEFAULT_FILL };
            else cell.fill.pattern = String(value);
          } else if (prop === 'patternColor') cell.fill.patternColor = String(value).toUpperCase();
          else cell.fill.tintAndShade = Number(value);
        });
      },
    });
  }
  get color(): string {
    return this.got('color');
  }
  set color(v: string) {
    this.set('color', v);
  }
  get pattern(): string {
    return this.got('pattern');
  }
  set pattern(v: string) {
    this.set('pattern', v);
  }
  get patternColor(): string {
    return this.got('patternColor');
  }
  set patternColor(v: string) {
    this.set('patternColor', v);
  }
  get tintAndShade(): number {
    return this.got('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.set('tintAndShade', v);
  }
  clear(): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Clear',
      run: () => {
        editable(this.range.area().sheet);
        this.range.forEachCell((cell) => void (cell.fill = { ...DEFAULT_FILL }));
      },
    });
  }
  load(props?: unknown): this {
    const wanted = parseLoad(props) as FillProp[];
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: wanted,
      run: () => {
        const a = this.range.area();
        const out: Record<string, unknown> = {};
        for (const p of wanted) {
          if (!FILL_PROPS.includes(p)) throw new FakeOfficeError('InvalidArgument', `load ${p}`);
          // Like Excel: a property that differs across the range reads as null.
          let value: unknown;
          let first = true;
          for (let r = a.r0; r <= a.r1; r++)
            for (let c = a.c0; c <= a.c1; c++) {
              const v = (a.sheet.cell(r, c)?.fill ?? DEFAULT_FILL)[p];
              if (first) {
                value = v;
                first = false;
              } else if (v !== value) value = null;
            }
          out[p] = value;
        }
        return { value: pascalKeys(out), deliver: () => Object.entries(out).forEach(([k, v]) => this.setLoaded(k, v)) };
      },
    });
    return this;
  }
}

class FakeDataValidation extends ClientObject {
  constructor(ctx: FakeContext, path: ObjectPath, range: FakeRange) {
    super(ctx, path);
    for (const p of ['rule', 'prompt', 'errorAlert'] as const) {
      Object.defineProperty(this, p, {
        set: (value: unknown) =>
          ctx.enqueue({
            path: this.path,
            type: ActionType.SetProperty,
            name: p,
            args: [value],
            run: () => {
              const a = range.area();
              editable(a.sheet);
              const address = areaAddress(a);
              let v = a.sheet.validations.find((x) => x.address === address);
              if (!v) a.sheet.validations.push((v = { address }));
              v[p] = value;
            },
          }),
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', p);
        },
      });
    }
  }
}
