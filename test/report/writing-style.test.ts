import { readFileSync } from 'fs';
import * as path from 'path';
import { loadRules, validateWorkbook, type MetricCode, type ValidationResult } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';
import { buildContent, buildReport, checkFormat, listDistricts, type ReportContent } from '../../report';
import { defaultTemplate, paragraphs, parts, ROOT } from './helpers';

/**
 * Issue 12, item 2, on the three sample workbooks and every district report: one writing style in
 * the whole report, read from the real .docx where it matters.
 */

const SAMPLES = ['u-minh-thuong', 'tinh-hau-giang', 'mau-2026-2030'];

async function sample(name: string): Promise<ValidationResult> {
  return validateWorkbook(await readWorkbook(readFileSync(path.join(ROOT, 'samples', `${name}.xlsx`))));
}

/** Every report the samples make: the three whole reports and each district of the province. */
async function contents(): Promise<Array<{ name: string; result: ValidationResult; district?: string; content: ReportContent }>> {
  const out = [];
  for (const name of SAMPLES) {
    const result = await sample(name);
    out.push({ name, result, content: buildContent(result) });
    if (name === 'tinh-hau-giang') {
      for (const d of listDistricts(result)) out.push({ name: `${name} / ${d}`, result, district: d, content: buildContent(result, { district: d }) });
    }
  }
  return out;
}

function prose(c: ReportContent): string[] {
  const out = Object.entries(c.scalars)
    .filter(([k]) => k.startsWith('doan_'))
    .map(([, v]) => v);
  for (const b of Object.values(c.blocks)) if (b.kind === 'paragraphs') out.push(...b.paragraphs.map((p) => p.text));
  return out.filter((t) => t !== '');
}

describe('one writing style across every sample report', () => {
  let all: Awaited<ReturnType<typeof contents>>;
  beforeAll(async () => {
    all = await contents();
  });

  test('a figure reads the same in its sentence, its table, its placeholder and the target table', () => {
    for (const { content: c } of all) {
      const ntm = c.blocks.bang_ntm;
      if (ntm.kind !== 'table') throw new Error('table expected');
      const cells = ntm.table.rows.map((r) => r.map((x) => x.text));
      if (c.scalars.so_xa !== '0') {
        expect(cells[1][3]).toBe(c.scalars.ty_le_xa_dat_chuan_ntm);
        expect(cells[cells.length - 1][2]).toBe(c.scalars.binh_quan_tieu_chi);
        expect(c.scalars.doan_ntm).toContain(`chiếm ${c.scalars.ty_le_xa_dat_chuan_ntm}`);
        expect(c.scalars.doan_ntm).toContain(`bình quân đạt ${c.scalars.binh_quan_tieu_chi} tiêu chí/xã`);
      }
      if (c.scalars.doan_thu_nhap.includes('bảo hiểm y tế')) expect(c.scalars.doan_thu_nhap).toContain(`bảo hiểm y tế đạt ${c.scalars.ty_le_bhyt}`);
      if (c.scalars.doan_thu_nhap.includes('Thu nhập')) expect(c.scalars.doan_thu_nhap).toContain(`đạt ${c.scalars.thu_nhap_binh_quan} triệu`);
    }
    // The target table's "Thực hiện" is the placeholder's figure, with its unit.
    for (const { result, content: c } of all.filter((x) => x.district === undefined)) {
      result.targets.forEach((t, i) => {
        if (t.code === 'khac' || t.units || t.actual === null || !(t.code in c.scalars)) return;
        expect(c.lists.muc_tieu[i].thuc_hien.startsWith(c.scalars[t.code])).toBe(true);
      });
    }
  });

  test('the target table rounds as the sentences do (no 94,02% beside 94%, no 18,22 beside 18,2)', async () => {
    const result = await sample('u-minh-thuong');
    const c = buildContent(result);
    const bhyt = result.targets.findIndex((t) => t.code === 'ty_le_bhyt');
    expect(c.lists.muc_tieu[bhyt].thuc_hien).toBe(c.scalars.ty_le_bhyt);
    expect(c.scalars.doan_thu_nhap).toContain(`đạt ${c.scalars.ty_le_bhyt}.`);
    const province = buildContent(await sample('tinh-hau-giang'));
    const rows = province.lists.muc_tieu;
    expect(rows.find((r) => r.noi_dung.startsWith('Bình quân'))!.thuc_hien).toBe(`${province.scalars.binh_quan_tieu_chi} tiêu chí/xã`);
    expect(province.scalars.binh_quan_tieu_chi).toBe('18,2');
    // 18,2 against a target of 18,2 reads 100%, not 100,1%.
    expect(rows.find((r) => r.noi_dung.startsWith('Bình quân'))!.ty_le_hoan_thanh).toBe('100%');
    expect(rows.find((r) => r.noi_dung.startsWith('Tỷ lệ xã'))!.thuc_hien).toBe(province.scalars.ty_le_xa_dat_chuan_ntm);
  });

  test('sentences: no signs, no "00", no fractions of communes or products, zero as "0"', () => {
    for (const { name, content } of all) {
      for (const t of prose(content)) {
        expect({ name, t, sign: /[≥≤]|>=|<=/u.test(t) }).toMatchObject({ sign: false });
        expect({ name, t, zeros: /(^|[^\d,/])00(?![\d/])/u.test(t) }).toMatchObject({ zeros: false });
        expect({ name, t, fraction: /\d,\d+ (xã|sản phẩm|hợp tác xã)\b/u.test(t) }).toMatchObject({ fraction: false });
      }
      for (const code of loadRules().metrics.metrics.map((m) => m.code as MetricCode)) expect(content.scalars[code]).not.toBe('00');
    }
  });

  test('lists: every item "- …;" and the last "- … ."', () => {
    for (const { content } of all) {
      for (const [name, b] of Object.entries(content.blocks)) {
        if (b.kind !== 'paragraphs' || name === 'ds_noi_nhan') continue;
        const runs: string[][] = [];
        for (const p of b.paragraphs) {
          if (p.text.startsWith('- ')) {
            if (runs.length === 0 || runs[runs.length - 1].length === 0) runs.push([]);
            runs[runs.length - 1].push(p.text);
          } else runs.push([]);
        }
        for (const items of runs.filter((r) => r.length > 0)) {
          items.slice(0, -1).forEach((t) => expect(t).toMatch(/;$/u));
          expect(items[items.length - 1]).toMatch(/[^.]\.$/u);
        }
      }
    }
  });

  test('unit names: lower case inside sentences, capitalised at the start of a line', () => {
    for (const { content } of all) {
      for (const t of prose(content)) {
        expect(t.slice(1)).not.toMatch(/[,;:(] ?(Huyện|Thị xã|Thành phố|Xã) \p{Lu}/u);
        if (/^- (xã|huyện|thị xã|thành phố) /u.test(t)) throw new Error(`list item starts in lower case: ${t}`);
      }
    }
  });

  test('the closing line has one "của" (the plan\'s), read in the real .docx', async () => {
    for (const name of SAMPLES) {
      const lines = paragraphs((await parts(await buildReport(await sample(name), { template: defaultTemplate() })))['word/document.xml']);
      const closing = lines.find((l) => l.startsWith('Trên đây là báo cáo'))!;
      expect(closing).toMatch(/\.\/\.$/u);
      expect(closing.split(' của ').length - 1).toBeLessThanOrEqual(1);
      const proposal = lines.find((l) => l.startsWith('Đề nghị các cơ quan cấp trên'))!;
      expect(proposal.split(' của ').length - 1).toBeLessThanOrEqual(1);
    }
  });

  test('the sample reports and every district report pass check-format without an error or a warning', async () => {
    for (const name of SAMPLES) {
      const result = await sample(name);
      const districts = name === 'tinh-hau-giang' ? [undefined, ...listDistricts(result)] : [undefined];
      for (const district of districts) {
        const check = await checkFormat(await buildReport(result, { template: defaultTemplate(), district }));
        expect({ name, district, findings: check.findings.filter((f) => f.severity !== 'info').map((f) => f.message) }).toEqual({ name, district, findings: [] });
      }
    }
  });
});
