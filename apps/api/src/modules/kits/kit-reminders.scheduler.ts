import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { frenchLoanPeriod } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { MailerService, type Mail } from '../mail/mailer.service';
import { findDueReminders, type ReminderRow } from './kit-rows';
import { parisDay } from './paris-day';

export const KIT_REMINDERS_QUEUE = 'kit-loan-reminders';

/** One run an hour (UTC), once across replicas: a replica down at 8:00 does not make the day's reminders late. */
export function kitRemindersSlot(now: Date): string {
  return `kit-reminders@${now.toISOString().slice(0, 13)}`;
}

function reminderMail(row: ReminderRow): Mail {
  const period = frenchLoanPeriod(row.first_day, row.last_day);
  const hello = `Bonjour ${row.name},\n\n`;
  if (row.kind === 'pickup')
    return {
      to: row.email,
      subject: `Demain : retrait de « ${row.kit_name} »`,
      text: `${hello}Votre prêt de « ${row.kit_name} » (du ${period}) commence demain.${row.pickup_place ? `\nLieu de retrait : ${row.pickup_place}.` : ''}\n`,
    };
  if (row.kind === 'return')
    return {
      to: row.email,
      subject: `Demain : retour de « ${row.kit_name} »`,
      text: `${hello}Votre prêt de « ${row.kit_name} » (du ${period}) se termine demain : pensez à la rapporter complète.\n`,
    };
  return {
    to: row.email,
    subject: `Retard : « ${row.kit_name} » n’a pas été rendue`,
    text: `${hello}Votre prêt de « ${row.kit_name} » s’est terminé (du ${period}) et la malle n’a pas encore été rendue. Merci de la rapporter au plus vite ou de contacter la structure qui la prête.\n`,
  };
}

/**
 * Mails borrowers the day before pick-up and the day before return, and once after the last day when the kit is not
 * back. Each reminder is sent once per loan and kind: its mail job carries the singleton key `<loan>:<kind>`, so
 * hourly runs, retries and replicas never send it twice.
 */
@Injectable()
export class KitRemindersScheduler implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: JobHandlerRegistry,
    private readonly mailer: MailerService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register(KIT_REMINDERS_QUEUE, {
      run: async () => void (await this.sendDue()),
      concurrency: 1,
      maxAttempts: 3,
      timeoutMs: 5 * 60 * 1000,
      describe: (payload) => `Rappels des prêts de malles (${String(payload.slot)})`,
    });
    this.registry.schedule({ queue: KIT_REMINDERS_QUEUE, slot: kitRemindersSlot });
  }

  /** Queues the reminders due today (Paris) that were not sent yet; answers how many it queued. */
  async sendDue(): Promise<number> {
    const rows = await findDueReminders(this.dataSource.manager, parisDay(this.clock.now()));
    let queued = 0;
    for (const row of rows)
      if (await this.mailer.send(reminderMail(row), undefined, { singletonKey: `kit-loan:${row.loan_id}:${row.kind}` }))
        queued += 1;
    return queued;
  }
}
