import nd30Json from '../../rules/nd30-format.json';
import { loadNd30Format, Nd30FormatSchema } from '../../engine';
import { CATALOG, ELEMENTS } from '../../report/check-format';
import { VIETNAMESE } from '../hardening/support';

/** The rules data is validated at load, and every message of the catalog reads as Vietnamese. */

describe('rules/nd30-format.json', () => {
  test('loads, and carries its legal source on every group', () => {
    const rules = loadNd30Format();
    expect(rules.font.name).toBe('Times New Roman');
    for (const [key, size] of Object.entries(rules.sizes)) expect({ key, source: size.source.startsWith('Phụ lục I') }).toEqual({ key, source: true });
    for (const group of ['page', 'margins', 'font', 'body', 'texts', 'ruleLines', 'number', 'date', 'documentTypes', 'signature', 'recipients', 'pageNumbers', 'appendix'] as const) {
      expect(rules[group].source).toMatch(/^Phụ lục (I|III)/);
    }
  });

  test('the margins are the ND30 ranges in twips (20–25 / 30–35 / 15–20 mm)', () => {
    const { margins } = loadNd30Format();
    const mm = (twips: number) => Math.round(twips / 56.6929);
    expect([margins.top, margins.bottom, margins.left, margins.right].map((r) => [mm(r.min), mm(r.max)])).toEqual([
      [20, 25],
      [20, 25],
      [30, 35],
      [15, 20],
    ]);
  });

  test('a malformed copy is refused with the reason', () => {
    const broken = JSON.parse(JSON.stringify(nd30Json));
    broken.sizes.noiDung = { min: 15, max: 13, preferred: 14, source: 'x' };
    delete broken.margins.left;
    const result = Nd30FormatSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['margins.left', 'sizes.noiDung']));
  });
});

describe('the finding catalog', () => {
  test('the element vocabulary is the one of SPEC §6', () => {
    expect([...ELEMENTS]).toEqual([
      'kho-giay',
      'le',
      'phong-chu',
      'quoc-hieu',
      'tieu-ngu',
      'co-quan',
      'so-ky-hieu',
      'dia-danh-ngay',
      'ten-loai-trich-yeu',
      'kinh-gui',
      'noi-dung',
      'dau-muc',
      'noi-nhan',
      'chu-ky',
      'so-trang',
      'phu-luc',
    ]);
  });

  test.each(Object.keys(CATALOG) as Array<keyof typeof CATALOG>)('%s: kebab-case code, Vietnamese message and hint naming the rule', (code) => {
    expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const info = CATALOG[code];
    const params = { what: 'Quốc hiệu', found: 'giá trị tìm thấy', expected: 'giá trị quy định', source: 'Phụ lục I, mục II.1: chi tiết' };
    const message = info.message(params);
    const hint = info.hint(params);
    expect(message).toMatch(VIETNAMESE);
    expect(hint).toMatch(VIETNAMESE);
    expect(`${message} ${hint}`).not.toMatch(/undefined|null|NaN|\[object/);
    // The message says where the rule comes from, without the long description after the colon.
    expect(message).toContain('(Phụ lục I, mục II.1)');
    expect(message).not.toContain('chi tiết');
    expect(['error', 'warning', 'info']).toContain(info.severity);
  });
});
