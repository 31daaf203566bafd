/**
 * Reads a zip file's central directory without inflating anything, so that an input can be judged
 * (size, entry count, compression ratio, which parts it holds) before exceljs or docx open it.
 * Every offset and length comes from the file and is checked against its bounds before use.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused by the caller. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's compressed data starts (after its local header). */
  dataOffset: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
}

export type ZipProblem = { kind: 'truncated' } | { kind: 'too-many-entries'; count: number };

/** A zip the directory reader cannot use; the caller turns it into a Vietnamese message. */
export class ZipFormatError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem.kind}`);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const truncated = (): ZipFormatError => new ZipFormatError({ kind: 'truncated' });

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  // Beyond 2^53 no real file exists: treat as pointing outside the file.
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw truncated();
  return Number(value);
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) !== EOCD_SIG) continue;
    // The comment must fit in the file, or this is compressed data that looks like a record.
    if (at + EOCD_SIZE + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  throw truncated();
}

interface Directory {
  count: number;
  offset: number;
  size: number;
  /** The central directory must end before this offset. */
  end: number;
}

function readDirectoryLocation(view: DataView, eocd: number): Directory {
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let end = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) throw truncated();
    const record = u64(view, locator + 8);
    if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIG) throw truncated();
    count = u64(view, record + 32);
    size = u64(view, record + 40);
    offset = u64(view, record + 48);
    end = record;
  }
  if (offset + size > end) throw truncated();
  return { count, offset, size, end };
}

/** Zip64 extra field (id 1): the 64-bit values, present only for the fields saturated at 0xffffffff. */
function applyZip64(view: DataView, extraStart: number, extraEnd: number, sizes: number[]): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const body = at + 4;
    if (body + length > extraEnd) throw truncated();
    if (id === 0x0001) {
      let field = body;
      for (let i = 0; i < sizes.length; i += 1) {
        if (sizes[i] !== 0xffffffff) continue;
        if (field + 8 > body + length) throw truncated();
        sizes[i] = u64(view, field);
        field += 8;
      }
      return;
    }
    at = body + length;
  }
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Lists the entries; throws ZipFormatError when the directory is missing, cut or out of bounds. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  return readZipArchive(bytes, maxEntries).entries;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** Where the central directory starts: every entry's local record lies before it. */
  directoryOffset: number;
}

/** The entries and where the central directory starts; throws as readZipDirectory does. */
export function readZipArchive(bytes: Uint8Array, maxEntries: number): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < EOCD_SIZE) throw truncated();
  const dir = readDirectoryLocation(view, findEndRecord(view));
  // Refuse before walking, so a directory claiming millions of entries costs nothing.
  if (dir.count > maxEntries) throw new ZipFormatError({ kind: 'too-many-entries', count: dir.count });

  const entries: ZipEntry[] = [];
  const dirEnd = dir.offset + dir.size;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i += 1) {
    if (at + CENTRAL_SIZE > dirEnd || view.getUint32(at, true) !== CENTRAL_SIG) throw truncated();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > dirEnd) throw truncated();
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    // Order of the zip64 extra values: uncompressed size, compressed size, local header offset.
    const sizes = [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)];
    const extraStart = at + CENTRAL_SIZE + nameLength;
    if (sizes.includes(0xffffffff)) applyZip64(view, extraStart, extraStart + extraLength, sizes);
    const [uncompressedSize, compressedSize, localOffset] = sizes;

    // The local header and the data must lie before the central directory.
    if (localOffset + LOCAL_SIZE > dir.offset || view.getUint32(localOffset, true) !== LOCAL_SIG) throw truncated();
    const dataOffset = localOffset + LOCAL_SIZE + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > dir.offset) throw truncated();

    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, dataOffset, headerOffset: localOffset });
    at = next;
  }
  return { entries, directoryOffset: dir.offset };
}
