import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/** Issue 14, item 5: the spec a contributor needs is inside the repository, and the same as the shared one. */

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const COPIES: Array<[string, string]> = [
  ['docs/SPEC.md', 'SPEC.md'],
  ['docs/domain/criteria.md', 'domain/criteria.md'],
  ['docs/domain/nd30-format.md', 'domain/nd30-format.md'],
];

test('docs/ holds the specification and the domain references', () => {
  for (const [copy] of COPIES) expect(readFileSync(path.join(ROOT, copy), 'utf8')).toMatch(/^# /);
  expect(readFileSync(path.join(ROOT, 'docs', 'SPEC.md'), 'utf8')).toContain('## 6. Command line (contract)');
});

// A clone has no ../shared beside it: there is nothing to compare with then.
(existsSync(SHARED) ? test : test.skip)('each copy is the same as ../shared/', () => {
  for (const [copy, original] of COPIES) expect(readFileSync(path.join(ROOT, copy), 'utf8')).toBe(readFileSync(path.join(SHARED, original), 'utf8'));
});

test('README and CONTRIBUTING point inside the repository, and the links they give exist', () => {
  for (const file of ['README.md', 'CONTRIBUTING.md']) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    expect(text).not.toContain('../shared');
    for (const m of text.matchAll(/\]\(((?!https?:|#)[^)\s]+)\)/g)) expect(existsSync(path.join(ROOT, m[1].split('#')[0]))).toBe(true);
  }
});
