export * from './ballot';
export * from './tally';
export * from './council';
