import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const state = globalThis.__CC_E2E__;
  if (!state) return;
  await new Promise((resolve) => {
    if (state.api.exitCode !== null) return resolve();
    state.api.once('exit', resolve);
    state.api.kill('SIGTERM');
  });
  for (const service of state.services) await service.stop();
  rmSync(state.dir, { recursive: true, force: true });
}
