import { Global, Module } from '@nestjs/common';
import { SearchCoreModule } from '../search/search-core.module';
import { OutboxWorker } from './outbox-worker.service';
import { OutboxService } from './outbox.service';

@Global()
@Module({
  imports: [SearchCoreModule],
  providers: [OutboxService, OutboxWorker],
  exports: [OutboxService, OutboxWorker],
})
export class OutboxModule {}
