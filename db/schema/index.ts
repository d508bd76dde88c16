export * from './audit';
export * from './care';
export * from './compound';
export * from './enums';
export * from './registry';
export * from './returnees';
export * from './roster';
export * from './team';
