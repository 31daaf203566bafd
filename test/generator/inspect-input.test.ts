import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { inspectDocxBytes, inspectWorkbookBytes } from '../../generator/inspect-input';
import { InputError } from '../../generator/io';
import { readZipDirectory } from '../../generator/zip-directory';
import { compoundFile } from '../helpers/compound-file';

const FILE = 'so-lieu-xa.xlsx';
const TEMPLATE = 'mau-bao-cao.docx';

async function validWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Thông tin');
  sheet.addRow(['Đơn vị', 'Huyện U Minh Thượng']);
  for (let i = 0; i < 200; i += 1) sheet.addRow([`Xã ${i}`, i, i * 1.5]);
  workbook.addWorksheet('Xã').addRow(['Huyện', 'Xã', 'Số tiêu chí đạt']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function validDocx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo {{don_vi}}')] }] }));
}

async function rezip(source: Buffer, edit: (zip: JSZip) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Offsets of the central directory records, to forge declared sizes the way an attacker would. */
function centralRecord(bytes: Buffer, name: string): number {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < bytes.readUInt16LE(eocd + 10); i += 1) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) return at;
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  throw new Error(`no entry ${name}`);
}

function refusal(check: () => void): InputError {
  try {
    check();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const error = err as InputError;
    expect(error.message).toBe(error.message.normalize('NFC'));
    return error;
  }
  throw new Error('the input was accepted');
}

const refuseWorkbook = (bytes: Uint8Array, limits?: Parameters<typeof inspectWorkbookBytes>[2]): string => {
  const { message } = refusal(() => inspectWorkbookBytes(bytes, FILE, limits));
  expect(message).toContain(`"${FILE}"`);
  return message;
};

const refuseTemplate = (bytes: Uint8Array): string => {
  const { message } = refusal(() => inspectDocxBytes(bytes, TEMPLATE));
  expect(message).toContain(`"${TEMPLATE}"`);
  return message;
};

let workbook: Buffer;
let docx: Buffer;

beforeAll(async () => {
  workbook = await validWorkbook();
  docx = await validDocx();
});

describe('valid inputs pass', () => {
  test('a workbook written by exceljs', () => {
    expect(() => inspectWorkbookBytes(workbook, FILE)).not.toThrow();
  });

  test('a document written by docx, as a template', () => {
    expect(() => inspectDocxBytes(docx, TEMPLATE)).not.toThrow();
  });

  test('the same workbook re-zipped by jszip, and stored without compression', async () => {
    expect(() => inspectWorkbookBytes(workbook, FILE)).not.toThrow();
    const zip = await JSZip.loadAsync(workbook);
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(() => inspectWorkbookBytes(stored, FILE)).not.toThrow();
  });
});

describe('not a zip', () => {
  test('an empty file', () => {
    expect(refuseWorkbook(new Uint8Array(0))).toMatch(/rỗng \(0 byte\)/u);
  });

  test('a CSV export', () => {
    const csv = Buffer.from('Huyện;Xã;Số tiêu chí đạt\nU Minh Thượng;Vĩnh Hòa;19\nU Minh Thượng;Thạnh Yên;17\n');
    expect(refuseWorkbook(csv)).toMatch(/không phải sổ Excel \.xlsx: nội dung có vẻ là văn bản CSV/u);
    // Starting with "PK" does not make a text a zip.
    expect(refuseWorkbook(Buffer.from('PK,Xã,Năm\n1,Vĩnh Hòa,2024\n2,Thạnh Yên,2025\n'))).toMatch(/văn bản CSV/u);
  });

  test('plain text, HTML, XML Spreadsheet 2003 and PDF are named', () => {
    expect(refuseWorkbook(Buffer.from('Báo cáo tình hình thực hiện Chương trình.\nNăm 2025.'))).toMatch(/văn bản thuần/u);
    expect(refuseWorkbook(Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toMatch(/HTML/u);
    const xml2003 = '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect(refuseWorkbook(Buffer.from(xml2003))).toMatch(/XML Spreadsheet 2003/u);
    expect(refuseWorkbook(Buffer.from('%PDF-1.7\n%\xe2\xe3'))).toMatch(/tệp PDF/u);
    expect(refuseWorkbook(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]))).toMatch(/không đúng định dạng tệp Office/u);
  });
});

describe('Compound File (OLE2) containers', () => {
  test('a password-protected .xlsx', () => {
    const message = refuseWorkbook(compoundFile(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']));
    expect(message).toMatch(/tệp \.xlsx có đặt mật khẩu: bỏ mật khẩu rồi thử lại/u);
  });

  test('an old .xls (stream "Workbook", or "Book" for Excel 5)', () => {
    const hint = /\.xls cũ \(Excel 97-2003\): mở bằng Excel và lưu lại dạng \.xlsx/u;
    expect(refuseWorkbook(compoundFile(['Workbook', '\u0005SummaryInformation']))).toMatch(hint);
    expect(refuseWorkbook(compoundFile(['Book']))).toMatch(hint);
  });

  test('names are still found when the FAT is damaged', () => {
    expect(refuseWorkbook(compoundFile(['EncryptionInfo', 'EncryptedPackage'], { breakFat: true }))).toMatch(/mật khẩu/u);
  });

  test('as a template: an old .doc, an encrypted .docx, an .xls', () => {
    expect(refuseTemplate(compoundFile(['WordDocument', '1Table']))).toMatch(/\.doc cũ \(Word 97-2003\): mở bằng Word/u);
    expect(refuseTemplate(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toMatch(/\.docx có đặt mật khẩu/u);
    expect(refuseTemplate(compoundFile(['Workbook']))).toMatch(/không phải mẫu Word \.docx: đây là sổ Excel \.xls cũ/u);
  });
});

describe('zips that are not the expected document', () => {
  test('a .docx given as the workbook', () => {
    expect(refuseWorkbook(docx)).toMatch(/không phải sổ Excel \.xlsx: đây là văn bản Word \(\.docx\)/u);
  });

  test('a workbook given as the template', () => {
    expect(refuseTemplate(workbook)).toMatch(/không phải mẫu Word \.docx: đây là sổ Excel \(\.xlsx\)/u);
  });

  test('a workbook with xl/workbook.xml removed', async () => {
    const bytes = await rezip(workbook, (zip) => zip.remove('xl/workbook.xml'));
    expect(refuseWorkbook(bytes)).toMatch(/tệp nén zip không có phần xl\/workbook\.xml/u);
  });
});

describe('truncated and corrupt zips', () => {
  test.each([0.5, 0.9, 0.99])('cut to %p of its length', (share) => {
    const cut = workbook.subarray(0, Math.floor(workbook.length * share));
    expect(refuseWorkbook(cut)).toMatch(/bị cắt cụt hoặc hỏng/u);
  });

  test('a central directory pointing outside the file', () => {
    const bytes = Buffer.from(workbook);
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(bytes.length + 1000, eocd + 16);
    expect(refuseWorkbook(bytes)).toMatch(/bị cắt cụt hoặc hỏng/u);
  });

  test('an entry whose local header lies outside the file', () => {
    const bytes = Buffer.from(workbook);
    bytes.writeUInt32LE(0x7fff0000, centralRecord(bytes, 'xl/workbook.xml') + 42);
    expect(refuseWorkbook(bytes)).toMatch(/bị cắt cụt hoặc hỏng/u);
  });

  test('bytes flipped inside a deflate stream', () => {
    const bytes = Buffer.from(workbook);
    const sheet = readZipDirectory(bytes, 100).find((e) => e.name === 'xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet1');
    const middle = sheet.dataOffset + Math.floor(sheet.compressedSize / 2);
    for (let i = 0; i < 8; i += 1) bytes[middle + i] ^= 0xa5;
    expect(refuseWorkbook(bytes)).toMatch(/bị hỏng: phần "xl\/worksheets\/sheet1\.xml"/u);
  });

  test('an unknown compression method', () => {
    const bytes = Buffer.from(workbook);
    bytes.writeUInt16LE(14, centralRecord(bytes, 'xl/styles.xml') + 10); // LZMA
    expect(refuseWorkbook(bytes)).toMatch(/kiểu nén không hỗ trợ/u);
  });
});

describe('zip bombs and limits', () => {
  test('an entry compressed far beyond any real workbook is refused from the directory alone', async () => {
    const bytes = await rezip(workbook, (zip) => zip.file('xl/media/image1.png', Buffer.alloc(4 * 1024 ** 2)));
    const started = Date.now();
    expect(refuseWorkbook(bytes)).toMatch(/dấu hiệu zip bomb: phần "xl\/media\/image1\.png" nén 4 MB vào [\d,.]+ KB \(tỉ lệ [\d.]+:1\)/u);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('declared sizes beyond the total limit', () => {
    const bytes = Buffer.from(workbook);
    for (const name of ['xl/styles.xml', 'xl/workbook.xml']) bytes.writeUInt32LE(0xf0000000, centralRecord(bytes, name) + 24);
    const started = Date.now();
    // The ratio check is switched off so that the total alone refuses the file.
    expect(refuseWorkbook(bytes, { maxRatio: Infinity })).toMatch(/dấu hiệu zip bomb: giải nén ra 7,5 GB, quá giới hạn 1 GB/u);
    expect(refuseWorkbook(bytes)).toMatch(/dấu hiệu zip bomb: phần "xl\/styles\.xml" nén 3,8 GB vào/u);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('the limits are configurable', () => {
    expect(refuseWorkbook(workbook, { maxTotalUncompressed: 1000 })).toMatch(/quá giới hạn 1.000 byte/u);
    expect(refuseWorkbook(workbook, { maxEntries: 3 })).toMatch(/dấu hiệu zip bomb: \d+ mục nén, quá giới hạn 3/u);
  });

  test('a directory claiming tens of thousands of entries is refused before it is walked', () => {
    const bytes = Buffer.from(workbook);
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(60000, eocd + 8);
    bytes.writeUInt16LE(60000, eocd + 10);
    expect(refuseWorkbook(bytes)).toMatch(/60\.000 mục nén, quá giới hạn 10\.000/u);
  });

  test('an XML part that inflates beyond its declared size', () => {
    const bytes = Buffer.from(workbook);
    const record = centralRecord(bytes, 'xl/worksheets/sheet1.xml');
    bytes.writeUInt32LE(100, record + 24);
    expect(refuseWorkbook(bytes)).toMatch(/zip bomb: phần "xl\/worksheets\/sheet1\.xml" giải nén ra nhiều hơn kích thước khai báo/u);
  });
});

describe('XML parts with a DTD', () => {
  const withDoctype = (xml: string): string => xml.replace(/^(<\?xml[^>]*\?>)?/u, (decl) => `${decl}<!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>`);

  test('a DOCTYPE with entities in xl/workbook.xml', async () => {
    const xml = await (await JSZip.loadAsync(workbook)).file('xl/workbook.xml')!.async('string');
    const bytes = await rezip(workbook, (zip) => zip.file('xl/workbook.xml', withDoctype(xml)));
    expect(refuseWorkbook(bytes)).toMatch(/phần "xl\/workbook\.xml" có khai báo DOCTYPE\/ENTITY/u);
  });

  test('a DOCTYPE hidden after a long comment, and one in a .rels part', async () => {
    const padded = `<?xml version="1.0"?><!-- ${'x'.repeat(10000)} <fake/> --><!DOCTYPE r SYSTEM "http://example.invalid/x.dtd"><r/>`;
    const bytes = await rezip(workbook, (zip) => zip.file('xl/theme/theme1.xml', padded));
    expect(refuseWorkbook(bytes)).toMatch(/xl\/theme\/theme1\.xml" có khai báo DOCTYPE/u);
    const rels = await rezip(workbook, (zip) => zip.file('_rels/.rels', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Relationships/>'));
    expect(refuseWorkbook(rels)).toMatch(/_rels\/\.rels" có khai báo DOCTYPE/u);
  });

  test('a DOCTYPE in a UTF-16 part', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>', 'utf16le')]);
    const bytes = await rezip(workbook, (zip) => zip.file('docProps/app.xml', utf16));
    expect(refuseWorkbook(bytes)).toMatch(/docProps\/app\.xml" có khai báo DOCTYPE/u);
  });

  test('a DOCTYPE in a template', async () => {
    const bytes = await rezip(docx, (zip) => zip.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE w:document><w:document/>'));
    expect(refuseTemplate(bytes)).toMatch(/word\/document\.xml" có khai báo DOCTYPE/u);
  });

  test('the word DOCTYPE inside cell text is fine', async () => {
    const bytes = await rezip(workbook, (zip) => zip.file('xl/sharedStrings.xml', '<?xml version="1.0"?><sst><si><t>&lt;!DOCTYPE html&gt; <!DOCTYPE</t></si></sst>'));
    expect(() => inspectWorkbookBytes(bytes, FILE)).not.toThrow();
  });
});
