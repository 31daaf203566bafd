import { FakeExcel } from '../addin/fake-excel/fake-excel';
import type { FakeWorkbookJson } from '../addin/fake-excel/types';

/**
 * The scripted Office host of the browser test. It is served in place of Microsoft's office.js
 * (same URL, so the pane's CSP and script tag stay as shipped) and gives the pane `Office` and
 * `Excel` globals backed by the in-memory workbook the test injected before it.
 */
interface HostWindow {
  __NTM_FAKE_WORKBOOK__: FakeWorkbookJson;
  __fakeExcel: FakeExcel;
  Office: unknown;
  Excel: unknown;
}

const host = window as unknown as HostWindow;
const fake = new FakeExcel(host.__NTM_FAKE_WORKBOOK__);
host.__fakeExcel = fake;

const info = { host: 'Excel', platform: 'OfficeOnline' };
host.Office = {
  HostType: { Excel: 'Excel' },
  context: { requirements: { isSetSupported: () => true } },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    const ready = new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), 0));
    if (callback) void ready.then(callback);
    return ready;
  },
};
host.Excel = { run: <T>(batch: (context: unknown) => Promise<T>) => fake.run(batch) };
