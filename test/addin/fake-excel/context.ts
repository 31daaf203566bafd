import { ActionType, RequestBody, responseBytes, type ObjectPath, type PathType } from './request-body';
import { FakeOfficeError } from './office-error';
import type { FakeExcel } from './fake-excel';
import { FakeWorkbookProxy } from './workbook-proxy';

export interface RequestStats {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** What an action gives back: a value for the response, and loaded properties to hand over on success. */
export interface Outcome {
  value?: unknown;
  deliver?: () => void;
}

interface Queued {
  path: ObjectPath;
  type: ActionType.Query | ActionType.Method | ActionType.SetProperty;
  name: string;
  args?: unknown[];
  select?: string[];
  write: boolean;
  run: () => Outcome | void;
}

/**
 * A request context: actions queue on proxies and run in order at sync(). Like Excel, a batch stops
 * at its first failing action with the earlier ones applied, and nothing loaded in a failed batch is
 * handed to the proxies. Each sync's request and response are measured in Office.js' wire format.
 */
export class FakeContext {
  private queue: Queued[] = [];
  private ids = 0;
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  newPath(type: PathType, name: string, parent: ObjectPath | null, args?: unknown[]): ObjectPath {
    return { id: ++this.ids, type, name, parent, args };
  }

  enqueue(action: Omit<Queued, 'write'> & { write?: boolean }): void {
    this.queue.push({ write: action.type !== ActionType.Query, ...action });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.excel.syncs++;
    // A round trip: other tasks (the pane's UI, event handlers) run meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const body = new RequestBody(() => ++this.ids);
    for (const op of ops) body.add(op);
    const stats: RequestStats = { requestBytes: body.bytes(), responseBytes: 0, operations: ops.length };
    this.excel.requests.push(stats);
    if (this.excel.editMode) throw new FakeOfficeError('InvalidOperationInCellEditMode');
    if (stats.requestBytes > this.excel.payloadLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    const delivers: Array<() => void> = [];
    ops.forEach((op, i) => {
      if (op.write) this.excel.countWrite();
      const out = op.run();
      if (out?.value !== undefined) results.push({ ActionId: body.actionIds[i], Value: out.value });
      if (out?.deliver) delivers.push(out.deliver);
    });
    stats.responseBytes = responseBytes(results);
    if (stats.responseBytes > this.excel.payloadLimit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
    for (const deliver of delivers) deliver();
  }

  /** Office.js' context.trackedObjects, which the add-in does not need: accepted and ignored. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}
