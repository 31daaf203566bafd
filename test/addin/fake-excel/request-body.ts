/**
 * Office.js' wire format, rebuilt independently of the add-in's own size estimates: each sync sends
 * { Actions, ObjectPaths } where every proxy is an object path (property, method or indexer of its
 * parent) instantiated by one action, and every call is a SetProperty, Method or Query action; the
 * answer is { Results: [{ ActionId, Value }] } with PascalCase property names. The fake builds these
 * bodies for real and measures them, so a payload estimate that is too low shows up as a failure.
 */
export enum PathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
}

export enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
}

export interface ObjectPath {
  id: number;
  type: PathType;
  name: string;
  parent: ObjectPath | null;
  args?: unknown[];
}

export interface PendingAction {
  path: ObjectPath;
  type: ActionType.Query | ActionType.Method | ActionType.SetProperty;
  name: string;
  args?: unknown[];
  select?: string[];
}

interface PathInfo {
  Id: number;
  ObjectPathType: PathType;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: ActionType;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments: unknown[] };
  QueryInfo?: { Select: string[]; Expand: string[]; Skip: null; Top: null };
}

/** Office.js sends property and method names in PascalCase ("values" → "Values"). */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export class RequestBody {
  private readonly paths: Record<number, PathInfo> = {};
  private readonly actions: ActionInfo[] = [];
  /** The action id of each queued action, in order. */
  readonly actionIds: number[] = [];

  constructor(private readonly nextId: () => number) {}

  private instantiate(path: ObjectPath): void {
    if (this.paths[path.id]) return;
    if (path.parent) this.instantiate(path.parent);
    const info: PathInfo = { Id: path.id, ObjectPathType: path.type, Name: path.name };
    if (path.parent) info.ParentObjectPathId = path.parent.id;
    if (path.args) info.ArgumentInfo = { Arguments: path.args };
    this.paths[path.id] = info;
    this.actions.push({ Id: this.nextId(), ActionType: ActionType.Instantiate, Name: '', ObjectPathId: path.id });
  }

  add(action: PendingAction): void {
    this.instantiate(action.path);
    const id = this.nextId();
    const info: ActionInfo = { Id: id, ActionType: action.type, Name: pascal(action.name), ObjectPathId: action.path.id };
    if (action.type === ActionType.Query) info.QueryInfo = { Select: (action.select ?? []).map(pascal), Expand: [], Skip: null, Top: null };
    else info.ArgumentInfo = { Arguments: action.args ?? [] };
    this.actions.push(info);
    this.actionIds.push(id);
  }

  bytes(): number {
    return utf8Bytes(JSON.stringify({ Actions: this.actions, ObjectPaths: this.paths }));
  }
}

/** The response body's size: JSON with every non-ASCII character escaped (\uXXXX), as the host sends it. */
export function responseBytes(results: Array<{ ActionId: number; Value: unknown }>): number {
  return JSON.stringify({ Results: results, TraceIds: [] }).replace(/[^\x00-\x7f]/g, '\\u0000').length;
}

const encoder = new TextEncoder();
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** A query's answer with Office.js' PascalCase keys. */
export function pascalKeys(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[pascal(k)] = v;
  return out;
}
