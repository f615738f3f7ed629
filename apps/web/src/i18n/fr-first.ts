// The French texts of the first download: the layout, the search page and a resource's page with what they show
// (decision 0045). The rest (fr-more.ts) arrives with the first page or section loaded on demand (decision 0051).
import { core } from './fr/core';
import { search } from './fr/search';
import { resources } from './fr/resources';
import { accounts } from './fr/accounts';
import { keepingUp } from './fr/keeping-up';
import { readingLists } from './fr/reading-lists';
import { errors } from './fr/errors';
import { resourceHistory } from './fr/resource-history';
import { linkChecks } from './fr/link-checks';
import { files } from './fr/files';
import { report } from './fr/report';

export const frFirst = {
  ...core,
  ...search,
  ...resources,
  ...accounts,
  ...keepingUp,
  ...readingLists,
  ...errors,
  ...resourceHistory,
  ...linkChecks,
  ...files,
  ...report,
};
