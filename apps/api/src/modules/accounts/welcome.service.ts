import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@culture-commune/shared';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { PeopleDirectoryService } from '../directory/people-directory.service';
import { FollowsService } from '../following/follows.service';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';
import type { WelcomeInput } from './dto/account.objects';

/**
 * The welcome step after accepting an invitation (`/bienvenue`): function, organisation, expertise and themes to
 * follow, saved in one transaction (the directory document is rebuilt through the outbox). Skipping it is skipping
 * this call: nothing else waits for it.
 */
@Injectable()
export class WelcomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectoryService,
    private readonly follows: FollowsService,
  ) {}

  async complete(actor: Actor | null, input: WelcomeInput): Promise<void> {
    const current = requireActor(actor);
    const title = input.title?.trim() || null;
    // The column's width: the profile form has the same limit through the shared name limit.
    if (title && title.length > LIMITS.nameMax)
      throw InvalidInputError.of('title', 'maxLength', { max: LIMITS.nameMax });
    await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOneOrFail(MemberEntity, {
        where: { id: current.id },
        relations: { organisation: true, expertise: true },
      });
      const organisation = input.organisationSlug
        ? await manager.findOneBy(OrganisationEntity, { slug: input.organisationSlug })
        : member.organisation;
      if (!organisation && input.organisationSlug)
        throw InvalidInputError.of('organisationSlug', 'unknown', { values: input.organisationSlug });
      const slugs = [...new Set(input.expertiseThemeSlugs)];
      const themes = slugs.length ? await manager.findBy(ThemeEntity, { slug: In(slugs) }) : [];
      const unknown = slugs.filter((slug) => !themes.some((theme) => theme.slug === slug));
      if (unknown.length) throw InvalidInputError.of('expertiseThemeSlugs', 'unknown', { values: unknown.join(', ') });
      const previousOrganisationId = member.organisation?.id;
      Object.assign(member, { title: title ?? member.title, organisation, expertise: themes });
      await manager.save(member);
      await this.follows.followThemes(manager, current.id, input.followThemeSlugs, 'followThemeSlugs');
      await this.people.changed(manager, current.id, [previousOrganisationId, organisation?.id]);
    });
  }
}
