/**
 * How one column (or one key of sheet "Thông tin") is recognised and read. The workbook format of
 * SPEC §3 is written as a list of these, so that parsing, the blank workbook of `init` and the
 * add-in's "Tạo sổ mẫu" all follow the same definition.
 */
export type FieldType =
  | 'text'
  | 'integer'
  | 'number'
  | 'percent'
  | 'date'
  | 'year'
  | 'enum'
  | 'mark'
  | 'multiline';

/** When a field must be present; evaluated against what is known of the workbook. */
export type Requirement = 'always' | 'never' | 'province-2021-2025' | 'period-2021-2025' | 'period-2026-2030' | 'report';

export interface FieldSpec {
  key: string;
  /** The header written by `init` and shown in messages. */
  header: string;
  aliases: readonly string[];
  type: FieldType;
  required: Requirement;
  /** Allowed values (canonical spelling) for 'enum' fields; aliases fold onto them. */
  values?: readonly string[];
  valueAliases?: Readonly<Record<string, readonly string[]>>;
  min?: number;
  max?: number;
  /** Column width for the blank workbook, in characters. */
  width?: number;
  /** A short note shown in the "Hướng dẫn" sheet and as the input message of data validation. */
  note?: string;
}
