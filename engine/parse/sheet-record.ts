import type { FieldSpec, FieldValue, SheetRecord } from '../workbook-layout/field';

/**
 * Collects the values of one record as its fields are read. `readValue` returns each value as its
 * field's type, which is exactly what `SheetRecord<F>` states; TypeScript cannot follow a key
 * chosen at run time, so this is the one place the record is given its type.
 */
export class RecordBuilder<F extends readonly FieldSpec[]> {
  private readonly values: Record<string, FieldValue | undefined> = {};

  set(key: F[number]['key'], value: FieldValue | undefined): void {
    this.values[key] = value;
  }

  build(): SheetRecord<F> {
    return this.values as SheetRecord<F>;
  }
}
