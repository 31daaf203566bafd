/**
 * The findings catalog: every code of SPEC §4 with its severity, and every message and hint the
 * engine writes, one file per family. A reviewer or translator reads this folder end to end; the
 * checks only choose a builder and pass it the facts.
 */
export * from './workbook';
export * from './rows';
export * from './values';
export * from './communes';
export * from './indicators';
export * from './ocop';
export * from './abolition';
export * from './targets';
export type { Where, CodeInfo } from './define';
