/**
 * Names of the streams in a Compound File (CFB/OLE2) container: enough to tell an old .xls
 * ("Workbook", "Book") or .doc ("WordDocument") from an Office file encrypted with a password
 * ("EncryptionInfo", "EncryptedPackage"). Follows the directory chain through the FAT, with
 * every sector number checked against the file and a bound on the chain length.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const HEADER_SIZE = 512;
const HEADER_DIFAT_COUNT = 109;
const ENTRY_SIZE = 128;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_SIGNATURE.length && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The directory entry names, or null when the structure cannot be followed. */
export function readCfbNames(bytes: Uint8Array): string[] | null {
  if (!isCfb(bytes) || bytes.length < HEADER_SIZE) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (sector: number): number | null => {
    const offset = (sector + 1) * sectorSize;
    return sector < MAX_REGULAR_SECTOR && offset + sectorSize <= bytes.length ? offset : null;
  };

  const fatSectors = readFatSectorList(view, sectorSize, sectorCount, sectorOffset);
  if (!fatSectors) return null;
  const perSector = sectorSize / 4;
  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    const offset = fatSector === undefined ? null : sectorOffset(fatSector);
    return offset === null ? null : view.getUint32(offset + (sector % perSector) * 4, true);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector: number | null = view.getUint32(0x30, true); sector !== null && sector < MAX_REGULAR_SECTOR;) {
    const offset = sectorOffset(sector);
    if (offset === null || seen.has(sector) || seen.size > sectorCount) return null;
    seen.add(sector);
    for (let entry = offset; entry < offset + sectorSize; entry += ENTRY_SIZE) {
      const nameLength = view.getUint16(entry + 0x40, true);
      const type = view.getUint8(entry + 0x42);
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      names.push(new TextDecoder('utf-16le').decode(bytes.subarray(entry, entry + nameLength - 2)));
    }
    sector = nextSector(sector);
  }
  return names;
}

/** FAT sector numbers: 109 in the header, the rest in a chain of DIFAT sectors. */
function readFatSectorList(view: DataView, sectorSize: number, sectorCount: number, sectorOffset: (sector: number) => number | null): number[] | null {
  const fatCount = view.getUint32(0x2c, true);
  if (fatCount > sectorCount) return null;
  const list: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_COUNT && list.length < fatCount; i += 1) {
    list.push(view.getUint32(0x4c + i * 4, true));
  }
  let difat = view.getUint32(0x44, true);
  const perDifat = sectorSize / 4 - 1;
  for (let hops = 0; list.length < fatCount && difat < MAX_REGULAR_SECTOR; hops += 1) {
    const offset = sectorOffset(difat);
    if (offset === null || hops > sectorCount) return null;
    for (let i = 0; i < perDifat && list.length < fatCount; i += 1) list.push(view.getUint32(offset + i * 4, true));
    difat = view.getUint32(offset + perDifat * 4, true);
  }
  return list;
}
