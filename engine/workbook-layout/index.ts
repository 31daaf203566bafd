export * from './field';
export * from './sheets';
export * from './blank-workbook-plan';
export * from './blank-workbook';
export * from './validation-texts';
