import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ThemeObject } from '../../taxonomy/dto/taxonomy.objects';

@ObjectType('KnowledgeEvidence', {
  description: 'Why a person knows a theme (decision 0031), counted on what the viewer may see.',
})
export class KnowledgeEvidenceObject {
  @Field({ description: '« Expertise déclarée ».' }) declaredExpertise!: boolean;
  @Field(() => Int, { description: 'Debriefs they wrote on tools of the theme.' }) debriefs!: number;
  @Field(() => Int, { description: 'Resources of the theme they shared.' }) resources!: number;
  @Field(() => Int, { description: 'Reading lists they curate with resources of the theme.' }) lists!: number;
}

@ObjectType('ThemeKnowledge', { description: 'A theme a person knows, and why.' })
export class ThemeKnowledgeObject {
  @Field(() => ThemeObject) theme!: ThemeObject;
  @Field(() => KnowledgeEvidenceObject) evidence!: KnowledgeEvidenceObject;
}
