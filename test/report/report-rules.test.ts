import { buildReport, NoReportError } from '../../report';
import { districtResult } from './fixtures';
import { defaultTemplate } from './helpers';

describe('rules of the report builder, obeyed by every host', () => {
  test('no report from a workbook without sheet "Thông tin", in the builder itself (the pane calls it too)', async () => {
    const result = districtResult();
    const withoutInfo = { ...result, data: { ...result.data!, sheetNames: { ...result.data!.sheetNames, info: undefined } } };
    await expect(buildReport(withoutInfo, { template: defaultTemplate() })).rejects.toThrow(NoReportError);
    await expect(buildReport(withoutInfo, { template: defaultTemplate() })).rejects.toMatchObject({ rule: 'no-info-sheet', message: expect.stringContaining('thiếu sheet "Thông tin"') });
  });

  test('a workbook with sheet "Thông tin" makes a report', async () => {
    const bytes = await buildReport(districtResult(), { template: defaultTemplate() });
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
