import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let version: string | undefined;

/** The version in the package.json beside the running app (the image copies it to /app), read once. */
export function appVersion(): string {
  if (version === undefined) {
    try {
      version = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version?: string }).version;
    } catch {
      version = undefined;
    }
    version ??= 'inconnue';
  }
  return version;
}
