import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { assertNoStack, buildZip, compoundFile, deflatedEntry, rawEntries, run, SAMPLES, tempDir, TEMPLATE, VIETNAMESE, type Captured, type RawEntry } from './support';

/**
 * Issue "Hardening: corrupt and hostile inputs": every unreadable input ends with exit 2 and a
 * Vietnamese message naming the file, never a stack trace (SPEC §6, §9).
 */

const dir = tempDir('bad');

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

function expectRefused(r: Captured, named: string, pattern?: RegExp): void {
  expect(r.thrown).toBeUndefined();
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`"${named}"`);
  expect(r.stderr).toMatch(VIETNAMESE);
  expect(r.stderr).not.toContain('Lỗi không mong đợi');
  assertNoStack(r);
  if (pattern) expect(r.stderr).toMatch(pattern);
}

/** validate, report (as the workbook) and check-template / report --template (as the template). */
async function refusedEverywhere(bad: string, workbookPattern?: RegExp, templatePattern?: RegExp): Promise<void> {
  const out = path.join(dir, `out-${path.basename(bad)}.docx`);
  expectRefused(await run(['validate', bad]), bad, workbookPattern);
  expectRefused(await run(['validate', bad, '--json']), bad, workbookPattern);
  expectRefused(await run(['report', bad, '--out', out]), bad, workbookPattern);
  expectRefused(await run(['check-template', bad]), bad, templatePattern);
  expectRefused(await run(['report', SAMPLES.uMinhThuong, '--template', bad, '--out', out]), bad, templatePattern);
  expect(existsSync(out)).toBe(false);
}

async function rezip(source: string, edit: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function editPart(source: string, part: string, change: (xml: string) => string): Promise<Buffer> {
  return rezip(source, async (zip) => {
    const xml = await zip.file(part)!.async('string');
    const changed = change(xml);
    expect(changed).not.toBe(xml);
    zip.file(part, changed);
  });
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('unreadable files: exit 2, Vietnamese message naming the file, no stack trace', () => {
  test('missing file', async () => {
    await refusedEverywhere(path.join(dir, 'khong-co.xlsx'), /Không tìm thấy/u, /Không tìm thấy/u);
  });

  test('a folder instead of a file', async () => {
    await refusedEverywhere(dir, /thư mục/u, /thư mục/u);
  });

  test('empty file', async () => {
    await refusedEverywhere(file('rong.xlsx', ''), /rỗng \(0 byte\)/u, /rỗng \(0 byte\)/u);
  });

  test('not a zip: plain text', async () => {
    await refusedEverywhere(file('van-ban.xlsx', 'Đây là một ghi chú\nkhông phải sổ Excel.\n'), /văn bản thuần/u, /văn bản thuần/u);
  });

  test('truncated zip, cut at several points', async () => {
    const bytes = readFileSync(SAMPLES.uMinhThuong);
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      const bad = file(`cut-${fraction}.xlsx`, bytes.subarray(0, Math.floor(bytes.length * fraction)));
      await refusedEverywhere(bad, /cắt cụt|hỏng/u, /cắt cụt|hỏng/u);
    }
    const template = readFileSync(TEMPLATE);
    const bad = file('mau-cut.docx', template.subarray(0, template.length - 10));
    expectRefused(await run(['check-template', bad]), bad, /cắt cụt|hỏng/u);
  });

  test('corrupted deflate data inside an entry', async () => {
    const corrupt = (source: string, part: string): Buffer => {
      const entries = rawEntries(readFileSync(source)).map((e): RawEntry => {
        if (e.name !== part) return e;
        const stored = Buffer.from(e.stored);
        // A deflate block type 3 does not exist: the stream cannot be inflated.
        stored[0] = 0x07;
        for (let i = 8; i < stored.length; i += 7) stored[i] ^= 0xa5;
        return { ...e, stored };
      });
      return buildZip(entries);
    };
    const badWorkbook = file('deflate-hong.xlsx', corrupt(SAMPLES.uMinhThuong, 'xl/worksheets/sheet4.xml'));
    await refusedEverywhere(badWorkbook, /hỏng/u);
    const badSharedStrings = file('deflate-hong-ss.xlsx', corrupt(SAMPLES.uMinhThuong, 'xl/sharedStrings.xml'));
    expectRefused(await run(['validate', badSharedStrings]), badSharedStrings, /hỏng/u);
    const badTemplate = file('deflate-hong.docx', corrupt(TEMPLATE, 'word/document.xml'));
    expectRefused(await run(['check-template', badTemplate]), badTemplate, /hỏng/u);
    expectRefused(await run(['report', SAMPLES.uMinhThuong, '--template', badTemplate, '--out', path.join(dir, 'x.docx')]), badTemplate, /hỏng/u);
  });

  test('an old .xls (CFB with a "Workbook" stream) says it is an old .xls', async () => {
    const bad = file('cu.xlsx', compoundFile(['Workbook', '\u0005SummaryInformation']));
    await refusedEverywhere(bad, /\.xls cũ \(Excel 97-2003\)/u, /\.xls cũ/u);
  });

  test('a password-protected .xlsx (CFB with "EncryptionInfo") says it has a password', async () => {
    const bad = file('mat-khau.xlsx', compoundFile(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']));
    await refusedEverywhere(bad, /có đặt mật khẩu/u, /có đặt mật khẩu/u);
  });

  test('a .csv', async () => {
    const bad = file('so-lieu.csv', 'Huyện;Xã;Số tiêu chí đạt\nU Minh Thượng;Vĩnh Hòa;19\nU Minh Thượng;Thạnh Yên;17\n');
    await refusedEverywhere(bad, /văn bản CSV/u, /văn bản CSV/u);
  });

  test('a .docx given as a workbook', async () => {
    const r = await run(['validate', TEMPLATE]);
    expectRefused(r, TEMPLATE, /không phải sổ Excel \.xlsx: đây là văn bản Word/u);
    expectRefused(await run(['report', TEMPLATE, '--out', path.join(dir, 'x.docx')]), TEMPLATE, /văn bản Word/u);
  });

  test('an .xlsx given as a template', async () => {
    expectRefused(await run(['check-template', SAMPLES.uMinhThuong]), SAMPLES.uMinhThuong, /không phải mẫu Word \.docx: đây là sổ Excel/u);
    const out = path.join(dir, 'x.docx');
    expectRefused(await run(['report', SAMPLES.uMinhThuong, '--template', SAMPLES.hauGiang, '--out', out]), SAMPLES.hauGiang, /đây là sổ Excel/u);
    expect(existsSync(out)).toBe(false);
  });

  test('XML with a DOCTYPE/ENTITY (billion laughs) is refused, in a workbook and in a template', async () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' + '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const workbook = await editPart(SAMPLES.uMinhThuong, 'xl/sharedStrings.xml', (xml) => xml.replace('?>', `?>${laughs}`).replace('<t>', '<t>&lol3;'));
    const bad = file('doctype.xlsx', workbook);
    await refusedEverywhere(bad, /DOCTYPE\/ENTITY/u);
    const external = await editPart(SAMPLES.uMinhThuong, 'xl/workbook.xml', (xml) => xml.replace('?>', '?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'));
    const badExternal = file('xxe.xlsx', external);
    expectRefused(await run(['validate', badExternal]), badExternal, /DOCTYPE\/ENTITY/u);
    const template = await editPart(TEMPLATE, 'word/document.xml', (xml) => xml.replace('?>', `?>${laughs}`));
    const badTemplate = file('doctype.docx', template);
    expectRefused(await run(['check-template', badTemplate]), badTemplate, /DOCTYPE\/ENTITY/u);
  });
});

describe('zip bombs: refused in under 2 s with bounded memory', () => {
  const MB = 1024 * 1024;

  async function refusedQuickly(name: string, bytes: Buffer, asTemplate = false): Promise<Captured> {
    const bad = file(name, bytes);
    const rss = process.memoryUsage().rss;
    const start = process.hrtime.bigint();
    const r = asTemplate ? await run(['check-template', bad]) : await run(['validate', bad]);
    const ms = elapsedMs(start);
    const growth = process.memoryUsage().rss - rss;
    expectRefused(r, bad, /zip bomb/u);
    expect(ms).toBeLessThan(2000);
    expect(growth).toBeLessThan(300 * MB);
    return r;
  }

  // 400 MB of zeros deflate to ~400 KB: an honest ratio of ~1000:1.
  const zeros = Buffer.alloc(400 * MB);
  const sheetBomb = deflatedEntry('xl/worksheets/sheet4.xml', zeros);
  const base = (): RawEntry[] => rawEntries(readFileSync(SAMPLES.uMinhThuong));

  test('an honest bomb (declared sizes true, ratio ~1000:1) in a sheet', async () => {
    const entries = base().map((e) => (e.name === sheetBomb.name ? sheetBomb : e));
    await refusedQuickly('bomb-honest.xlsx', buildZip(entries));
  });

  test('a lying bomb: the directory declares 20 KB, the data inflates to 400 MB', async () => {
    const entries = base().map((e) => (e.name === sheetBomb.name ? { ...sheetBomb, uncompressedSize: 20_000 } : e));
    await refusedQuickly('bomb-lying.xlsx', buildZip(entries));
  });

  test('a lying bomb in a part that is not XML (an image), which exceljs/jszip would inflate whole', async () => {
    // Found by this test: only XML parts were inflated by the check, so a 400 MB image declared as
    // 20 KB reached exceljs (≈1 s per 400 MB in the streaming reader, all of it in memory in load()).
    const image = { ...deflatedEntry('xl/media/image1.png', zeros), uncompressedSize: 20_000 };
    await refusedQuickly('bomb-image.xlsx', buildZip([...base(), image]));
    const template = rawEntries(readFileSync(TEMPLATE));
    await refusedQuickly('bomb-image.docx', buildZip([...template, { ...image, name: 'word/media/image1.png' }]), true);
  });

  test('many parts adding up to more than 1 GB', async () => {
    const part = deflatedEntry('x', Buffer.alloc(MB)); // ratio ~1000:1 but only 1 MB: below the ratio check
    const entries = base();
    for (let i = 0; i < 1100; i += 1) entries.push({ ...part, name: `xl/media/pad${i}.bin`, uncompressedSize: MB - 1 });
    await refusedQuickly('bomb-many.xlsx', buildZip(entries));
  });

  test('a directory claiming more entries than allowed', async () => {
    const entries = base();
    const small = deflatedEntry('x', Buffer.from('x'));
    for (let i = 0; i < 10_050; i += 1) entries.push({ ...small, name: `p/${i}` });
    await refusedQuickly('bomb-entries.xlsx', buildZip(entries));
  });

  test('a bomb in a template', async () => {
    const entries = rawEntries(readFileSync(TEMPLATE)).map((e) => (e.name === 'word/document.xml' ? { ...deflatedEntry(e.name, zeros), uncompressedSize: 30_000 } : e));
    await refusedQuickly('bomb.docx', buildZip(entries), true);
  });
});

describe('readable but odd workbooks', () => {
  test('a workbook with none of the expected sheets: exit 1 with sheet-missing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['a', 1]);
    const p = path.join(dir, 'khong-dung-sheet.xlsx');
    await wb.xlsx.writeFile(p);
    const r = await run(['validate', p, '--json']);
    expect(r.thrown).toBeUndefined();
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { findings: Array<{ code: string; severity: string }> };
    expect(json.findings.some((f) => f.code === 'sheet-missing' && f.severity === 'error')).toBe(true);
    const text = await run(['validate', p]);
    expect(text.code).toBe(1);
    expect(`${text.stdout}${text.stderr}`).toMatch(VIETNAMESE);
    assertNoStack(text);
    const out = path.join(dir, 'khong-dung-sheet.docx');
    const rep = await run(['report', p, '--out', out]);
    expect(rep.code).toBe(1);
    assertNoStack(rep);
    expect(existsSync(out)).toBe(false);
    // --allow-errors cannot make a report without "Thông tin" (no unit, no year): exit 2.
    // Found by this test: the engine returns data anyway, so report.ts's "!result.data" never fired
    // and an empty report was written with exit 0.
    const forced = await run(['report', p, '--allow-errors', '--out', out]);
    expect(forced.thrown).toBeUndefined();
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('thiếu sheet "Thông tin"');
    expect(forced.stderr).toMatch(VIETNAMESE);
    expect(forced.stderr).not.toContain('Lỗi không mong đợi');
    assertNoStack(forced);
    expect(existsSync(out)).toBe(false);
  });

  async function baseline(): Promise<Captured> {
    return run(['validate', SAMPLES.uMinhThuong, '--json']);
  }

  const findingsOf = (r: Captured): unknown => {
    const json = JSON.parse(r.stdout) as { summary: unknown; findings: unknown; metrics: unknown };
    return { summary: json.summary, findings: json.findings, metrics: json.metrics };
  };

  test('<dimension ref="A1:Z1048576"/> on every sheet with few real rows: same result, quickly', async () => {
    const expected = await baseline();
    const bytes = await rezip(SAMPLES.uMinhThuong, async (zip) => {
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async('string');
        zip.file(name, xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1048576"/>'));
      }
    });
    const p = file('dimension.xlsx', bytes);
    const start = process.hrtime.bigint();
    const r = await run(['validate', p, '--json']);
    expect(elapsedMs(start)).toBeLessThan(5000);
    expect(r.code).toBe(expected.code);
    expect(findingsOf(r)).toEqual(findingsOf(expected));
  });

  test('one real cell at row 1048576: finishes in a few seconds, without a huge array per row', async () => {
    const bytes = await editPart(SAMPLES.uMinhThuong, 'xl/worksheets/sheet4.xml', (xml) =>
      xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>cuối</t></is></c></row></sheetData>'),
    );
    const p = file('dong-cuoi.xlsx', bytes);
    const rss = process.memoryUsage().rss;
    const start = process.hrtime.bigint();
    const r = await run(['validate', p]);
    const ms = elapsedMs(start);
    expect(r.thrown).toBeUndefined();
    expect([0, 1]).toContain(r.code);
    assertNoStack(r);
    expect(ms).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(300 * 1024 * 1024);
    const start2 = process.hrtime.bigint();
    const out = path.join(dir, 'dong-cuoi.docx');
    const rep = await run(['report', p, '--allow-errors', '--out', out]);
    expect(rep.code).toBe(0);
    expect(elapsedMs(start2)).toBeLessThan(10000);
  });

  test('a sheet with a cell in the last row on its own, alone in a new workbook', async () => {
    const bytes = await editPart(SAMPLES.uMinhThuong, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'),
    );
    const p = file('chi-dong-cuoi.xlsx', bytes);
    const start = process.hrtime.bigint();
    const r = await run(['validate', p]);
    expect(elapsedMs(start)).toBeLessThan(5000);
    expect([0, 1]).toContain(r.code);
  });

  test('a 32.767-character cell: validated and reported, no crash', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLES.uMinhThuong);
    const long = 'Xã Vĩnh Hòa có đường giao thông nông thôn '.repeat(1000).slice(0, 32767);
    expect(long).toHaveLength(32767);
    const sheet = wb.getWorksheet('Xã')!;
    // The first text cell below the header row: a commune name or similar.
    let done = false;
    sheet.eachRow((row, r) => {
      if (done || r < 3) return;
      row.eachCell((cell) => {
        if (!done && typeof cell.value === 'string') {
          cell.value = long;
          done = true;
        }
      });
    });
    expect(done).toBe(true);
    const info = wb.getWorksheet('Thông tin')!;
    info.getCell('C2').value = long;
    const p = path.join(dir, 'o-dai.xlsx');
    await wb.xlsx.writeFile(p);
    const start = process.hrtime.bigint();
    const r = await run(['validate', p]);
    expect(r.thrown).toBeUndefined();
    expect([0, 1]).toContain(r.code);
    assertNoStack(r);
    const out = path.join(dir, 'o-dai.docx');
    const rep = await run(['report', p, '--allow-errors', '--out', out]);
    expect(rep.thrown).toBeUndefined();
    expect(rep.code).toBe(0);
    expect(elapsedMs(start)).toBeLessThan(10000);
    // Longer than Excel allows, written by another tool: still read.
    const longer = await editPart(SAMPLES.uMinhThuong, 'xl/sharedStrings.xml', (xml) => xml.replace(/<t>([^<]*)<\/t>/, (_m, t: string) => `<t>${t}${'x'.repeat(100_000)}</t>`));
    const p2 = file('o-qua-dai.xlsx', longer);
    const r2 = await run(['validate', p2]);
    expect(r2.thrown).toBeUndefined();
    expect([0, 1]).toContain(r2.code);
  });
});

describe('sanity: the samples still pass', () => {
  test('validate and check-template on the untouched inputs', async () => {
    const copy = path.join(dir, 'u-minh-thuong.xlsx');
    copyFileSync(SAMPLES.uMinhThuong, copy);
    expect([0, 1]).toContain((await run(['validate', copy])).code);
    expect((await run(['check-template', TEMPLATE])).code).toBe(0);
    expect(zlib.crc32(readFileSync(copy))).toBe(zlib.crc32(readFileSync(SAMPLES.uMinhThuong)));
  });
});
