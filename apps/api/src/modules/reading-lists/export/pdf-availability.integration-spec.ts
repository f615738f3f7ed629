import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { startTestApi } from '../../../../test/api-harness';

const QUERY = `{ readingList(slug: "lectures-rencontre-decembre") { slug pdfExportAvailable } }`;

describe('Whether PDF exports work is said at start and to the web app', () => {
  afterEach(() => jest.restoreAllMocks());

  it('without Chromium: a warning at boot naming the path, pdfExportAvailable false, and a 503 saying why', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const api = await startTestApi({ indexer: false, env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    try {
      expect(warn.mock.calls.map(([message]) => String(message))).toContainEqual(
        expect.stringMatching(
          /^Export PDF indisponible : Chromium introuvable à \/nonexistent\/chromium \(CHROMIUM_PATH\)/,
        ),
      );
      await api.seedDemo();
      await api.signIn('camille.durand@example.org', undefined, { reuse: true });
      expect(await api.gql(QUERY)).toEqual({
        data: { readingList: { slug: 'lectures-rencontre-decembre', pdfExportAvailable: false } },
      });
      const response = await fetch(`${new URL(api.url).origin}/listes/lectures-rencontre-decembre/export.pdf`, {
        headers: { cookie: api.cookie },
      });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('Chromium');
    } finally {
      await api.close();
    }
  });

  it('with Chromium: no warning, pdfExportAvailable true', async () => {
    const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    if (!existsSync(chromium)) throw new Error('Chromium is needed for this suite (CHROMIUM_PATH)');
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const api = await startTestApi({ indexer: false, env: { CHROMIUM_PATH: chromium } });
    try {
      expect(warn.mock.calls.map(([message]) => String(message))).not.toContainEqual(
        expect.stringContaining('Export PDF indisponible'),
      );
      await api.seedDemo();
      await api.signIn('camille.durand@example.org', undefined, { reuse: true });
      expect(await api.gql(QUERY)).toEqual({
        data: { readingList: { slug: 'lectures-rencontre-decembre', pdfExportAvailable: true } },
      });
    } finally {
      await api.close();
    }
  });
});
