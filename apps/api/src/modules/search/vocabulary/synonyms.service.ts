import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../../common/errors/domain-errors';
import { accountsPolicy } from '../../accounts/accounts.policy';
import { AuditService } from '../../audit/audit.service';
import { OutboxService } from '../../outbox/outbox.service';
import { BUILT_IN_SYNONYMS } from '../french/synonyms';
import { SynonymGroupObject } from './dto/synonym-group.object';
import { SearchSynonymEntity } from './search-synonym.entity';

/** Outbox topic whose events make the indexer push fresh index settings to Meilisearch. */
export const SEARCH_SETTINGS_TOPIC = 'search-settings';

const TERM_MAX = 60;

/** Every synonym group, built-in and admin-added, for the index settings. */
export async function loadSynonymGroups(manager: EntityManager): Promise<string[][]> {
  const rows = await manager.find(SearchSynonymEntity);
  return [...BUILT_IN_SYNONYMS, ...rows.map((row) => row.terms)];
}

@Injectable()
export class SynonymsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  private authorise(actor: Actor | null): void {
    if (!accountsPolicy.canEditVocabulary(requireActor(actor))) throw new ForbiddenError('forbidden.vocabularyAdmin');
  }

  async list(): Promise<SynonymGroupObject[]> {
    const rows = await this.dataSource.manager.find(SearchSynonymEntity, { order: { createdAt: 'ASC' } });
    return [
      ...BUILT_IN_SYNONYMS.map((terms) => ({ id: null, terms, builtIn: true, createdAt: null })),
      ...rows.map((row) => ({ id: row.id, terms: row.terms, builtIn: false, createdAt: row.createdAt })),
    ];
  }

  /** Adds a group and, in the same transaction, asks the indexer to push the new settings. */
  async add(actor: Actor | null, terms: string[]): Promise<SynonymGroupObject> {
    this.authorise(actor);
    const cleaned = [...new Set(terms.map((term) => term.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
    if (cleaned.length < 2) throw InvalidInputError.of('terms', 'minItems', { min: 2 });
    if (cleaned.length > 20) throw InvalidInputError.of('terms', 'maxItems', { max: 20 });
    if (cleaned.some((term) => term.length > TERM_MAX))
      throw InvalidInputError.of('terms', 'maxLength', { max: TERM_MAX });
    const row = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(SearchSynonymEntity, { terms: cleaned }));
      await this.outbox.enqueue(manager, SEARCH_SETTINGS_TOPIC, [saved.id]);
      await this.audit.record('synonyms.changed', actor!.id, cleaned.join(' = '), { added: cleaned }, manager);
      return saved;
    });
    return { id: row.id, terms: row.terms, builtIn: false, createdAt: row.createdAt };
  }

  async remove(actor: Actor | null, id: string): Promise<boolean> {
    this.authorise(actor);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      throw new NotFoundError('synonymGroup', id);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(SearchSynonymEntity, { id });
      if (!result.affected) throw new NotFoundError('synonymGroup', id);
      await this.outbox.enqueue(manager, SEARCH_SETTINGS_TOPIC, [id]);
      await this.audit.record('synonyms.changed', actor!.id, id, { removed: id }, manager);
    });
    return true;
  }
}
