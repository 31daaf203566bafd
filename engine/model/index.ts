export * from './cell';
export * from './address';
export * from './workbook';
