import { OutboxEventEntity } from '../modules/outbox/outbox-event.entity';
import { MemberEntity } from '../modules/organisations/member.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { ResourceSlugHistoryEntity } from '../modules/resources/resource-slug-history.entity';
import { ResourceEntity } from '../modules/resources/resource.entity';
import { AudienceEntity } from '../modules/taxonomy/audience.entity';
import { TagEntity } from '../modules/taxonomy/tag.entity';
import { SearchSynonymEntity } from '../modules/search/vocabulary/search-synonym.entity';
import { ThemeEntity } from '../modules/taxonomy/theme.entity';

export const ENTITIES = [
  OrganisationEntity, MemberEntity, ThemeEntity, AudienceEntity, TagEntity, ResourceEntity, ResourceSlugHistoryEntity,
  OutboxEventEntity, SearchSynonymEntity,
];
