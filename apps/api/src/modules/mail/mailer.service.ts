import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { MAIL_CONFIG, type MailConfig } from '../../config/mail.config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative of the same content (the development mailbox keeps the text). */
  html?: string;
}

/**
 * Sends mail through SMTP when SMTP_URL is set; otherwise keeps it in the development mailbox (table `dev_mails`,
 * GraphQL `devMailbox`), so that a person can follow an invitation or reset link without a mail server.
 */
@Injectable()
export class MailerService {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;

  constructor(
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
  }

  async send(mail: Mail, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      return;
    }
    await manager.query(`INSERT INTO dev_mails (recipient, subject, text) VALUES ($1, $2, $3)`, [mail.to, mail.subject, mail.text]);
    this.logger.log(`Courriel gardé dans la boîte de développement pour ${mail.to} : ${mail.subject}`);
  }

  async devMailbox(): Promise<{ id: string; to: string; subject: string; text: string; sentAt: Date }[]> {
    return this.dataSource.query(
      `SELECT id, recipient AS "to", subject, text, sent_at AS "sentAt" FROM dev_mails ORDER BY sent_at DESC LIMIT 100`,
    );
  }
}
