import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResourcesResolver } from './resources.resolver';
import { ResourcesService } from './resources.service';
import { ResourceIndexDefinition } from './search/resource-index.definition';

@Module({
  imports: [NotificationsModule, FilesModule],
  providers: [ResourcesResolver, ResourcesService, ResourceIndexDefinition],
  exports: [ResourcesService],
})
export class ResourcesModule {}
