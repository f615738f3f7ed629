import { Module } from '@nestjs/common';
import { RESOURCE_BIN_CONFIG, loadResourceBinConfig } from '../../config/resource-bin.config';
import { FilesModule } from '../files/files.module';
import { ResourcesModule } from '../resources/resources.module';
import { ResourceBinScheduler } from './resource-bin.scheduler';
import { ResourceBinService } from './resource-bin.service';
import { ResourceHistoryResolver } from './resource-history.resolver';
import { ResourceHistoryService } from './resource-history.service';

/** History of resources (versions, restore) and their bin (decision 0019). */
@Module({
  imports: [ResourcesModule, FilesModule],
  providers: [
    { provide: RESOURCE_BIN_CONFIG, useFactory: () => loadResourceBinConfig() },
    ResourceHistoryService,
    ResourceBinService,
    ResourceBinScheduler,
    ResourceHistoryResolver,
  ],
  exports: [ResourceBinService],
})
export class ResourceHistoryModule {}
