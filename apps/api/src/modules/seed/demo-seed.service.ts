import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OutboxService } from '../outbox/outbox.service';
import { ORGANISATION_TOPIC } from '../organisations/search/organisation-index.definition';
import { ResourcesService } from '../resources/resources.service';
import { THEME_TOPIC } from '../taxonomy/search/theme-index.definition';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { DemoLibrary, loadDemoLibrary } from './demo-library';
import { seedMeetings } from './demo-meetings';
import { demoOrganisationFields, seedDirectory } from './demo-directory';
import { seedKits } from './demo-kits';
import { Clock } from '../../common/clock';
import { CommentEntity } from '../comments/comment.entity';
import { renderCommentMarkdown } from '../comments/markdown';
import { ResourceEntity } from '../resources/resource.entity';
import { commentAgeDays, debriefAgeDays, resourceAgeDays } from './demo-dates';
import { backdateDemoResources, insertDemoDebrief, lockSeeding } from './seed-rows';
import { insertDemoFieldWork } from './demo-field-work-rows';

export interface SeedOutcome {
  seeded: boolean;
  resources: number;
}

/** Fills an empty database with the demo library, in one transaction, through the normal write path. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * `withFieldWork`: also two years of workshop debriefs and page views (`npm start`), so that the activity report has
   * something to show. Only on a database this call seeded: never on a network's real library.
   */
  async seed(
    { ifEmpty, withFieldWork = false }: { ifEmpty: boolean; withFieldWork?: boolean },
    library: DemoLibrary = loadDemoLibrary(),
  ): Promise<SeedOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // One seeder at a time, even when several processes start together.
      await lockSeeding(manager);
      const existing = await manager.count(OrganisationEntity);
      if (ifEmpty && existing > 0) {
        this.logger.log('Base déjà remplie : démonstration non rechargée.');
        return { seeded: false, resources: 0 };
      }
      await manager.insert(
        OrganisationEntity,
        library.organizations.map((o) => ({
          slug: o.slug,
          name: o.name,
          city: o.city ?? null,
          description: o.description ?? null,
          ...demoOrganisationFields(o.slug, o.kind),
        })),
      );
      await manager.insert(
        ThemeEntity,
        library.themes.map((t, position) => ({
          slug: t.slug,
          label: t.label,
          labelEn: t.labelEn ?? null,
          description: t.description ?? null,
          position,
        })),
      );
      const organisations = new Map((await manager.find(OrganisationEntity)).map((o) => [o.slug, o]));
      const themes = await manager.find(ThemeEntity);
      await this.outbox.enqueue(
        manager,
        ORGANISATION_TOPIC,
        [...organisations.values()].map((o) => o.id),
      );
      await this.outbox.enqueue(
        manager,
        THEME_TOPIC,
        themes.map((t) => t.id),
      );
      for (const m of library.members) {
        await manager.save(
          manager.create(MemberEntity, {
            slug: m.slug,
            name: m.name,
            email: m.email,
            role: m.role,
            title: m.title ?? null,
            organisation: (m.organization && organisations.get(m.organization)) || null,
            expertise: themes.filter((theme) => (m.expertise ?? []).includes(theme.slug)),
          }),
        );
      }
      const members = new Map(
        (await manager.findBy(MemberEntity, { slug: In(library.members.map((m) => m.slug)) })).map((m) => [m.slug, m]),
      );
      for (const r of library.resources) {
        await this.resources.createIn(
          manager,
          {
            type: r.type,
            format: r.format,
            title: r.title,
            summary: r.summary,
            url: r.url ?? null,
            authors: r.authors ?? [],
            publisher: r.publisher ?? null,
            year: r.year ?? null,
            language: r.language ?? 'fr',
            licence: r.licence ?? null,
            durationMinutes: r.durationMinutes ?? null,
            visibility: 'public',
            themeSlugs: r.themes,
            audienceSlugs: r.audiences,
            tags: r.tags ?? [],
            organisationSlug: r.organization ?? null,
          },
          { slug: r.slug, contributor: (r.contributedBy && members.get(r.contributedBy)) || null },
        );
      }
      // The demo reads like two years of a network's life, not like everything was shared today.
      const today = this.clock.now();
      const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000);
      await backdateDemoResources(
        manager,
        library.resources.map((r) => ({ slug: r.slug, sharedAt: daysAgo(resourceAgeDays(r.slug)) })),
      );
      const resourceIds = new Map(
        (await manager.find(ResourceEntity, { select: { id: true, slug: true } })).map((r) => [r.slug, r.id]),
      );
      const comments = (library.comments ?? []).flatMap((c, index) => {
        const resourceId = resourceIds.get(c.resource);
        if (!resourceId) return [];
        const writtenAt = daysAgo(commentAgeDays(c.resource, index));
        return [
          {
            resourceId,
            authorId: members.get(c.author)?.id ?? null,
            markdown: c.body,
            html: renderCommentMarkdown(c.body),
            createdAt: writtenAt,
            updatedAt: writtenAt,
          },
        ];
      });
      if (comments.length > 0) await manager.insert(CommentEntity, comments);
      for (const d of library.debriefs ?? []) {
        await insertDemoDebrief(manager, {
          resourceSlug: d.resource,
          authorId: members.get(d.author)?.id ?? null,
          date: d.date,
          context: d.context,
          audience: d.audience ?? null,
          participants: d.participants,
          wentWell: d.wentWell,
          toAdjust: d.toAdjust,
          rating: d.rating,
          writtenAt: daysAgo(debriefAgeDays(d.resource, d.date, today)),
        });
      }
      await seedMeetings(manager, library, members, this.outbox);
      await seedDirectory(manager, this.outbox);
      await seedKits(manager, today);
      const fieldWork = withFieldWork ? await insertDemoFieldWork(manager, today) : 0;
      this.logger.log(
        `Bibliothèque de démonstration chargée : ${library.resources.length} ressources` +
          (fieldWork ? `, ${fieldWork} débriefs d’ateliers sur deux ans.` : '.'),
      );
      return { seeded: true, resources: library.resources.length };
    });
  }
}
