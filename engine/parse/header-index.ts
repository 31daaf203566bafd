import type { FieldSpec } from '../workbook-layout/field';
import { foldKey, withoutUnit } from '../text/fold';

interface UnderEntry<S> {
  groups: readonly string[];
  field: S;
}

/**
 * Header text → field, through every alias, after folding (SPEC §3). Built once per sheet kind;
 * two fields claiming the same alias is a mistake in the format definition, caught here.
 */
export class HeaderIndex<F extends readonly FieldSpec[] = readonly FieldSpec[]> {
  private readonly byKey = new Map<string, F[number]>();
  /** Folded short label → the fields it names under some group cell. */
  private readonly byLabel = new Map<string, Array<UnderEntry<F[number]>>>();

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
      if (field.under) {
        const groups = field.under.groups.map(foldKey);
        for (const label of field.under.labels) {
          const key = foldKey(label);
          const list = this.byLabel.get(key) ?? [];
          list.push({ groups, field });
          this.byLabel.set(key, list);
        }
      }
    }
  }

  match(headerText: string): F[number] | undefined {
    return this.byKey.get(foldKey(headerText)) ?? this.byKey.get(foldKey(withoutUnit(headerText)));
  }

  /**
   * A column named by its header cells from the top row down (SPEC §3): the whole name first
   * ("Tiêu chí" + "1" = "Tiêu chí 1"), then the label under its group ("Năm đạt chuẩn" over
   * "Nâng cao"), then the lower cells alone, since a title or a section cell above a column
   * ("Thông tin chung" over "Tên xã") does not change what the column is.
   */
  matchParts(parts: readonly string[]): F[number] | undefined {
    if (parts.length === 0) return undefined;
    const whole = this.match(parts.join(' '));
    if (whole || parts.length === 1) return whole;
    const label = parts[parts.length - 1];
    const candidates = this.byLabel.get(foldKey(withoutUnit(label)) || foldKey(label));
    if (candidates) {
      for (let i = parts.length - 2; i >= 0; i--) {
        const group = ` ${foldKey(parts[i])} `;
        const hit = candidates.find((c) => c.groups.some((g) => group.includes(` ${g} `)));
        if (hit) return hit.field;
      }
    }
    for (let i = 1; i < parts.length; i++) {
      const lower = this.match(parts.slice(i).join(' '));
      if (lower) return lower;
    }
    return undefined;
  }
}
