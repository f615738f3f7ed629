import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { parse, type DocumentNode } from 'graphql';
import type { RequestWithActor } from './common/auth/actor';
import { normalisedCache } from './web-app-cache';

/**
 * Runs, for a page opened directly, the very operation the web app would send first (its build's
 * `preload/<name>.graphql`, written by apps/web/tools/preload-plugin.ts), through the whole GraphQL pipeline (limits,
 * policies, the view counter), as the visitor asking for the page. The web app writes the answer in its cache before
 * its first render (restore-preloaded.ts): a shared link paints its content with no round trip (issue 16).
 */
export class PagePreloader {
  private readonly documents = new Map<string, { text: string; document: DocumentNode }>();

  constructor(
    private readonly app: INestApplication,
    webRoot: string,
  ) {
    const folder = join(webRoot, 'preload');
    if (!existsSync(folder)) return;
    for (const file of readdirSync(folder))
      if (file.endsWith('.graphql')) {
        const text = readFileSync(join(folder, file), 'utf8');
        this.documents.set(file.slice(0, -'.graphql'.length), { text, document: parse(text) });
      }
  }

  /**
   * The answers of `operations` (run together), those that failed or are not in the build left out: what the page
   * embeds (`script`) and paints first (web-app-shell.ts).
   */
  async answers(
    operations: { name: string; variables: Record<string, unknown> }[],
    req: Request,
    res: Response,
  ): Promise<PreloadedOperation[]> {
    // Page requests pass no session middleware: only visitors are preloaded (web-app.ts), as visitors.
    (req as RequestWithActor).actor ??= null;
    const answers = await Promise.all(operations.map(({ name, variables }) => this.run(name, variables, req, res)));
    return operations.flatMap(({ name, variables }, i) =>
      answers[i] ? [{ operation: name, variables, data: answers[i] as unknown }] : [],
    );
  }

  private async run(name: string, variables: Record<string, unknown>, req: Request, res: Response) {
    const query = this.documents.get(name)?.text;
    if (!query) return null;
    try {
      const apollo = this.app.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false }).graphQlAdapter
        .instance;
      const response = await apollo.executeOperation({ query, variables }, { contextValue: { req, res } });
      if (response.body.kind !== 'single') return null;
      const { data, errors } = response.body.singleResult;
      return errors?.length || !data ? null : data;
    } catch {
      // The page never fails for its preload (search down, say): it then loads its data as usual.
      return null;
    }
  }

  /**
   * The answers as a JSON block the browser never executes (no CSP exception needed): the web app's cache, normalised
   * (web-app-cache.ts), which the app restores before its first render (restore-preloaded.ts). `<` is escaped so that
   * no value can close the element; U+2028 and U+2029 too, for old parsers. '' when none answered.
   */
  script(preloaded: PreloadedOperation[]): string {
    const entries = preloaded.flatMap(({ operation, variables, data }) => {
      const document = this.documents.get(operation)?.document;
      return document ? [{ document, variables, data }] : [];
    });
    if (!entries.length) return '';
    const json = JSON.stringify(normalisedCache(entries))
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
    return `<script type="application/json" id="cc-preload">${json}</script>`;
  }
}

/** One answer of a page's operations: what the shell paints (web-app-shell.ts) and the cache holds (`script`). */
export interface PreloadedOperation {
  operation: string;
  variables: Record<string, unknown>;
  data: unknown;
}

/** The page with the preloaded data's element at the end of its body (nothing to embed: the page unchanged). */
export function embedPreload(html: string, script: string): string {
  return script ? html.replace('</body>', () => `${script}</body>`) : html;
}
