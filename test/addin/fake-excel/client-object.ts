import { FakeOfficeError } from './office-error';
import { PathType, type ObjectPath } from './request-body';
import type { FakeContext } from './context';

/**
 * Base of every proxy: an object path in the request, and properties that exist only after the
 * sync that loaded them (reading one before is PropertyNotLoaded, as in Office.js).
 */
export class ClientObject {
  protected loaded = new Map<string, unknown>();
  constructor(
    readonly ctx: FakeContext,
    readonly path: ObjectPath,
  ) {}

  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) throw new FakeOfficeError('PropertyNotLoaded', name);
    return this.loaded.get(name) as T;
  }

  protected childPath(type: PathType, name: string, args?: unknown[]): ObjectPath {
    return this.ctx.newPath(type, name, this.path, args);
  }

  /** Delivered by the context once the whole batch succeeded. */
  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}

/** Load arguments as Office.js takes them: "a,b", ["a", "b"] or { select: "a,b" }. */
export function parseLoad(props: unknown): string[] {
  if (props === undefined || props === null) return [];
  if (typeof props === 'object' && !Array.isArray(props)) return parseLoad((props as { select?: unknown }).select);
  const list = Array.isArray(props) ? (props as string[]) : String(props).split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}
