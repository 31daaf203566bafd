import { FakeExcel } from '../addin/fake-excel/fake-excel';
import type { FakeWorkbookJson } from '../addin/fake-excel/types';

/**
 * The scripted Office host of the browser test. It is served in place of Microsoft's office.js
 * (same URL, so the pane's CSP and script tag stay as shipped) and gives the pane `Office` and
 * `Excel` globals backed by the in-memory workbook the test injected before it.
 * Options: the platform Office reports ("OfficeOnline", "Mac", …), and a host that never answers
 * Office.onReady (the pane opened outside Excel).
 */
interface HostOptions {
  platform?: string;
  neverReady?: boolean;
}

interface HostWindow {
  __NTM_FAKE_WORKBOOK__: FakeWorkbookJson;
  __NTM_FAKE_OPTIONS__?: HostOptions;
  __fakeExcel: FakeExcel;
  Office: unknown;
  Excel: unknown;
}

const host = window as unknown as HostWindow;
const options = host.__NTM_FAKE_OPTIONS__ ?? {};
const fake = new FakeExcel(host.__NTM_FAKE_WORKBOOK__);
host.__fakeExcel = fake;

const info = { host: 'Excel', platform: options.platform ?? 'OfficeOnline' };
host.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { Mac: 'Mac', OfficeOnline: 'OfficeOnline', PC: 'PC' },
  context: { requirements: { isSetSupported: () => true } },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    const ready = new Promise<typeof info>((resolve) => {
      if (!options.neverReady) setTimeout(() => resolve(info), 0);
    });
    if (callback) void ready.then(callback);
    return ready;
  },
};
type Batch<T> = (context: unknown) => Promise<T>;
host.Excel = {
  // Excel.run(batch) or Excel.run(object with a context, batch), as Office.js takes them.
  run: <T>(first: Batch<T> | object, second?: Batch<T>) => (second ? fake.run(second) : fake.run(first as Batch<T>)),
};
