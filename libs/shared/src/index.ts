export * from './vocabulary';
export * from './limits';
export * from './error-codes';
export * from './text';
export * from './resource-validation';
export * from './validation-messages';
export * from './child-privacy';
export * from './errors/error-reasons';
