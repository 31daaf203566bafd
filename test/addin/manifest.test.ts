import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
// xml2js comes with office-addin-manifest (it parses manifests with it); it ships no typings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require('xml2js') as { parseStringPromise: (xml: string) => Promise<Record<string, unknown>> };

interface ManifestInfo {
  id?: string;
  officeAppType?: string;
  hosts?: string[];
  permissions?: string;
  defaultLocale?: string;
  displayName?: string;
  defaultSettings?: { sourceLocation?: string };
}

/**
 * office-addin-manifest's readManifestFile, run in a plain Node process: the package loads ES-only
 * dependencies (uuid, strip-bom) that Node requires natively but jest's module loader cannot.
 */
function readManifestFile(file: string): ManifestInfo {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])
    .then((info) => process.stdout.write(JSON.stringify(info)), (err) => { console.error(err); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: root, encoding: 'utf8' })) as ManifestInfo;
}

const root = path.join(__dirname, '..', '..');
const manifestPath = path.join(root, 'manifest.xml');
const ORIGIN = 'https://localhost:3000';

type Xml = Record<string, unknown>;
const one = (node: unknown, name: string): Xml => {
  const list = (node as Xml)[name] as Xml[] | undefined;
  if (!list || list.length !== 1) throw new Error(`expected one <${name}>`);
  return list[0];
};
const attr = (node: Xml, name: string): string => ((node.$ as Record<string, string>) ?? {})[name];

/** Every element anywhere below `node`, with its name. */
function walk(node: unknown, visit: (name: string, el: Xml) => void): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [name, value] of Object.entries(node as Xml)) {
    if (name === '$' || name === '_' || !Array.isArray(value)) continue;
    for (const child of value) {
      if (typeof child === 'object' && child !== null) {
        visit(name, child as Xml);
        walk(child, visit);
      }
    }
  }
}

describe('manifest.xml', () => {
  test('office-addin-manifest reads it as an Excel task-pane add-in', () => {
    const info = readManifestFile(manifestPath);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('vi-VN');
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane.html`);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.displayName).toBe('Kiểm tra sổ NTM – OCOP');
    expect(info.displayName!.normalize('NFC')).toBe(info.displayName);
  });

  test('a ribbon button opens the task pane, and every resource it names is defined', async () => {
    const doc = await parseStringPromise(readFileSync(manifestPath, 'utf8'));
    const app = doc.OfficeApp as Xml;
    const overrides = one(app, 'VersionOverrides');
    expect(attr(overrides, 'xsi:type')).toBe('VersionOverridesV1_0');
    const host = one(one(overrides, 'Hosts'), 'Host');
    expect(attr(host, 'xsi:type')).toBe('Workbook');

    const actions: Xml[] = [];
    const resids = new Set<string>();
    walk(host, (name, el) => {
      if (name === 'Action') actions.push(el);
      const resid = attr(el, 'resid');
      if (resid) resids.add(resid);
    });
    expect(actions).toHaveLength(1);
    expect(attr(actions[0], 'xsi:type')).toBe('ShowTaskpane');

    const defined = new Map<string, string>();
    walk(one(overrides, 'Resources'), (_name, el) => {
      const id = attr(el, 'id');
      if (id) defined.set(id, attr(el, 'DefaultValue'));
    });
    for (const resid of resids) expect(defined.has(resid)).toBe(true);
    expect(defined.get('Taskpane.Url')).toBe(`${ORIGIN}/taskpane.html`);
    // Office's limits: short strings 125 characters, long strings 250.
    for (const [id, value] of defined) expect(value.length).toBeLessThanOrEqual(id.endsWith('Tooltip') || id.endsWith('Description') ? 250 : 125);
  });

  test('permissions, requirements and icons fit what the pane does', async () => {
    const doc = await parseStringPromise(readFileSync(manifestPath, 'utf8'));
    const app = doc.OfficeApp as Xml;
    expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
    expect(one(app, 'Permissions')).toBe('ReadWriteDocument');
    const set = one(one(one(app, 'Requirements'), 'Sets'), 'Set');
    expect(attr(set, 'Name')).toBe('ExcelApi');
    expect(Number(attr(set, 'MinVersion'))).toBeGreaterThanOrEqual(1.9);

    // Every icon the manifest names is a PNG of the stated size among the add-in's assets.
    const urls: Array<{ url: string; size?: number }> = [
      { url: attr(one(app, 'IconUrl'), 'DefaultValue'), size: 32 },
      { url: attr(one(app, 'HighResolutionIconUrl'), 'DefaultValue'), size: 64 },
    ];
    walk(one(app, 'VersionOverrides'), (name, el) => {
      if (name === 'bt:Image' && attr(el, 'id')) urls.push({ url: attr(el, 'DefaultValue'), size: Number(/(\d+)x\d+/.exec(attr(el, 'id'))?.[1]) });
    });
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const { url, size } of urls) {
      expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
      const file = path.join(root, 'addin', 'assets', url.slice(`${ORIGIN}/assets/`.length));
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});
