export * from './codes';
export * from './finding';
