import { Module } from '@nestjs/common';
import { ClockModule } from './common/clock';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DirectoryModule } from './modules/directory/directory.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AuditModule } from './modules/audit/audit.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { LinksModule } from './modules/links/links.module';
import { MailModule } from './modules/mail/mail.module';
import { SecurityModule } from './security/security.module';
import { DebriefsModule } from './modules/debriefs/debriefs.module';
import { ReactionsModule } from './modules/reactions/reactions.module';
import { CommentsModule } from './modules/comments/comments.module';
import { DigestModule } from './modules/digest/digest.module';
import { FollowingModule } from './modules/following/following.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ReadingListsModule } from './modules/reading-lists/reading-lists.module';
import { EventsModule } from './modules/events/events.module';
import { ImportsModule } from './modules/imports/imports.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { ResourcesModule } from './modules/resources/resources.module';
import { ResourceHistoryModule } from './modules/resource-history/resource-history.module';
import { SearchCoreModule } from './modules/search/search-core.module';
import { SearchModule } from './modules/search/search.module';
import { SeedModule } from './modules/seed/seed.module';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module';
import { LinkChecksModule } from './modules/link-checks/link-checks.module';
import { BackupModule } from './modules/backup/backup.module';
import { KitsModule } from './modules/kits/kits.module';
import { ReportModule } from './modules/report/report.module';

/** Everything but the HTTP surface: the CLI runs on this module, the server adds GraphQL and health on top. */
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule,
    SearchCoreModule,
    OutboxModule,
    AuditModule,
    JobsModule,
    MailModule,
    SecurityModule,
    AccountsModule,
    OrganisationsModule,
    DirectoryModule,
    TaxonomyModule,
    ResourcesModule,
    ResourceHistoryModule,
    LinkChecksModule,
    LinksModule,
    DebriefsModule,
    ReactionsModule,
    CommentsModule,
    NotificationsModule,
    FollowingModule,
    DigestModule,
    ReadingListsModule,
    EventsModule,
    ImportsModule,
    KitsModule,
    ReportModule,
    SearchModule,
    SeedModule,
    BackupModule,
  ],
})
export class CoreModule {}
