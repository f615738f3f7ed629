import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { KitPhotosResolver } from './kit-photos.resolver';
import { KitPhotosService } from './kit-photos.service';
import { KitCalendarService } from './kit-calendar.service';
import { KitLoansService } from './kit-loans.service';
import { KitRemindersScheduler } from './kit-reminders.scheduler';
import { KitsResolver, OrganisationKitsResolver } from './kits.resolver';
import { KitsService } from './kits.service';

@Module({
  imports: [FilesModule],
  providers: [
    KitsService,
    KitPhotosService,
    KitPhotosResolver,
    KitLoansService,
    KitCalendarService,
    KitRemindersScheduler,
    KitsResolver,
    OrganisationKitsResolver,
  ],
  exports: [KitsService, KitCalendarService, KitPhotosService],
})
export class KitsModule {}
