import { readFileSync } from 'fs';
import * as path from 'path';
import { buildReport } from '../../report';
import type { FormatFinding } from '../../report/check-format';
import { districtResult } from '../report/fixtures';
import { handMadeBytes } from './hand-made';
import { checkBytes, editParagraph, errors, generatedReport, readParts, SAMPLES, setText, TEMPLATE, writeParts, type CheckRun, type Parts } from './support';

const DOC = 'word/document.xml';
const PARAGRAPH = /<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g;

/**
 * Issue 13: each mutation breaks one ND30 rule in a document that conforms, and check-format must
 * then give exactly the finding for that rule (element, code, location, message) and nothing else:
 * for a rule ND30 prescribes, exit 1 and that one error; for practice (a warning), exit 0, no error
 * and that one warning more than the original had. Each mutation runs on documents laid out
 * differently: our generated reports and a Quyết định built by hand.
 */

export interface Subject {
  name: string;
  bytes: () => Promise<Uint8Array>;
  /** The table cell of each element ("bảng 1, dòng 1, cột 2"), or '' when it is not in a table. */
  cells: { qh: string; date: string; so: string; agency: string; noiNhan: string; signer: string };
  /** A body paragraph to damage, by its first words. */
  body: string;
  /** First words of: the first recipient line, the signer's name, the trích yếu. */
  recipient: string;
  signer: string;
  trichYeu: string;
  /** The document type name (tên loại) as written. */
  tenLoai: string;
  /** First words of the first agency line, and of the line the agency's rule is drawn under. */
  agency: string;
  agencyLast: string;
  /** The ký hiệu after "Số: n/", e.g. "BC-UBND". */
  symbol: string;
  /** First words of the body's last paragraph (the one ending "./."). */
  closing: string;
  /** The body paragraph after `body`, when the document spaces paragraphs after them (space after). */
  nextBody?: string;
  generated: boolean;
  /** "Kính gửi: …" is there. */
  kinhGui?: boolean;
  /** The header is paragraphs one under the other, not a table. */
  noHeaderTable?: boolean;
}

const GENERATED_CELLS = {
  qh: 'bảng 1, dòng 1, cột 2',
  date: 'bảng 1, dòng 2, cột 2',
  so: 'bảng 1, dòng 2, cột 1',
  agency: 'bảng 1, dòng 1, cột 1',
  noiNhan: 'bảng 5, dòng 1, cột 1',
  signer: 'bảng 5, dòng 1, cột 2',
};
const GENERATED = {
  body: 'Toàn huyện có',
  recipient: '- UBND tỉnh Kiên Giang;',
  signer: 'Nguyễn Văn Minh',
  trichYeu: 'Kết quả thực hiện Kế hoạch',
  tenLoai: 'BÁO CÁO',
  agency: 'ỦY BAN NHÂN DÂN',
  agencyLast: 'ỦY BAN NHÂN DÂN',
  symbol: 'BC-UBND',
  closing: 'Trên đây là báo cáo',
  generated: true,
};

export const GENERATED_REPORT: Subject = {
  name: 'báo cáo do chương trình lập (U Minh Thượng)',
  bytes: () => generatedReport(SAMPLES.uMinhThuong),
  cells: GENERATED_CELLS,
  ...GENERATED,
};

/** The district fixture's report sent to the province, so it carries "Kính gửi:". */
export const GENERATED_WITH_KINH_GUI: Subject = {
  name: 'báo cáo có “Kính gửi” (huyện U Minh Thượng gửi tỉnh)',
  bytes: () => buildReport(districtResult(), { template: readFileSync(TEMPLATE), kinhGui: 'Ủy ban nhân dân tỉnh Kiên Giang' }),
  cells: GENERATED_CELLS,
  ...GENERATED,
  recipient: '- UBND tỉnh Kiên Giang (b/c);',
  signer: 'Nguyễn Văn An',
  kinhGui: true,
};

const HAND_MADE_CELLS = {
  qh: 'bảng 1, dòng 1, cột 2',
  date: 'bảng 1, dòng 1, cột 2',
  so: 'bảng 1, dòng 1, cột 1',
  agency: 'bảng 1, dòng 1, cột 1',
  noiNhan: 'bảng 2, dòng 1, cột 1',
  signer: 'bảng 2, dòng 1, cột 2',
};

export const HAND_MADE: Subject = {
  name: 'quyết định soạn tay',
  bytes: () => handMadeBytes(),
  cells: HAND_MADE_CELLS,
  body: 'Điều 3.',
  recipient: '- Như Điều 13;',
  signer: 'Trần Thị Bình',
  trichYeu: 'Về việc công nhận',
  tenLoai: 'QUYẾT ĐỊNH',
  agency: 'ỦY BAN NHÂN DÂN',
  agencyLast: 'XÃ HÒA AN',
  symbol: 'QĐ-UBND',
  closing: 'Điều 13.',
  nextBody: 'Điều 4.',
  generated: false,
};

/** The hand-made Quyết định with its header table taken apart: the same paragraphs, one under the other. */
export const HAND_MADE_NO_HEADER_TABLE: Subject = {
  ...HAND_MADE,
  name: 'quyết định soạn tay, tiêu đề không dùng bảng',
  bytes: async () => {
    const { zip, parts } = await readParts(await handMadeBytes());
    parts.set(
      DOC,
      parts.get(DOC)!.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/, (table) => [...table.matchAll(PARAGRAPH)].map((m) => m[0]).join('')),
    );
    return writeParts(zip, parts);
  },
  cells: { ...HAND_MADE_CELLS, qh: '', date: '', so: '', agency: '', noiNhan: 'bảng 1, dòng 1, cột 1', signer: 'bảng 1, dòng 1, cột 2' },
  noHeaderTable: true,
};

export const WORD_DECREE_FILE = path.join(__dirname, 'fixtures', 'nghi-dinh-30-2020.docx');

/** The Government's own Word file of Nghị định 30/2020 (fixtures/README.md), as Microsoft Word saved it. */
export const WORD_DECREE: Subject = {
  name: 'Nghị định 30/2020 do Word lưu',
  bytes: async () => new Uint8Array(readFileSync(WORD_DECREE_FILE)),
  cells: {
    qh: 'bảng 1, dòng 1, cột 2',
    date: 'bảng 1, dòng 1, cột 2',
    so: 'bảng 1, dòng 1, cột 1',
    agency: 'bảng 1, dòng 1, cột 1',
    noiNhan: 'bảng 2, dòng 1, cột 1',
    signer: 'bảng 2, dòng 1, cột 2',
  },
  body: 'Nghị định này quy định về công tác văn thư',
  recipient: '- Ban Bí thư Trung ương Đảng;',
  signer: 'Nguyễn Xuân Phúc',
  trichYeu: 'Về công tác văn thư',
  tenLoai: 'NGHỊ ĐỊNH',
  agency: 'CHÍNH PHỦ',
  agencyLast: 'CHÍNH PHỦ',
  symbol: 'NĐ-CP',
  closing: '2. Các Bộ trưởng',
  generated: false,
};

export interface Mutation {
  name: string;
  /** Only for our report (the hand-made Quyết định has no such part). */
  generatedOnly?: boolean;
  /** Only for a document with "Kính gửi:". */
  kinhGuiOnly?: boolean;
  /** Only where the header is a table (which row a line is on is known only there). */
  headerTableOnly?: boolean;
  /** A warning (practice, or an estimate): exit 0. Default: an error, exit 1. */
  severity?: 'error' | 'warning';
  apply: (parts: Parts, s: Subject) => void;
  element: string;
  code: string;
  /** The finding's location begins with this. */
  location: (s: Subject) => string;
  message: RegExp[] | ((s: Subject) => RegExp[]);
}

/** The start of a location in section 1: the cell, when there is one. */
export const at = (cell: string): string => (cell === '' ? 'Phần 1, ' : `Phần 1, ${cell}, `);

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const DATE = /ngày \d+ tháng \d+ năm \d+/;

export function editDoc(parts: Parts, edit: (xml: string) => string): void {
  parts.set(DOC, edit(parts.get(DOC)!));
}

export function editDate(parts: Parts, rewrite: (text: string) => string): void {
  editDoc(parts, (xml) => editParagraph(xml, DATE, (p) => setText(p, rewrite)));
}

/** Every header part (header1.xml, …) edited. */
export function editHeaders(parts: Parts, edit: (xml: string) => string): void {
  for (const [name, xml] of parts) if (/^word\/header\d*\.xml$/.test(name)) parts.set(name, edit(xml));
}

const key = (f: FormatFinding) => `${f.severity} ${f.element}/${f.code} @ ${f.location}`;
const warnings = (run: CheckRun) => (run.json?.findings ?? []).filter((f) => f.severity === 'warning');

export function runMutations(title: string, subjects: Subject[], mutations: Mutation[]): void {
  describe.each(subjects)(`${title}: $name`, (subject) => {
    let original: Uint8Array;
    let before: Set<string>;
    beforeAll(async () => {
      original = await subject.bytes();
      before = new Set(warnings(await checkBytes(original)).map(key));
    });

    test('the unmutated document has no error', async () => {
      expect(errors(await checkBytes(original))).toEqual([]);
    });

    const apply = mutations.filter((m) => (subject.generated || !m.generatedOnly) && (subject.kinhGui || !m.kinhGuiOnly) && !(subject.noHeaderTable && m.headerTableOnly));
    test.each(apply)('$name → exactly $element / $code', async (m) => {
      const { zip, parts } = await readParts(original);
      const unmutated = new Map(parts);
      m.apply(parts, subject);
      // A mutation that finds nothing to change would test nothing.
      expect([...parts].some(([name, xml]) => unmutated.get(name) !== xml)).toBe(true);
      const run = await checkBytes(await writeParts(zip, parts), 'dot-bien');
      const warning = m.severity === 'warning';
      const found = warning ? warnings(run).filter((f) => !before.has(key(f))) : errors(run);
      expect({ code: run.code, findings: found.map((f) => `${f.element}/${f.code}`) }).toEqual({ code: warning ? 0 : 1, findings: [`${m.element}/${m.code}`] });
      if (warning) expect(errors(run)).toEqual([]);
      const [f] = found;
      expect(f.location).toMatch(new RegExp(`^${escapeRegExp(m.location(subject))}`));
      for (const re of typeof m.message === 'function' ? m.message(subject) : m.message) expect(f.message).toMatch(re);
      expect(f.hint.length).toBeGreaterThan(10);
    });
  });
}
