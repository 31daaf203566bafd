import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';

/**
 * The layering of SPEC §2, checked on every import: hosts (generator, addin) → report → engine →
 * rules data, never back up, never sideways between hosts, and into another layer only through its
 * index. Tools that build samples, templates and benchmarks use the layers as a host does.
 */
const ROOT = path.resolve(__dirname, '..', '..');

type Layer = 'rules' | 'engine' | 'report' | 'generator' | 'addin' | 'tools';

const LAYER_OF_DIR: Record<string, Layer> = {
  rules: 'rules',
  engine: 'engine',
  report: 'report',
  generator: 'generator',
  addin: 'addin',
  templates: 'tools',
  samples: 'tools',
  bench: 'tools',
};

/** What each layer may import from the others. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  rules: [],
  engine: ['rules'],
  report: ['engine'],
  generator: ['report', 'engine'],
  addin: ['report', 'engine'],
  // The add-in benchmark drives the add-in's adapter against the scripted host of test/addin.
  tools: ['generator', 'addin', 'report', 'engine'],
};

/** Packages each layer may use; the engine and the report run in browsers too. */
const PACKAGES: Record<Layer, RegExp> = {
  rules: /^$/,
  engine: /^zod$/,
  report: /^(zod|docx|jszip)$/,
  generator: /^(zod|docx|jszip|exceljs)$/,
  addin: /^(zod|docx|jszip)$/,
  tools: /.*/,
};

/** Entry points a layer is entered by; anything else inside it is private to it. */
const INDEX: Partial<Record<Layer, (file: string) => boolean>> = {
  engine: (f) => f === path.join(ROOT, 'engine', 'index.ts'),
  report: (f) => f === path.join(ROOT, 'report', 'index.ts'),
  rules: (f) => f.endsWith('.json'),
  generator: (f) => f === path.join(ROOT, 'generator', 'index.ts') || /generator\/[a-z-]+\.ts$/.test(f),
};

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' || f === 'cache' ? [] : sources(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

function layerOf(file: string): Layer | undefined {
  const top = path.relative(ROOT, file).split(path.sep)[0];
  return LAYER_OF_DIR[top];
}

function resolve(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|require\(\s*'([^']+)'\s*\)/g;

interface Violation {
  file: string;
  spec: string;
  why: string;
}

function violations(): Violation[] {
  const out: Violation[] = [];
  const files = Object.keys(LAYER_OF_DIR).flatMap((d) => sources(path.join(ROOT, d)));
  for (const file of files) {
    const layer = layerOf(file)!;
    const rel = path.relative(ROOT, file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith('.')) {
        const pkg = spec.replace(/^node:/, '').split('/')[0];
        const builtin = spec.startsWith('node:') || builtinModules.includes(pkg);
        const allowed = builtin ? layer === 'generator' || layer === 'tools' : PACKAGES[layer].test(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : pkg);
        if (!allowed) out.push({ file: rel, spec, why: `${layer} không được dùng ${builtin ? 'API của Node' : 'gói này'}` });
        continue;
      }
      const target = resolve(file, spec);
      const targetLayer = layerOf(target);
      if (targetLayer === undefined && layer === 'tools' && path.relative(ROOT, target).startsWith(`test${path.sep}addin${path.sep}fake-excel`)) continue;
      if (targetLayer === undefined) {
        out.push({ file: rel, spec, why: 'ngoài các lớp của dự án' });
        continue;
      }
      if (targetLayer === layer) continue;
      // The default template is a Word file the pane bundles, not code of the tools that build it.
      if (target.endsWith('.docx') && targetLayer === 'tools' && layer !== 'engine') continue;
      if (!MAY_IMPORT[layer].includes(targetLayer)) {
        out.push({ file: rel, spec, why: `${layer} không được phụ thuộc ${targetLayer}` });
        continue;
      }
      const entry = INDEX[targetLayer];
      if (entry && !entry(target)) out.push({ file: rel, spec, why: `vào ${targetLayer} phải qua ${targetLayer}/index.ts` });
    }
  }
  return out;
}

test("every import follows the layers: hosts → report → engine → rules, through each layer's index", () => {
  expect(violations()).toEqual([]);
});

test('the check itself sees imports (a layer that reaches up is caught)', () => {
  const all = Object.keys(LAYER_OF_DIR).flatMap((d) => sources(path.join(ROOT, d)));
  expect(all.length).toBeGreaterThan(100);
  const engineFiles = all.filter((f) => layerOf(f) === 'engine');
  const imports = engineFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(IMPORT)]);
  expect(imports.length).toBeGreaterThan(100);
});
