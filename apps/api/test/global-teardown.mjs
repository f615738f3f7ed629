import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  for (const service of (globalThis.__CC_SERVICES__ ?? []).reverse()) await service.stop();
  if (globalThis.__CC_DIR__) rmSync(globalThis.__CC_DIR__, { recursive: true, force: true });
}
