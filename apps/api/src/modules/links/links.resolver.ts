import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { LinkPreviewObject } from './dto/link-preview.object';
import { LinkPreviewService } from './link-preview.service';

@Resolver()
export class LinksResolver {
  constructor(private readonly previews: LinkPreviewService) {}

  @Query(() => LinkPreviewObject, {
    description:
      'Reads a pasted URL (or looks up a DOI or ISBN) to fill « Ajouter une ressource »: members who may share; limited per member.',
  })
  linkPreview(@Args('url') url: string, @CurrentActor() actor: Actor | null): Promise<LinkPreviewObject> {
    return this.previews.preview(actor, url);
  }
}
