import { ClientObject, parseLoad } from './client-object';
import { FakeClientResult } from './xml-parts';
import type { FakeContext } from './context';
import { FakeOfficeError } from './office-error';
import { ActionType, PathType, type ObjectPath } from './request-body';
import type { Box, FakeConditionalFormat as CfData, FakeSheet } from './sheet';
import { editable } from './sheet';

function intersects(a: Box, b: Box): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/**
 * Conditional formats of a range or of several areas. New rules go last (lowest priority) until
 * their priority is set, so an add-in that wants to show above the user's rules must say so.
 */
export class FakeConditionalFormatCollection extends ClientObject {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private readonly scope: () => { sheet: FakeSheet; boxes: Box[] },
  ) {
    super(ctx, path);
  }
  get items(): FakeConditionalFormat[] {
    return this.got('items');
  }
  add(type: string): FakeConditionalFormat {
    const id = this.ctx.excel.newId('CF');
    const cf = new FakeConditionalFormat(this.ctx, this.childPath(PathType.Method, 'Add', [type]), id);
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Add',
      args: [type],
      run: () => {
        const { sheet, boxes } = this.scope();
        editable(sheet).conditionalFormats.push({ id, type, boxes: boxes.map((b) => ({ ...b })), formula: null, fill: null, stopIfTrue: false });
      },
    });
    return cf;
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'GetCount',
      write: false,
      run: () => {
        const { sheet, boxes } = this.scope();
        const n = sheet.conditionalFormats.filter((cf) => cf.boxes.some((b) => boxes.some((s) => intersects(b, s)))).length;
        return { value: n, deliver: () => result.set(n) };
      },
    });
    return result;
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, this.childPath(PathType.Method, 'GetItem', [id]), id);
  }
  load(props?: unknown): this {
    const wanted = parseLoad(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: wanted.map((p) => `Items/${p}`),
      run: () => {
        const { sheet, boxes } = this.scope();
        const found = sheet.conditionalFormats.filter((cf) => cf.boxes.some((b) => boxes.some((s) => intersects(b, s))));
        const items = found.map((cf) => new FakeConditionalFormat(this.ctx, this.childPath(PathType.Indexer, '', [cf.id]), cf.id));
        const values = found.map((cf, i) => items[i].snapshot(sheet, cf, wanted));
        return {
          value: { Items: values.map((v) => v.value) },
          deliver: () => {
            values.forEach((v) => v.deliver());
            this.setLoaded('items', items);
          },
        };
      },
    });
    return this;
  }
}

export class FakeConditionalFormat extends ClientObject {
  readonly custom: { rule: FakeRule; format: { fill: FakeCfFill; font: FakeCfFill } };
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    readonly cfId: string,
  ) {
    super(ctx, path);
    const custom = this.childPath(PathType.Property, 'Custom');
    const format = ctx.newPath(PathType.Property, 'Format', custom);
    this.custom = {
      rule: new FakeRule(ctx, ctx.newPath(PathType.Property, 'Rule', custom), this),
      format: { fill: new FakeCfFill(ctx, ctx.newPath(PathType.Property, 'Fill', format), this, 'fill'), font: new FakeCfFill(ctx, ctx.newPath(PathType.Property, 'Font', format), this, 'font') },
    };
  }
  /** The rule and its sheet; fails like Excel when the rule was deleted. */
  find(): { sheet: FakeSheet; cf: CfData } {
    for (const sheet of this.ctx.excel.sheets) {
      const cf = sheet.conditionalFormats.find((x) => x.id === this.cfId);
      if (cf) return { sheet, cf };
    }
    throw new FakeOfficeError('ItemNotFound', `conditional format ${this.cfId}`);
  }
  snapshot(sheet: FakeSheet, cf: CfData, props: string[]): { value: Record<string, unknown>; deliver: () => void } {
    const out: Record<string, unknown> = {};
    const deliveries: Array<() => void> = [];
    for (const p of props) {
      switch (p) {
        case 'id':
          out.Id = cf.id;
          deliveries.push(() => this.setLoaded('id', cf.id));
          break;
        case 'type':
          out.Type = cf.type;
          deliveries.push(() => this.setLoaded('type', cf.type));
          break;
        case 'priority': {
          const priority = sheet.conditionalFormats.indexOf(cf);
          out.Priority = priority;
          deliveries.push(() => this.setLoaded('priority', priority));
          break;
        }
        case 'custom/rule/formula':
          // As in Excel, a rule of another type has no custom part to read.
          if (cf.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', 'custom of a non-custom rule');
          out.Custom = { Rule: { Formula: cf.formula } };
          deliveries.push(() => this.custom.rule.setLoaded('formula', cf.formula));
          break;
        default:
          throw new FakeOfficeError('InvalidArgument', `load ${p}`);
      }
    }
    return { value: out, deliver: () => deliveries.forEach((d) => d()) };
  }
  get id(): string {
    return this.got('id');
  }
  get type(): string {
    return this.got('type');
  }
  get priority(): number {
    return this.got('priority');
  }
  set priority(value: number) {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.SetProperty,
      name: 'priority',
      args: [value],
      run: () => {
        const { sheet, cf } = this.find();
        const list = editable(sheet).conditionalFormats.filter((x) => x !== cf);
        list.splice(Math.max(0, Math.min(value, list.length)), 0, cf);
        sheet.conditionalFormats = list;
      },
    });
  }
  set stopIfTrue(value: boolean) {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.SetProperty,
      name: 'stopIfTrue',
      args: [value],
      run: () => {
        const { sheet, cf } = this.find();
        editable(sheet);
        cf.stopIfTrue = value;
      },
    });
  }
  load(props?: unknown): this {
    const wanted = parseLoad(props);
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: wanted,
      run: () => {
        const { sheet, cf } = this.find();
        return this.snapshot(sheet, cf, wanted);
      },
    });
    return this;
  }
  delete(): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Delete',
      run: () => {
        const { sheet, cf } = this.find();
        editable(sheet).conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      },
    });
  }
}

class FakeRule extends ClientObject {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private readonly owner: FakeConditionalFormat,
  ) {
    super(ctx, path);
  }
  get formula(): string {
    return this.got('formula');
  }
  load(props?: unknown): this {
    parseLoad(props);
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: ['Formula'],
      run: () => {
        const { cf } = this.owner.find();
        if (cf.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', 'custom rule of a non-custom format');
        return { value: { Formula: cf.formula }, deliver: () => this.setLoaded('formula', cf.formula) };
      },
    });
    return this;
  }
  set formula(value: string) {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.SetProperty,
      name: 'formula',
      args: [value],
      run: () => {
        const { sheet, cf } = this.owner.find();
        editable(sheet);
        if (cf.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', 'custom rule of a non-custom format');
        cf.formula = value;
      },
    });
  }
}

class FakeCfFill extends ClientObject {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private readonly owner: FakeConditionalFormat,
    private readonly part: 'fill' | 'font',
  ) {
    super(ctx, path);
  }
  set color(value: string) {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.SetProperty,
      name: 'color',
      args: [value],
      run: () => {
        const { sheet, cf } = this.owner.find();
        editable(sheet);
        if (this.part === 'fill') cf.fill = value.toUpperCase();
      },
    });
  }
}
