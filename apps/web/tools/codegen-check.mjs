// Fails when src/generated is stale: regenerates into a temporary folder and compares file by file.
// Run from apps/web (the `web:codegen-check` target does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/generated';
const fresh = mkdtempSync(join(tmpdir(), 'web-codegen-'));
try {
  execFileSync(join('..', '..', 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
  });
  const names = new Set([...readdirSync(committed), ...readdirSync(fresh)]);
  const stale = [...names].filter((name) => {
    const read = (dir) => {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return undefined;
      }
    };
    return read(committed) !== read(fresh);
  });
  if (stale.length > 0) {
    console.error(
      `apps/web/src/generated is stale (${stale.join(', ')}): run \`npx nx run web:codegen\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('apps/web/src/generated is up to date.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
