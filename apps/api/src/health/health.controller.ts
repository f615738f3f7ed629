import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ServiceStatusService, type Readiness } from '../observability/service-status.service';

/**
 * Probes for orchestrators: `live` says the process answers (restart it otherwise), `ready` that it can serve
 * (take it out of the load balancer otherwise): 503 with a JSON body naming what is wrong.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly status: ServiceStatusService) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  ready(): Promise<Readiness> {
    return this.check();
  }

  /** The previous release's probe (image health checks of then, scripts): the same as `ready`. */
  @Get()
  async check(): Promise<Readiness> {
    const readiness = await this.status.readiness();
    if (!readiness.ready) throw new HttpException(readiness, HttpStatus.SERVICE_UNAVAILABLE);
    return readiness;
  }
}
