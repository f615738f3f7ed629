import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { TestApi, eventually, startTestApi } from '../../../test/api-harness';

describe('Mail goes through SMTP when SMTP_URL is configured', () => {
  let api: TestApi;
  let server: SMTPServer;
  const received: ParsedMail[] = [];

  beforeAll(async () => {
    // A real SMTP server in the test process, as the mail relay of a deployment would be.
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    api = await startTestApi({
      indexer: false,
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Réseau <reseau@example.org>' },
    });
    await api.seedDemo();
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the password reset link by SMTP, not to the development mailbox', async () => {
    await api.gql(`mutation { requestPasswordReset(email: "sophie.reynaud@example.org") }`);
    await eventually(async () => received.length === 1);
    const [mail] = received;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('sophie.reynaud@example.org');
    expect(mail.from?.text).toContain('reseau@example.org');
    expect(mail.subject).toBe('Culture commune : réinitialiser votre mot de passe');
    expect(mail.text).toMatch(/\/reinitialiser-mot-de-passe\?jeton=\S+/);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM dev_mails`);
    expect(n).toBe(0);
  });
});
