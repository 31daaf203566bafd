import { writeFileSync } from 'fs';

/** Preloaded (node -r) into every measured command: writes its peak resident memory (KiB) on exit. */
const target = process.env.NTM_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
