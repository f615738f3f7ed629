import { acceptRequestId, currentRequestId, runWithContext } from './request-context';
import { operationLabel } from './metrics';

describe('request ids', () => {
  it('keeps a well-formed incoming X-Request-Id (nginx’s, a UUID) and replaces anything else', () => {
    expect(acceptRequestId('0f3c2a9b8e7d6c5b4a39281706f5e4d3')).toBe('0f3c2a9b8e7d6c5b4a39281706f5e4d3');
    expect(acceptRequestId('9b2e4c1a-58f3-4d8e-a1b2-3c4d5e6f7a8b')).toBe('9b2e4c1a-58f3-4d8e-a1b2-3c4d5e6f7a8b');
    for (const bad of [undefined, '', 'court', 'a b c d e f g h', 'x'.repeat(129), 'id\n{"level":"error"}']) {
      expect(acceptRequestId(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('is the current one inside its context and through awaits, and none outside', async () => {
    expect(currentRequestId()).toBeUndefined();
    await runWithContext({ requestId: 'requete-0001' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentRequestId()).toBe('requete-0001');
    });
    expect(currentRequestId()).toBeUndefined();
  });
});

describe('GraphQL operation labels', () => {
  it('keeps plain operation names, and never lets a client make unbounded series', () => {
    expect(operationLabel('SearchResources')).toBe('SearchResources');
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('drop table;')).toBe('other');
    for (let n = 0; n < 400; n += 1) operationLabel(`Generated${n}`);
    expect(operationLabel('OneMoreAfterTheCap')).toBe('other');
    expect(operationLabel('SearchResources')).toBe('SearchResources');
  });
});
