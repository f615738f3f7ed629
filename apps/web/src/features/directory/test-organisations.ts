/** Organisations as the API sends them, for this feature's specs. */
export const organisation = (overrides: object = {}) => ({
  __typename: 'DirectoryOrganisation' as const,
  id: 'o1',
  slug: 'maison-enfance-biollay',
  name: 'Maison de l’enfance du Biollay',
  kind: 'maison-enfance',
  kindDetail: null,
  city: 'Chambéry',
  neighbourhood: 'Le Biollay',
  priorityNeighbourhood: true,
  description: 'Structure enfance et famille au cœur d’un quartier prioritaire.',
  website: 'https://biollay.example.org',
  publicContact: '04 79 00 00 00',
  archivedAt: null,
  memberCount: 1,
  audiences: [{ __typename: 'Audience' as const, slug: 'parents', label: 'Parents', labelEn: 'Parents' }],
  ...overrides,
});
