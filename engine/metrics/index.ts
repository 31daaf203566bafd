export * from './as-of';
export * from './compute';
