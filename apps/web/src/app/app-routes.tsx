import { Route, Routes } from 'react-router';
import { ResourcePage } from '../features/resources/pages/resource-page';
import { SearchPage } from '../features/search/pages/search-page';
import { resourceSlots } from './composition/resource-slots';
import { searchSlots } from './composition/search-slots';
import { Layout } from './layout';
import { lazyPart } from './lazy-part';
import { NotFoundPage } from './not-found-page';

// The search page and a resource's page, where most visits start (shared links), are in the first download; every
// other page is a chunk of its own, fetched when it is first opened, under the layout's « Chargement… » (decision 0045).
const DevMailboxPage = lazyPart(() => import('../features/accounts/pages/dev-mailbox-page'), 'DevMailboxPage');
const ForgotPasswordPage = lazyPart(
  () => import('../features/accounts/pages/forgot-password-page'),
  'ForgotPasswordPage',
);
const InvitationPage = lazyPart(() => import('../features/accounts/pages/invitation-page'), 'InvitationPage');
const WelcomePage = lazyPart(() => import('../features/accounts/pages/welcome-page'), 'WelcomePage');
const InvitePage = lazyPart(() => import('../features/accounts/pages/invite-page'), 'InvitePage');
const ProfilePage = lazyPart(() => import('../features/accounts/pages/profile-page'), 'ProfilePage');
const ResetPasswordPage = lazyPart(() => import('../features/accounts/pages/reset-password-page'), 'ResetPasswordPage');
const SignInPage = lazyPart(() => import('../features/accounts/pages/sign-in-page'), 'SignInPage');
const AuditLogPage = lazyPart(() => import('../features/admin/pages/audit-log-page'), 'AuditLogPage');
const MembersPage = lazyPart(() => import('../features/admin/pages/members-page'), 'MembersPage');
const ThemesPage = lazyPart(() => import('../features/admin/pages/themes-page'), 'ThemesPage');
const FailedJobsPage = lazyPart(() => import('../features/admin/pages/failed-jobs-page'), 'FailedJobsPage');
const ServiceStatusPage = lazyPart(() => import('../features/admin/pages/service-status-page'), 'ServiceStatusPage');
const ResourceBinPage = lazyPart(
  () => import('../features/resource-history/pages/resource-bin-page'),
  'ResourceBinPage',
);
const BrokenLinksPage = lazyPart(() => import('../features/link-checks/pages/broken-links-page'), 'BrokenLinksPage');
const ResourceHistoryPage = lazyPart(
  () => import('../features/resource-history/pages/resource-history-page'),
  'ResourceHistoryPage',
);
const CreateEventPage = lazyPart(() => import('../features/events/pages/create-event-page'), 'CreateEventPage');
const EditEventPage = lazyPart(() => import('../features/events/pages/edit-event-page'), 'EditEventPage');
const EventRoute = lazyPart(() => import('./composition/event-route'), 'EventRoute');
const EventsPage = lazyPart(() => import('../features/events/pages/events-page'), 'EventsPage');
const FollowsPage = lazyPart(() => import('../features/following/pages/follows-page'), 'FollowsPage');
const ImportPage = lazyPart(() => import('../features/imports/pages/import-page'), 'ImportPage');
const DirectoryPage = lazyPart(() => import('../features/directory/pages/directory-page'), 'DirectoryPage');
const OrganisationPage = lazyPart(() => import('../features/directory/pages/organisation-page'), 'OrganisationPage');
const OrganisationsAdminPage = lazyPart(
  () => import('../features/directory/pages/organisations-admin-page'),
  'OrganisationsAdminPage',
);
const CreateKitPage = lazyPart(() => import('../features/kits/pages/kit-form-page'), 'CreateKitPage');
const EditKitPage = lazyPart(() => import('../features/kits/pages/kit-form-page'), 'EditKitPage');
const KitPage = lazyPart(() => import('../features/kits/pages/kit-page'), 'KitPage');
const KitsPage = lazyPart(() => import('../features/kits/pages/kits-page'), 'KitsPage');
const ReportPage = lazyPart(() => import('../features/report/pages/report-page'), 'ReportPage');
const SharedReportPage = lazyPart(() => import('../features/report/pages/shared-report-page'), 'SharedReportPage');
const MemberRoute = lazyPart(() => import('./composition/member-route'), 'MemberRoute');
const ModerationPage = lazyPart(() => import('../features/moderation/pages/moderation-page'), 'ModerationPage');
const NewsPage = lazyPart(() => import('../features/news/pages/news-page'), 'NewsPage');
const NotificationsPage = lazyPart(
  () => import('../features/notifications/pages/notifications-page'),
  'NotificationsPage',
);
const BookmarksPage = lazyPart(() => import('../features/reactions/pages/bookmarks-page'), 'BookmarksPage');
const CreateReadingListPage = lazyPart(
  () => import('../features/reading-lists/pages/create-reading-list-page'),
  'CreateReadingListPage',
);
const EditReadingListPage = lazyPart(
  () => import('../features/reading-lists/pages/edit-reading-list-page'),
  'EditReadingListPage',
);
const ReadingListRoute = lazyPart(() => import('./composition/reading-list-route'), 'ReadingListRoute');
const ReadingListsPage = lazyPart(
  () => import('../features/reading-lists/pages/reading-lists-page'),
  'ReadingListsPage',
);
const CreateResourceRoute = lazyPart(() => import('./composition/resource-form-routes'), 'CreateResourceRoute');
const EditResourceRoute = lazyPart(() => import('./composition/resource-form-routes'), 'EditResourceRoute');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SearchPage slots={searchSlots} />} />
        <Route path="ressources/nouvelle" element={<CreateResourceRoute />} />
        <Route path="ressources/:slug" element={<ResourcePage slots={resourceSlots} />} />
        <Route path="ressources/:slug/modifier" element={<EditResourceRoute />} />
        <Route path="ressources/:slug/historique" element={<ResourceHistoryPage />} />
        <Route path="listes" element={<ReadingListsPage />} />
        <Route path="listes/nouvelle" element={<CreateReadingListPage />} />
        <Route path="listes/:slug" element={<ReadingListRoute />} />
        <Route path="listes/:slug/modifier" element={<EditReadingListPage />} />
        <Route path="evenements" element={<EventsPage />} />
        <Route path="evenements/nouveau" element={<CreateEventPage />} />
        <Route path="evenements/:slug" element={<EventRoute />} />
        <Route path="evenements/:slug/modifier" element={<EditEventPage />} />
        <Route path="connexion" element={<SignInPage />} />
        <Route path="mot-de-passe-oublie" element={<ForgotPasswordPage />} />
        <Route path="reinitialiser-mot-de-passe" element={<ResetPasswordPage />} />
        <Route path="invitation" element={<InvitationPage />} />
        <Route path="bienvenue" element={<WelcomePage />} />
        <Route path="profil" element={<ProfilePage />} />
        <Route path="favoris" element={<BookmarksPage />} />
        <Route path="suivis" element={<FollowsPage />} />
        <Route path="quoi-de-neuf" element={<NewsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="membres/:slug" element={<MemberRoute />} />
        <Route path="annuaire" element={<DirectoryPage />} />
        <Route path="structures/:slug" element={<OrganisationPage />} />
        <Route path="administration/structures" element={<OrganisationsAdminPage />} />
        <Route path="malles" element={<KitsPage />} />
        <Route path="malles/nouvelle" element={<CreateKitPage />} />
        <Route path="malles/:slug" element={<KitPage />} />
        <Route path="malles/:slug/modifier" element={<EditKitPage />} />
        <Route path="moderation" element={<ModerationPage />} />
        <Route path="inviter" element={<InvitePage />} />
        <Route path="administration/membres" element={<MembersPage />} />
        <Route path="administration/journal" element={<AuditLogPage />} />
        <Route path="administration/themes" element={<ThemesPage />} />
        <Route path="administration/taches" element={<FailedJobsPage />} />
        <Route path="administration/etat" element={<ServiceStatusPage />} />
        <Route path="administration/corbeille" element={<ResourceBinPage />} />
        <Route path="administration/liens-casses" element={<BrokenLinksPage />} />
        <Route path="importer" element={<ImportPage />} />
        <Route path="rapport" element={<ReportPage />} />
        <Route path="rapport/partage/:token" element={<SharedReportPage />} />
        <Route path="dev/courriels" element={<DevMailboxPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
