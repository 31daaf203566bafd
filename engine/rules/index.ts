export * from './schemas';
export * from './load';
export * from './levels';
