import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerDataStream } from 'smtp-server';
import { DataSource } from 'typeorm';
import { TestApi, eventually, startTestApi } from '../../../test/api-harness';
import { makeResource } from '../../../test/factories';
import { MailerService } from '../mail/mailer.service';
import { JobHandlerRegistry } from './job-handlers';
import { JobScheduler } from './job-scheduler.service';

const CLI = join(__dirname, '../../../../../dist/apps/api/apps/api/src/cli.js');

/** A real SMTP server whose answer to each message the test decides: accept, refuse, or hold (never answer). */
async function smtpServer(answer: (n: number) => 'accept' | 'refuse' | 'hold') {
  const seen: string[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream: SMTPServerDataStream, session, callback) {
      attempts += 1;
      const decision = answer(attempts);
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        if (decision === 'hold') return;
        if (decision === 'refuse')
          return callback(Object.assign(new Error('Boîte pleine, réessayez plus tard'), { responseCode: 452 }));
        seen.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    delivered: seen,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const jobs = (
  dataSource: DataSource,
  queue: string,
): Promise<{ state: string; attempts: number; last_error: string | null }[]> =>
  dataSource.query(`SELECT state, attempts, last_error FROM jobs WHERE queue = $1 ORDER BY id`, [queue]);

function startWorker(api: TestApi, env: Record<string, string> = {}): ChildProcess {
  return spawn('node', [CLI, 'worker'], {
    env: { ...process.env, ...api.env, INDEXER_ENABLED: 'false', JOBS_POLL_MS: '100', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('The job queue: side effects after commit, retried, kept when they fail, run once', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`Build the API first (npx nx run api:build): ${CLI} is missing`);
  });

  it('never runs a job enqueued in a transaction that rolled back; runs the committed one once', async () => {
    const api = await startTestApi({ indexer: false });
    try {
      const ran: string[] = [];
      api.app.get(JobHandlerRegistry).register('test-echo', {
        run: async (payload) => void ran.push(String(payload.word)),
        concurrency: 2,
        maxAttempts: 1,
        timeoutMs: 5000,
      });
      const mailer = api.app.get(MailerService);
      await expect(
        api.dataSource.transaction(async (manager) => {
          await mailer.send(
            { to: 'annule@example.org', subject: 'Jamais', text: 'Ce courriel ne doit pas partir.' },
            manager,
          );
          await manager.query(`INSERT INTO jobs (queue, payload) VALUES ('test-echo', '{"word":"annulé"}')`);
          throw new Error('la requête échoue après avoir mis la tâche en file');
        }),
      ).rejects.toThrow('la requête échoue');
      await api.dataSource.transaction(async (manager) => {
        await mailer.send({ to: 'valide@example.org', subject: 'Oui', text: 'Celui-ci part.' }, manager);
      });
      await api.settleJobs();
      expect(ran).toEqual([]);
      const mails = await api.dataSource.query(`SELECT recipient FROM dev_mails`);
      expect(mails).toEqual([{ recipient: 'valide@example.org' }]);
      expect(await jobs(api.dataSource, 'mail')).toEqual([{ state: 'done', attempts: 1, last_error: null }]);
      // A delivered mail's text (it may hold a single-use link) is not kept in the queue.
      expect(await api.dataSource.query(`SELECT payload FROM jobs WHERE queue = 'mail'`)).toEqual([{ payload: {} }]);
    } finally {
      await api.close();
    }
  });

  it('a failing SMTP server: the request answers at once, the mail is retried with backoff, then kept as failed for admins to retry', async () => {
    let refuse = true;
    const smtp = await smtpServer(() => (refuse ? 'refuse' : 'accept'));
    const api = await startTestApi({
      indexer: false,
      env: { SMTP_URL: smtp.url, JOBS_RETRY_BASE_MS: '5', JOBS_POLL_MS: '50' },
    });
    try {
      await api.seedDemo();
      const answer = await api.gql(`mutation { requestPasswordReset(email: "sophie.reynaud@example.org") }`);
      expect(answer).toEqual({ data: { requestPasswordReset: true } });
      await eventually(async () => (await jobs(api.dataSource, 'mail'))[0]?.state === 'failed');
      const [job] = await jobs(api.dataSource, 'mail');
      expect(job.attempts).toBe(6);
      expect(job.last_error).toMatch(/Boîte pleine/);
      expect(smtp.attempts()).toBe(6);
      expect(smtp.delivered).toEqual([]);

      await api.signIn('admin@example.org');
      const failed = await api.gql<{
        failedJobs: { id: string; queue: string; summary: string; attempts: number; lastError: string }[];
      }>(`{ failedJobs { id queue summary attempts lastError } }`);
      expect(failed.data!.failedJobs).toEqual([
        expect.objectContaining({
          queue: 'mail',
          summary: 'Courriel à sophie.reynaud@example.org : Culture commune : réinitialiser votre mot de passe',
          attempts: 6,
        }),
      ]);
      expect(failed.data!.failedJobs[0].lastError).toMatch(/Boîte pleine/);
      await api.signIn('camille.durand@example.org');
      expect((await api.gql(`{ failedJobs { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      refuse = false;
      await api.signIn('admin@example.org');
      const retried = await api.gql(`mutation($id: ID!) { retryJob(id: $id) { id } }`, {
        id: failed.data!.failedJobs[0].id,
      });
      expect(retried.errors).toBeUndefined();
      await eventually(async () => smtp.delivered.length === 1);
      expect((await simpleParser(smtp.delivered[0])).text).toMatch(/\/reinitialiser-mot-de-passe\?jeton=\S+/);
      await eventually(async () => (await jobs(api.dataSource, 'mail'))[0]?.state === 'done');
      expect((await api.gql<{ failedJobs: unknown[] }>(`{ failedJobs { id } }`)).data!.failedJobs).toEqual([]);
      const [audit] = await api.dataSource.query(`SELECT action FROM audit_log WHERE action = 'job.retried'`);
      expect(audit).toEqual({ action: 'job.retried' });
    } finally {
      await api.close();
      await smtp.close();
    }
  });

  it('two replicas schedule one digest job per slot, and two worker processes send each member one digest', async () => {
    const first = await startTestApi({ indexer: false, env: { JOBS_WORKER: 'false' } });
    const second = await startTestApi({ indexer: false, shareWith: first, env: { JOBS_WORKER: 'false' } });
    const workers: ChildProcess[] = [];
    try {
      await first.seedDemo();
      await first.signIn('sophie.reynaud@example.org');
      await first.gql(`mutation { setFollow(kind: THEME, slug: "jeux-video", following: true) { slug } }`);
      // News of the digest's week (the demo library is dated in the past, so it brings none).
      await makeResource(first, {
        themes: ['jeux-video'],
        visibility: 'public',
        createdAt: new Date('2026-12-03T10:00:00+01:00'),
      });
      const monday = new Date('2026-12-07T09:00:00+01:00');
      const created = await Promise.all(
        [first, second, first, second].map((api) => api.app.get(JobScheduler).tick(monday)),
      );
      // One job per schedule (the digest's quarter hour, the bin purge's day (decision 0019), the files sweep's hour
      // (decision 0022) and the kit loans' reminders' hour (decision 0029)), however many ticks.
      expect(created.reduce((a, b) => a + b, 0)).toBe(4);
      expect(await jobs(first.dataSource, 'digest')).toHaveLength(1);
      expect(await jobs(first.dataSource, 'resource-bin-purge')).toHaveLength(1);
      expect(await jobs(first.dataSource, 'files.sweep')).toHaveLength(1);
      expect(await jobs(first.dataSource, 'kit-loan-reminders')).toHaveLength(1);
      // Another slot of the same week, as if the first run had been slow: two digest jobs for the same week.
      await first.app.get(JobScheduler).tick(new Date('2026-12-07T09:15:00+01:00'));
      expect(await jobs(first.dataSource, 'digest')).toHaveLength(2);
      workers.push(startWorker(first), startWorker(first));
      await eventually(
        async () => (await jobs(first.dataSource, 'digest')).every((job) => job.state === 'done'),
        30_000,
      );
      await eventually(async () => (await jobs(first.dataSource, 'mail')).every((job) => job.state === 'done'), 30_000);
      const perRecipient: { recipient: string; n: number }[] = await first.dataSource.query(
        `SELECT recipient, count(*)::int AS n FROM dev_mails GROUP BY recipient`,
      );
      expect(perRecipient.length).toBeGreaterThan(0);
      expect(perRecipient.find((row) => row.recipient === 'sophie.reynaud@example.org')).toEqual({
        recipient: 'sophie.reynaud@example.org',
        n: 1,
      });
      expect(perRecipient.filter((row) => row.n !== 1)).toEqual([]);
    } finally {
      for (const worker of workers) worker.kill('SIGTERM');
      await Promise.all(workers.map(exited));
      await second.close();
      await first.close();
    }
  });

  it('a worker killed mid-job (SIGKILL): after its lease runs out another worker runs the job again and completes it', async () => {
    const smtp = await smtpServer((n) => (n === 1 ? 'hold' : 'accept'));
    const api = await startTestApi({ indexer: false, env: { JOBS_WORKER: 'false' } });
    const env = { SMTP_URL: smtp.url, JOBS_LEASE_MS: '1000' };
    let second: ChildProcess | undefined;
    try {
      await api.app
        .get(MailerService)
        .send({ to: 'lea.girard@example.org', subject: 'Compte rendu', text: 'Le compte rendu de la rencontre.' });
      const first = startWorker(api, env);
      await eventually(async () => smtp.attempts() === 1, 30_000);
      expect(await jobs(api.dataSource, 'mail')).toEqual([{ state: 'running', attempts: 1, last_error: null }]);
      first.kill('SIGKILL');
      await exited(first);
      second = startWorker(api, env);
      await eventually(async () => (await jobs(api.dataSource, 'mail'))[0].state === 'done', 30_000);
      expect(await jobs(api.dataSource, 'mail')).toEqual([{ state: 'done', attempts: 2, last_error: null }]);
      expect(smtp.delivered).toHaveLength(1);
      expect((await simpleParser(smtp.delivered[0])).text).toContain('Le compte rendu de la rencontre.');
    } finally {
      second?.kill('SIGTERM');
      if (second) await exited(second);
      await api.close();
      await smtp.close();
    }
  });

  it('SIGTERM: a worker lets a running job finish within the grace period, else releases it at once to another worker', async () => {
    const smtp = await smtpServer((n) => (n === 1 ? 'hold' : 'accept'));
    const api = await startTestApi({ indexer: false, env: { JOBS_WORKER: 'false' } });
    const env = { SMTP_URL: smtp.url, JOBS_SHUTDOWN_GRACE_MS: '300' };
    let next: ChildProcess | undefined;
    try {
      await api.app
        .get(MailerService)
        .send({ to: 'nadia.kessler@example.org', subject: 'Ordre du jour', text: 'L’ordre du jour de jeudi.' });
      const stopping = startWorker(api, env);
      await eventually(async () => smtp.attempts() === 1, 30_000);
      stopping.kill('SIGTERM');
      await exited(stopping);
      expect(stopping.exitCode).toBe(0);
      // Released, not failed: pending again with its attempt given back, for the next worker at once (no lease to wait for).
      expect(await jobs(api.dataSource, 'mail')).toEqual([{ state: 'pending', attempts: 0, last_error: null }]);
      next = startWorker(api, env);
      await eventually(async () => (await jobs(api.dataSource, 'mail'))[0].state === 'done', 30_000);
      expect(smtp.delivered).toHaveLength(1);
    } finally {
      next?.kill('SIGTERM');
      if (next) await exited(next);
      await api.close();
      await smtp.close();
    }
  });
});
