import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { promisify } from 'util';
import { InputError } from './io';

const run = promisify(execFile);

/** Where LibreOffice installs its command on each system, after the PATH. */
const KNOWN_LOCATIONS = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** LibreOffice's command, if installed: NTM_OCOP_SOFFICE, then the PATH, then the usual folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NTM_OCOP_SOFFICE) return existsSync(env.NTM_OCOP_SOFFICE) ? env.NTM_OCOP_SOFFICE : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return KNOWN_LOCATIONS.find((p) => existsSync(p));
}

/** The message when --pdf is asked for on a machine without LibreOffice (nothing has been written). */
export function noSoffice(): InputError {
  return new InputError(
    'Không tìm thấy LibreOffice (lệnh soffice) để xuất PDF; chưa ghi tệp nào.',
    'Cài LibreOffice (https://vi.libreoffice.org; trên Debian/Ubuntu: sudo apt install libreoffice-writer), hoặc đặt biến NTM_OCOP_SOFFICE là đường dẫn tới soffice; hoặc bỏ --pdf rồi tự xuất PDF từ Word (Tệp → Lưu thành → PDF).',
  );
}

/**
 * Converts .docx files to PDF bytes with LibreOffice, all in one run (starting LibreOffice takes
 * seconds; a province's district reports share one start), in a folder and a user profile of its
 * own, so runs in parallel (or a LibreOffice window the user has open) do not get in each other's way.
 */
export async function convertToPdf(soffice: string, docxFiles: readonly string[]): Promise<Uint8Array[]> {
  const work = await fs.mkdtemp(path.join(tmpdir(), 'ntm-ocop-pdf-'));
  const what = docxFiles.length === 1 ? `"${docxFiles[0]}"` : `${docxFiles.length} báo cáo`;
  const written = docxFiles.length === 1 ? 'Tệp .docx đã được ghi' : 'Các tệp .docx đã được ghi';
  try {
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    // Plain numbered names: LibreOffice names each PDF after its input, whatever the user's names are.
    const inputs = docxFiles.map((_, i) => path.join(work, `bao-cao-${i + 1}.docx`));
    await Promise.all(docxFiles.map((docx, i) => fs.copyFile(docx, inputs[i])));
    try {
      await run(soffice, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, ...inputs], {
        timeout: 120_000 + 30_000 * docxFiles.length,
        windowsHide: true,
      });
    } catch (err) {
      const e = err as { killed?: boolean; code?: string | number };
      const why = e.killed ? 'LibreOffice chạy quá lâu nên đã bị dừng' : e.code === 'ENOENT' || e.code === 'EACCES' ? `không chạy được "${soffice}"` : 'LibreOffice báo lỗi khi chuyển đổi';
      throw new InputError(`Không xuất được PDF từ ${what}: ${why}. ${written}.`, 'Mở tệp .docx bằng Word hoặc LibreOffice và tự lưu thành PDF.');
    }
    const pdfs = inputs.map((input) => input.replace(/\.docx$/, '.pdf'));
    const missing = pdfs.findIndex((pdf) => !existsSync(pdf));
    if (missing >= 0) {
      throw new InputError(
        `Không xuất được PDF từ "${docxFiles[missing]}": LibreOffice không tạo ra tệp PDF (có thể một cửa sổ LibreOffice đang mở treo). ${written}.`,
        'Đóng LibreOffice rồi chạy lại với --force, hoặc tự lưu tệp .docx thành PDF.',
      );
    }
    return await Promise.all(pdfs.map(async (pdf) => new Uint8Array(await fs.readFile(pdf))));
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** The PDF beside a .docx: same folder, same name. */
export function pdfPathFor(docx: string): string {
  return path.join(path.dirname(docx), `${path.basename(docx, path.extname(docx))}.pdf`);
}
