import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { titleKey } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { ThemeEntity } from '../taxonomy/theme.entity';
import type { KnowledgeEvidenceObject, ThemeKnowledgeObject } from './dto/who-knows.objects';
import { themesNamed, whoKnowsSubject } from './who-knows-query';
import {
  findPersonThemeActivity,
  findThemeEvidence,
  findThemesOfResourcesTitled,
  type ThemeEvidenceRow,
} from './who-knows-rows';

/** How much each kind of evidence weighs in the ranking (decision 0031): doing counts more than saying. */
const WEIGHTS = { declaredExpertise: 4, debriefs: 3, resources: 2, lists: 1 } as const;

export function knowledgeScore(evidence: KnowledgeEvidenceObject): number {
  return (
    (evidence.declaredExpertise ? WEIGHTS.declaredExpertise : 0) +
    WEIGHTS.debriefs * evidence.debriefs +
    WEIGHTS.resources * evidence.resources +
    WEIGHTS.lists * evidence.lists
  );
}

const toEvidence = (row: ThemeEvidenceRow): KnowledgeEvidenceObject => ({
  declaredExpertise: row.declared_expertise,
  debriefs: row.debriefs,
  resources: row.resources,
  lists: row.lists,
});

export interface WhoKnowsAnswer {
  themes: ThemeEntity[];
  /** Per person id: why they know, as the viewer may see it. */
  evidence: Map<string, KnowledgeEvidenceObject>;
}

/**
 * « Qui connaît … ? » (issue 14, decision 0031): a directory query that names a theme (its label or slug) or a tool (a
 * resource's title) ranks people by declared expertise and by what they did, counted in SQL at query time for the
 * viewer (who-knows-rows.ts), so that a draft or a private list never counts for someone who cannot open it.
 */
@Injectable()
export class WhoKnowsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** null when the query names no theme nor tool: the directory searches words as usual. */
  async ask(actor: Actor | null, q: string): Promise<WhoKnowsAnswer | null> {
    const { subject } = whoKnowsSubject(q);
    if (!subject) return null;
    const manager = this.dataSource.manager;
    const all = await manager.find(ThemeEntity, { order: { position: 'ASC' } });
    let themes = themesNamed(all, subject);
    if (themes.length === 0) {
      const key = titleKey(subject);
      const ids = key.length >= 3 ? await findThemesOfResourcesTitled(manager, actor, key) : [];
      themes = ids.length
        ? await manager.find(ThemeEntity, { where: { id: In(ids) }, order: { position: 'ASC' } })
        : [];
    }
    if (themes.length === 0) return null;
    const rows = await findThemeEvidence(
      manager,
      actor,
      themes.map((theme) => theme.id),
    );
    return { themes, evidence: new Map(rows.map((row) => [row.member_id, toEvidence(row)])) };
  }

  /** A person's themes with why, strongest first (their page). */
  async forPerson(actor: Actor | null, memberId: string): Promise<ThemeKnowledgeObject[]> {
    const manager = this.dataSource.manager;
    const rows = await findPersonThemeActivity(manager, actor, memberId);
    if (rows.length === 0) return [];
    const themes = new Map(
      (await manager.findBy(ThemeEntity, { id: In(rows.map((row) => row.theme_id!)) })).map((t) => [t.id, t]),
    );
    return rows
      .map((row) => ({ theme: themes.get(row.theme_id!)!, evidence: toEvidence(row) }))
      .filter((knowledge) => knowledge.theme)
      .sort((a, b) => knowledgeScore(b.evidence) - knowledgeScore(a.evidence) || a.theme.position - b.theme.position);
  }
}
