import { districtFixture, errors, validateFixture } from './fixture';

test('a clean district workbook validates without errors', async () => {
  const result = await validateFixture(districtFixture());
  expect(errors(result)).toEqual([]);
  expect(result.unit).toBe('huyện U Minh Thượng, tỉnh Kiên Giang');
  expect(result.metrics.so_xa).toBe(3);
  expect(result.metrics.so_xa_dat_chuan_ntm).toBe(2);
  console.log(JSON.stringify(result.findings, null, 1));
});
