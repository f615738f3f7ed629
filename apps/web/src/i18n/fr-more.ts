// The French texts of pages no component of the first download shows (administration, events, imports, directory,
// kits): a chunk of their own, fetched with the first page or section loaded on demand (lazyPart, decision 0051).
import { admin } from './fr/admin';
import { events } from './fr/events';
import { imports } from './fr/imports';
import { directory } from './fr/directory';
import { kits } from './fr/kits';

export const frMore = {
  ...admin,
  ...events,
  ...imports,
  ...directory,
  ...kits,
};
