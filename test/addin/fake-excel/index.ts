export * from './types';
export * from './fake-excel';
