import { InvitationEntity } from '../modules/accounts/invitation.entity';
import { PasswordResetEntity } from '../modules/accounts/password-reset.entity';
import { SessionEntity } from '../modules/accounts/session.entity';
import { AuditLogEntryEntity } from '../modules/audit/audit-log-entry.entity';
import { CommentMentionEntity } from '../modules/comments/comment-mention.entity';
import { CommentReportEntity } from '../modules/comments/comment-report.entity';
import { CommentEntity } from '../modules/comments/comment.entity';
import { DebriefEntity } from '../modules/debriefs/debrief.entity';
import { DigestDeliveryEntity } from '../modules/digest/digest-delivery.entity';
import { EventOrganiserEntity } from '../modules/events/event-organiser.entity';
import { EventReadingListEntity } from '../modules/events/event-reading-list.entity';
import { EventResourceLinkEntity } from '../modules/events/event-resource-link.entity';
import { EventRsvpEntity } from '../modules/events/event-rsvp.entity';
import { EventEntity } from '../modules/events/event.entity';
import { FollowEntity } from '../modules/following/follow.entity';
import { DevMailEntity } from '../modules/mail/dev-mail.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { OutboxEventEntity } from '../modules/outbox/outbox-event.entity';
import { MemberAudienceEntity } from '../modules/directory/member-audience.entity';
import { MemberContactThemeEntity } from '../modules/directory/member-contact-theme.entity';
import { OrganisationAudienceEntity } from '../modules/directory/organisation-audience.entity';
import { MemberExpertiseEntity } from '../modules/organisations/member-expertise.entity';
import { MemberEntity } from '../modules/organisations/member.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { BookmarkEntity } from '../modules/reactions/bookmark.entity';
import { ReactionEntity } from '../modules/reactions/reaction.entity';
import { ReadingListCollaboratorEntity } from '../modules/reading-lists/reading-list-collaborator.entity';
import { ReadingListItemEntity } from '../modules/reading-lists/reading-list-item.entity';
import { ReadingListEntity } from '../modules/reading-lists/reading-list.entity';
import { ReadingProgressEntity } from '../modules/reading-lists/reading-progress.entity';
import { ResourceAudienceEntity } from '../modules/resources/resource-audience.entity';
import { ResourceSlugHistoryEntity } from '../modules/resources/resource-slug-history.entity';
import { ResourceTagEntity } from '../modules/resources/resource-tag.entity';
import { ResourceThemeEntity } from '../modules/resources/resource-theme.entity';
import { ResourceEntity } from '../modules/resources/resource.entity';
import { ResourceVersionEntity } from '../modules/resource-history/resource-version.entity';
import { SearchSynonymEntity } from '../modules/search/vocabulary/search-synonym.entity';
import { AudienceEntity } from '../modules/taxonomy/audience.entity';
import { TagEntity } from '../modules/taxonomy/tag.entity';
import { ThemeEntity } from '../modules/taxonomy/theme.entity';
import { RateLimitEntity } from '../security/rate-limit.entity';
import { JobEntity } from '../modules/jobs/job.entity';
import { ImportEntity } from '../modules/imports/import.entity';
import { LinkCheckEntity } from '../modules/link-checks/link-check.entity';
import { FileUploadEntity } from '../modules/files/file-upload.entity';
import { ResourceFileEntity } from '../modules/files/resource-file.entity';
import { ResourceFilePageEntity } from '../modules/files/resource-file-page.entity';
import { KitEntity } from '../modules/kits/kit.entity';
import { KitItemEntity } from '../modules/kits/kit-item.entity';
import { KitLoanEntity } from '../modules/kits/kit-loan.entity';
import { KitPhotoEntity } from '../modules/kits/kit-photo.entity';
import { KitResourceEntity } from '../modules/kits/kit-resource.entity';
import { ResourceDailyViewEntity } from '../modules/resources/resource-daily-view.entity';
import { ReportShareLinkEntity } from '../modules/report/report-share-link.entity';

/**
 * One entity per table the migrations create (decision 0013): the checked description of the schema.
 * entities-match-migrations.integration-spec.ts fails when one is missing or differs from the migrations.
 */
export const ENTITIES = [
  // directory and taxonomy
  OrganisationEntity,
  MemberEntity,
  MemberExpertiseEntity,
  OrganisationAudienceEntity,
  MemberAudienceEntity,
  MemberContactThemeEntity,
  ThemeEntity,
  AudienceEntity,
  TagEntity,
  // resources
  ResourceEntity,
  ResourceSlugHistoryEntity,
  ResourceThemeEntity,
  ResourceAudienceEntity,
  ResourceTagEntity,
  ResourceVersionEntity,
  OutboxEventEntity,
  SearchSynonymEntity,
  JobEntity,
  // accounts and security
  SessionEntity,
  InvitationEntity,
  PasswordResetEntity,
  DevMailEntity,
  AuditLogEntryEntity,
  RateLimitEntity,
  // contributions and keeping up
  DebriefEntity,
  ReactionEntity,
  BookmarkEntity,
  CommentEntity,
  CommentMentionEntity,
  CommentReportEntity,
  FollowEntity,
  NotificationEntity,
  DigestDeliveryEntity,
  // reading lists and events
  ReadingListEntity,
  ReadingListItemEntity,
  ReadingListCollaboratorEntity,
  ReadingProgressEntity,
  EventEntity,
  EventOrganiserEntity,
  EventReadingListEntity,
  EventRsvpEntity,
  EventResourceLinkEntity,
  ImportEntity,
  LinkCheckEntity,
  // files
  FileUploadEntity,
  ResourceFileEntity,
  ResourceFilePageEntity,
  // kits and loans
  KitEntity,
  KitItemEntity,
  KitResourceEntity,
  KitLoanEntity,
  KitPhotoEntity,
  // the activity report
  ResourceDailyViewEntity,
  ReportShareLinkEntity,
];
