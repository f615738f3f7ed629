import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { DataSource, IsNull } from 'typeorm';
import { OutboxEventEntity } from '../modules/outbox/outbox-event.entity';
import { MEILI_CLIENT } from '../modules/search/meili.provider';

/** Readiness for load balancers and compose health checks: both stores must answer. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
  ) {}

  @Get()
  async check(): Promise<{ status: string; database: string; search: string; pendingIndexEvents: number }> {
    const [database, search] = await Promise.all([
      // A probe of the connection, not a read: it stays the plainest statement there is.
      this.dataSource.query('SELECT 1').then(
        () => 'up',
        () => 'down',
      ),
      this.meili.health().then(
        () => 'up',
        () => 'down',
      ),
    ]);
    const pending =
      database === 'up' ? await this.dataSource.manager.countBy(OutboxEventEntity, { processedAt: IsNull() }) : -1;
    const body = {
      status: database === 'up' && search === 'up' ? 'ok' : 'degraded',
      database,
      search,
      pendingIndexEvents: pending,
    };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
