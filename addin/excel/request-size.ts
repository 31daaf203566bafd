/**
 * Payload sizes from Office.js' own wire format. A sync sends
 *   { "Actions": [...], "ObjectPaths": { "<id>": {...} } }
 * where every proxy used in the batch is an object path (a property, method or indexer of its
 * parent) plus an Instantiate action, and every call is a SetProperty, Method or Query action. The
 * answer is { "Results": [{ "ActionId": n, "Value": ... }] }, with non-ASCII text escaped as \uXXXX.
 * The estimates below build those very JSON shapes (with six-digit ids, the worst a long batch
 * reaches) instead of guessing constants, so they grow exactly as the real bodies do.
 */
import { utf8Length } from './budget';

const ID = 999_999;

function json(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** An object path with its Instantiate action: `getRange("A1")`, `.format`, `.fill`, … */
export function pathBytes(name: string, args?: readonly unknown[]): number {
  const info: Record<string, unknown> = { Id: ID, ObjectPathType: 3, Name: name, ParentObjectPathId: ID };
  if (args) info.ArgumentInfo = { Arguments: args };
  const instantiate = { Id: ID, ActionType: 1, Name: '', ObjectPathId: ID };
  // `"999999":` before the path, and a comma after each of the two.
  return json(info) + 9 + json(instantiate) + 2;
}

/** A property set or a method call on an existing path. */
export function actionBytes(name: string, args: readonly unknown[] = []): number {
  return json({ Id: ID, ActionType: 4, Name: name, ObjectPathId: ID, ArgumentInfo: { Arguments: args } }) + 1;
}

/** A load of the given properties. */
export function queryBytes(select: readonly string[]): number {
  return json({ Id: ID, ActionType: 2, Name: '', ObjectPathId: ID, QueryInfo: { Select: select, Expand: [], Skip: null, Top: null } }) + 1;
}

/** The response's share for one action returning `value`, escaped as the host sends it. */
export function resultBytes(value: unknown): number {
  return escapedJsonLength({ ActionId: ID, Value: value }) + 1;
}

/** JSON length with every non-ASCII UTF-16 unit as a six-byte \uXXXX escape. */
export function escapedJsonLength(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n += 5;
  return n;
}

/** The fixed envelope of a request or response: a few dozen bytes, counted once per sync. */
export const ENVELOPE_BYTES = json({ Actions: [], ObjectPaths: {} }) + json({ Results: [], TraceIds: [] });
