import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { buildZip, NODE_ERROR, prng, rawEntries, run, STACK_LINE, VIETNAMESE, type RawEntry } from '../hardening/support';
import { handMadeBytes } from './hand-made';
import { ELEMENTS as ELEMENT_NAMES } from '../../report/check-format';
import { generatedReport, SAMPLES, tempDir } from './support';

/**
 * The hardening fuzz idea (test/hardening/fuzz.test.ts) applied to check-format: deterministic
 * mutations of a generated report, the hand-made Quyết định and a decree saved by Word, from the
 * zip bytes down to the attributes Word reads, each run through runCli with --json. Every run must
 * end with exit 0, 1 or 2: with 2, a Vietnamese message; otherwise one JSON object whose findings
 * all have an element of the vocabulary and a Vietnamese message, hint and location. An exception,
 * a stack trace or "Lỗi không mong đợi" is a bug, reported with its seed. CF_FUZZ_COUNT changes
 * the number of cases (default 320).
 */

interface Source {
  label: string;
  bytes: Buffer;
  entries: RawEntry[];
  zip: JSZip;
  xmlParts: string[];
}

const COUNT = Number(process.env.CF_FUZZ_COUNT ?? 320);
const FIRST_SEED = 13_000_000;
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: () => number, max: number): number => Math.floor(rand() * max);

const WEIRD = ['', '-1', '0', '-99999', '1e309', 'NaN', 'abc', '99999999999999999999', 'auto', 'true', 'false', 'none', 'both', 'center', 'landscape', 'minorHAnsi', 'Arial', '&quot;', 'ổ', ' '];
const GARBAGE = [
  '<',
  '>',
  '&',
  '&#0;',
  '"',
  '</',
  '<w:p>',
  '<w:tbl>',
  '<w:tc>',
  ']]>',
  '\uFFFE',
  'ệ',
  '/>',
  '<w:fldChar w:fldCharType="end"/>',
  '<w:fldChar w:fldCharType="begin"/>',
  '<w:txbxContent>',
];
const ELEMENTS =
  /<(w:p|w:r|w:tc|w:tr|w:tbl|w:pPr|w:rPr|w:sectPr|w:style|w:docDefaults|w:pgMar|w:pgSz|w:rFonts|w:jc|w:ind|w:spacing|w:t|w:hdr|w:fldChar|w:instrText|w:titlePg|w:headerReference|Relationship)[ >/][\s\S]*?(<\/\1>|\/>)/g;

function xmlEdit(rand: () => number, xml: string): [string, string] {
  const at = int(rand, xml.length);
  switch (int(rand, 8)) {
    case 0: {
      const attrs = [...xml.matchAll(/ ([\w:]+)="([^"]*)"/g)];
      if (attrs.length === 0) return ['cắt cuối', xml.slice(0, at)];
      const m = pick(rand, attrs);
      const start = m.index! + m[0].length - m[2].length - 1;
      const value = pick(rand, WEIRD);
      return [`${m[1]}="${m[2]}" → "${value}"`, xml.slice(0, start) + value.replace(/"/g, '&quot;') + xml.slice(start + m[2].length)];
    }
    case 1: {
      const g = pick(rand, GARBAGE);
      return [`chèn ${JSON.stringify(g)} ở ${at}`, xml.slice(0, at) + g + xml.slice(at)];
    }
    case 2: {
      const els = [...xml.matchAll(ELEMENTS)];
      if (els.length === 0) return ['cắt cuối', xml.slice(0, at)];
      const m = pick(rand, els);
      return [`bỏ <${m[1]}> ở ${m.index}`, xml.slice(0, m.index) + xml.slice(m.index! + m[0].length)];
    }
    case 3: {
      const els = [...xml.matchAll(ELEMENTS)];
      if (els.length === 0) return ['cắt cuối', xml.slice(0, at)];
      const m = pick(rand, els);
      return [`nhân đôi <${m[1]}> ở ${m.index}`, xml.slice(0, m.index) + m[0] + xml.slice(m.index)];
    }
    case 4: {
      const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)</g)];
      if (texts.length === 0) return ['cắt cuối', xml.slice(0, at)];
      const m = pick(rand, texts);
      const start = m.index! + m[0].length - m[1].length - 1;
      const text = pick(rand, ['', ' ', 'Số:', 'Nơi nhận:', 'Phụ lục', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ngày 5 tháng 03 năm', 'TM.', 'KT', 'I.', './.', '\t', 'Kính gửi']);
      return [`chữ "${m[1].slice(0, 20)}" → "${text}"`, xml.slice(0, start) + text + xml.slice(start + m[1].length)];
    }
    case 5:
      return ['bỏ mọi w:rPr', xml.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/g, '')];
    case 6: {
      // Nest a copy of a paragraph inside a run (text box–like depth) or a table inside a cell.
      const els = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)];
      if (els.length === 0) return ['cắt cuối', xml.slice(0, at)];
      const m = pick(rand, els);
      const wrapped = `<w:r><w:pict><v:textbox><w:txbxContent>${m[0]}${m[0]}</w:txbxContent></v:textbox></w:pict></w:r>`;
      return [`hộp văn bản trong đoạn ở ${m.index}`, xml.replace(m[0], m[0].replace('</w:p>', `${wrapped}</w:p>`))];
    }
    default:
      return [`cắt ở ${at}`, xml.slice(0, at)];
  }
}

async function makeCase(seed: number, sources: Source[]): Promise<[string, Buffer]> {
  const rand = prng(seed);
  const source = sources[seed % sources.length];
  const r = rand();
  if (r < 0.1) {
    const at = int(rand, source.bytes.length);
    return [`${source.label}: cắt ở byte ${at}`, source.bytes.subarray(0, at)];
  }
  if (r < 0.2) {
    const bytes = Buffer.from(source.bytes);
    for (let i = 0; i < 1 + int(rand, 6); i++) bytes[int(rand, bytes.length)] ^= 1 + int(rand, 255);
    return [`${source.label}: đảo byte`, bytes];
  }
  if (r < 0.3) {
    const name = pick(rand, source.xmlParts);
    const entries = source.entries.map((e): RawEntry => {
      if (e.name !== name || e.stored.length === 0) return e;
      const stored = Buffer.from(e.stored);
      stored[int(rand, stored.length)] ^= 1 + int(rand, 255);
      try {
        const data = zlib.inflateRawSync(stored, { maxOutputLength: 8 * 1024 * 1024 });
        return { ...e, stored, crc32: zlib.crc32(data), uncompressedSize: data.length };
      } catch {
        return { ...e, stored };
      }
    });
    return [`${source.label}: đảo byte nén trong ${name} (sửa CRC)`, buildZip(entries)];
  }
  if (r < 0.38) {
    const victim = pick(rand, source.entries).name;
    return [`${source.label}: bỏ ${victim}`, buildZip(source.entries.filter((e) => e.name !== victim))];
  }
  const copy = new JSZip();
  for (const name of Object.keys(source.zip.files)) if (!source.zip.files[name].dir) copy.file(name, await source.zip.files[name].async('uint8array'));
  const steps: string[] = [];
  for (let i = 0; i < 1 + int(rand, 3); i++) {
    const favoured = source.xmlParts.filter((p) => /document|styles|header|numbering|theme|rels/.test(p));
    const part = rand() < 0.85 ? pick(rand, favoured) : pick(rand, source.xmlParts);
    const [what, xml] = xmlEdit(rand, await copy.file(part)!.async('string'));
    copy.file(part, xml);
    steps.push(`${part}: ${what}`);
  }
  return [`${source.label}: ${steps.join('; ')}`, await copy.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })];
}

/** What is wrong with the JSON of a run that read the document: not one object, or a finding not in Vietnamese. */
function findingProblem(stdout: string): string | undefined {
  let parsed: { summary?: { errors?: number }; findings?: Array<Record<string, unknown>> };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    return `--json không in một đối tượng JSON: ${stdout.slice(0, 120)}`;
  }
  if (!Array.isArray(parsed.findings) || typeof parsed.summary?.errors !== 'number') return 'thiếu summary hoặc findings';
  for (const f of parsed.findings) {
    if (!(ELEMENT_NAMES as readonly string[]).includes(String(f.element))) return `element lạ: ${String(f.element)}`;
    for (const field of ['message', 'hint', 'location'] as const) {
      const text = String(f[field] ?? '');
      // What the document itself holds is quoted (“NaN” may be a font name); the rest is ours.
      const ours = text.replace(/“[^”]*”/g, '');
      if (!VIETNAMESE.test(text) || /undefined|NaN|\[object|null/.test(ours)) return `${field} không phải tiếng Việt: ${text.slice(0, 120)}`;
    }
  }
  return undefined;
}

describe('fuzz: mutated documents through check-format', () => {
  test(`${COUNT} mutations: no crash, hang, stack trace or English; every finding in Vietnamese`, async () => {
    const sources: Source[] = [];
    for (const [label, bytes] of [
      ['bao-cao', Buffer.from(await generatedReport(SAMPLES.uMinhThuong))],
      ['quyet-dinh', Buffer.from(await handMadeBytes())],
      // Saved by Microsoft Word: rsid attributes, styles by name, superscript rules, white text.
      ['nghi-dinh-word', readFileSync(path.join(__dirname, 'fixtures', 'nghi-dinh-30-2020.docx'))],
    ] as const) {
      const entries = rawEntries(bytes);
      sources.push({ label, bytes, entries, zip: await JSZip.loadAsync(bytes), xmlParts: entries.filter((e) => /\.(xml|rels)$/.test(e.name)).map((e) => e.name) });
    }
    const dir = tempDir('fuzz');
    const problems: string[] = [];
    const codes = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      const seed = FIRST_SEED + i;
      const [mutation, bytes] = await makeCase(seed, sources);
      const file = path.join(dir, `${seed}.docx`);
      writeFileSync(file, bytes);
      const started = Date.now();
      const r = await run(['check-format', file, '--json']);
      const all = `${r.stdout}${r.stderr}`;
      codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
      let problem: string | undefined;
      if (r.thrown !== undefined) problem = `ném lỗi: ${String((r.thrown as Error)?.message ?? r.thrown)}`;
      else if (![0, 1, 2].includes(r.code)) problem = `mã thoát ${r.code}`;
      else if (r.code === 2) problem = VIETNAMESE.test(r.stderr) ? undefined : `không phải tiếng Việt: ${all.slice(0, 120)}`;
      else problem = findingProblem(r.stdout);
      if (!problem && (STACK_LINE.test(all) || NODE_ERROR.test(all))) problem = `stack trace: ${all.slice(0, 200)}`;
      if (!problem && r.stderr.includes('Lỗi không mong đợi')) problem = r.stderr.split('\n')[0];
      if (!problem && Date.now() - started > 20_000) problem = 'quá 20 giây';
      if (problem) problems.push(`seed ${seed} (${mutation.slice(0, 160)}): ${problem}`);
    }
    console.log(
      `check-format: ${COUNT} đột biến; mã thoát ${[...codes.entries()]
        .sort()
        .map(([c, n]) => `${c}×${n}`)
        .join(', ')}`,
    );
    expect(problems).toEqual([]);
    // The mutations reach the checker, not only the container checks.
    expect((codes.get(0) ?? 0) + (codes.get(1) ?? 0)).toBeGreaterThan(COUNT / 4);
    expect(codes.get(2) ?? 0).toBeGreaterThan(0);
  });
});
