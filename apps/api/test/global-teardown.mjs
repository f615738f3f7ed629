export default async function globalTeardown() {
  for (const service of (globalThis.__CC_SERVICES__ ?? []).reverse()) await service.stop();
}
