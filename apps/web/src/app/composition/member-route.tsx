import { FollowButton } from '../../features/following/components/follow-button';
import type { MemberSlots } from '../../features/members/components/member-profile';
import { MemberPage } from '../../features/members/pages/member-page';

/** The parts of other features on a member's page (see search-slots.tsx). */
export const memberSlots: MemberSlots = {
  follow: (member, onChanged) => (
    <FollowButton kind="MEMBER" slug={member.slug} label={member.name} onChanged={onChanged} />
  ),
};

/** `/membres/:slug`, loaded on demand with its slots. */
export function MemberRoute() {
  return <MemberPage slots={memberSlots} />;
}
