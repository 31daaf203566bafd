import { markFindings } from '../addin/excel/marks';
import { readWorkbook } from '../addin/excel/read';
import { validateWorkbook } from '../engine';
import { FakeExcel } from '../test/addin/fake-excel';
import { fakeJsonFromXlsx } from '../test/addin/fake-excel/from-xlsx';

/** What the pane costs on a workbook: requests to Excel (syncs, bytes) and engine time. */
export interface AddinFigures {
  cells: number;
  readSyncs: number;
  markSyncs: number;
  markedCells: number;
  maxRequestMiB: number;
  maxResponseMiB: number;
  engineSeconds: number;
}

export async function measureAddinPath(xlsx: Uint8Array): Promise<AddinFigures> {
  const json = await fakeJsonFromXlsx(xlsx);
  const fake = new FakeExcel(json);
  const context = fake.context() as unknown as Excel.RequestContext;
  const workbook = await readWorkbook(context);
  const readSyncs = fake.syncs;
  const t0 = process.hrtime.bigint();
  const result = validateWorkbook(workbook);
  const engineSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const outcome = await markFindings(context, result.findings);
  const mib = (n: number) => n / 2 ** 20;
  return {
    cells: json.sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0),
    readSyncs,
    markSyncs: fake.syncs - readSyncs,
    markedCells: outcome.marked,
    maxRequestMiB: mib(Math.max(...fake.requests.map((r) => r.requestBytes))),
    maxResponseMiB: mib(Math.max(...fake.requests.map((r) => r.responseBytes))),
    engineSeconds,
  };
}
