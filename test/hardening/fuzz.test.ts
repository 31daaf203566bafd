import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { buildZip, prng, rawEntries, run, SAMPLES, STACK_LINE, NODE_ERROR, tempDir, TEMPLATE, VIETNAMESE, type Captured, type RawEntry } from './support';

/**
 * Issue "Hardening": deterministic mutations of the samples and of the default template, each run
 * through runCli in-process. Every run must end with exit 0, 1 or 2 and a Vietnamese message; an
 * exception out of runCli, a stack trace or the catch-all "Lỗi không mong đợi" is a bug, reported
 * with the seed that reproduces it (makeCase(seed) rebuilds the exact input).
 *
 * To reproduce one case: FUZZ_SEED=<seed> npx jest test/hardening/fuzz -t reproduce
 */

type Kind = 'workbook' | 'template';

interface Source {
  label: string;
  kind: Kind;
  bytes: Buffer;
  entries: RawEntry[];
  xmlParts: string[];
}

interface Case {
  seed: number;
  source: string;
  kind: Kind;
  mutation: string;
  bytes: Buffer;
}

const SOURCES: Source[] = [
  ['u-minh-thuong', 'workbook', SAMPLES.uMinhThuong],
  ['tinh-hau-giang', 'workbook', SAMPLES.hauGiang],
  ['mau-2026-2030', 'workbook', SAMPLES.mau2026],
  ['bao-cao-mac-dinh', 'template', TEMPLATE],
].map(([label, kind, file]) => {
  const bytes = readFileSync(file);
  const entries = rawEntries(bytes);
  return { label, kind: kind as Kind, bytes, entries, xmlParts: entries.filter((e) => /\.(xml|rels)$/.test(e.name)).map((e) => e.name) };
});

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: () => number, max: number): number => Math.floor(rand() * max);

/** Parts worth damaging first: where the data and the placeholders are. */
function favouredPart(rand: () => number, source: Source): string {
  const favoured = source.kind === 'workbook' ? /worksheets\/sheet|sharedStrings|workbook\.xml|styles/ : /document\.xml|header|footer|numbering|styles/;
  const parts = source.xmlParts.filter((p) => favoured.test(p));
  return rand() < 0.8 && parts.length > 0 ? pick(rand, parts) : pick(rand, source.xmlParts);
}

// --- Byte-level mutations -------------------------------------------------------------------------

function truncate(rand: () => number, source: Source): [string, Buffer] {
  const at = int(rand, source.bytes.length);
  return [`cắt ở byte ${at}`, source.bytes.subarray(0, at)];
}

function flipWhole(rand: () => number, source: Source): [string, Buffer] {
  const bytes = Buffer.from(source.bytes);
  const n = 1 + int(rand, 8);
  const where: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const at = int(rand, bytes.length);
    bytes[at] ^= 1 + int(rand, 255);
    where.push(at);
  }
  return [`đảo byte ${where.join(',')}`, bytes];
}

/** Flips bytes in one entry's deflate data; when it still inflates, the CRC and size are fixed so exceljs sees the garbage. */
function flipInEntry(rand: () => number, source: Source): [string, Buffer] {
  const name = favouredPart(rand, source);
  const fixCrc = rand() < 0.6;
  const entries = source.entries.map((e): RawEntry => {
    if (e.name !== name || e.stored.length === 0) return e;
    const stored = Buffer.from(e.stored);
    const n = 1 + int(rand, 4);
    for (let i = 0; i < n; i += 1) stored[int(rand, stored.length)] ^= 1 + int(rand, 255);
    if (!fixCrc || e.method !== 8) return { ...e, stored };
    try {
      const data = zlib.inflateRawSync(stored, { maxOutputLength: 4 * 1024 * 1024 });
      return { ...e, stored, crc32: zlib.crc32(data), uncompressedSize: data.length };
    } catch {
      return { ...e, stored };
    }
  });
  return [`đảo byte trong dữ liệu nén của ${name}${fixCrc ? ' (sửa CRC)' : ''}`, buildZip(entries)];
}

function removeEntry(rand: () => number, source: Source): [string, Buffer] {
  const victim = rand() < 0.6 ? favouredPart(rand, source) : pick(rand, source.entries).name;
  return [`bỏ phần ${victim}`, buildZip(source.entries.filter((e) => e.name !== victim))];
}

function duplicateEntry(rand: () => number, source: Source): [string, Buffer] {
  const name = favouredPart(rand, source);
  const original = source.entries.find((e) => e.name === name)!;
  // The copy holds either the same data, or another part's data under the same name.
  const other = pick(
    rand,
    source.entries.filter((e) => e.name !== name && /\.xml$/.test(e.name)),
  );
  const copy = rand() < 0.5 ? original : { ...other, name };
  const entries = [...source.entries];
  entries.splice(rand() < 0.5 ? 0 : entries.length, 0, copy);
  return [`nhân đôi phần ${name}${copy === original ? '' : ` (nội dung của ${other.name})`}`, buildZip(entries)];
}

// --- XML-level mutations (re-zipped with jszip, so the container is valid) --------------------------

const GARBAGE = ['<', '>', '&', '&amp', '&#0;', '&#xFFFF;', '"', "'", '</', '<x', ']]>', '<![CDATA[', '\u0000', '\uFFFE', '\uD800', 'ệ', '<?pi?>', '<!-- x', '/>', '=', ' a="', '\r\n'];
const WEIRD_VALUES = ['', '-1', '0', '1e308', '1e309', 'NaN', 'abc', '99999999999999999999999', 'A0', 'XFE1048577', 'A-1', 'ZZZZZZ99999999', '1:0', ' ', 'true', '#REF!', '&quot;', 'ổ'];
const HUGE_NUMBERS = ['1e308', '-1e308', '1e309', '99999999999999999999999999999', '4294967296', '-0', '1.7976931348623157e308', '5e-324', '0x10', '١٢٣'];

function xmlEdit(rand: () => number, xml: string): [string, string] {
  const op = int(rand, 9);
  const at = int(rand, xml.length);
  switch (op) {
    case 0: {
      // Cut a tag: drop from a "<" to just before its ">".
      const open = xml.indexOf('<', at);
      const close = open < 0 ? -1 : xml.indexOf('>', open);
      if (close < 0) return ['cắt cuối XML', xml.slice(0, at)];
      return [`cắt thẻ ở ký tự ${open}`, xml.slice(0, open + 1 + int(rand, close - open)) + xml.slice(close)];
    }
    case 1: {
      const garbage = Array.from({ length: 1 + int(rand, 3) }, () => pick(rand, GARBAGE)).join('');
      return [`chèn rác ${JSON.stringify(garbage)} ở ký tự ${at}`, xml.slice(0, at) + garbage + xml.slice(at)];
    }
    case 2: {
      const attrs = [...xml.matchAll(/ ([\w:]+)="([^"]*)"/g)];
      if (attrs.length === 0) return ['cắt cuối XML', xml.slice(0, at)];
      const m = pick(rand, attrs);
      const value = pick(rand, WEIRD_VALUES);
      const start = m.index! + m[0].length - m[2].length - 1;
      return [`thuộc tính ${m[1]}="${m[2]}" → "${value}"`, xml.slice(0, start) + value.replace(/"/g, '&quot;') + xml.slice(start + m[2].length)];
    }
    case 3: {
      const values = [...xml.matchAll(/<(v|w:t|t)( [^>]*)?>([^<]*)</g)];
      if (values.length === 0) return ['cắt cuối XML', xml.slice(0, at)];
      const m = pick(rand, values);
      const start = m.index! + m[0].length - m[3].length - 1;
      const text = pick(rand, ['abc', 'mười chín', '', ' ', '19 tiêu chí', '#N/A', '2025-13-45', '{{', '{{sai}}', '}}']);
      return [`số/chữ "${m[3].slice(0, 20)}" → "${text}"`, xml.slice(0, start) + text + xml.slice(start + m[3].length)];
    }
    case 4: {
      const numbers = [...xml.matchAll(/<v>([^<]*)<\/v>|="(\d+)"/g)];
      if (numbers.length === 0) return ['cắt cuối XML', xml.slice(0, at)];
      const m = pick(rand, numbers);
      const old = m[1] ?? m[2];
      const start = m.index! + m[0].indexOf(old, m[1] !== undefined ? 3 : 2);
      const huge = pick(rand, HUGE_NUMBERS);
      return [`số ${old} → ${huge}`, xml.slice(0, start) + huge + xml.slice(start + old.length)];
    }
    case 5: {
      // Empty shared strings (or any text runs), or drop some of them so indexes point nowhere.
      if (rand() < 0.5) return ['xóa nội dung mọi <t>', xml.replace(/(<(?:w:)?t(?: [^>]*)?>)[^<]*(<\/(?:w:)?t>)/g, '$1$2')];
      const n = 1 + int(rand, 20);
      let removed = 0;
      return [`bỏ ${n} <si>/<w:p>`, xml.replace(/<si>[\s\S]*?<\/si>|<w:p[ >][\s\S]*?<\/w:p>/g, (m) => (removed++ < n && rand() < 0.5 ? '' : m))];
    }
    case 6: {
      const elements = [...xml.matchAll(/<(row|c|sheet|w:r|w:tc|w:tr|Relationship|Override|si|xf)[ >][\s\S]*?(<\/\1>|\/>)/g)];
      if (elements.length === 0) return ['cắt cuối XML', xml.slice(0, at)];
      const m = pick(rand, elements);
      return [`bỏ phần tử <${m[1]}> ở ký tự ${m.index}`, xml.slice(0, m.index) + xml.slice(m.index! + m[0].length)];
    }
    case 7: {
      // Duplicate an element (two rows with the same number, two cells with the same address…).
      const elements = [...xml.matchAll(/<(row|c|sheet|si|w:p|Relationship)[ >][\s\S]*?(<\/\1>|\/>)/g)];
      if (elements.length === 0) return ['cắt cuối XML', xml.slice(0, at)];
      const m = pick(rand, elements);
      return [`nhân đôi <${m[1]}> ở ký tự ${m.index}`, xml.slice(0, m.index) + m[0] + xml.slice(m.index)];
    }
    default:
      return [`cắt XML ở ký tự ${at}`, xml.slice(0, at)];
  }
}

const zips = new Map<string, Promise<JSZip>>();

async function xmlMutation(rand: () => number, source: Source): Promise<[string, Buffer]> {
  if (!zips.has(source.label)) zips.set(source.label, JSZip.loadAsync(source.bytes));
  const zip = (await zips.get(source.label))!;
  const copy = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name];
    if (!f.dir) copy.file(name, await f.async('uint8array'));
  }
  const steps: string[] = [];
  const edits = 1 + int(rand, 3);
  for (let i = 0; i < edits; i += 1) {
    const part = favouredPart(rand, source);
    const xml = await copy.file(part)!.async('string');
    const [what, changed] = xmlEdit(rand, xml);
    copy.file(part, changed);
    steps.push(`${part}: ${what}`);
  }
  return [steps.join('; '), await copy.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })];
}

/** The input for one seed; the same seed always gives the same bytes. */
export async function makeCase(seed: number): Promise<Case> {
  const rand = prng(seed);
  const source = SOURCES[seed % SOURCES.length];
  const r = rand();
  let made: [string, Buffer];
  if (r < 0.15) made = truncate(rand, source);
  else if (r < 0.27) made = flipWhole(rand, source);
  else if (r < 0.42) made = flipInEntry(rand, source);
  else if (r < 0.48) made = removeEntry(rand, source);
  else if (r < 0.54) made = duplicateEntry(rand, source);
  else made = await xmlMutation(rand, source);
  return { seed, source: source.label, kind: source.kind, mutation: made[0], bytes: made[1] };
}

// --- Running --------------------------------------------------------------------------------------

interface Problem {
  seed: number;
  source: string;
  mutation: string;
  argv: string;
  problem: string;
}

const HANG_MS = 20_000;

async function runGuarded(argv: string[]): Promise<Captured | 'hang'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG_MS);
  });
  try {
    return await Promise.race([run(argv), hang]);
  } finally {
    clearTimeout(timer);
  }
}

function judge(r: Captured | 'hang'): string | null {
  if (r === 'hang') return `không kết thúc sau ${HANG_MS} ms`;
  if (r.thrown !== undefined) return `runCli ném lỗi: ${(r.thrown as Error)?.message ?? String(r.thrown)}`;
  if (![0, 1, 2].includes(r.code)) return `mã thoát ${r.code}`;
  const all = `${r.stdout}${r.stderr}`;
  if (all.trim() === '') return 'không in thông báo nào';
  if (!VIETNAMESE.test(all)) return `thông báo không phải tiếng Việt: ${all.slice(0, 200)}`;
  if (STACK_LINE.test(all) || NODE_ERROR.test(all)) return `có stack trace: ${all.slice(0, 300)}`;
  if (r.stderr.includes('Lỗi không mong đợi')) return r.stderr.split('\n')[0];
  return null;
}

const dir = tempDir('fuzz');
const COUNT = Number(process.env.FUZZ_COUNT ?? 1040);
const FIRST_SEED = 20_250_000;
/** FUZZ_VERBOSE=1: each distinct exit-2 message once, with a seed. */
export const messages = new Map<string, number>();

async function runCase(c: Case, problems: Problem[], codes: Map<number, number>): Promise<void> {
  const ext = c.kind === 'workbook' ? 'xlsx' : 'docx';
  const file = path.join(dir, `${c.seed}.${ext}`);
  writeFileSync(file, c.bytes);
  const runs: string[][] = c.kind === 'workbook' ? [['validate', file]] : [['check-template', file]];
  // Sources take turns (seed % 4): every 20th case of each workbook, and every 4th template (the
  // fill code reads the template differently from check-template), also makes a report.
  const turn = Math.floor(c.seed / SOURCES.length);
  if (turn % (c.kind === 'workbook' ? 20 : 4) === 0) {
    const out = path.join(dir, `${c.seed}-bao-cao.docx`);
    runs.push(c.kind === 'workbook' ? ['report', file, '--allow-errors', '--out', out] : ['report', SAMPLES.uMinhThuong, '--template', file, '--allow-errors', '--out', out]);
  }
  for (const argv of runs) {
    const r = await runGuarded(argv);
    if (r !== 'hang') codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
    if (process.env.FUZZ_VERBOSE && r !== 'hang' && r.code === 2) {
      messages.set(
        `${argv[0]} ${r.stderr
          .split('\n')[0]
          .replace(/"[^"]*"/g, '"…"')
          .replace(/\d+/g, 'N')}`,
        c.seed,
      );
    }
    const problem = judge(r);
    if (problem) problems.push({ seed: c.seed, source: c.source, mutation: c.mutation, argv: argv[0], problem });
  }
}

/** Each distinct problem once (file paths and numbers blurred), with a seed that shows it. */
function distinct(problems: Problem[]): string[] {
  const seen = new Map<string, Problem & { count: number }>();
  for (const p of problems) {
    const key = `${p.argv}: ${p.problem.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N')}`;
    const had = seen.get(key);
    if (had) had.count += 1;
    else seen.set(key, { ...p, count: 1 });
  }
  return [...seen.entries()].map(([key, p]) => `${key}\n    ×${p.count}, ví dụ seed ${p.seed} (${p.source}: ${p.mutation.slice(0, 200)})`);
}

describe('fuzz: mutated samples and template through runCli', () => {
  const problems: Problem[] = [];
  const codes = new Map<number, number>();
  const started = process.hrtime.bigint();

  const batches = 4;
  for (let b = 0; b < batches; b += 1) {
    test(`mutations ${b + 1}/${batches}`, async () => {
      const per = Math.ceil(COUNT / batches);
      for (let i = b * per; i < Math.min(COUNT, (b + 1) * per); i += 1) {
        await runCase(await makeCase(FIRST_SEED + i), problems, codes);
      }
    });
  }

  test('no unexpected error, crash, hang or stack trace', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Each exit code is reached: the mutations go past the container checks into the engine.
    const summary = `${COUNT} đột biến trong ${seconds.toFixed(1)} s; mã thoát: ${[...codes.entries()]
      .sort()
      .map(([c, n]) => `${c}×${n}`)
      .join(', ')}`;
    const report = distinct(problems);
    console.log(`${summary}\n${report.join('\n')}`);
    if (process.env.FUZZ_VERBOSE) console.log([...messages.entries()].map(([m, seed]) => `${seed} ${m}`).join('\n'));
    expect(COUNT).toBeGreaterThanOrEqual(1000);
    expect(codes.get(2) ?? 0).toBeGreaterThan(0);
    expect((codes.get(0) ?? 0) + (codes.get(1) ?? 0)).toBeGreaterThan(0);
    expect(report).toEqual([]);
  });
});

describe('fuzz: reproduce one seed', () => {
  const seed = Number(process.env.FUZZ_SEED);
  (Number.isFinite(seed) ? test : test.skip)('reproduce', async () => {
    const c = await makeCase(seed);
    const problems: Problem[] = [];
    await runCase(c, problems, new Map());
    console.log(`${c.source}: ${c.mutation}\n${path.join(dir, `${seed}.${c.kind === 'workbook' ? 'xlsx' : 'docx'}`)}`, problems);
  });
});
