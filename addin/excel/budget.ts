/**
 * Excel on the web refuses a request or a response larger than 5 MB. Writers and readers measure
 * what they queue in Office.js' wire format (./request-size.ts) and sync before a request or its
 * answer would pass a budget kept 20 % below the limit, so a large workbook costs a few more syncs
 * instead of failing, and a small one still costs one.
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;
export const REQUEST_BUDGET_BYTES = 4_000_000;

export interface Syncable {
  sync(): Promise<unknown>;
}

/** Queues operations and syncs whenever the next one would take the request or its response past the budget. */
export class BudgetedQueue {
  private request = 0;
  private response = 0;
  /** Syncs made so far, for progress and tests. */
  syncs = 0;

  constructor(
    private readonly context: Syncable,
    private readonly budget = REQUEST_BUDGET_BYTES,
    private readonly afterSync: () => void = () => undefined,
  ) {}

  /** `bytes` is what the operation adds to the request, `answer` what it adds to the response. */
  async add(bytes: number, queue: () => void, answer = 0): Promise<void> {
    const busy = this.request > 0 || this.response > 0;
    if (busy && (this.request + bytes > this.budget || this.response + answer > this.budget)) await this.flush();
    queue();
    this.request += bytes;
    this.response += answer;
  }

  /** Syncs what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.request === 0 && this.response === 0) return;
    this.request = 0;
    this.response = 0;
    await this.context.sync();
    this.syncs++;
    this.afterSync();
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
