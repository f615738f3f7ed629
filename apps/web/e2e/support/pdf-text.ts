import { execFileSync } from 'node:child_process';

const SCRIPT = `
import { extractText, getDocumentProxy } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(chunks))), { mergePages: true });
process.stdout.write(text);
`;

/**
 * The text of a downloaded PDF, every run of spaces as one (as apps/api/test/pdf-text.ts: unpdf in a child Node
 * process, since PDF.js loads itself with a dynamic import that Jest's CommonJS sandbox cannot run).
 */
export function pdfText(pdf: Buffer): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    input: pdf,
    cwd: __dirname,
    encoding: 'utf8',
    maxBuffer: 20 * 1024 * 1024,
  }).replace(/\s+/g, ' ');
}
