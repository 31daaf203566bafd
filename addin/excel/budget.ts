/**
 * Excel on the web refuses a request or a response larger than 5 MB. Writers and readers estimate
 * the bytes of what they queue and sync before the estimate would pass a budget kept well below it,
 * so a large workbook costs a few more syncs instead of failing, and a small one still costs one.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const REQUEST_BUDGET_BYTES = 4_500_000;

/**
 * Rough bytes of one queued operation on one cell in Office.js' request JSON: the object paths
 * (sheet → range → format → fill, ~90 bytes each), their instantiate actions and the action itself.
 */
export const BYTES_PER_CELL_OPERATION = 400;
/**
 * Rough bytes of one cell in a values + numberFormat + valueTypes response: a short text, "General"
 * and "String" with quotes and commas come to about 25; non-ASCII text may be escaped, so keep room.
 */
export const BYTES_PER_LOADED_CELL = 30;

export interface Syncable {
  sync(): Promise<unknown>;
}

/** Queues operations and syncs whenever the next one would take the request past the budget. */
export class BudgetedQueue {
  private used = 0;

  constructor(
    private readonly context: Syncable,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    queue();
    this.used += bytes;
  }

  /** Syncs what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.used = 0;
    await this.context.sync();
  }
}

/** Bytes of a string in UTF-8, for estimates that include text (sheet names, XML). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
