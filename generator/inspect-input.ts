import * as zlib from 'zlib';
import { formatNumber, type MergedArea } from '../engine';
import { mergedAreas, sheetPartNumber } from './merged-areas';
import { isCfb, readCfbNames } from './cfb-directory';
import { InputError } from './io';
import { sniffFormat, type SniffedFormat } from './sniff-format';
import { declaresDtd } from './xml-prologue';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

/**
 * Checks an input's bytes before exceljs or docx see them (SPEC §9: corrupt, truncated, encrypted,
 * wrong-format and oversized inputs end in a clear message, within bounded time and memory).
 * Only the zip directory is read, plus the XML parts, each inflated within its declared size.
 */

export interface ZipLimits {
  /** Entries in the zip directory. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes, in bytes. */
  maxTotalUncompressed: number;
  /** Largest uncompressed:compressed ratio allowed for an entry larger than ratioMinSize. */
  maxRatio: number;
  ratioMinSize: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 1024 ** 3,
  maxRatio: 200,
  ratioMinSize: 1024 ** 2,
};

type Expected = 'workbook' | 'document';

interface Subject {
  expected: Expected;
  /** "Tệp "a.xlsx"" or "Tệp mẫu "m.docx"": every message starts with it. */
  who: string;
}

const EXPECTED_NAME: Record<Expected, string> = { workbook: 'sổ Excel .xlsx', document: 'mẫu Word .docx' };
const RESAVE_HINT: Record<Expected, string> = {
  workbook: 'Mở tệp bằng Excel rồi lưu lại dạng "Sổ làm việc Excel (*.xlsx)".',
  document: 'Mở tệp bằng Word rồi lưu lại dạng "Tài liệu Word (*.docx)".',
};
const RETRY_HINT = 'Có thể tệp chưa tải về hoặc sao chép xong: lấy lại bản gốc rồi thử lại.';

/** What the inspection saw on the way, so the reader need not inflate the parts again to learn it. */
export interface WorkbookInspection {
  /** A sheet holds an inline rich string ("<is><r>"), which exceljs' streaming reader misreads. */
  richInlineStrings: boolean;
  /** Merged areas by sheet part number, which exceljs' streaming reader skips. */
  merges: Map<number, MergedArea[]>;
}

/** Throws InputError unless the bytes look like a usable .xlsx workbook. */
export function inspectWorkbookBytes(bytes: Uint8Array, file: string, limits?: Partial<ZipLimits>): WorkbookInspection {
  return inspect(bytes, { expected: 'workbook', who: `Tệp "${file}"` }, { ...DEFAULT_ZIP_LIMITS, ...limits });
}

/** Throws InputError unless the bytes look like a usable .docx (or .dotx) Word template. */
export function inspectDocxBytes(bytes: Uint8Array, file: string, limits?: Partial<ZipLimits>): void {
  inspect(bytes, { expected: 'document', who: `Tệp mẫu "${file}"` }, { ...DEFAULT_ZIP_LIMITS, ...limits });
}

function inspect(bytes: Uint8Array, subject: Subject, limits: ZipLimits): WorkbookInspection {
  if (bytes.length === 0) {
    throw new InputError(`${subject.who} rỗng (0 byte), không phải ${EXPECTED_NAME[subject.expected]}.`, RETRY_HINT);
  }
  if (isCfb(bytes)) refuseCompoundFile(bytes, subject);
  if (!looksLikeZip(bytes)) refuseOtherFormat(sniffFormat(bytes), subject);
  const entries = readEntries(bytes, subject, limits);
  checkLimits(entries, subject, limits);
  checkKind(entries, subject);
  return checkParts(bytes, entries, subject);
}

/** "PK" and a record signature: a local header, an empty archive, or a spanned archive. */
function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6) || (bytes[2] === 7 && bytes[3] === 8);
}

// --- Not a zip -------------------------------------------------------------------------------

function cfbStreamNames(bytes: Uint8Array): Set<string> {
  const names = readCfbNames(bytes);
  if (names) return new Set(names);
  // A damaged FAT: look for the names themselves (UTF-16LE) in the raw bytes.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const known = ['EncryptionInfo', 'EncryptedPackage', 'Workbook', 'Book', 'WordDocument'];
  return new Set(known.filter((name) => buffer.includes(Buffer.from(`${name}\0`, 'utf16le'))));
}

function refuseCompoundFile(bytes: Uint8Array, subject: Subject): never {
  const names = cfbStreamNames(bytes);
  const ext = subject.expected === 'workbook' ? '.xlsx' : '.docx';
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
    throw new InputError(
      `${subject.who} là tệp ${ext} có đặt mật khẩu: bỏ mật khẩu rồi thử lại.`,
      subject.expected === 'workbook'
        ? 'Trong Excel: Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu rồi lưu lại.'
        : 'Trong Word: Tệp → Thông tin → Bảo vệ Tài liệu → Mã hóa bằng Mật khẩu, xóa mật khẩu rồi lưu lại.',
    );
  }
  const isXls = names.has('Workbook') || names.has('Book');
  const isDoc = names.has('WordDocument');
  if (isXls && subject.expected === 'workbook') {
    throw new InputError(`${subject.who} là tệp .xls cũ (Excel 97-2003): mở bằng Excel và lưu lại dạng .xlsx rồi thử lại.`, RESAVE_HINT.workbook);
  }
  if (isDoc && subject.expected === 'document') {
    throw new InputError(`${subject.who} là tệp .doc cũ (Word 97-2003): mở bằng Word và lưu lại dạng .docx rồi thử lại.`, RESAVE_HINT.document);
  }
  const what = isXls ? 'sổ Excel .xls cũ (Excel 97-2003)' : isDoc ? 'văn bản Word .doc cũ (Word 97-2003)' : 'tệp Office dạng cũ (OLE)';
  throw new InputError(`${subject.who} không phải ${EXPECTED_NAME[subject.expected]}: đây là ${what}.`, RESAVE_HINT[subject.expected]);
}

const SNIFFED: Record<Exclude<SniffedFormat, 'unknown'>, string> = {
  csv: 'văn bản CSV (các cột phân cách bằng dấu phẩy, chấm phẩy hoặc tab)',
  text: 'tệp văn bản thuần (text)',
  html: 'trang web HTML (một số phần mềm xuất "Excel" dưới dạng này)',
  'xml-spreadsheet': 'tệp "XML Spreadsheet 2003" của Excel',
  xml: 'tệp XML',
  pdf: 'tệp PDF',
};

function refuseOtherFormat(format: SniffedFormat, subject: Subject): never {
  const expected = EXPECTED_NAME[subject.expected];
  if (format === 'unknown') {
    throw new InputError(`${subject.who} không phải ${expected} (không đúng định dạng tệp Office).`, RESAVE_HINT[subject.expected]);
  }
  throw new InputError(`${subject.who} không phải ${expected}: nội dung có vẻ là ${SNIFFED[format]}.`, RESAVE_HINT[subject.expected]);
}

// --- The zip directory ------------------------------------------------------------------------

const bombMessage = (subject: Subject, detail: string): InputError =>
  new InputError(`${subject.who} có dấu hiệu zip bomb: ${detail}. Tệp bị từ chối để bảo vệ máy.`, 'Một sổ số liệu bình thường không như vậy: kiểm tra nguồn của tệp.');

const corrupt = (subject: Subject, detail: string): InputError => new InputError(`${subject.who} bị hỏng: ${detail}.`, RETRY_HINT);

function readEntries(bytes: Uint8Array, subject: Subject, limits: ZipLimits): ZipEntry[] {
  try {
    return readZipDirectory(bytes, limits.maxEntries);
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    if (err.problem.kind === 'too-many-entries') {
      throw bombMessage(subject, `${formatNumber(err.problem.count, 0)} mục nén, quá giới hạn ${formatNumber(limits.maxEntries, 0)}`);
    }
    throw new InputError(`${subject.who} bị cắt cụt hoặc hỏng: không đọc được mục lục của tệp nén.`, RETRY_HINT);
  }
}

/** 1073741824 → "1 GB", 20971520 → "20 MB", in Vietnamese notation. */
function sizeText(size: number): string {
  const units: Array<[number, string]> = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [unit, name] of units) if (size >= unit) return `${formatNumber(size / unit, 1)} ${name}`;
  return `${formatNumber(size, 0)} byte`;
}

function checkLimits(entries: ZipEntry[], subject: Subject, limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioMinSize && ratio > limits.maxRatio) {
      throw bombMessage(subject, `phần "${entry.name}" nén ${sizeText(entry.uncompressedSize)} vào ${sizeText(entry.compressedSize)} (tỉ lệ ${formatNumber(ratio, 0)}:1)`);
    }
  }
  if (total > limits.maxTotalUncompressed) {
    throw bombMessage(subject, `giải nén ra ${sizeText(total)}, quá giới hạn ${sizeText(limits.maxTotalUncompressed)}`);
  }
}

function checkKind(entries: ZipEntry[], subject: Subject): void {
  const names = new Set(entries.map((e) => e.name));
  const has = (name: string): boolean => names.has(name);
  const workbook = has('xl/workbook.xml');
  const document = has('word/document.xml');
  if (subject.expected === 'workbook' ? workbook : document) return;
  const expected = EXPECTED_NAME[subject.expected];
  let what: string;
  if (workbook) what = 'đây là sổ Excel (.xlsx)';
  else if (has('xl/workbook.bin')) what = 'đây là sổ Excel nhị phân (.xlsb)';
  else if (document) what = 'đây là văn bản Word (.docx)';
  else if (has('ppt/presentation.xml')) what = 'đây là bản trình chiếu PowerPoint (.pptx)';
  else if (has('mimetype') && has('content.xml')) what = 'đây là tệp OpenDocument (.ods/.odt) của LibreOffice';
  else what = `đây là tệp nén zip không có phần ${subject.expected === 'workbook' ? 'xl/workbook.xml' : 'word/document.xml'}`;
  throw new InputError(`${subject.who} không phải ${expected}: ${what}.`, RESAVE_HINT[subject.expected]);
}

// --- The parts ----------------------------------------------------------------------------------

const XML_PART = /\.(xml|rels|vml)$/iu;
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/u;
const RICH_INLINE = Buffer.from('<is><r');

function checkParts(bytes: Uint8Array, entries: ZipEntry[], subject: Subject): WorkbookInspection {
  const seen: WorkbookInspection = { richInlineStrings: false, merges: new Map() };
  for (const entry of entries) {
    if (entry.flags & 0x1) {
      throw new InputError(`${subject.who} có phần nén được mã hóa bằng mật khẩu: bỏ mật khẩu rồi thử lại.`);
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw corrupt(subject, `phần "${entry.name}" dùng kiểu nén không hỗ trợ (mã ${entry.method})`);
    }
    // Every part is inflated within its declared size, XML or not: exceljs and docx (through
    // jszip) trust the declared size of an image or a binary part and would inflate all of it.
    const data = inflatePart(bytes, entry, subject);
    if (!XML_PART.test(entry.name)) continue;
    if (crc32 && crc32(data) >>> 0 !== entry.crc32 >>> 0) {
      throw corrupt(subject, `phần "${entry.name}" sai mã kiểm tra (CRC)`);
    }
    if (declaresDtd(data)) {
      throw new InputError(
        `${subject.who} bị từ chối: phần "${entry.name}" có khai báo DOCTYPE/ENTITY, điều tệp Office hợp lệ không bao giờ có (có thể là tệp độc hại).`,
        'Lấy lại tệp từ nguồn tin cậy, hoặc mở bằng Excel/Word rồi lưu lại.',
      );
    }
    if (!seen.richInlineStrings && SHEET_PART.test(entry.name) && Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(RICH_INLINE) >= 0) {
      seen.richInlineStrings = true;
    }
    const part = sheetPartNumber(entry.name);
    if (part !== null) {
      const merges = mergedAreas(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      if (merges.length > 0) seen.merges.set(part, merges);
    }
  }
  return seen;
}

/** The part's bytes, never more than its declared size: a part that inflates further is a bomb. */
function inflatePart(bytes: Uint8Array, entry: ZipEntry, subject: Subject): Uint8Array {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = raw;
  } else {
    try {
      data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bombMessage(subject, `phần "${entry.name}" giải nén ra nhiều hơn kích thước khai báo`);
      }
      throw corrupt(subject, `phần "${entry.name}" không giải nén được`);
    }
  }
  if (data.length !== entry.uncompressedSize) {
    throw corrupt(subject, `phần "${entry.name}" có kích thước khác với khai báo`);
  }
  return data;
}
