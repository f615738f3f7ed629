import { Module } from '@nestjs/common';
import { KitCalendarService } from './kit-calendar.service';
import { KitLoansService } from './kit-loans.service';
import { KitRemindersScheduler } from './kit-reminders.scheduler';
import { KitsResolver, OrganisationKitsResolver } from './kits.resolver';
import { KitsService } from './kits.service';

@Module({
  providers: [
    KitsService,
    KitLoansService,
    KitCalendarService,
    KitRemindersScheduler,
    KitsResolver,
    OrganisationKitsResolver,
  ],
  exports: [KitsService, KitCalendarService],
})
export class KitsModule {}
