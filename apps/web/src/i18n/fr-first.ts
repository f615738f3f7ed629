// The French texts of the first download: the layout, the search page and a resource's page with what they show
// (decision 0045), and of each part of the app only the sub-trees these modules use (the `-first` files in fr/). The
// rest (fr-more.ts) arrives with the first page or section loaded on demand (decision 0051);
// first-download-texts.spec.ts checks that every key these modules use is here.
import { core } from './fr/core-first';
import { search } from './fr/search';
import { resources } from './fr/resources-first';
import { accounts } from './fr/accounts-first';
import { keepingUp } from './fr/keeping-up-first';
import { readingLists } from './fr/reading-lists-first';
import { errors } from './fr/errors';
import { resourceHistory } from './fr/resource-history-first';
import { linkChecks } from './fr/link-checks-first';
import { files } from './fr/files-first';
import { report } from './fr/report-first';

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
