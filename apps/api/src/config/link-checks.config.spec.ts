import { loadLinkChecksConfig } from './link-checks.config';

describe('link check configuration', () => {
  it('is weekly, polite (2 s between requests to a host) and bounded by default', () => {
    expect(loadLinkChecksConfig({})).toEqual({ scheduled: true, hostDelayMs: 2000, timeoutMs: 10_000, batchSize: 50 });
    expect(loadLinkChecksConfig({ LINK_CHECK_HOST_DELAY_MS: '0', LINK_CHECK_SCHEDULED: 'false' })).toMatchObject({
      hostDelayMs: 0,
      scheduled: false,
    });
  });

  it.each([
    ['LINK_CHECK_HOST_DELAY_MS', '-1'],
    ['LINK_CHECK_TIMEOUT_MS', '10'],
    ['LINK_CHECK_BATCH_SIZE', 'cinquante'],
    ['LINK_CHECK_SCHEDULED', 'oui'],
  ])('stops the boot on a bad %s, naming it', (variable, raw) => {
    expect(() => loadLinkChecksConfig({ [variable]: raw })).toThrow(new RegExp(variable));
  });
});
