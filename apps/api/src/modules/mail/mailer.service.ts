import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { MAIL_CONFIG, type MailConfig } from '../../config/mail.config';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue.service';
import { mailDeliveries } from '../../observability/metrics';
import { DevMailEntity } from './dev-mail.entity';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative of the same content (the development mailbox keeps the text). */
  html?: string;
  /** Where answers go (« Contacter »: the sender's address), instead of the platform's own. */
  replyTo?: string;
}

export const MAIL_QUEUE = 'mail';
/** About a day of retries with the default backoff (30 s, 2 min, 8 min, 32 min, 2 h 8 min). */
const MAIL_ATTEMPTS = 6;

/**
 * Mail goes through the job queue: `send` writes a job in the caller's transaction and returns at once (nothing is sent
 * if the transaction rolls back, and a mail server's slowness or failure never reaches the request); a worker delivers
 * it through SMTP when SMTP_URL is set, otherwise into the development mailbox (table `dev_mails`, GraphQL
 * `devMailbox`), retrying with backoff and keeping it as a failed job for admins when attempts are spent.
 */
@Injectable()
export class MailerService implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;

  constructor(
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly registry: JobHandlerRegistry,
  ) {
    if (config.smtpUrl) {
      this.transport = createTransport({
        url: config.smtpUrl,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
      });
    }
  }

  onModuleInit(): void {
    this.registry.register(MAIL_QUEUE, {
      run: (payload) => this.deliver(payload as unknown as Mail),
      concurrency: 4,
      maxAttempts: MAIL_ATTEMPTS,
      timeoutMs: 60_000,
      // The text may hold a single-use link (invitation, password reset): not kept once delivered.
      redactWhenDone: true,
      describe: (payload) => `Courriel à ${String(payload.to)} : ${String(payload.subject)}`,
    });
  }

  /**
   * Queues the mail in `manager`'s transaction (or on its own); delivered after commit. With a `singletonKey`, a mail
   * is queued once ever for that key (a reminder): answers false when one was already.
   */
  async send(
    mail: Mail,
    manager: EntityManager = this.dataSource.manager,
    options: { singletonKey?: string } = {},
  ): Promise<boolean> {
    const payload = {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    };
    const id = await this.jobs.enqueue(manager, MAIL_QUEUE, payload, {
      maxAttempts: MAIL_ATTEMPTS,
      singletonKey: options.singletonKey,
    });
    return id !== null;
  }

  /** Delivers now (the mail queue's worker). */
  async deliver(mail: Mail): Promise<void> {
    if (this.transport) {
      try {
        await this.transport.sendMail({
          from: this.config.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          replyTo: mail.replyTo,
        });
      } catch (error) {
        mailDeliveries.inc({ outcome: 'failed' });
        throw error;
      }
      mailDeliveries.inc({ outcome: 'sent' });
      return;
    }
    await this.dataSource.manager.insert(DevMailEntity, {
      recipient: mail.to,
      subject: mail.subject,
      text: mail.text,
      replyTo: mail.replyTo ?? null,
    });
    mailDeliveries.inc({ outcome: 'sent' });
    this.logger.log(`Courriel gardé dans la boîte de développement : ${mail.subject}`);
  }

  async devMailbox(): Promise<
    { id: string; to: string; subject: string; text: string; replyTo: string | null; sentAt: Date }[]
  > {
    const mails = await this.dataSource.manager.find(DevMailEntity, { order: { sentAt: 'DESC' }, take: 100 });
    return mails.map((mail) => ({
      id: mail.id,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.text,
      replyTo: mail.replyTo,
      sentAt: mail.sentAt,
    }));
  }
}
