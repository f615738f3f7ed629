import { CommentSection } from '../../features/comments/components/comment-section';
import { DebriefSection } from '../../features/debriefs/components/debrief-section';
import { FilesField } from '../../features/files/components/files-field';
import { ResourceFiles } from '../../features/files/components/resource-files';
import { FollowButton } from '../../features/following/components/follow-button';
import { LinkStatusNotice } from '../../features/link-checks/components/link-status-notice';
import type { EventSlots } from '../../features/events/components/event-reading-lists';
import type { MemberSlots } from '../../features/members/components/member-profile';
import { ResourceReactions } from '../../features/reactions/components/resource-reactions';
import { AddResourcesToList } from '../../features/reading-lists/components/add-resources-to-list';
import { AddToListDisclosure } from '../../features/reading-lists/components/add-to-list-disclosure';
import { AddToReadingList } from '../../features/reading-lists/components/add-to-reading-list';
import type { ReadingListSlots } from '../../features/reading-lists/pages/reading-list-page';
import type { ResourceSlots } from '../../features/resources/components/resource-details';
import type { ResourceFormSlots } from '../../features/resources/components/resource-form';
import type { SearchSlots } from '../../features/search/components/search-results';

/*
 * Where one feature's page shows another feature's part (a resource's comments, « Suivre » on a member's page…), the
 * page takes it as a slot and the app fills it here: features never import each other (see
 * docs/decisions/0014-web-shared-ui-and-feature-boundaries.md).
 */

export const resourceSlots: ResourceSlots = {
  reactions: (resource) => <ResourceReactions resourceSlug={resource.slug} resource={resource} />,
  followOrganisation: (organisation) => (
    <FollowButton kind="ORGANISATION" slug={organisation.slug} label={organisation.name} />
  ),
  followTheme: (theme) => <FollowButton kind="THEME" slug={theme.slug} label={theme.label} />,
  addToReadingList: (resource) => <AddToReadingList resourceSlug={resource.slug} />,
  debriefs: (resource) => <DebriefSection resourceSlug={resource.slug} resource={resource} />,
  comments: (resource) => <CommentSection subject={{ kind: 'resource', slug: resource.slug }} />,
  linkStatus: (resource) => <LinkStatusNotice resource={resource} />,
  files: (resource) => <ResourceFiles files={resource.files} />,
};

export const resourceFormSlots: ResourceFormSlots = {
  files: (props) => <FilesField {...props} />,
};

export const readingListSlots: ReadingListSlots = {
  comments: (list) => <CommentSection subject={{ kind: 'readingList', slug: list.slug }} />,
};

export const memberSlots: MemberSlots = {
  follow: (member, onChanged) => (
    <FollowButton kind="MEMBER" slug={member.slug} label={member.name} onChanged={onChanged} />
  ),
};

export const searchSlots: SearchSlots = {
  addToList: ({ resourceSlug, resourceTitle, open, onToggle }) => (
    <AddToListDisclosure resourceSlug={resourceSlug} resourceTitle={resourceTitle} open={open} onToggle={onToggle} />
  ),
};

export const eventSlots: EventSlots = {
  addResources: (list, announce, onAdded) => (
    <AddResourcesToList slug={list.slug} title={list.title} announce={announce} onAdded={onAdded} />
  ),
};
