import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResourcesModule } from '../resources/resources.module';
import { DebriefsResolver } from './debriefs.resolver';
import { DebriefsService } from './debriefs.service';

@Module({
  imports: [ResourcesModule, NotificationsModule],
  providers: [DebriefsResolver, DebriefsService],
  exports: [DebriefsService],
})
export class DebriefsModule {}
