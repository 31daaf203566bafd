import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { ROOT } from './helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('the report builder runs in browsers too: no Node APIs, exceljs or Office.js in report/', () => {
  for (const file of files(path.join(ROOT, 'report'))) {
    const src = readFileSync(file, 'utf8');
    expect({ file, bad: src.match(/from '(fs|path|os|child_process|exceljs)'|require\(|\bBuffer\b|\bOffice\./g) }).toEqual({ file, bad: null });
  }
});
