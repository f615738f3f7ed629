import { AccountsResolver } from './modules/accounts/accounts.resolver';
import { DebriefsResolver } from './modules/debriefs/debriefs.resolver';
import { ReactionsResolver } from './modules/reactions/reactions.resolver';
import { CommentsResolver } from './modules/comments/comments.resolver';
import { ReadingListCommentsResolver } from './modules/comments/reading-list-comments.resolver';
import { DigestResolver } from './modules/digest/digest.resolver';
import { FollowingResolver } from './modules/following/following.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { ReadingListsResolver } from './modules/reading-lists/reading-lists.resolver';
import { EventsResolver, ReadingListEventsResolver, ResourceEventsResolver } from './modules/events/events.resolver';
import { MembersAdminResolver } from './modules/accounts/members-admin.resolver';
import { InvitationsAdminResolver } from './modules/accounts/invitations-admin.resolver';
import { DirectoryResolver, MemberProfileDirectoryResolver } from './modules/directory/directory.resolver';
import { MemberContactResolver } from './modules/directory/member-contact.resolver';
import { OrganisationsAdminResolver } from './modules/directory/organisations-admin.resolver';
import { OrganisationsResolver } from './modules/organisations/organisations.resolver';
import { ResourcesResolver } from './modules/resources/resources.resolver';
import { SearchFacetsResolver } from './modules/search/search-facets.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { SynonymsResolver } from './modules/search/vocabulary/synonyms.resolver';
import { TaxonomyResolver } from './modules/taxonomy/taxonomy.resolver';
import { JobsResolver } from './modules/jobs/jobs.resolver';
import { ResourceHistoryResolver } from './modules/resource-history/resource-history.resolver';
import { ImportsResolver } from './modules/imports/imports.resolver';
import { LinksResolver } from './modules/links/links.resolver';
import { LinkChecksResolver } from './modules/link-checks/link-checks.resolver';
import { ResourceFilesResolver } from './modules/files/resource-files.resolver';
import { ServiceStatusResolver } from './observability/service-status.resolver';
import { KitPhotosResolver } from './modules/kits/kit-photos.resolver';
import { KitsResolver, OrganisationKitsResolver } from './modules/kits/kits.resolver';
import { ReportResolver } from './modules/report/report.resolver';

/** Every resolver class: the schema printer builds the committed schema from this list without a database. */
export const RESOLVERS = [
  ResourcesResolver,
  SearchResolver,
  SearchFacetsResolver,
  TaxonomyResolver,
  OrganisationsResolver,
  DirectoryResolver,
  MemberProfileDirectoryResolver,
  MemberContactResolver,
  OrganisationsAdminResolver,
  SynonymsResolver,
  AccountsResolver,
  MembersAdminResolver,
  InvitationsAdminResolver,
  DebriefsResolver,
  ReactionsResolver,
  CommentsResolver,
  NotificationsResolver,
  FollowingResolver,
  DigestResolver,
  ReadingListsResolver,
  EventsResolver,
  ResourceEventsResolver,
  ReadingListEventsResolver,
  ReadingListCommentsResolver,
  JobsResolver,
  ResourceHistoryResolver,
  ImportsResolver,
  LinksResolver,
  LinkChecksResolver,
  ResourceFilesResolver,
  ServiceStatusResolver,
  KitsResolver,
  OrganisationKitsResolver,
  KitPhotosResolver,
  ReportResolver,
];
