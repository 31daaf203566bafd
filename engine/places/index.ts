export * from './district-key';
export * from './commune-matcher';
export * from './unit-kind';
