// Streaming (SAX) text collection from XML and XHTML with htmlparser2: nothing builds a tree, so a large
// content.xml or sheet costs its text, not its markup.
import { StringDecoder } from 'node:string_decoder';
import { Handler, Parser } from 'htmlparser2';
import { ZipArchive } from './zip-archive';

export interface TextRules {
  /** Text counts only inside these elements (e.g. `a:t`, `text:p`); every text node when absent. */
  textInside?: string[];
  /** Elements whose end closes a paragraph (a line break). */
  blocks?: string[];
  /** Elements whose end closes a cell (a tab). */
  cells?: string[];
  /** Elements standing for a character: `text:s` → ' ', `text:tab` → '\t', `br` → '\n'. */
  characters?: Record<string, string>;
  /** Elements whose content never counts (`script`, tracked deletions…). */
  skip?: string[];
  /** An element that starts a new page (`draw:page`, `table:table`); the whole text is one page without it. */
  pageElement?: string;
  /** Match elements by local name (`x:si` is `si`): for formats whose producers disagree on prefixes. */
  localNames?: boolean;
  /** Characters collected at most: past them, text is ignored (the caller keeps no more anyway). */
  maxChars?: number;
}

/** `x:c` → `c`: some generators (the .NET Open XML SDK) prefix elements that others write bare. */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Collects pages of text from SAX events according to `rules`. */
export class TextCollector {
  readonly pages: string[] = [];
  private current: string[] = [];
  private inside = 0;
  private skipped = 0;
  private collected = 0;
  private readonly textInside: Set<string> | null;
  private readonly blocks: Set<string>;
  private readonly cells: Set<string>;
  private readonly skip: Set<string>;

  constructor(private readonly rules: TextRules) {
    this.textInside = rules.textInside ? new Set(rules.textInside) : null;
    this.blocks = new Set(rules.blocks ?? []);
    this.cells = new Set(rules.cells ?? []);
    this.skip = new Set(rules.skip ?? []);
  }

  readonly handler: Partial<Handler> = {
    onopentagname: (qualified) => {
      const name = this.rules.localNames ? localName(qualified) : qualified;
      if (this.skip.has(name)) this.skipped += 1;
      if (this.textInside?.has(name)) this.inside += 1;
      if (name === this.rules.pageElement) this.flush(true);
      const character = this.rules.characters?.[name];
      if (character && !this.skipped) this.current.push(character);
    },
    onclosetag: (qualified) => {
      const name = this.rules.localNames ? localName(qualified) : qualified;
      if (this.skip.has(name)) this.skipped = Math.max(0, this.skipped - 1);
      if (this.textInside?.has(name)) this.inside = Math.max(0, this.inside - 1);
      if (this.blocks.has(name)) this.current.push('\n');
      if (this.cells.has(name)) this.current.push('\t');
      if (name === this.rules.pageElement) this.flush(false);
    },
    ontext: (text) => {
      if (this.skipped || (this.textInside && this.inside === 0)) return;
      if (this.collected >= (this.rules.maxChars ?? Infinity)) return;
      this.collected += text.length;
      this.current.push(text);
    },
  };

  private flush(opening: boolean): void {
    const text = this.current.join('');
    this.current = [];
    // Text between pages (outside any page element) is dropped; the text of a page is kept even when empty.
    if (!opening) this.pages.push(text);
  }

  /** The pages collected; without a page element, the whole text as one page. */
  finish(): string[] {
    if (!this.rules.pageElement) return [this.current.join('')];
    return this.pages;
  }
}

/** Feeds a ZIP entry to a SAX handler as it inflates (UTF-8 characters split across chunks are joined). */
export async function parseZipXml(
  zip: ZipArchive,
  name: string,
  handler: Partial<Handler>,
  xmlMode = true,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  const parser = new Parser(handler, { xmlMode, decodeEntities: true, recognizeSelfClosing: true });
  await zip.stream(name, (chunk) => parser.write(decoder.write(chunk)));
  parser.write(decoder.end());
  parser.end();
}

/** Runs `rules` over a ZIP entry and answers its pages. */
export async function zipXmlPages(zip: ZipArchive, name: string, rules: TextRules, xmlMode = true): Promise<string[]> {
  const collector = new TextCollector(rules);
  await parseZipXml(zip, name, collector.handler, xmlMode);
  return collector.finish();
}

/** Parses a small XML document (manifest, OPF, relationships) already in memory; `onElement` sees each start tag. */
export function eachElement(xml: string, onElement: (name: string, attributes: Record<string, string>) => void): void {
  const parser = new Parser({ onopentag: onElement }, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
}
