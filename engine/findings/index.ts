export * from './codes';
export * from './finding';
export * from './group';
