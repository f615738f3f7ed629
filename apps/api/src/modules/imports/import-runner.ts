import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeIssue } from '@culture-commune/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { ResourcesService } from '../resources/resources.service';
import { findKnownResources, recordOutcomes, rowSavepoint, setImportState } from './import-batch-rows';
import { DuplicateFinder } from './import-preview';
import { ImportOutcome, PreviewRow } from './import-rows';
import { ImportEntity } from './import.entity';
import { IMPORT_QUEUE } from './imports.service';
import { keywordsToThemes, toDraft } from './parse/imported-record';
import { ThemeEntity } from '../taxonomy/theme.entity';

const MAX_ATTEMPTS = 3;
/** Rows written per transaction: one commit and one report update per chunk rather than per row. */
const CHUNK = 25;

/**
 * The import job: rows in chunks, each chunk one transaction with its rows' outcomes, so that a retried job (worker
 * killed, database gone a moment) starts after the last chunk done and never creates a resource twice; a row that
 * fails half-way leaves nothing (its savepoint, or its chunk, is rolled back).
 * Resources go through the resource service's creation (validation, slug, tags, outbox → search index); followers
 * of a theme are not notified of each imported resource (a first load would bury them in notifications).
 */
@Injectable()
export class ImportRunner implements OnModuleInit {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: JobHandlerRegistry,
    private readonly resources: ResourcesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(IMPORT_QUEUE, {
      run: async (payload, job) => {
        try {
          await this.run(String(payload.importId));
        } catch (error) {
          if (job.attempts >= MAX_ATTEMPTS)
            await setImportState(this.dataSource.manager, String(payload.importId), 'failed');
          throw error;
        }
      },
      concurrency: 1,
      maxAttempts: MAX_ATTEMPTS,
      timeoutMs: 60 * 60 * 1000,
      describe: (payload) => `Import ${String(payload.importId)}`,
    });
  }

  /** Imports every row not done yet; `onProgress` sees each row (the CLI draws its bar with it). */
  async run(importId: string, onProgress?: (processed: number, total: number) => void): Promise<void> {
    const batch = await this.dataSource.manager.findOneBy(ImportEntity, { id: importId });
    if (!batch || batch.state === 'done' || !batch.choices) return;
    await setImportState(this.dataSource.manager, importId, 'running');
    const member = await this.dataSource.manager.findOneByOrFail(MemberEntity, { id: batch.createdById });
    const actor: Actor = { id: member.id, role: member.role, organisationId: null, sessionHash: '' };
    const finder = new DuplicateFinder(await findKnownResources(this.dataSource.manager, actor));
    const themes = await this.dataSource.manager.find(ThemeEntity, { select: { slug: true, label: true } });
    const done = new Set(batch.outcomes.map((outcome) => outcome.n));
    const todo = batch.rows.filter((row) => !done.has(row.n));
    let processed = done.size;
    for (let start = 0; start < todo.length; start += CHUNK) {
      const chunk = todo.slice(start, start + CHUNK);
      // A failed chunk fails the attempt: the next one builds its finder again from what was committed.
      await this.dataSource.transaction(async (manager) => {
        const outcomes: ImportOutcome[] = [];
        for (const row of chunk) {
          outcomes.push(
            this.reasonToSkip(row, batch, finder) ??
              (await this.create(manager, row, batch, { member, finder, themes })),
          );
          onProgress?.(++processed, batch.rows.length);
        }
        await recordOutcomes(manager, importId, outcomes);
      });
    }
    await setImportState(this.dataSource.manager, importId, 'done');
    this.logger.log(`Import ${importId} (${batch.fileName}) terminé : ${batch.rows.length} ligne(s).`);
  }

  private reasonToSkip(row: PreviewRow, batch: ImportEntity, finder: DuplicateFinder): ImportOutcome | null {
    const skip = (reason: string): ImportOutcome => ({ n: row.n, outcome: 'skipped', title: row.fields.title, reason });
    if (row.issues.length) return skip(row.issues.map((issue) => describeIssue(issue)).join(' '));
    if (batch.choices!.skippedRows.includes(row.n)) return skip('Décochée dans l’aperçu.');
    const existing = finder.existing(row.fields);
    if (existing && !batch.choices!.importDuplicates) return skip(`Doublon probable de « ${existing.title} ».`);
    return null;
  }

  /**
   * One row under a savepoint: bad data rolls back to it and is reported; anything else (database gone) fails the
   * whole chunk, whose outcomes are written with its resources, so the retried job starts again at that chunk.
   */
  private async create(
    manager: EntityManager,
    row: PreviewRow,
    batch: ImportEntity,
    { member, finder, themes }: { member: MemberEntity; finder: DuplicateFinder; themes: ThemeEntity[] },
  ): Promise<ImportOutcome> {
    const draft = keywordsToThemes(toDraft(row.fields, batch.choices!), themes);
    await rowSavepoint.open(manager);
    try {
      const id = await this.resources.createIn(manager, draft, { contributor: member });
      await rowSavepoint.release(manager);
      const { slug } = await manager.findOneOrFail(ResourceEntity, { select: { slug: true }, where: { id } });
      finder.addResource({ slug, title: draft.title, url: draft.url ?? null });
      return { n: row.n, outcome: 'created', title: draft.title, slug };
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      await rowSavepoint.rollBack(manager);
      const reason = error.issues.map((issue) => describeIssue(issue)).join(' ');
      return { n: row.n, outcome: 'skipped', title: row.fields.title, reason };
    }
  }
}
