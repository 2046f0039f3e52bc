export * from './working-days';
export * from './holidays';
export * from './today';
