export * from './as-of';
export * from './compute';
export * from './metric-text';
