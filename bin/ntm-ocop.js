#!/usr/bin/env node
'use strict';
// The TypeScript sources are compiled into lib/ by `npm ci` (the "prepare" script).
let cli;
try {
  cli = require('../lib/generator/cli.js');
} catch (err) {
  process.stderr.write('Chưa biên dịch ntm-ocop: chạy "npm ci" (hoặc "npm run build:node") trong thư mục dự án.\n');
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
