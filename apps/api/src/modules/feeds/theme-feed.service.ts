import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Feed } from 'feed';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { resourcesPolicy } from '../resources/resources.policy';

const ENTRIES = 50;
/** A feed is fetched without a session and may be republished: it shows what a visitor sees. */
const ANYONE = null;

interface EntryRow {
  slug: string;
  title: string;
  summary: string;
  authors: string[] | null;
  created_at: Date;
  updated_at: Date;
  contributor: string | null;
  organisation: string | null;
  themes: string[];
}

/** An Atom 1.0 feed per theme: its latest public resources (never network-only ones or drafts: feeds are read by anyone). */
@Injectable()
export class ThemeFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
  ) {}

  async atom(themeSlug: string): Promise<string> {
    const [theme]: { id: string; slug: string; label: string; description: string | null }[] =
      await this.dataSource.query(`SELECT id, slug, label, description FROM themes WHERE slug = $1`, [themeSlug]);
    if (!theme) throw new NotFoundError('theme', themeSlug);
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT r.slug, r.title, r.summary, r.authors, r.created_at, r.updated_at, m.name AS contributor, o.name AS organisation,
              ARRAY(SELECT t.label FROM resource_themes x JOIN themes t ON t.id = x.theme_id WHERE x.resource_id = r.id ORDER BY t.position) AS themes
       FROM resources r
       JOIN resource_themes rt ON rt.resource_id = r.id AND rt.theme_id = $1
       LEFT JOIN members m ON m.id = r.contributor_id
       LEFT JOIN organisations o ON o.id = r.organisation_id
       WHERE ${resourcesPolicy.sqlVisibleTo(ANYONE, 'r')}
       ORDER BY r.created_at DESC, r.id
       LIMIT ${ENTRIES}`,
      [theme.id],
    );
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
