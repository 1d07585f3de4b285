export * from './names';
export * from './limits';
export type * from './enums';
export type * from './views';
export type * from './events';
export type * from './messages';
export type * from './hub';
export type * from './wall';
export type * from './summary';
