#!/usr/bin/env node
'use strict';
// Compiles the TypeScript sources into lib/ (the command, the library and their declarations).
// Run by `npm ci` (prepare) in a clone and by `npm pack` (prepack, from an empty lib/ so nothing
// stale is shipped). TypeScript is a development dependency: without it, say what to do instead
// of npm's "tsc: not found".
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const clean = process.argv.includes('--clean');

// `npm pack` runs prepack, then prepare: compiling once is enough.
if (!clean && (process.env.npm_command === 'pack' || process.env.npm_command === 'publish') && process.env.npm_lifecycle_event === 'prepare') process.exit(0);

let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  if (!clean && fs.existsSync(path.join(root, 'lib', 'generator', 'cli.js'))) process.exit(0);
  process.stderr.write(
    [
      'ntm-ocop: không biên dịch được mã nguồn vì thiếu TypeScript (một gói dành cho phát triển, bị bỏ qua khi cài với --omit=dev).',
      'Cách xử lý:',
      '  - trong thư mục mã nguồn: chạy "npm ci" (không kèm --omit=dev), rồi dùng "npx ntm-ocop …";',
      '  - chỉ cần chạy chương trình: tạo gói bằng "npm pack" trên máy có đủ gói, rồi cài "npm install --omit=dev ntm-ocop-<phiên bản>.tgz" (gói đã biên dịch sẵn).',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

if (clean) fs.rmSync(path.join(root, 'lib'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
