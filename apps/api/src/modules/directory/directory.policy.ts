import type { DirectoryVisibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { isAdmin } from '../../common/auth/roles';

export interface OrganisationAccessFacts {
  archivedAt: Date | null;
}

export interface PersonAccessFacts {
  id: string;
  directoryVisibility: DirectoryVisibility;
  /** Deactivated by an admin (members-admin.service.ts): hidden from everyone but admins. */
  deactivatedAt: Date | null;
}

export interface PersonContactFacts {
  id: string;
  acceptsMessages: boolean;
  deactivatedAt: Date | null;
}

/**
 * The directory's rules (issue 14), written only here: members see every organisation and every person; visitors
 * see organisations and the people who chose to be public; archived organisations are hidden from everyone but
 * admins. A deactivated person is hidden from everyone but admins (who still open their page and see them among their
 * organisation's members, to reactivate them), and is out of the search index for everyone (decision 0033).
 * No form of the directory ever carries an email (the documents and objects have no such field).
 */
export const directoryPolicy = {
  canViewOrganisation: (actor: Actor | null, organisation: OrganisationAccessFacts) =>
    organisation.archivedAt === null || isAdmin(actor),
  canViewPerson: (actor: Actor | null, person: PersonAccessFacts) =>
    person.deactivatedAt !== null ? isAdmin(actor) : actor !== null || person.directoryVisibility === 'public',
  /**
   * « Contacter » (decision 0031): members only (a visitor has no address to answer to), never oneself, and only people
   * who did not refuse messages, nor deactivated ones (decision 0033: no mail reaches them). What the sender asked about
   * does not matter: the contact themes are a hint.
   */
  canContact: (actor: Actor | null, person: PersonContactFacts) =>
    actor !== null && actor.id !== person.id && person.acceptsMessages && person.deactivatedAt === null,
  /** People in the one search box's suggestions: members only (visitors get organisations), like `/membres`. */
  peopleSuggestionFilter: (actor: Actor | null): string | null => (actor ? 'type = "person"' : null),
  /** Create, edit, archive and merge organisations. */
  canManageOrganisations: (actor: Actor | null) => isAdmin(actor),
  /** The person rule as SQL on `members` aliased `alias`; the rule reads no id, hence no parameter. */
  sqlPersonVisible: (actor: Actor | null, alias: string) =>
    isAdmin(actor)
      ? 'TRUE'
      : actor
        ? `${alias}.deactivated_at IS NULL`
        : `${alias}.directory_visibility = 'public' AND ${alias}.deactivated_at IS NULL`,
  /** The organisation rule as SQL on `organisations` aliased `alias`. */
  sqlOrganisationVisible: (actor: Actor | null, alias: string) =>
    isAdmin(actor) ? 'TRUE' : `${alias}.archived_at IS NULL`,
  /** Both rules as a Meilisearch filter on the directory index (directory-document.ts); null: no restriction. */
  searchFilter(actor: Actor | null): string | null {
    const parts = [
      isAdmin(actor) ? null : 'archived = false',
      actor ? null : '(type = "organisation" OR visibility = "public")',
    ].filter((part): part is string => part !== null);
    return parts.length ? parts.join(' AND ') : null;
  },
  /** The organisation rule on the organisations index of the one search box. */
  organisationSearchFilter: (actor: Actor | null): string | undefined =>
    isAdmin(actor) ? undefined : 'archived = false',
};
