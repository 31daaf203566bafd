export * from './cell';
export * from './address';
export * from './workbook';
export * from './serial-date';
