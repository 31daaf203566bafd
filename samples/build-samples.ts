import { promises as fs } from 'fs';
import * as path from 'path';
import { HAU_GIANG } from './sample-hau-giang';
import { MAU_2026 } from './sample-2026';
import { U_MINH_THUONG } from './sample-u-minh-thuong';
import { writeSample, type SampleWorkbook } from './sample-writer';

/**
 * `npm run samples`: writes the three sample workbooks into samples/ (or the folder given as
 * the first argument). The content is the same on every run: seeded generator, fixed dates.
 */
export const SAMPLES: readonly SampleWorkbook[] = [U_MINH_THUONG, HAU_GIANG, MAU_2026];

export async function buildSamples(outDir: string): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLES) {
    assertUniqueProducts(sample);
    const file = path.join(outDir, sample.file);
    await fs.writeFile(file, await writeSample(sample));
    written.push(file);
  }
  return written;
}

/** A product appears once per subject (SPEC value-duplicate); the generator must not break that. */
function assertUniqueProducts(sample: SampleWorkbook): void {
  const seen = new Set<string>();
  for (const p of sample.products) {
    const key = `${String(p['Tên sản phẩm'])}|${String(p['Chủ thể'])}`;
    if (seen.has(key)) throw new Error(`${sample.file}: sản phẩm trùng ${key}`);
    seen.add(key);
  }
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(process.cwd(), 'samples'));
  buildSamples(outDir).then(
    (files) => {
      for (const f of files) process.stdout.write(`Đã ghi ${path.relative(process.cwd(), f)}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`Không tạo được sổ mẫu: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
