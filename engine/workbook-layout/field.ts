/**
 * How one column (or one key of sheet "Thông tin") is recognised and read. The workbook format of
 * SPEC §3 is written as a list of these, so that parsing, the blank workbook of `init` and the
 * add-in's "Tạo sổ mẫu" all follow the same definition. The list is also the record's type: reading
 * a sheet yields `SheetRecord<typeof fields>`, so a field's key and type are written once.
 */
export type FieldType = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'year' | 'enum' | 'mark' | 'multiline';

/** When a field must be present; evaluated against what is known of the workbook. */
export type Requirement = 'always' | 'never' | 'province-2021-2025' | 'period-2021-2025' | 'period-2026-2030' | 'report';

export interface FieldSpec<K extends string = string, T extends FieldType = FieldType, V extends string = string> {
  key: K;
  /** The header written by `init` and shown in messages. */
  header: string;
  aliases: readonly string[];
  type: T;
  required: Requirement;
  /** Allowed values (canonical spelling) for 'enum' fields; aliases fold onto them. */
  values?: readonly V[];
  valueAliases?: Readonly<Partial<Record<V, readonly string[]>>>;
  min?: number;
  max?: number;
  /** Column width for the blank workbook, in characters. */
  width?: number;
  /** A short note shown in the "Hướng dẫn" sheet and as the input message of data validation. */
  note?: string;
  /**
   * How government forms name this column in a two- or three-row header: a short label ("1",
   * "Nâng cao", "Số") under a merged group cell ("Tiêu chí", "Năm đạt chuẩn", "Quyết định công
   * nhận"). A group cell matches when it contains one of `groups` as whole words, so
   * "Kết quả thực hiện các tiêu chí" and "II. Hạ tầng kinh tế - xã hội" work too.
   */
  under?: { groups: readonly string[]; labels: readonly string[] };
  /**
   * Spellings beyond the type's own: 'stars' reads "3 sao", "03 sao", "3*", "3★", "★★★" as 3;
   * 'prefix' takes an enum value followed by a name ("UBND huyện Kim Bôi" is Huyện).
   */
  form?: 'stars' | 'prefix';
}

/** The value a field of type T reads as; an enum reads as one of its canonical values. */
export type FieldValueOf<T extends FieldType, V extends string = string> = T extends 'text'
  ? string
  : T extends 'multiline'
    ? string[]
    : T extends 'mark'
      ? boolean
      : T extends 'date'
        ? Date
        : T extends 'enum'
          ? V
          : number;

/** Any value a cell can be read as. */
export type FieldValue = FieldValueOf<FieldType>;

type ValueOfSpec<S> = S extends FieldSpec<string, infer T, infer V> ? FieldValueOf<T, V> : never;

/** The typed record of one row of a sheet whose columns are `F`; absent or unreadable cells are undefined. */
export type SheetRecord<F extends readonly FieldSpec[]> = {
  [S in F[number] as S['key']]?: ValueOfSpec<S>;
};

/**
 * Declares one field, keeping its key, type and values as literal types (the record type is
 * inferred from them). Without it a list of fields widens to `FieldSpec<string>`.
 */
export function field<const K extends string, const T extends FieldType, const V extends string = string>(spec: FieldSpec<K, T, V>): FieldSpec<K, T, V> {
  return spec;
}
