import { ResourceFiles } from '../../features/files/components/resource-files';
import { FollowButton } from '../../features/following/components/follow-button';
import { LinkStatusNotice } from '../../features/link-checks/components/link-status-notice';
import { ResourceReactions } from '../../features/reactions/components/resource-reactions';
import { AddToReadingList } from '../../features/reading-lists/components/add-to-reading-list';
import type { ResourceSlots } from '../../features/resources/components/resource-details';
import { lazyPart, SectionBoundary } from '../lazy-part';

// Below the resource's own text, with their forms, the Markdown sanitiser and the child-privacy check: they arrive
// after the page has painted, in chunks of their own (decision 0045).
const CommentSection = lazyPart(() => import('../../features/comments/components/comment-section'), 'CommentSection');
const DebriefSection = lazyPart(() => import('../../features/debriefs/components/debrief-section'), 'DebriefSection');

/** The parts of other features on `/ressources/:slug` (see search-slots.tsx). */
export const resourceSlots: ResourceSlots = {
  reactions: (resource) => <ResourceReactions resourceSlug={resource.slug} resource={resource} />,
  followOrganisation: (organisation) => (
    <FollowButton kind="ORGANISATION" slug={organisation.slug} label={organisation.name} />
  ),
  followTheme: (theme) => <FollowButton kind="THEME" slug={theme.slug} label={theme.label} />,
  addToReadingList: (resource) => <AddToReadingList resourceSlug={resource.slug} />,
  debriefs: (resource) => (
    <SectionBoundary>
      <DebriefSection resourceSlug={resource.slug} resource={resource} />
    </SectionBoundary>
  ),
  comments: (resource) => (
    <SectionBoundary>
      <CommentSection subject={{ kind: 'resource', slug: resource.slug }} />
    </SectionBoundary>
  ),
  linkStatus: (resource) => <LinkStatusNotice resource={resource} />,
  files: (resource) => <ResourceFiles files={resource.files} />,
};
