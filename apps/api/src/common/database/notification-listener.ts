import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel and calls `onNotification` for each NOTIFY (sent at
 * commit by the writers); it reconnects after a second when the connection is lost, while started.
 */
export class NotificationListener {
  private client?: Client;
  private running = false;

  constructor(
    private readonly options: {
      url: string;
      channel: string;
      applicationName: string;
      logger: Logger;
      onNotification: () => void;
    },
  ) {}

  async start(): Promise<void> {
    this.running = true;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private async connect(): Promise<void> {
    const { url, channel, applicationName, logger, onNotification } = this.options;
    const client = new Client({ connectionString: url, application_name: applicationName });
    client.on('notification', onNotification);
    client.on('error', (error: Error) => {
      logger.warn(`Écoute des notifications (${channel}) interrompue : ${error.message}`);
      this.client = undefined;
      if (this.running) setTimeout(() => void this.connect().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    this.client = client;
  }
}

/** A sleep that another event can cut short (a notification, a job finishing). */
export class WakeableSleep {
  private wakeUp?: () => void;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  wake(): void {
    this.wakeUp?.();
  }
}
