/**
 * A map keyed by two strings, without joining them: a joined key ("huyện|xã") is a new string whose
 * hash is worked out again on every lookup, while the strings read from cells keep theirs. These
 * lookups run for every product of every scope a validation computes.
 */
export class TwoKeyMap<V> {
  private readonly outer = new Map<string, Map<string, V>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(first: string, second: string): V | undefined {
    return this.outer.get(first)?.get(second);
  }

  set(first: string, second: string, value: V): void {
    let inner = this.outer.get(first);
    if (!inner) {
      inner = new Map();
      this.outer.set(first, inner);
    }
    if (!inner.has(second)) this.count++;
    inner.set(second, value);
  }

  clear(): void {
    this.outer.clear();
    this.count = 0;
  }
}
