import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationIssue, validateResourceDraft } from '@culture-commune/shared';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { IMPORTS_CONFIG, type ImportsConfig } from '../../config/imports.config';
import { JobQueue } from '../jobs/job-queue.service';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { findKnownResources, queueImport } from './import-batch-rows';
import { buildPreview } from './import-preview';
import { ImportChoices } from './import-rows';
import { ImportEntity } from './import.entity';
import { importsPolicy } from './imports.policy';
import { ColumnMapping } from './parse/csv-file';
import { detectFormat, readImportFile } from './parse/import-file';
import { IMPORTED_FIELD_NAMES, emptyFields, toDraft } from './parse/imported-record';

export const IMPORT_QUEUE = 'import';

/** Spreadsheets saved by older office software are Windows-1252; everything else is UTF-8. */
export function decodeFile(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Bibliography and spreadsheet imports: read a file into a preview, take the batch's choices, queue the import. */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
    private readonly jobs: JobQueue,
  ) {}

  /** Reads the file and stores its preview; nothing is created yet. */
  async upload(actor: Actor | null, fileName: string, bytes: Buffer): Promise<ImportEntity> {
    const current = this.checkImporter(actor);
    if (bytes.length > this.config.maxBytes) {
      throw new DomainError('badUserInput.importTooLarge', { count: Math.round(this.config.maxBytes / 1024 / 1024) });
    }
    const text = decodeFile(bytes);
    const format = detectFormat(fileName, text);
    if (!format) throw new DomainError('badUserInput.importFormat');
    const read = readImportFile(format, text);
    this.checkCount(read.records.length);
    const known = await findKnownResources(this.dataSource.manager, current);
    const batch = this.dataSource.manager.create(ImportEntity, {
      createdById: current.id,
      fileName: fileName.slice(0, 255) || 'fichier',
      format,
      source: text,
      csvHeaders: read.csv?.headers ?? null,
      csvMapping: read.csv?.mapping ?? null,
      rows: buildPreview(read.records, known),
      state: 'preview',
      total: read.records.length,
    });
    return this.dataSource.manager.save(batch);
  }

  /** A batch its importer may see; NOT_FOUND otherwise, as if it did not exist. */
  async get(actor: Actor | null, id: string): Promise<ImportEntity> {
    const current = this.checkImporter(actor);
    const batch = /^[0-9a-f-]{36}$/i.test(id) ? await this.dataSource.manager.findOneBy(ImportEntity, { id }) : null;
    if (!batch || !importsPolicy.canSee(current, batch)) throw new NotFoundError('import', id);
    return batch;
  }

  /** Reads a CSV again with the columns the person chose for each field. */
  async mapColumns(actor: Actor | null, id: string, mapping: ColumnMapping): Promise<ImportEntity> {
    const batch = await this.get(actor, id);
    if (batch.state !== 'preview') throw new DomainError('conflict.importStarted');
    if (batch.format !== 'csv') throw InvalidInputError.of('mapping', 'unknown', { values: batch.format });
    const unknown = IMPORTED_FIELD_NAMES.map((field) => mapping[field]).filter(
      (header): header is string => !!header && !(batch.csvHeaders ?? []).includes(header),
    );
    if (unknown.length) throw InvalidInputError.of('mapping', 'unknown', { values: unknown.join(', ') });
    const read = readImportFile('csv', batch.source, mapping);
    const known = await findKnownResources(this.dataSource.manager, requireActor(actor));
    batch.csvMapping = mapping;
    batch.rows = buildPreview(read.records, known);
    batch.total = batch.rows.length;
    return this.dataSource.manager.save(batch);
  }

  /** Takes the batch's choices and queues the import job; the page follows its progress on the batch. */
  async start(actor: Actor | null, id: string, choices: ImportChoices): Promise<ImportEntity> {
    const batch = await this.get(actor, id);
    await this.checkChoices(choices);
    await this.dataSource.transaction(async (manager) => {
      if (!(await queueImport(manager, batch.id, choices))) throw new DomainError('conflict.importStarted');
      await this.jobs.enqueue(manager, IMPORT_QUEUE, { importId: batch.id }, { singletonKey: batch.id });
    });
    return this.get(actor, id);
  }

  /** The actor if they may import: UNAUTHENTICATED for visitors, FORBIDDEN for members. */
  checkImporter(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!importsPolicy.canImport(current)) throw new ForbiddenError('forbidden.importer');
    return current;
  }

  private checkCount(count: number): void {
    if (count === 0) throw new DomainError('badUserInput.importEmpty');
    if (count > this.config.maxRecords) {
      throw new DomainError('badUserInput.importTooManyRecords', { count: this.config.maxRecords });
    }
  }

  /** The batch's themes, audiences and visibility, by the same rules as one resource's. */
  private async checkChoices(choices: ImportChoices): Promise<void> {
    const batchFields = ['themeSlugs', 'audienceSlugs', 'visibility'];
    const sample = { ...emptyFields(), type: 'lecture', format: 'livre', title: 'x', summary: 'x' };
    const issues: ValidationIssue[] = validateResourceDraft(toDraft(sample, choices)).filter((issue) =>
      batchFields.includes(issue.field),
    );
    if (!issues.some((issue) => issue.field === 'themeSlugs')) {
      const found = await this.dataSource.manager.find(ThemeEntity, {
        select: { slug: true },
        where: { slug: In(choices.themeSlugs) },
      });
      const missing = choices.themeSlugs.filter((slug) => !found.some((theme) => theme.slug === slug));
      if (missing.length) issues.push({ field: 'themeSlugs', rule: 'unknown', params: { values: missing.join(', ') } });
    }
    if (issues.length) throw new InvalidInputError(issues);
  }
}
