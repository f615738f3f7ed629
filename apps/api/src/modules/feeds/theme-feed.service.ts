import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { themeSearchPath } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { renderAtom } from './atom';
import { findThemeFeedEntries } from './theme-feed-rows';

const ENTRIES = 50;

/** An Atom 1.0 feed per theme: its latest public resources (never network-only ones or drafts: feeds are read by anyone). */
@Injectable()
export class ThemeFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
  ) {}

  async atom(themeSlug: string): Promise<string> {
    const theme = await this.dataSource.manager.findOne(ThemeEntity, {
      select: { id: true, slug: true, label: true, description: true },
      where: { slug: themeSlug },
    });
    if (!theme) throw new NotFoundError('theme', themeSlug);
    const rows = await findThemeFeedEntries(this.dataSource.manager, theme.id, ENTRIES);
    const base = this.http.publicUrl.replace(/\/$/, '');
    const self = `${base}/flux/themes/${encodeURIComponent(theme.slug)}.atom`;
    return renderAtom({
      id: self,
      title: `Culture commune — ${theme.label}`,
      subtitle: theme.description ?? `Les dernières ressources publiques du thème « ${theme.label} ».`,
      // The search page filtered by this theme, as the web app builds it (`?theme=`).
      link: `${base}${themeSearchPath(theme.slug)}`,
      self,
      language: 'fr',
      updated: rows.reduce<Date>((latest, row) => (row.updated_at > latest ? row.updated_at : latest), new Date(0)),
      author: { name: 'Réseau Culture commune', uri: base },
      rights: 'Chaque ressource garde la licence indiquée sur sa page.',
      generator: 'Culture commune',
      entries: rows.map((row) => {
        const link = `${base}/ressources/${encodeURIComponent(row.slug)}`;
        return {
          id: link,
          title: row.title,
          link,
          summary: row.summary,
          updated: row.updated_at,
          published: row.created_at,
          authors: row.authors?.length ? row.authors : [row.organisation ?? row.contributor ?? 'Culture commune'],
          categories: row.themes,
        };
      }),
    });
  }
}
