import { Module } from '@nestjs/common';
import { LINK_CHECKS_CONFIG, loadLinkChecksConfig } from '../../config/link-checks.config';
import { LinkChecksResolver } from './link-checks.resolver';
import { LinkChecksScheduler } from './link-checks.scheduler';
import { LinkChecksService } from './link-checks.service';

/** The weekly broken-link check (decision 0021). */
@Module({
  providers: [
    { provide: LINK_CHECKS_CONFIG, useFactory: () => loadLinkChecksConfig() },
    LinkChecksService,
    LinkChecksScheduler,
    LinkChecksResolver,
  ],
})
export class LinkChecksModule {}
