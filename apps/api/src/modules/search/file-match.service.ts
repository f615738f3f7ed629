import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FileTextUnit, fileTextNumber, fileTextUnit } from '@culture-commune/shared';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { findBestMatchingPages } from '../resources/search/file-text-rows';
import { fileExcerpt } from './file-excerpt';
import { FOLD_FROM, FOLD_TO, queryWords, wordRanges } from './file-words';
import { toMarkedHtml } from './highlight';
import { MEILI_CLIENT } from './meili.provider';

/** Where a query matched inside a resource's files: the file, the page (slide, sheet…) and an excerpt. */
export interface FileMatch {
  fileId: string;
  fileName: string;
  unit: FileTextUnit;
  number: number | null;
  /** HTML: the text escaped, matches in `<mark>`. */
  excerpt: string;
}

@Injectable()
export class FileMatchService {
  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The file match of each hit whose files' text matches the query, by resource id (decision 0024). Meilisearch says
   * which of the page's hits match in `fileText` (one narrow search on their ids, without match positions: those cost
   * ~120 ms a page when computed over file text); PostgreSQL then finds, for those only, the page where most query
   * words are, in ONE query. No SQL when no hit matched in a file.
   */
  async forHits(indexUid: string, q: string, ids: string[]): Promise<Map<string, FileMatch>> {
    const found = new Map<string, FileMatch>();
    const words = queryWords(q);
    if (!ids.length || !words.length) return found;
    const inFiles = await this.meili.index(indexUid).search<{ id: string }>(q, {
      filter: [`id IN [${ids.map((id) => JSON.stringify(id)).join(', ')}]`],
      attributesToSearchOn: ['fileText'],
      attributesToRetrieve: ['id'],
      limit: ids.length,
    });
    if (!inFiles.hits.length) return found;
    const rows = await findBestMatchingPages(
      this.dataSource.manager,
      inFiles.hits.map((hit) => hit.id),
      words,
      [FOLD_FROM, FOLD_TO],
    );
    for (const row of rows) {
      const unit = fileTextUnit(row.extension);
      found.set(row.resource_id, {
        fileId: row.file_id,
        fileName: row.file_name,
        unit,
        number: fileTextNumber(unit, row.page),
        excerpt: toMarkedHtml(fileExcerpt(row.text, wordRanges(row.text, words))),
      });
    }
    return found;
  }
}
