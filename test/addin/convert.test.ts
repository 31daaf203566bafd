import { convertCell } from '../../addin/excel/convert';
import { isDateFormat, serialToDate } from '../../engine/model/serial-date';

describe('serial dates', () => {
  test('serial 25569 is 1970-01-01 and later serials count days from it', () => {
    expect(serialToDate(25569).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(serialToDate(45658).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(serialToDate(61).toISOString()).toBe('1900-03-01T00:00:00.000Z');
  });

  test("serials before 61 step over Excel's phantom 29/02/1900", () => {
    expect(serialToDate(1).toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(serialToDate(59).toISOString()).toBe('1900-02-28T00:00:00.000Z');
  });

  test('the time of day is kept', () => {
    expect(serialToDate(45658.5).toISOString()).toBe('2025-01-01T12:00:00.000Z');
  });

  test.each([
    ['dd/mm/yyyy', true],
    ['m/d/yyyy', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['h:mm', true],
    ['[h]:mm:ss', true],
    ['General', false],
    ['0.0%', false],
    ['#,##0', false],
    ['0.00E+00', false],
    ['"Ngày" 0', false],
    ['@', false],
  ])('isDateFormat(%s) is %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('convertCell', () => {
  test('empty cells are undefined', () => {
    expect(convertCell('', 'Empty', 'General')).toBeUndefined();
  });
  test('a number in a date format becomes a UTC date', () => {
    expect(convertCell(45658, 'Double', 'dd/mm/yyyy')).toEqual({ type: 'date', value: new Date(Date.UTC(2025, 0, 1)), numberFormat: 'dd/mm/yyyy' });
  });
  test('a percentage keeps its format', () => {
    expect(convertCell(0.95, 'Double', '0%')).toEqual({ type: 'number', value: 0.95, numberFormat: '0%' });
  });
  test('errors keep their text', () => {
    expect(convertCell('#DIV/0!', 'Error', 'General')).toEqual({ type: 'error', value: '#DIV/0!' });
  });
  test('booleans and text', () => {
    expect(convertCell(true, 'Boolean', 'General')).toEqual({ type: 'boolean', value: true });
    expect(convertCell('Đạt', 'String', 'General')).toEqual({ type: 'string', value: 'Đạt' });
    expect(convertCell('74,5', 'String', '@')).toEqual({ type: 'string', value: '74,5', numberFormat: '@' });
  });
});
