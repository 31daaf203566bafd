import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { handMadeBytes } from './hand-made';
import { checkFile, ROOT, tempDir } from './support';

/** The README's example of check-format's output is what the command prints for that document. */
test('README: the example output is the real output', async () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const example = /```\n(Văn bản: quyet-dinh\.docx\n[\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const date = /đoạn “(Hòa An, ngày [^”]+)”/.exec(example!)![1];
  const file = path.join(tempDir('readme'), 'quyet-dinh.docx');
  writeFileSync(file, await handMadeBytes({ date }));
  const run = await checkFile(file, false);
  expect(run.code).toBe(1);
  expect(run.stdout.replace(`Văn bản: ${file}`, 'Văn bản: quyet-dinh.docx')).toBe(example);
});
