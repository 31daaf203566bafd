export * from './schemas';
export * from './load';
export * from './levels';
export * from './nd30-format-schema';
export * from './nd30-format-load';
