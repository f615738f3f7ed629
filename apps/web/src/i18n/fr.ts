// French is the reference language: en.ts must have the same keys (its type is `Translation`).
// French typography: U+00A0 (no-break space) before « : » and inside « », U+202F (narrow) before ; ? !
// The texts live in fr/, one file per part of the app.
import { core } from './fr/core';
import { search } from './fr/search';
import { resources } from './fr/resources';
import { accounts } from './fr/accounts';
import { admin } from './fr/admin';
import { keepingUp } from './fr/keeping-up';
import { readingLists } from './fr/reading-lists';
import { events } from './fr/events';
import { errors } from './fr/errors';
import { resourceHistory } from './fr/resource-history';
import { imports } from './fr/imports';
import { linkChecks } from './fr/link-checks';
import { files } from './fr/files';
import { directory } from './fr/directory';
import { kits } from './fr/kits';
import { report } from './fr/report';

export const fr = {
  ...core,
  ...search,
  ...resources,
  ...accounts,
  ...admin,
  ...keepingUp,
  ...readingLists,
  ...events,
  ...errors,
  ...resourceHistory,
  ...imports,
  ...linkChecks,
  ...files,
  ...directory,
  ...kits,
  ...report,
};

export type Translation = typeof fr;
