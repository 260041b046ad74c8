export * from './schema';
export * from './choices';
export * from './progress';
