'use strict';
// HTTPS for `npm run dev-server` on any machine. Office add-ins are served over HTTPS; Microsoft's
// office-addin-dev-certs makes a localhost certificate and installs its authority in the system
// store, which on Linux needs sudo. Here the certificate is made in the user's folder (the same
// ~/.office-addin-dev-certs that Microsoft's tools use, so a certificate they installed is reused)
// and, where installing would need sudo, the user is told how to trust it instead.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { X509Certificate } = require('crypto');

const DAYS = 30;

const FOLDER_PROBLEMS = {
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  EROFS: 'ổ đĩa chỉ đọc',
  ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
  EEXIST: 'một phần của đường dẫn là tệp, không phải thư mục',
  ENOSPC: 'ổ đĩa hết chỗ trống',
};

/** Where the certificates live: NTM_OCOP_DEV_CERTS, or Microsoft's folder in the user's home. */
function certificateFolder(env = process.env) {
  return env.NTM_OCOP_DEV_CERTS || path.join(os.homedir(), '.office-addin-dev-certs');
}

function paths(folder) {
  return { ca: path.join(folder, 'ca.crt'), cert: path.join(folder, 'localhost.crt'), key: path.join(folder, 'localhost.key') };
}

/** The certificate is there and valid for at least another day. */
function usable(p) {
  try {
    for (const f of [p.ca, p.key]) fs.accessSync(f, fs.constants.R_OK);
    const cert = new X509Certificate(fs.readFileSync(p.cert));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000 && cert.checkHost('localhost') !== undefined;
  } catch {
    return false;
  }
}

function trustHelp(p) {
  return [
    `Chứng chỉ phát triển cho https://localhost đã được tạo trong ${path.dirname(p.ca)} (không cần sudo).`,
    'Để trình duyệt và Excel trên web tin cậy nó, nhập chứng chỉ gốc ca.crt một lần:',
    `  - Chrome/Chromium/Edge: chrome://certificate-manager (hoặc Cài đặt → Bảo mật → Quản lý chứng chỉ) → Tự quản lý → Nhập "${p.ca}";`,
    '  - Firefox: Cài đặt → Riêng tư & Bảo mật → Xem chứng chỉ → Nhà cung cấp → Nhập;',
    `  - toàn hệ thống (cần quyền quản trị): sudo cp "${p.ca}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates.`,
    `Chứng chỉ có hạn ${DAYS} ngày; hết hạn thì lệnh này tự tạo lại.`,
  ].join('\n');
}

/**
 * The key and certificate for the dev server. On Windows and macOS, Microsoft's tool installs the
 * authority as it always has (it asks for confirmation); elsewhere the files are made without
 * installing. Throws an Error with a Vietnamese message (the caller prints it without a stack).
 */
async function devHttpsOptions({ env = process.env, platform = process.platform, log = (t) => process.stderr.write(`${t}\n`) } = {}) {
  const folder = certificateFolder(env);
  const p = paths(folder);
  const read = () => ({ ca: fs.readFileSync(p.ca), cert: fs.readFileSync(p.cert), key: fs.readFileSync(p.key) });
  if (usable(p)) return read();
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    throw new Error('Thiếu gói office-addin-dev-certs (gói phát triển). Chạy "npm ci" trong thư mục dự án rồi thử lại.');
  }
  if ((platform === 'win32' || platform === 'darwin') && !env.NTM_OCOP_DEV_CERTS) {
    try {
      return await devCerts.getHttpsServerOptions(DAYS);
    } catch (err) {
      throw new Error(
        'Không cài được chứng chỉ phát triển cho https://localhost.\nChạy "npx office-addin-dev-certs install" với quyền quản trị (để xem chi tiết), rồi chạy lại "npm run dev-server".',
        { cause: err },
      );
    }
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (err) {
    throw new Error(
      `Không tạo được chứng chỉ phát triển trong ${folder}: ${FOLDER_PROBLEMS[err.code] || 'không ghi được vào thư mục này'}.\nĐặt biến NTM_OCOP_DEV_CERTS là một thư mục ghi được (ví dụ NTM_OCOP_DEV_CERTS=$HOME/.chung-chi npm run dev-server), rồi chạy lại.`,
      { cause: err },
    );
  }
  // Microsoft's tool reports in English on the console; the user reads our Vietnamese note instead.
  const consoleLog = console.log;
  try {
    console.log = () => undefined;
    await devCerts.generateCertificates(p.ca, p.cert, p.key, DAYS);
  } catch (err) {
    throw new Error(
      `Không tạo được chứng chỉ phát triển trong ${folder}.\nXóa thư mục đó rồi chạy lại "npm run dev-server"; nếu vẫn lỗi, chạy "npx office-addin-dev-certs generate" để xem chi tiết.`,
      { cause: err },
    );
  } finally {
    console.log = consoleLog;
  }
  log(trustHelp(p));
  return read();
}

module.exports = { devHttpsOptions, certificateFolder };
