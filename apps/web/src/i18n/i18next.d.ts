import 'i18next';
import type { Translation } from './fr';

// Typed translation keys: a misspelt key is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
