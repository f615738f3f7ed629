import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { KitObject, KitPhotoObject } from './dto/kit.objects';
import { presentKit } from './kit-presenters';
import { KitPhotosService } from './kit-photos.service';
import { KitsService } from './kits.service';

/** `Kit.photos` and removing one; sending one is `POST /malles/<slug>/photos` (KitPhotosController). */
@Resolver(() => KitObject)
export class KitPhotosResolver {
  constructor(
    private readonly photos: KitPhotosService,
    private readonly kitsService: KitsService,
  ) {}

  @ResolveField('photos', () => [KitPhotoObject])
  photoList(@Parent() kit: KitObject): Promise<KitPhotoObject[]> {
    return this.photos.ofKit(kit.id);
  }

  @Mutation(() => KitObject, {
    description: 'Members of the owner organisation and admins: the photo and its bytes go.',
  })
  async removeKitPhoto(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null) {
    return presentKit(actor, await this.kitsService.get(actor, await this.photos.remove(actor, id)));
  }
}
