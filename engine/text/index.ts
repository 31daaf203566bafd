export * from './fold';
export * from './vi-number';
export * from './vi-format';
export * from './vi-date';
export * from './legacy-encoding';
export * from './file-slug';
