import { InitialSchema1764370000000 } from './1764370000000-initial-schema';
import { SearchSynonyms1764380000000 } from './1764380000000-search-synonyms';
import { DirectoryVersions1764390000000 } from './1764390000000-directory-versions';
import { Accounts1764400000000 } from './1764400000000-accounts';
import { RateLimits1764410000000 } from './1764410000000-rate-limits';
import { Debriefs1764420000000 } from './1764420000000-debriefs';
import { ReactionsBookmarks1764430000000 } from './1764430000000-reactions-bookmarks';
import { Comments1764440000000 } from './1764440000000-comments';
import { KeepingUp1764450000000 } from './1764450000000-keeping-up';
import { ReadingLists1764460000000 } from './1764460000000-reading-lists';
import { Events1764470000000 } from './1764470000000-events';
import { ReadingListComments1764480000000 } from './1764480000000-reading-list-comments';
import { ListNotifications1764490000000 } from './1764490000000-list-notifications';
import { Jobs1764500000000 } from './1764500000000-jobs';
import { DebriefChildPrivacy1764518000000 } from './1764518000000-debrief-child-privacy';
import { ResourceUrlKey1764530000000 } from './1764530000000-resource-url-key';
import { Imports1764540000000 } from './1764540000000-imports';
import { ResourceVersions1764550000000 } from './1764550000000-resource-versions';
import { Files1764570000000 } from './1764570000000-files';
import { LinkChecks1764560000000 } from './1764560000000-link-checks';
import { ThemeEnglishLabels1764590000000 } from './1764590000000-theme-english-labels';
import { ResourceAuthorKinds1764610000000 } from './1764610000000-resource-author-kinds';
import { CommentMentionLinks1764610000001 } from './1764610000001-comment-mention-links';
import { Directory1764620000000 } from './1764620000000-directory';
import { Kits1764630000000 } from './1764630000000-kits';
import { MemberContact1764640000000 } from './1764640000000-member-contact';
import { OrganisationLogo1764640000001 } from './1764640000001-organisation-logo';
import { MembersAdministration1764650000000 } from './1764650000000-members-administration';
import { JobRequestId1764660000000 } from './1764660000000-job-request-id';
import { ResourceDailyViews1764670000000 } from './1764670000000-resource-daily-views';
import { ReportShareLinks1764670000001 } from './1764670000001-report-share-links';
import { KitPhotos1764680000000 } from './1764680000000-kit-photos';
import { RateLimitsUnlogged1764690000000 } from './1764690000000-rate-limits-unlogged';
import { ResourcesDisplayFields1764730000000 } from './1764730000000-resources-display-fields';

/** Every migration, in order. Listed explicitly so that the compiled app needs no glob. */
export const MIGRATIONS = [
  InitialSchema1764370000000,
  SearchSynonyms1764380000000,
  DirectoryVersions1764390000000,
  Accounts1764400000000,
  RateLimits1764410000000,
  Debriefs1764420000000,
  ReactionsBookmarks1764430000000,
  Comments1764440000000,
  KeepingUp1764450000000,
  ReadingLists1764460000000,
  Events1764470000000,
  ReadingListComments1764480000000,
  ListNotifications1764490000000,
  Jobs1764500000000,
  DebriefChildPrivacy1764518000000,
  ResourceUrlKey1764530000000,
  Imports1764540000000,
  ResourceVersions1764550000000,
  LinkChecks1764560000000,
  Files1764570000000,
  ThemeEnglishLabels1764590000000,
  ResourceAuthorKinds1764610000000,
  CommentMentionLinks1764610000001,
  Directory1764620000000,
  Kits1764630000000,
  MemberContact1764640000000,
  OrganisationLogo1764640000001,
  MembersAdministration1764650000000,
  JobRequestId1764660000000,
  ResourceDailyViews1764670000000,
  ReportShareLinks1764670000001,
  KitPhotos1764680000000,
  RateLimitsUnlogged1764690000000,
  ResourcesDisplayFields1764730000000,
];
