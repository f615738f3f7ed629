import { Route, Routes } from 'react-router';
import { DevMailboxPage } from '../features/accounts/pages/dev-mailbox-page';
import { ForgotPasswordPage } from '../features/accounts/pages/forgot-password-page';
import { InvitationPage } from '../features/accounts/pages/invitation-page';
import { WelcomePage } from '../features/accounts/pages/welcome-page';
import { InvitePage } from '../features/accounts/pages/invite-page';
import { ProfilePage } from '../features/accounts/pages/profile-page';
import { ResetPasswordPage } from '../features/accounts/pages/reset-password-page';
import { SignInPage } from '../features/accounts/pages/sign-in-page';
import { AuditLogPage } from '../features/admin/pages/audit-log-page';
import { MembersPage } from '../features/admin/pages/members-page';
import { ThemesPage } from '../features/admin/pages/themes-page';
import { FailedJobsPage } from '../features/admin/pages/failed-jobs-page';
import { ServiceStatusPage } from '../features/admin/pages/service-status-page';
import { ResourceBinPage } from '../features/resource-history/pages/resource-bin-page';
import { BrokenLinksPage } from '../features/link-checks/pages/broken-links-page';
import { ResourceHistoryPage } from '../features/resource-history/pages/resource-history-page';
import { CreateEventPage } from '../features/events/pages/create-event-page';
import { EditEventPage } from '../features/events/pages/edit-event-page';
import { EventPage } from '../features/events/pages/event-page';
import { EventsPage } from '../features/events/pages/events-page';
import { FollowsPage } from '../features/following/pages/follows-page';
import { ImportPage } from '../features/imports/pages/import-page';
import { DirectoryPage } from '../features/directory/pages/directory-page';
import { OrganisationPage } from '../features/directory/pages/organisation-page';
import { OrganisationsAdminPage } from '../features/directory/pages/organisations-admin-page';
import { CreateKitPage, EditKitPage } from '../features/kits/pages/kit-form-page';
import { KitPage } from '../features/kits/pages/kit-page';
import { KitsPage } from '../features/kits/pages/kits-page';
import { ReportPage } from '../features/report/pages/report-page';
import { SharedReportPage } from '../features/report/pages/shared-report-page';
import { MemberPage } from '../features/members/pages/member-page';
import { ModerationPage } from '../features/moderation/pages/moderation-page';
import { NewsPage } from '../features/news/pages/news-page';
import { NotificationsPage } from '../features/notifications/pages/notifications-page';
import { BookmarksPage } from '../features/reactions/pages/bookmarks-page';
import { CreateReadingListPage } from '../features/reading-lists/pages/create-reading-list-page';
import { EditReadingListPage } from '../features/reading-lists/pages/edit-reading-list-page';
import { ReadingListPage } from '../features/reading-lists/pages/reading-list-page';
import { ReadingListsPage } from '../features/reading-lists/pages/reading-lists-page';
import { CreateResourcePage } from '../features/resources/pages/create-resource-page';
import { EditResourcePage } from '../features/resources/pages/edit-resource-page';
import { ResourcePage } from '../features/resources/pages/resource-page';
import { SearchPage } from '../features/search/pages/search-page';
import {
  eventSlots,
  memberSlots,
  readingListSlots,
  resourceFormSlots,
  resourceSlots,
  searchSlots,
} from './composition/slots';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SearchPage slots={searchSlots} />} />
        <Route path="ressources/nouvelle" element={<CreateResourcePage slots={resourceFormSlots} />} />
        <Route path="ressources/:slug" element={<ResourcePage slots={resourceSlots} />} />
        <Route path="ressources/:slug/modifier" element={<EditResourcePage slots={resourceFormSlots} />} />
        <Route path="ressources/:slug/historique" element={<ResourceHistoryPage />} />
        <Route path="listes" element={<ReadingListsPage />} />
        <Route path="listes/nouvelle" element={<CreateReadingListPage />} />
        <Route path="listes/:slug" element={<ReadingListPage slots={readingListSlots} />} />
        <Route path="listes/:slug/modifier" element={<EditReadingListPage />} />
        <Route path="evenements" element={<EventsPage />} />
        <Route path="evenements/nouveau" element={<CreateEventPage />} />
        <Route path="evenements/:slug" element={<EventPage slots={eventSlots} />} />
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
        <Route path="membres/:slug" element={<MemberPage slots={memberSlots} />} />
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
