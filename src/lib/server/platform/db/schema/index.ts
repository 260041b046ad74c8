export * from './auth';
export * from './organisations';
export * from './instruments';
export * from './cycles';
export * from './responses';
export * from './reports';
export * from './settings';
export * from './mail';
