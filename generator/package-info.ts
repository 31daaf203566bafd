import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/**
 * The package root: the code runs from generator/ (ts-jest), lib/generator/ (compiled) or
 * node_modules/ntm-ocop/lib/generator/ (installed); the root is the first folder above holding
 * our package.json.
 */
export function packageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === 'ntm-ocop') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/** The version in package.json, as `--version` prints it. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

export function defaultTemplatePath(): string {
  return path.join(packageRoot(), 'templates', 'bao-cao-mac-dinh.docx');
}
