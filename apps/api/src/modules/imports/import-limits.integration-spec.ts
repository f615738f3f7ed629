import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, signInAs } from '../../../test/factories';

const record = (n: number) => `TY  - BOOK\nTI  - Notice ${n}\nAB  - Un résumé.\nER  - \n`;

describe('Import limits: the file size and the number of records are capped, as configured', () => {
  let api: TestApi;
  let origin: string;

  const upload = async (body: string) => {
    const response = await fetch(`${origin}/imports/fichiers?nom=zotero.ris`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', cookie: api.cookie },
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, env: { IMPORT_MAX_MB: '1', IMPORT_MAX_RECORDS: '2' } });
    origin = new URL(api.url).origin;
    await signInAs(api, await makeMember(api, { role: 'coordinator' }));
  });
  afterAll(() => api.close());

  it('a file past IMPORT_MAX_MB is refused without being kept', async () => {
    const big = `${record(1)}${'N1  - '.padEnd(1024 * 1024, 'x')}\n`;
    expect(await upload(big)).toEqual({ status: 400, text: 'Fichier trop volumineux : 1 Mo au plus.\n' });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM imports`);
    expect(n).toBe(0);
  });

  it('a file with more records than IMPORT_MAX_RECORDS is refused; at the limit it is read', async () => {
    expect(await upload(record(1) + record(2) + record(3))).toEqual({
      status: 400,
      text: 'Trop de notices : 2 au plus par fichier.\n',
    });
    expect((await upload(record(1) + record(2))).status).toBe(201);
  });
});
