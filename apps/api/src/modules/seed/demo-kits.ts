import { EntityManager, In } from 'typeorm';
import { KitItemEntity } from '../kits/kit-item.entity';
import { KitResourceEntity } from '../kits/kit-resource.entity';
import { KitEntity } from '../kits/kit.entity';
import { insertLoan } from '../kits/kit-rows';
import { KitLoanEntity, type KitLoanStatus, type KitReturnCheckLine } from '../kits/kit-loan.entity';
import { parisDay } from '../kits/paris-day';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ResourceEntity } from '../resources/resource.entity';

interface DemoLoan {
  borrower: string;
  /** Days from the seed's today (negative: past). */
  from: number;
  to: number;
  purpose: string;
  status: KitLoanStatus;
  check?: KitReturnCheckLine[];
}

interface DemoKit {
  slug: string;
  name: string;
  owner: string;
  description: string;
  items: [string, number][];
  conditionNotes: string;
  pickupPlace: string;
  loanConditions: string;
  resources: string[];
  loans: DemoLoan[];
}

/** The kits the founding document's organisations lend, with a few loans so that a kit's page has a history. */
export const DEMO_KITS: DemoKit[] = [
  {
    slug: 'malle-tablettes',
    name: 'Malle tablettes (8 iPad + chargeurs)',
    owner: 'mediatheque-chambery',
    description:
      'Huit tablettes préparées pour les ateliers : applications de création, de programmation et de réalité augmentée.',
    items: [
      ['iPad', 8],
      ['Chargeur', 8],
      ['Coque de protection', 8],
      ['Borne Wi-Fi', 1],
    ],
    conditionNotes: 'Une coque fendue (sans gêne pour l’usage).',
    pickupPlace: 'Médiathèque de Chambéry, espace numérique (1er étage)',
    loanConditions: 'Deux semaines au plus ; tablettes rendues chargées et réinitialisées.',
    resources: ['scratchjr', 'kit-realite-augmentee'],
    loans: [
      {
        borrower: 'sophie-reynaud',
        from: -40,
        to: -37,
        purpose: 'Atelier parents-enfants « Créer une histoire animée »',
        status: 'returned',
        check: [{ label: 'Chargeur', missing: 1, broken: 0, note: 'oublié à la maison de l’enfance' }],
      },
      {
        borrower: 'yanis-benali',
        from: -12,
        to: -10,
        purpose: 'Atelier réalité augmentée au SIJ',
        status: 'returned',
      },
    ],
  },
  {
    slug: 'robots-thymio',
    name: 'Robots Thymio ×6',
    owner: 'atelier-numerique-cognin',
    description: 'Six robots Thymio pour découvrir la programmation dès 7 ans, avec des fiches de défis.',
    items: [
      ['Robot Thymio', 6],
      ['Câble de charge USB', 6],
      ['Jeu de fiches défis', 1],
    ],
    conditionNotes: '',
    pickupPlace: 'Atelier numérique de Cognin, La Forgerie',
    loanConditions: 'Une semaine ; robots rendus chargés.',
    resources: ['thymio'],
    loans: [
      {
        borrower: 'claire-mounier',
        from: -25,
        to: -21,
        purpose: 'Semaine du code à la médiathèque',
        status: 'returned',
      },
    ],
  },
  {
    slug: 'casques-vr',
    name: 'Casques VR ×4',
    owner: 'sij-chambery',
    description: 'Quatre casques de réalité virtuelle autonomes pour des ateliers d’éducation aux images.',
    items: [
      ['Casque VR', 4],
      ['Manette', 8],
      ['Chargeur', 4],
    ],
    conditionNotes: '',
    pickupPlace: 'Service information jeunesse, accueil',
    loanConditions: 'Une semaine ; un adulte formé encadre chaque séance.',
    resources: ['kit-realite-augmentee', 'cinema-education-image'],
    loans: [
      {
        borrower: 'nadia-kessler',
        from: 20,
        to: 22,
        purpose: 'Atelier « Les images nous mentent-elles ? » au collège',
        status: 'requested',
      },
    ],
  },
];

const dayFrom = (today: Date, days: number) => parisDay(new Date(today.getTime() + days * 86_400_000));

/** Writes the demo kits, their contents, the tools they serve and their loans (dated from `today`). */
export async function seedKits(manager: EntityManager, today: Date): Promise<void> {
  const organisations = new Map(
    (await manager.findBy(OrganisationEntity, { slug: In(DEMO_KITS.map((kit) => kit.owner)) })).map((o) => [o.slug, o]),
  );
  const members = new Map(
    (await manager.find(MemberEntity, { relations: { organisation: true } })).map((m) => [m.slug, m]),
  );
  const resources = new Map(
    (await manager.find(ResourceEntity, { select: { id: true, slug: true } })).map((r) => [r.slug, r.id]),
  );
  for (const demo of DEMO_KITS) {
    const owner = organisations.get(demo.owner);
    if (!owner) continue;
    const inserted = await manager.insert(KitEntity, {
      slug: demo.slug,
      name: demo.name,
      organisationId: owner.id,
      description: demo.description,
      conditionNotes: demo.conditionNotes,
      pickupPlace: demo.pickupPlace,
      loanConditions: demo.loanConditions,
    });
    const kitId = (inserted.identifiers[0] as { id: string }).id;
    await manager.insert(
      KitItemEntity,
      demo.items.map(([label, quantity], position) => ({ kitId, label, quantity, position })),
    );
    const served = demo.resources.flatMap((slug) => (resources.has(slug) ? [resources.get(slug)!] : []));
    if (served.length)
      await manager.insert(
        KitResourceEntity,
        served.map((resourceId) => ({ kitId, resourceId })),
      );
    const handler = [...members.values()].find((m) => m.organisation?.id === owner.id) ?? null;
    for (const loan of demo.loans) {
      const borrower = members.get(loan.borrower);
      if (!borrower) continue;
      const id = await insertLoan(manager, {
        kitId,
        requesterId: borrower.id,
        organisationId: borrower.organisation?.id ?? null,
        eventId: null,
        purpose: loan.purpose,
        firstDay: dayFrom(today, loan.from),
        lastDay: dayFrom(today, loan.to),
      });
      if (loan.status === 'requested') continue;
      const at = (days: number) => new Date(today.getTime() + days * 86_400_000);
      await manager.update(
        KitLoanEntity,
        { id },
        {
          status: loan.status,
          decidedAt: at(loan.from - 7),
          decidedById: handler?.id ?? null,
          handedOverAt: at(loan.from),
          handedOverById: handler?.id ?? null,
          returnedAt: at(loan.to + 1),
          returnedById: handler?.id ?? null,
          returnCheck: loan.check ?? [],
        },
      );
    }
  }
}
