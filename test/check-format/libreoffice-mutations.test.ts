import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { ELEMENT_MUTATIONS } from './element-mutations';
import { GENERATED_REPORT, GENERATED_WITH_KINH_GUI, HAND_MADE, runMutations, WORD_DECREE, type Subject } from './mutation-harness';
import { MUTATIONS } from './rule-mutations';

async function savedByLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ntm-cf-lo-mut-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
  try {
    writeFileSync(path.join(dir, 'in.docx'), bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'docx', '--outdir', path.join(dir, 'out'), path.join(dir, 'in.docx')], {
      stdio: 'pipe',
      timeout: 120000,
    });
    return new Uint8Array(readFileSync(path.join(dir, 'out', 'in.docx')));
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The document as LibreOffice writes it back (its own styles, property order, field results), converted once. */
function resaved(subject: Subject): Subject {
  let saved: Promise<Uint8Array> | undefined;
  return { ...subject, name: `${subject.name}, LibreOffice lưu lại`, bytes: () => (saved ??= subject.bytes().then(savedByLibreOffice)) };
}

/**
 * Issue 13, "LibreOffice files": the same one-rule mutations on documents LibreOffice saved again,
 * each with exactly its finding. Skipped only on a machine without LibreOffice when CI is unset.
 */
const hasOffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
if (hasOffice || process.env.CI) {
  runMutations('check-format on one-rule mutations of', [resaved(GENERATED_REPORT), resaved(WORD_DECREE)], MUTATIONS);
  runMutations('check-format on mutations of each element', [resaved(GENERATED_WITH_KINH_GUI), resaved(HAND_MADE), resaved(WORD_DECREE)], ELEMENT_MUTATIONS);
} else {
  test.skip('LibreOffice is not installed (CI=true requires it)', () => undefined);
}
