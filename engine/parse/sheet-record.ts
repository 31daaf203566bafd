import type { FieldSpec, FieldValue, SheetRecord } from '../workbook-layout/field';

/**
 * Collects the values of one record as its fields are read. `readValue` returns each value as its
 * field's type, which is exactly what `SheetRecord<F>` states; TypeScript cannot follow a key
 * chosen at run time, so this is the one place the record is given its type.
 */
export class RecordBuilder<F extends readonly FieldSpec[]> {
  private readonly values: Record<string, FieldValue | undefined>;

  /**
   * `keys`: the fields every record of a table has, in reading order. Each record then starts as a
   * copy of one shape instead of growing key by key (a table of ten thousand rows reads faster).
   */
  constructor(keys?: RecordShape) {
    this.values = keys ? { ...keys.template } : {};
  }

  set(key: F[number]['key'], value: FieldValue | undefined): void {
    this.values[key] = value;
  }

  build(): SheetRecord<F> {
    return this.values as SheetRecord<F>;
  }
}

/** The shape shared by every record of a table: its keys, each undefined until read. */
export class RecordShape {
  readonly template: Readonly<Record<string, undefined>>;

  constructor(keys: readonly string[]) {
    const template: Record<string, undefined> = {};
    for (const key of keys) template[key] = undefined;
    this.template = template;
  }
}
