import { Module } from '@nestjs/common';
import { ResourcesResolver } from './resources.resolver';
import { ResourcesService } from './resources.service';
import { ResourceIndexDefinition } from './search/resource-index.definition';

@Module({
  providers: [ResourcesResolver, ResourcesService, ResourceIndexDefinition],
  exports: [ResourcesService],
})
export class ResourcesModule {}
