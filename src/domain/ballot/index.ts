export * from './ballot';
export * from './tally';
