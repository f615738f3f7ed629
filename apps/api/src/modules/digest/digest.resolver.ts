import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { DigestService } from './digest.service';

@ObjectType('DigestPreview', { description: 'The weekly digest as the signed-in person would receive it now.' })
export class DigestPreviewObject {
  @Field() subject!: string;
  @Field() text!: string;
  @Field(() => Int, { description: 'News and unread notifications in it; no mail is sent when 0.' }) itemCount!: number;
}

@Resolver()
export class DigestResolver {
  constructor(private readonly digest: DigestService) {}

  @Query(() => DigestPreviewObject)
  async digestPreview(@CurrentActor() actor: Actor | null): Promise<DigestPreviewObject> {
    const { subject, text, itemCount } = await this.digest.preview(actor);
    return { subject, text, itemCount };
  }

  @Mutation(() => Boolean, { description: 'Turns the weekly digest mail on or off for the signed-in person.' })
  setDigestEnabled(@Args('enabled') enabled: boolean, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.digest.setEnabled(actor, enabled);
  }
}
