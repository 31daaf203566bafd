import type { FieldSpec } from '../workbook-layout/field';
import { foldKey, withoutUnit } from '../text/fold';

/**
 * Header text → field, through every alias, after folding (SPEC §3). Built once per sheet kind;
 * two fields claiming the same alias is a mistake in the format definition, caught here.
 */
export class HeaderIndex<F extends readonly FieldSpec[] = readonly FieldSpec[]> {
  private readonly byKey = new Map<string, F[number]>();

  constructor(readonly fields: F) {
    for (const field of fields) {
      for (const name of [field.header, withoutUnit(field.header), ...field.aliases]) {
        const key = foldKey(name);
        if (!key) continue;
        const existing = this.byKey.get(key);
        if (existing && existing.key !== field.key) {
          throw new Error(`Định nghĩa cột trùng tên "${name}" giữa ${existing.key} và ${field.key}`);
        }
        this.byKey.set(key, field);
      }
    }
  }

  match(headerText: string): F[number] | undefined {
    return this.byKey.get(foldKey(headerText)) ?? this.byKey.get(foldKey(withoutUnit(headerText)));
  }
}
