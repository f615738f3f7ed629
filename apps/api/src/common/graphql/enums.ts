import { registerEnumType } from '@nestjs/graphql';
import type { ResourceType, SearchSort, Visibility } from '@culture-commune/shared';

export const ResourceTypeEnum: { [K in ResourceType]: K } = {
  lecture: 'lecture',
  formation: 'formation',
  outil: 'outil',
};
export const VisibilityEnum: { [K in Visibility]: K } = { public: 'public', network: 'network', draft: 'draft' };
export const SearchSortEnum: { [K in SearchSort]: K } = {
  relevance: 'relevance',
  newest: 'newest',
  mostUsed: 'mostUsed',
  bestRated: 'bestRated',
};

registerEnumType(ResourceTypeEnum, {
  name: 'ResourceType',
  description: 'lecture (reading), formation (training material), outil (mediation tool)',
});
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description: 'public: everyone; network: members; draft: its contributor',
});
registerEnumType(SearchSortEnum, { name: 'SearchSort' });
