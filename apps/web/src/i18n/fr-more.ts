// The French texts no component of the first download shows: the pages of administration, events, imports, directory
// and kits, and the rest of the parts whose first sub-trees are in fr-first.ts. A chunk of its own, fetched with the
// first page or section loaded on demand (lazyPart, decision 0051), and merged deeply into the first download's.
import type { Translation } from './fr';
import { admin } from './fr/admin';
import { events } from './fr/events';
import { imports } from './fr/imports';
import { directory } from './fr/directory';
import { kits } from './fr/kits';
import { core } from './fr/core';
import { resources } from './fr/resources';
import { accounts } from './fr/accounts';
import { keepingUp } from './fr/keeping-up';
import { readingLists } from './fr/reading-lists';
import { resourceHistory } from './fr/resource-history';
import { linkChecks } from './fr/link-checks';
import { files } from './fr/files';
import { report } from './fr/report';

const more = {
  ...admin,
  ...events,
  ...imports,
  ...directory,
  ...kits,
  ...core,
  ...resources,
  ...accounts,
  ...keepingUp,
  ...readingLists,
  ...resourceHistory,
  ...linkChecks,
  ...files,
  ...report,
};

/** The texts as a whole part of `Translation` for `loadMoreFrench`, which merges each sub-tree into the first part's. */
export const frMore = more as Partial<Translation>;

/** The same texts with their own type, for fr.ts. */
export const frMoreTexts = more;
