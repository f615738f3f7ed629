import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FileTextUnit, fileTextNumber, fileTextUnit } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import { findMatchedPages } from '../resources/search/file-text-rows';
import { FileSpan, pageOfElement } from '../resources/search/resource-file-text';
import { ByteMatch, fileExcerpt } from './file-excerpt';
import { toMarkedHtml } from './highlight';

/** Where a query matched inside a resource's files: the file, the page (slide, sheet…) and an excerpt. */
export interface FileMatch {
  fileId: string;
  fileName: string;
  unit: FileTextUnit;
  number: number | null;
  /** HTML: the text escaped, matches in `<mark>`. */
  excerpt: string;
}

/** A hit as asked from Meilisearch: its id, its spans, and where the query matched (`showMatchesPosition`). */
export interface HitWithMatches {
  id: string;
  fileSpans?: FileSpan[];
  _matchesPosition?: Record<string, (ByteMatch & { indices?: number[] })[]>;
}

@Injectable()
export class FileMatchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The file match of each hit whose files matched, by resource id, in ONE query for the page of hits (none when no
   * hit matched in a file). Meilisearch names the element of `fileText` that matched (`indices`); 1.21 reports one
   * element per attribute (the last that matches), so the page shown is one where the words are, not always the first.
   */
  async forHits(hits: HitWithMatches[]): Promise<Map<string, FileMatch>> {
    const wanted = hits.flatMap((hit) => {
      const matches = (hit._matchesPosition?.fileText ?? []).filter((match) => match.indices?.length);
      if (!matches.length || !hit.fileSpans) return [];
      const element = Math.min(...matches.map((match) => match.indices![0]));
      const where = pageOfElement(hit.fileSpans, element);
      if (!where) return [];
      return [{ resourceId: hit.id, ...where, matches: matches.filter((match) => match.indices![0] === element) }];
    });
    const rows = await findMatchedPages(this.dataSource.manager, wanted);
    const found = new Map<string, FileMatch>();
    for (const hit of wanted) {
      const row = rows.find((candidate) => candidate.file_id === hit.fileId && candidate.page === hit.page);
      if (!row) continue;
      const unit = fileTextUnit(row.extension);
      found.set(hit.resourceId, {
        fileId: row.file_id,
        fileName: row.file_name,
        unit,
        number: fileTextNumber(unit, row.page),
        excerpt: toMarkedHtml(fileExcerpt(row.text, hit.matches)),
      });
    }
    return found;
  }
}
