export * from './org';
export * from './auth';
export * from './platform';
export * from './ledger';
export * from './emulation';
export * from './annex';
export * from './bloc-scoring';
export * from './council';
