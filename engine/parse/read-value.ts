import type { FieldSpec, FieldType, FieldValue, FieldValueOf } from '../workbook-layout/field';
import type { Finding } from '../findings/finding';
import { EXPECTED, formulaError, numberAsText, textEncoding, valueEnum, valueRange, valueType } from '../findings/catalog';
import { isPercentFormat, type Cell } from '../model/cell';
import { fold } from '../text/fold';
import { describeEncoding, detectLegacyEncoding, isDecomposed, isPlainVietnamese } from '../text/legacy-encoding';
import { parseDateText } from '../text/vi-date';
import { parseViNumber } from '../text/vi-number';

/** Where a value sits, for the findings it may raise. */
export interface ValueLocation {
  sheet: string;
  cell: string;
  findings: Finding[];
  /**
   * Numbers and dates typed as text, gathered so that a table reports them once per column
   * ("12 ô ở cột …"); without it each cell is reported on its own.
   */
  textValues?: TextValueCollector;
}

export interface TextValue {
  cell: string;
  text: string;
  read: number | Date;
}

/** Numbers and dates typed as text, by field, in the order they were met. */
export class TextValueCollector {
  readonly byField = new Map<FieldSpec, TextValue[]>();

  add(field: FieldSpec, value: TextValue): void {
    const list = this.byField.get(field);
    if (list) list.push(value);
    else this.byField.set(field, [value]);
  }
}

function textValue(at: ValueLocation, field: FieldSpec, text: string, read: number | Date): void {
  if (at.textValues) at.textValues.add(field, { cell: at.cell, text, read });
  else at.findings.push(numberAsText.column(at.sheet, field, [{ cell: at.cell, text, read }]));
}

export type { FieldValue } from '../workbook-layout/field';

const MET = new Set(['dat', 'x', '1', 'true', '✓', '✔', 'co', 'v', 'đ'].map(fold));
const NOT_MET = new Set(['chua dat', '0', 'false', 'khong', 'không đạt', '-'].map(fold));

/** Reads a cell as the field's type. Returns undefined when empty or unusable (a finding says why). */
export function readValue<T extends FieldType, V extends string>(cell: Cell | undefined, field: FieldSpec<string, T, V>, at: ValueLocation): FieldValueOf<T, V> | undefined {
  // The switch below returns the type that field.type names; TypeScript cannot narrow T from it.
  return readAny(cell, field, at) as FieldValueOf<T, V> | undefined;
}

function readAny(cell: Cell | undefined, field: FieldSpec, at: ValueLocation): FieldValue | undefined {
  if (cell === undefined || (cell.type === 'string' && String(cell.value).trim() === '')) {
    return field.type === 'mark' ? false : undefined;
  }
  if (cell.type === 'error') {
    at.findings.push(formulaError(at, field, String(cell.value)));
    return undefined;
  }
  if (cell.type === 'string') checkEncoding(String(cell.value), field, at);
  switch (field.type) {
    case 'text':
      return readText(cell, field, at);
    case 'multiline': {
      const text = readText(cell, field, at);
      return text === undefined ? undefined : splitLines(text);
    }
    case 'enum':
      return readEnum(cell, field, at);
    case 'mark':
      return readMark(cell, field, at);
    case 'date':
      return readDate(cell, field, at);
    case 'number':
    case 'integer':
    case 'year':
    case 'percent':
      return readNumber(cell, field, at);
  }
}

function readText(cell: Cell, field: FieldSpec, at: ValueLocation): string | undefined {
  if (cell.type === 'string') return String(cell.value).normalize('NFC').trim();
  if (cell.type === 'number') return String(cell.value);
  typeError(cell, field, at, EXPECTED.text);
  return undefined;
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.]\s*$/, '')
        .trim(),
    )
    .filter((line) => line !== '');
}

const enumIndexes = new WeakMap<FieldSpec, Map<string, string>>();

/**
 * A value's key: folded, with "," ";" "-" "&" and "và" as mere separators, so that "Trung du,
 * miền núi phía Bắc" is "Trung du và miền núi phía Bắc" and "2021 - 2025" is "2021-2025".
 */
const enumKeys = new Map<string, string>();

function enumKey(text: string): string {
  let cached = enumKeys.get(text);
  if (cached === undefined) {
    cached = enumKeyUncached(text);
    if (enumKeys.size > 100_000) enumKeys.clear();
    enumKeys.set(text, cached);
  }
  return cached;
}

function enumKeyUncached(text: string): string {
  const folded = fold(text);
  const key = folded
    .replace(/\s*(?:[,;&\-–]|\bva\b)\s*/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return key === '' ? folded : key;
}

/** Value key → allowed value, built once per field. */
function enumIndex(field: FieldSpec): Map<string, string> {
  let index = enumIndexes.get(field);
  if (!index) {
    index = new Map();
    for (const value of field.values ?? []) {
      for (const alias of field.valueAliases?.[value] ?? []) index.set(enumKey(alias), value);
    }
    for (const value of field.values ?? []) index.set(enumKey(value), value);
    enumIndexes.set(field, index);
  }
  return index;
}

function readEnum(cell: Cell, field: FieldSpec, at: ValueLocation): string | undefined {
  const raw = cell.type === 'number' ? String(cell.value) : cell.type === 'string' ? String(cell.value) : undefined;
  const value = raw === undefined ? undefined : (enumIndex(field).get(enumKey(raw)) ?? (field.form === 'prefix' ? byPrefix(field, enumKey(raw)) : undefined));
  if (value !== undefined) return value;
  at.findings.push(valueEnum.list(at, field, cell));
  return undefined;
}

/** "UBND huyện Kim Bôi" → Huyện: the longest spelling the text begins with, as whole words. */
function byPrefix(field: FieldSpec, key: string): string | undefined {
  let best: { length: number; value: string } | undefined;
  for (const [spelling, value] of enumIndex(field)) {
    if (key.startsWith(`${spelling} `) && (!best || spelling.length > best.length)) best = { length: spelling.length, value };
  }
  return best?.value;
}

/** Stars as offices type them: "3 sao", "03 sao", "3*", "3★", "★★★". */
function parseStars(text: string): number | undefined {
  const t = text.normalize('NFC').trim();
  if (/^[★*]{1,5}$/u.test(t)) return t.length;
  const m = /^0?([0-9])\s*(?:sao|\*|★)?$/iu.exec(t);
  return m ? Number(m[1]) : undefined;
}

function readMark(cell: Cell, field: FieldSpec, at: ValueLocation): boolean | undefined {
  if (cell.type === 'boolean') return cell.value as boolean;
  if (cell.type === 'number') {
    if (cell.value === 1) return true;
    if (cell.value === 0) return false;
  }
  if (cell.type === 'string') {
    const key = fold(String(cell.value));
    if (MET.has(key)) return true;
    if (NOT_MET.has(key) || key === '') return false;
  }
  at.findings.push(valueEnum.mark(at, field, cell));
  return undefined;
}

function readDate(cell: Cell, field: FieldSpec, at: ValueLocation): Date | undefined {
  if (cell.type === 'date') return cell.value as Date;
  if (cell.type === 'string') {
    const date = parseDateText(String(cell.value));
    if (date) {
      textValue(at, field, String(cell.value), date);
      return date;
    }
  }
  typeError(cell, field, at, EXPECTED.date);
  return undefined;
}

function expectedNumber(field: FieldSpec): string {
  return field.type === 'year' ? EXPECTED.year : field.type === 'integer' ? EXPECTED.integer : field.type === 'percent' ? EXPECTED.percent : EXPECTED.number;
}

function readNumber(cell: Cell, field: FieldSpec, at: ValueLocation): number | undefined {
  let value: number | undefined;
  if (cell.type === 'number') {
    value = cell.value as number;
    // 0.95 shown as 95% is 95 in a percent column; a bare 95 is 95 already.
    if (field.type === 'percent' && isPercentFormat(cell.numberFormat)) value = value * 100;
  } else if (cell.type === 'string') {
    const stars = field.form === 'stars' ? parseStars(String(cell.value)) : undefined;
    const parsed = stars === undefined ? parseViNumber(String(cell.value)) : null;
    // Stars written "3 sao" are how offices write them, not a number typed as text.
    if (stars !== undefined) value = stars;
    else if (parsed) {
      value = parsed.value;
      textValue(at, field, String(cell.value), value);
    }
  }
  if (value === undefined) {
    typeError(cell, field, at, expectedNumber(field));
    return undefined;
  }
  // A field's bounds are plain numbers from its spec, checked here on every cell of the column: a
  // schema library's parse per cell costs more than the rest of reading the number.
  if (!Number.isFinite(value)) {
    typeError(cell, field, at, expectedNumber(field));
    return undefined;
  }
  if ((field.type === 'integer' || field.type === 'year') && !Number.isInteger(value)) {
    typeError(cell, field, at, field.type === 'year' ? EXPECTED.wholeYear : EXPECTED.integer);
    return undefined;
  }
  if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
    at.findings.push(valueRange.field(at, field, value));
    return undefined;
  }
  return value;
}

function typeError(cell: Cell, field: FieldSpec, at: ValueLocation, expected: string): void {
  at.findings.push(valueType(at, field, cell, expected));
}

/** Legacy TCVN3/VNI text and decomposed Unicode: reported, with the Unicode it most likely means. */
const ASCII = /^[\x00-\x7f]*$/;
/** Text → its legacy encoding, 'NFD' when decomposed, null when it is plain Unicode. */
const encodingCache = new Map<string, ReturnType<typeof detectLegacyEncoding> | 'NFD'>();

function checkEncoding(text: string, field: FieldSpec, at: ValueLocation): void {
  // Plain ASCII can be neither legacy-encoded nor decomposed; names repeat, so decide each once.
  if (ASCII.test(text) || isPlainVietnamese(text)) return;
  let verdict = encodingCache.get(text);
  if (verdict === undefined) {
    verdict = detectLegacyEncoding(text) ?? (isDecomposed(text) ? 'NFD' : null);
    if (encodingCache.size > 100_000) encodingCache.clear();
    encodingCache.set(text, verdict);
  }
  if (verdict === 'NFD') at.findings.push(textEncoding.decomposed(at, field, text, describeEncoding('NFD')));
  else if (verdict) at.findings.push(textEncoding.legacy(at, field, text, describeEncoding(verdict.encoding), verdict.unicode));
}
