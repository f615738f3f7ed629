import type { DirectoryVisibility, OrganisationKind } from '@culture-commune/shared';
import { EntityManager, In } from 'typeorm';
import { MemberAudienceEntity } from '../directory/member-audience.entity';
import { MemberContactThemeEntity } from '../directory/member-contact-theme.entity';
import { OrganisationAudienceEntity } from '../directory/organisation-audience.entity';
import { DIRECTORY_TOPIC } from '../directory/search/directory-index.definition';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { OutboxService } from '../outbox/outbox.service';
import { ThemeEntity } from '../taxonomy/theme.entity';

interface DemoOrganisation {
  kind: OrganisationKind;
  kindDetail?: string;
  neighbourhood?: string;
  priorityNeighbourhood?: boolean;
  audiences: string[];
  website?: string;
  publicContact?: string;
}

interface DemoPerson {
  audiences: string[];
  languages: string[];
  contactThemes: string[];
  visibility: DirectoryVisibility;
}

/**
 * The directory of the founding document's organisations (« Fiche de capitalisation », Grand Chambéry): the
 * service info jeunesse, the media library, the agglomeration's Digital and Politique de la ville departments,
 * the Biollay childhood centre (in a priority neighbourhood), the CREFE, the Cognin digital workshop and Fréquence
 * Écoles. Fixed data: the seed stays deterministic.
 */
export const DEMO_ORGANISATIONS: Record<string, DemoOrganisation> = {
  'grand-chambery': {
    kind: 'collectivite',
    neighbourhood: 'Bissy',
    audiences: ['professionnels', 'familles'],
    website: 'https://www.grandchambery.fr',
    publicContact:
      'Service Politique de la ville et innovation sociale, 106 allée des Blachères, 73000 Chambéry — 04 79 96 86 00',
  },
  'sij-chambery': {
    kind: 'information-jeunesse',
    neighbourhood: 'Centre-ville',
    audiences: ['adolescents', 'parents'],
    publicContact: 'Accueil du SIJ, du mardi au samedi',
  },
  'mediatheque-chambery': {
    kind: 'mediatheque',
    neighbourhood: 'Curial',
    audiences: ['tout-public', 'enfants', 'adolescents', 'familles'],
    publicContact: 'Espace numérique, 1er étage',
  },
  'maison-enfance-biollay': {
    kind: 'maison-enfance',
    neighbourhood: 'Le Biollay',
    priorityNeighbourhood: true,
    audiences: ['petite-enfance', 'enfants', 'parents', 'familles'],
  },
  crefe: { kind: 'autre', kindDetail: 'Centre de ressources', audiences: ['professionnels', 'parents'] },
  'atelier-numerique-cognin': {
    kind: 'autre',
    kindDetail: 'Tiers-lieu numérique',
    neighbourhood: 'La Forgerie',
    audiences: ['tout-public', 'familles'],
  },
  'frequence-ecoles': {
    kind: 'association',
    audiences: ['professionnels', 'enfants', 'adolescents'],
    website: 'https://www.frequence-ecoles.org',
  },
};

export const DEMO_PEOPLE: Record<string, DemoPerson> = {
  'camille-durand': {
    audiences: ['professionnels'],
    languages: ['fr', 'en'],
    contactThemes: ['posture-professionnelle'],
    visibility: 'public',
  },
  'yanis-benali': {
    audiences: ['adolescents', 'parents'],
    languages: ['fr', 'ar'],
    contactThemes: ['reseaux-sociaux', 'cyberharcelement'],
    visibility: 'public',
  },
  'claire-mounier': {
    audiences: ['enfants', 'adolescents', 'familles'],
    languages: ['fr', 'en'],
    contactThemes: ['jeux-video'],
    visibility: 'public',
  },
  'sophie-reynaud': {
    audiences: ['petite-enfance', 'parents'],
    languages: ['fr'],
    contactThemes: ['ecrans-petite-enfance'],
    visibility: 'members',
  },
  'marc-aubert': {
    audiences: ['professionnels', 'parents'],
    languages: ['fr'],
    contactThemes: ['parentalite-numerique'],
    visibility: 'public',
  },
  'lea-girard': {
    audiences: ['tout-public', 'familles'],
    languages: ['fr', 'es'],
    contactThemes: ['inclusion-numerique'],
    visibility: 'members',
  },
  'nadia-kessler': {
    audiences: ['professionnels', 'adolescents'],
    languages: ['fr', 'en'],
    contactThemes: ['information-desinformation'],
    visibility: 'public',
  },
};

/** An organisation's directory columns: the demo's, or « autre » with the library's own wording of its kind. */
export function demoOrganisationFields(slug: string, libraryKind: string | undefined) {
  const demo = DEMO_ORGANISATIONS[slug];
  if (!demo) return { kind: 'autre' as const, kindDetail: libraryKind ?? null };
  return {
    kind: demo.kind,
    kindDetail: demo.kindDetail ?? null,
    neighbourhood: demo.neighbourhood ?? null,
    priorityNeighbourhood: demo.priorityNeighbourhood ?? false,
    website: demo.website ?? null,
    publicContact: demo.publicContact ?? null,
  };
}

/** Audiences, languages, contact themes and visibility of the demo's organisations and people; all reach the index. */
export async function seedDirectory(manager: EntityManager, outbox: OutboxService): Promise<void> {
  const organisations = await manager.findBy(OrganisationEntity, { slug: In(Object.keys(DEMO_ORGANISATIONS)) });
  const audiences = organisations.flatMap((o) =>
    DEMO_ORGANISATIONS[o.slug].audiences.map((audienceSlug) => ({ organisationId: o.id, audienceSlug })),
  );
  if (audiences.length) await manager.insert(OrganisationAudienceEntity, audiences);
  const people = await manager.findBy(MemberEntity, { slug: In(Object.keys(DEMO_PEOPLE)) });
  const themes = new Map((await manager.find(ThemeEntity)).map((theme) => [theme.slug, theme.id]));
  for (const person of people) {
    const demo = DEMO_PEOPLE[person.slug];
    await manager.update(
      MemberEntity,
      { id: person.id },
      { languages: demo.languages, directoryVisibility: demo.visibility },
    );
    if (demo.audiences.length)
      await manager.insert(
        MemberAudienceEntity,
        demo.audiences.map((audienceSlug) => ({ memberId: person.id, audienceSlug })),
      );
    const contact = demo.contactThemes.flatMap((slug) =>
      themes.has(slug) ? [{ memberId: person.id, themeId: themes.get(slug)! }] : [],
    );
    if (contact.length) await manager.insert(MemberContactThemeEntity, contact);
  }
  const everyone = await manager.find(MemberEntity, { select: { id: true } });
  const allOrganisations = await manager.find(OrganisationEntity, { select: { id: true } });
  await outbox.enqueue(
    manager,
    DIRECTORY_TOPIC,
    [...allOrganisations, ...everyone].map((row) => row.id),
  );
}
