import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DIRECTORY_LANGUAGES, DIRECTORY_VISIBILITIES, type ValidationIssue } from '@culture-commune/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { MemberEntity } from '../organisations/member.entity';
import { OutboxService } from '../outbox/outbox.service';
import { AudienceEntity } from '../taxonomy/audience.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { directoryPolicy } from './directory.policy';
import type { PersonDirectoryInput, PersonDirectoryObject } from './dto/person-directory.objects';
import { MemberAudienceEntity } from './member-audience.entity';
import { MemberContactThemeEntity } from './member-contact-theme.entity';
import { DIRECTORY_TOPIC } from './search/directory-index.definition';
import { WhoKnowsService } from './who-knows.service';

/** A person's directory fields: read for their page, written with their profile (accounts.service.ts). */
@Injectable()
export class PeopleDirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly whoKnows: WhoKnowsService,
  ) {}

  async details(actor: Actor | null, memberId: string): Promise<PersonDirectoryObject> {
    const manager = this.dataSource.manager;
    const member = await manager.findOneByOrFail(MemberEntity, { id: memberId });
    const audiences = await manager
      .createQueryBuilder(AudienceEntity, 'a')
      .innerJoin(MemberAudienceEntity, 'ma', 'ma.audience_slug = a.slug AND ma.member_id = :memberId', { memberId })
      .orderBy('a.position')
      .getMany();
    const contactThemes = await manager
      .createQueryBuilder(ThemeEntity, 't')
      .innerJoin(MemberContactThemeEntity, 'mc', 'mc.theme_id = t.id AND mc.member_id = :memberId', { memberId })
      .orderBy('t.position')
      .getMany();
    return {
      audiences,
      languages: member.languages,
      contactThemes,
      directoryVisibility: member.directoryVisibility,
      acceptsMessages: member.acceptsMessages,
      viewerCanContact: directoryPolicy.canContact(actor, member),
      themeKnowledge: await this.whoKnows.forPerson(actor, memberId),
    };
  }

  /** Checks and writes the fields given; returns the issues' exceptions before writing anything. */
  async write(manager: EntityManager, memberId: string, input: PersonDirectoryInput): Promise<void> {
    const audienceSlugs = unique(input.audienceSlugs);
    const themeSlugs = unique(input.contactThemeSlugs);
    const languages = unique(input.languages);
    const audiences = audienceSlugs?.length ? await manager.findBy(AudienceEntity, { slug: In(audienceSlugs) }) : [];
    const themes = themeSlugs?.length ? await manager.findBy(ThemeEntity, { slug: In(themeSlugs) }) : [];
    const issues = [
      unknownIssue(
        'audienceSlugs',
        audienceSlugs,
        audiences.map((audience) => audience.slug),
      ),
      unknownIssue(
        'contactThemeSlugs',
        themeSlugs,
        themes.map((theme) => theme.slug),
      ),
      unknownIssue('languages', languages, DIRECTORY_LANGUAGES),
    ].filter((issue): issue is ValidationIssue => issue !== null);
    if (input.directoryVisibility && !DIRECTORY_VISIBILITIES.includes(input.directoryVisibility))
      issues.push({
        field: 'directoryVisibility',
        rule: 'oneOf',
        params: { allowed: DIRECTORY_VISIBILITIES.join(', ') },
      });
    if (issues.length) throw new InvalidInputError(issues);
    if (audienceSlugs) {
      await manager.delete(MemberAudienceEntity, { memberId });
      if (audienceSlugs.length)
        await manager.insert(
          MemberAudienceEntity,
          audienceSlugs.map((audienceSlug) => ({ memberId, audienceSlug })),
        );
    }
    if (themeSlugs) {
      await manager.delete(MemberContactThemeEntity, { memberId });
      if (themes.length)
        await manager.insert(
          MemberContactThemeEntity,
          themes.map((theme) => ({ memberId, themeId: theme.id })),
        );
    }
    await manager.update(
      MemberEntity,
      { id: memberId },
      {
        ...(languages ? { languages } : {}),
        ...(input.directoryVisibility ? { directoryVisibility: input.directoryVisibility } : {}),
        ...(typeof input.acceptsMessages === 'boolean' ? { acceptsMessages: input.acceptsMessages } : {}),
      },
    );
  }

  /**
   * After any change to a person's directory profile (name, function, organisation, expertise…): their document's
   * version moves, and their organisations' documents (whose themes are their members' expertise) are rebuilt.
   */
  async changed(
    manager: EntityManager,
    memberId: string,
    organisationIds: (string | null | undefined)[],
  ): Promise<void> {
    await manager.increment(MemberEntity, { id: memberId }, 'version', 1);
    const organisations = [...new Set(organisationIds.filter((id): id is string => !!id))];
    await this.outbox.enqueue(manager, DIRECTORY_TOPIC, [memberId, ...organisations]);
  }
}

const unique = (values: string[] | null | undefined): string[] | null =>
  values ? [...new Set(values.map((value) => value.trim()).filter(Boolean))] : null;

function unknownIssue(field: string, asked: string[] | null, known: readonly string[]): ValidationIssue | null {
  const unknown = (asked ?? []).filter((value) => !known.includes(value));
  return unknown.length ? { field, rule: 'unknown', params: { values: unknown.join(', ') } } : null;
}
