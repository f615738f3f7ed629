import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FileTextUnit, fileTextNumber, fileTextUnit } from '@culture-commune/shared';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { FilePageRow, findIndexedFilePages } from '../resources/search/file-text-rows';
import { FILE_TEXT_MAX_CHARS, groupPagesByResource } from '../resources/search/resource-file-text';
import { fileExcerpt } from './file-excerpt';
import { foldForSearch, queryWords, wordRanges } from './file-words';
import { toMarkedHtml } from './highlight';
import { MEILI_CLIENT } from './meili.provider';

/** A hit of the results page: its id, and whether its document has file text (absent from older documents). */
export interface FileMatchCandidate {
  id: string;
  hasFileText?: boolean;
}

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
   * 60–120 ms a page when computed over file text); their pages come in ONE query and the page with most query words
   * is chosen here (folding text in PostgreSQL cost ~300 ms a page). No SQL when no hit matched in a file.
   */
  async forHits(indexUid: string, q: string, hits: FileMatchCandidate[]): Promise<Map<string, FileMatch>> {
    const found = new Map<string, FileMatch>();
    const words = queryWords(q);
    // Hits whose document says it has no file text are not asked about (no Meilisearch call when none has any); a
    // document indexed before `hasFileText` existed is asked about, as before.
    const ids = hits.filter((hit) => hit.hasFileText !== false).map((hit) => hit.id);
    if (!ids.length || !words.length) return found;
    const inFiles = await this.meili.index(indexUid).search<{ id: string }>(q, {
      filter: [`id IN [${ids.map((id) => JSON.stringify(id)).join(', ')}]`],
      attributesToSearchOn: ['fileText'],
      attributesToRetrieve: ['id'],
      limit: ids.length,
    });
    if (!inFiles.hits.length) return found;
    const pages = await findIndexedFilePages(
      this.dataSource.manager,
      inFiles.hits.map((hit) => hit.id),
      FILE_TEXT_MAX_CHARS,
    );
    for (const [resourceId, resourcePages] of groupPagesByResource(pages)) {
      const best = bestPage(resourcePages, words);
      if (!best) continue;
      const unit = fileTextUnit(best.extension);
      found.set(resourceId, {
        fileId: best.file_id,
        fileName: best.file_name,
        unit,
        number: fileTextNumber(unit, best.page),
        excerpt: toMarkedHtml(fileExcerpt(best.text, wordRanges(best.text, words))),
      });
    }
    return found;
  }
}

/** The page holding most of the words (the first such page: main file first, then by position); null when none. */
function bestPage(pages: FilePageRow[], words: string[]): FilePageRow | null {
  let best: FilePageRow | null = null;
  let bestCount = 0;
  for (const page of pages) {
    const folded = foldForSearch(page.text);
    const count = words.filter((word) => folded.includes(word)).length;
    if (count > bestCount) [best, bestCount] = [page, count];
    if (bestCount === words.length) break;
  }
  return best;
}
