#!/usr/bin/env node
'use strict';
// The TypeScript sources are compiled into lib/: by `npm ci` in a clone (the "prepare" script),
// by `npm pack` before packing (the "prepack" script), so an installed package always has it.
let cli;
try {
  cli = require('../lib/generator/cli.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('lib/generator/cli.js')) {
    process.stderr.write('Chưa biên dịch ntm-ocop: trong thư mục mã nguồn, chạy "npm ci" (hoặc "npm run build:node") rồi chạy lại.\n');
  } else {
    process.stderr.write(`Không nạp được ntm-ocop: ${err && err.message ? err.message.split('\n')[0] : String(err)}\nCài lại gói (npm ci, hoặc npm install ntm-ocop-<phiên bản>.tgz) rồi chạy lại.\n`);
  }
  process.exit(2);
}
cli.runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Lỗi không mong đợi: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
