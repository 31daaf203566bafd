import { createHash } from 'crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { runCli } from '../../generator/cli';
import type { CommandIo } from '../../generator/io';
import { Prng } from '../../samples/prng';

export const ROOT = path.resolve(__dirname, '../..');
export const TEMPLATE = path.join(ROOT, 'templates', 'bao-cao-mac-dinh.docx');
export const SAMPLES = {
  uMinhThuong: path.join(ROOT, 'samples', 'u-minh-thuong.xlsx'),
  hauGiang: path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx'),
  mau2026: path.join(ROOT, 'samples', 'mau-2026-2030.xlsx'),
};

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when runCli threw instead of returning an exit code. */
  thrown?: unknown;
}

/** Runs the CLI in-process with a capturing io; never lets an exception escape (records it). */
export async function run(argv: string[]): Promise<Captured> {
  const out = { stdout: '', stderr: '' };
  const io: CommandIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) };
  try {
    const code = await runCli(argv, io);
    return { code, ...out };
  } catch (thrown) {
    return { code: -1, ...out, thrown };
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `ntm-hard-${prefix}-`));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** A line of a JS stack trace, or Node's own "Error:" prefix for an uncaught error. */
export const STACK_LINE = /^\s{2,}at .+/mu;
export const NODE_ERROR = /(^|\n)(\w*Error|Error): /u;

/** Letters only Vietnamese uses (with the tone marks), so a message in English does not pass. */
export const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/iu;

export function assertNoStack(r: Captured): void {
  const all = `${r.stdout}\n${r.stderr}`;
  expect(all).not.toMatch(STACK_LINE);
  expect(all).not.toMatch(NODE_ERROR);
}

/** Deterministic PRNG: the samples' mulberry32, as a function. */
export function prng(seed: number): () => number {
  const generator = new Prng(seed);
  return () => generator.next();
}

export interface RawEntry {
  name: string;
  /** The bytes as stored in the zip (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  crc32: number;
  uncompressedSize: number;
}

/** An entry compressed honestly. */
export function deflatedEntry(name: string, data: Uint8Array): RawEntry {
  return { name, stored: zlib.deflateRawSync(data, { level: 9 }), method: 8, crc32: zlib.crc32(data), uncompressedSize: data.length };
}

/** A zip written byte by byte, so tests can forge what the directory declares. */
export function buildZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc32 >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc32 >>> 0, 16);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.stored));
    centrals.push(central, name);
    offset += 30 + name.length + e.stored.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The entries of a real zip, as stored (no inflating), to rebuild it with some changed. */
export function rawEntries(zip: Buffer): RawEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: RawEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10) as 0 | 8;
    const crc32 = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const uncompressedSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({ name, stored: zip.subarray(data, data + compressed), method, crc32, uncompressedSize });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

export { compoundFile } from '../helpers/compound-file';
