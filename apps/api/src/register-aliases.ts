import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// The compiled app keeps `@culture-commune/shared` imports; map them to the compiled library beside it
// (dist/apps/api/libs/shared). Imported first by every entry point.
register({
  baseUrl: join(__dirname, '..', '..', '..'),
  paths: { '@culture-commune/shared': ['libs/shared/src/index.js'] },
  addMatchAll: false,
});
