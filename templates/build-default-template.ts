import { existsSync, writeFileSync } from 'fs';
import * as path from 'path';
import { buildDefaultTemplate } from './default-template';

/** The package root, found by walking up to package.json (this file runs from lib/templates/ after tsc). */
function packageRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found');
    dir = parent;
  }
  return dir;
}

async function main(): Promise<void> {
  const out = path.join(packageRoot(__dirname), 'templates', 'bao-cao-mac-dinh.docx');
  writeFileSync(out, await buildDefaultTemplate());
  process.stdout.write(`Đã tạo mẫu báo cáo: ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
