import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validateWorkbook } from '../engine';
import { readWorkbook } from '../generator/read-workbook';
import { measureAddinPath } from './addin-path';
import { generate, NATIONAL, PROVINCE } from './generate';

/**
 * `npm run bench`: national-scale figures measured in one run, interleaved, median of ROUNDS.
 * A ratio is the median of its rounds' own ratios: the two commands of a round run back to back,
 * so a shared machine's slow minutes weigh on both (the ratio of the medians is printed beside it).
 * Every command runs in its own process (node start-up included on both sides of each ratio), with
 * its peak memory read back through bench/maxrss. Prints a table and writes bench/results/ (ignored by git: the README's
 * table is updated on purpose, from a run worth quoting).
 */
const ROUNDS = Number(process.env.NTM_BENCH_ROUNDS ?? 5);
const root = path.resolve(__dirname, '..', '..');
const lib = path.join(root, 'lib');

interface Sample {
  seconds: number;
  peakMiB: number;
}

async function run(args: string[], tmp: string): Promise<Sample> {
  const rssFile = path.join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', path.join(lib, 'bench', 'maxrss.js'), ...args], {
      cwd: root,
      env: { ...process.env, NTM_BENCH_RSS: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (c) => {
      if (c !== 0 && c !== 1) process.stderr.write(stderr);
      resolve(c ?? 2);
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code > 1) throw new Error(`${args.join(' ')} exited ${code}`);
  const peakKiB = Number(await fs.readFile(rssFile, 'utf8'));
  return { seconds, peakMiB: peakKiB / 1024 };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function main(): Promise<void> {
  const cacheDir = path.join(root, 'bench', 'cache');
  process.stderr.write('Tạo (hoặc dùng lại) sổ quốc gia 10.000 xã và sổ tỉnh 1.000 xã…\n');
  const national = await generate(NATIONAL, cacheDir);
  const province = await generate(PROVINCE, cacheDir);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ntm-bench-'));
  const cli = path.join(root, 'bin', 'ntm-ocop.js');

  const cases: Record<string, string[]> = {
    'exceljs load (quốc gia)': [path.join(lib, 'bench', 'load-only.js'), national],
    'validate --json (quốc gia)': [cli, 'validate', national, '--json'],
    'report (tỉnh, 1.000 xã)': [cli, 'report', province, '--out', path.join(tmp, 'r1000.docx'), '--allow-errors', '--force'],
    'report (quốc gia, 10.000 xã)': [cli, 'report', national, '--out', path.join(tmp, 'r10000.docx'), '--allow-errors', '--force'],
  };
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, args] of Object.entries(cases)) {
      process.stderr.write(`Vòng ${round}/${ROUNDS}: ${name}…\n`);
      samples[name].push(await run(args, tmp));
    }
  }

  // The add-in path: the engine alone on the national model, in this process; then the pane's
  // requests to a scripted Excel, for 1.000 and 10.000 communes (the syncs must not grow).
  const model = await readWorkbook(await fs.readFile(national));
  const engineSeconds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = process.hrtime.bigint();
    validateWorkbook(model);
    engineSeconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  process.stderr.write('Đường add-in: đọc sổ qua Excel giả lập…\n');
  const addin = {
    province: await measureAddinPath(await fs.readFile(province)),
    national: await measureAddinPath(await fs.readFile(national)),
  };

  const med = (name: string) => median(samples[name].map((s) => s.seconds));
  const peak = (name: string) => Math.max(...samples[name].map((s) => s.peakMiB));
  const pairedRatio = (top: string, bottom: string) => median(samples[top].map((s, i) => s.seconds / samples[bottom][i].seconds));
  const results = {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString().slice(0, 10) },
    rounds: ROUNDS,
    seconds: Object.fromEntries(Object.keys(cases).map((k) => [k, med(k)])),
    peakMiB: Object.fromEntries(Object.keys(cases).map((k) => [k, peak(k)])),
    engineSecondsNational: median(engineSeconds),
    addin,
    ratios: {
      validateOverLoad: pairedRatio('validate --json (quốc gia)', 'exceljs load (quốc gia)'),
      report10000Over1000: pairedRatio('report (quốc gia, 10.000 xã)', 'report (tỉnh, 1.000 xã)'),
    },
    ratiosOfMedians: {
      validateOverLoad: med('validate --json (quốc gia)') / med('exceljs load (quốc gia)'),
      report10000Over1000: med('report (quốc gia, 10.000 xã)') / med('report (tỉnh, 1.000 xã)'),
    },
    samples: Object.fromEntries(Object.keys(cases).map((k) => [k, samples[k].map((s) => s.seconds)])),
  };
  const resultsDir = path.join(root, 'bench', 'results');
  await fs.mkdir(resultsDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await fs.writeFile(path.join(resultsDir, `${stamp}.json`), json);
  await fs.writeFile(path.join(resultsDir, 'latest.json'), json);
  process.stderr.write(`Kết quả: ${path.join('bench', 'results', `${stamp}.json`)} (và latest.json)\n`);
  await fs.rm(tmp, { recursive: true, force: true });

  const rows = Object.keys(cases).map((k) => `| ${k} | ${results.seconds[k].toFixed(2)} | ${results.peakMiB[k].toFixed(0)} |`);
  process.stdout.write(
    [
      `| phép đo (trung vị ${ROUNDS} lần) | giây | bộ nhớ đỉnh (MiB) |`,
      '|---|---|---|',
      ...rows,
      `| engine trên mô hình quốc gia (đường add-in) | ${results.engineSecondsNational.toFixed(2)} | — |`,
      '',
      `Add-in, 1.000 xã: ${addin.province.readSyncs} sync để đọc, ${addin.province.markSyncs} sync để đánh dấu; yêu cầu lớn nhất ${addin.province.maxRequestMiB.toFixed(2)} MiB, phản hồi lớn nhất ${addin.province.maxResponseMiB.toFixed(2)} MiB`,
      `Add-in, 10.000 xã: ${addin.national.readSyncs} sync để đọc, ${addin.national.markSyncs} sync để đánh dấu; yêu cầu lớn nhất ${addin.national.maxRequestMiB.toFixed(2)} MiB, phản hồi lớn nhất ${addin.national.maxResponseMiB.toFixed(2)} MiB (giới hạn 5 MiB)`,
      '',
      `validate / exceljs load = ${results.ratios.validateOverLoad.toFixed(2)} (trung vị tỷ số từng vòng; tỷ số hai trung vị ${results.ratiosOfMedians.validateOverLoad.toFixed(2)}; mục tiêu ≤ 1,15)`,
      `report 10.000 / report 1.000 = ${results.ratios.report10000Over1000.toFixed(2)} (tỷ số hai trung vị ${results.ratiosOfMedians.report10000Over1000.toFixed(2)}; mục tiêu ≤ 11)`,
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
