import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MAIL_CONFIG, type MailConfig } from '../../config/mail.config';
import { digestDue } from './digest-week';
import { DigestService } from './digest.service';

const CHECK_EVERY_MS = 15 * 60 * 1000;

/** Checks every 15 minutes whether this week's digests are due and sends those not sent yet (DIGEST_SCHEDULER=false to turn off). */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Digest');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    private readonly digest: DigestService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.digestScheduler) return;
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    const now = new Date();
    if (!digestDue(now)) return;
    try {
      await this.digest.sendWeekly(now);
    } catch (error) {
      this.logger.warn(`Lettre hebdomadaire non envoyée, nouvel essai dans 15 minutes : ${(error as Error).message}`);
    }
  }
}
