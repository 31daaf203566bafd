import { readZipArchive } from './zip-directory';

/**
 * The parts exceljs' streaming reader must have read before a sheet to parse that sheet as it
 * streams past. Excel, LibreOffice and exceljs' own writer all store the sheets before the shared
 * strings; the reader then copies every sheet to a temporary file and parses it after the end of
 * the zip, which costs about a fifth of the whole read of a national workbook.
 */
const FIRST = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/**
 * The same zip with those parts' local records moved to the front, each record copied byte for byte
 * (header, compressed data, data descriptor): nothing is inflated or recompressed, and the central
 * directory is left as it was, since the streaming reader reads the records in order and never
 * looks at it. Null when the zip is already in that order or its records cannot be told apart; the
 * reader then takes the bytes as they are.
 */
export function workbookPartsFirst(bytes: Buffer): Buffer | null {
  let archive;
  try {
    archive = readZipArchive(bytes, 100_000);
  } catch {
    return null;
  }
  // A record runs from its local header to the next one, the last to the central directory.
  const byStart = [...archive.entries].sort((a, b) => a.headerOffset - b.headerOffset);
  if (byStart.length === 0 || byStart[0].headerOffset !== 0) return null;
  const records = byStart.map((entry, i) => ({ name: entry.name, from: entry.headerOffset, to: i + 1 < byStart.length ? byStart[i + 1].headerOffset : archive.directoryOffset }));
  // Two entries sharing a record are not a zip any writer makes: leave it to the reader to judge.
  if (records.some((r) => r.to <= r.from)) return null;
  const first = FIRST.map((name) => records.find((r) => r.name === name)).filter((r) => r !== undefined);
  const firstSheet = records.find((r) => r.name.startsWith('xl/worksheets/'));
  if (!firstSheet || first.every((r) => r.from < firstSheet.from)) return null;
  const ordered = [...first, ...records.filter((r) => !first.includes(r))];
  return Buffer.concat([...ordered.map((r) => bytes.subarray(r.from, r.to)), bytes.subarray(archive.directoryOffset)]);
}
