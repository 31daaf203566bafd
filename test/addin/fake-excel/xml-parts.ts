import { ClientObject, parseLoad } from './client-object';
import type { FakeContext } from './context';
import { FakeOfficeError } from './office-error';
import { ActionType, PathType, type ObjectPath } from './request-body';

/** Custom XML parts: where the previous design kept its journal of fills. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;
  get value(): T {
    if (!this.has) throw new FakeOfficeError('PropertyNotLoaded', 'value');
    return this.v as T;
  }
  set(value: T): void {
    this.v = value;
    this.has = true;
  }
}

class FakeCustomXmlPart extends ClientObject {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    readonly partId: string,
  ) {
    super(ctx, path);
    this.loaded.set('id', partId);
  }
  get id(): string {
    return this.got('id');
  }
  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'GetXml',
      write: false,
      run: () => {
        const part = this.ctx.excel.customXmlParts.find((p) => p.id === this.partId);
        if (!part) throw new FakeOfficeError('ItemNotFound', 'custom XML part');
        return { value: part.xml, deliver: () => result.set(part.xml) };
      },
    });
    return result;
  }
  delete(): void {
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Method,
      name: 'Delete',
      run: () => {
        this.ctx.excel.customXmlParts = this.ctx.excel.customXmlParts.filter((p) => p.id !== this.partId);
      },
    });
  }
}

function namespaceOf(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\b([^>]*)>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  const ns = root ? /\bxmlns="([^"]*)"/.exec(root[2]) : null;
  return ns ? ns[1] : null;
}

export class FakeCustomXmlParts extends ClientObject {
  add(xml: string): FakeCustomXmlPart {
    const id = this.ctx.excel.newId('PART');
    this.ctx.enqueue({ path: this.path, type: ActionType.Method, name: 'Add', args: [xml], run: () => void this.ctx.excel.customXmlParts.push({ id, xml }) });
    return new FakeCustomXmlPart(this.ctx, this.childPath(PathType.Method, 'Add', [xml]), id);
  }
  getByNamespace(namespace: string): FakeCustomXmlScoped {
    return new FakeCustomXmlScoped(this.ctx, this.childPath(PathType.Method, 'GetByNamespace', [namespace]), namespace);
  }
}

class FakeCustomXmlScoped extends ClientObject {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private readonly namespace: string,
  ) {
    super(ctx, path);
  }
  get items(): FakeCustomXmlPart[] {
    return this.got('items');
  }
  load(props?: unknown): this {
    parseLoad(props);
    this.ctx.enqueue({
      path: this.path,
      type: ActionType.Query,
      name: '',
      select: ['Items/Id'],
      run: () => {
        const parts = this.ctx.excel.customXmlParts.filter((p) => namespaceOf(p.xml) === this.namespace);
        const items = parts.map((p) => new FakeCustomXmlPart(this.ctx, this.childPath(PathType.Indexer, '', [p.id]), p.id));
        return { value: { Items: parts.map((p) => ({ Id: p.id })) }, deliver: () => this.setLoaded('items', items) };
      },
    });
    return this;
  }
}
