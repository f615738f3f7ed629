import type { Translation } from './fr';
import { core } from './en/core';
import { search } from './en/search';
import { resources } from './en/resources';
import { accounts } from './en/accounts';
import { admin } from './en/admin';
import { keepingUp } from './en/keeping-up';
import { readingLists } from './en/reading-lists';
import { events } from './en/events';
import { errors } from './en/errors';
import { resourceHistory } from './en/resource-history';
import { imports } from './en/imports';
import { linkChecks } from './en/link-checks';
import { files } from './en/files';
import { directory } from './en/directory';
import { kits } from './en/kits';
import { report } from './en/report';

/** English, with the same keys as French (one file per part of the app in en/). */
export const en: Translation = {
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
