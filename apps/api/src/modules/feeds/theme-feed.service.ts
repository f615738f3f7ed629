import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Feed } from 'feed';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { ThemeEntity } from '../taxonomy/theme.entity';
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
    const feed = new Feed({
      title: `Culture commune — ${theme.label}`,
      description: theme.description ?? `Les dernières ressources publiques du thème « ${theme.label} ».`,
      id: self,
      link: `${base}/?themes=${encodeURIComponent(theme.slug)}`,
      language: 'fr',
      updated: rows.reduce<Date>((latest, row) => (row.updated_at > latest ? row.updated_at : latest), new Date(0)),
      generator: 'Culture commune',
      copyright: 'Chaque ressource garde la licence indiquée sur sa page.',
      feedLinks: { atom: self },
      author: { name: 'Réseau Culture commune', link: base },
    });
    if (rows.length === 0) feed.options.updated = new Date(0);
    for (const row of rows) {
      const link = `${base}/ressources/${encodeURIComponent(row.slug)}`;
      const authors = row.authors?.length ? row.authors : [row.organisation ?? row.contributor ?? 'Culture commune'];
      feed.addItem({
        title: row.title,
        id: link,
        link,
        description: row.summary,
        date: row.updated_at,
        published: row.created_at,
        author: authors.map((name) => ({ name })),
        category: row.themes.map((label) => ({ name: label, term: label })),
      });
    }
    return feed.atom1();
  }
}
