import { loadObservabilityConfig } from './observability.config';

describe('observability configuration', () => {
  it('writes JSON lines in production and text in development, unless LOG_FORMAT says otherwise', () => {
    expect(loadObservabilityConfig({ NODE_ENV: 'production' }).logFormat).toBe('json');
    expect(loadObservabilityConfig({}).logFormat).toBe('text');
    expect(loadObservabilityConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadObservabilityConfig({ NODE_ENV: 'production', LOG_FORMAT: 'text' }).logFormat).toBe('text');
  });

  it('stops the boot on a bad LOG_LEVEL, LOG_FORMAT, METRICS_TOKEN, METRICS_PORT or SHUTDOWN_TIMEOUT_MS, naming it', () => {
    expect(() => loadObservabilityConfig({ LOG_LEVEL: 'bavard' })).toThrow(
      /LOG_LEVEL doit valoir error, warn, info, debug \(reçu « bavard »\)/,
    );
    expect(() => loadObservabilityConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
    expect(() => loadObservabilityConfig({ METRICS_TOKEN: 'court' })).toThrow(/METRICS_TOKEN doit compter au moins 16/);
    expect(() => loadObservabilityConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => loadObservabilityConfig({ SHUTDOWN_TIMEOUT_MS: '-1' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  it('has defaults: info level, no metrics, a 10 s drain', () => {
    expect(loadObservabilityConfig({})).toMatchObject({
      logLevel: 'info',
      metricsToken: undefined,
      metricsPort: undefined,
      shutdownTimeoutMs: 10_000,
    });
    expect(loadObservabilityConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
  });
});
