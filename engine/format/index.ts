export * from './field';
export * from './levels';
export * from './sheets';
