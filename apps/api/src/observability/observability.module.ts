import { Module } from '@nestjs/common';
import { HealthController } from '../health/health.controller';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { ServiceStatusResolver } from './service-status.resolver';
import { ServiceStatusService } from './service-status.service';

/** Health probes' checks, /metrics and the admin page « État du service » (decision 0034). */
@Module({
  controllers: [HealthController, MetricsController],
  providers: [ServiceStatusService, MetricsService, ServiceStatusResolver],
  exports: [ServiceStatusService],
})
export class ObservabilityModule {}
