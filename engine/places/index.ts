export * from './district-key';
export * from './commune-matcher';
