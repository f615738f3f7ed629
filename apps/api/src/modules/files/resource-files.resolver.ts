import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext, type GraphqlContext } from '../../common/auth/actor';
import { BatchLoader, requestLoader } from '../../common/database/request-loader';
import { requestReads } from '../../common/database/combined-rows';
import { ResourceObject } from '../resources/dto/resource.object';
import { ResourceFileObject } from './dto/resource-file.object';
import { presentResourceFile } from './resource-file.presenter';
import { ResourceFilesService } from './resource-files.service';

@Resolver(() => ResourceObject)
export class ResourceFilesResolver {
  constructor(private readonly resourceFiles: ResourceFilesService) {}

  @ResolveField(() => [ResourceFileObject], { description: 'Attached files: the main one first, then in order.' })
  async files(
    @Parent() resource: ResourceObject,
    @GqlContext() { req }: GraphqlContext,
  ): Promise<ResourceFileObject[]> {
    // The parent resource was already checked visible; batched so a page of resources costs one statement.
    const loader = requestLoader(
      req,
      'resourceFiles',
      () =>
        new BatchLoader(
          (ids) => this.resourceFiles.attachedTo(ids, requestReads(req)),
          () => [],
        ),
    );
    return (await loader.load(resource.id)).map(presentResourceFile);
  }
}
