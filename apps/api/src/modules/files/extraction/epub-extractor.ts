// EPUB: chapters in the reading order of the package's spine, their XHTML stripped of tags; the cover as thumbnail.
import { posix } from 'node:path';
import { EXTRACTION_MESSAGES, ExtractionFailure, ExtractionLimits, ExtractionResult } from './extraction-result';
import { TextBudget } from './text-pages';
import { optionalThumbnailOf } from './thumbnail';
import { TextRules, eachElement, localName, zipXmlPages } from './xml-text';
import { ZipArchive, withZip, zipLimitsOf } from './zip-archive';

interface ManifestItem {
  path: string;
  mediaType: string;
  properties: string[];
}

// XHTML is read in HTML mode: chapters often use HTML entities (&nbsp;, &eacute;) that XML mode leaves undecoded.
const CHAPTER: TextRules = {
  skip: ['head', 'script', 'style', 'svg'],
  blocks: [
    'p',
    'div',
    'section',
    'article',
    'li',
    'tr',
    'blockquote',
    'pre',
    'figcaption',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'dt',
    'dd',
  ],
  characters: { br: '\n', td: '\t', th: '\t' },
};

function resolveHref(base: string, href: string): string {
  const bare = href.split('#')[0];
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // a malformed escape: keep the name as written
  }
  return posix.normalize(posix.join(posix.dirname(base), decoded));
}

async function packageOf(zip: ZipArchive): Promise<{ spine: ManifestItem[]; cover: ManifestItem | null }> {
  let opfPath = '';
  if (zip.has('META-INF/container.xml')) {
    eachElement(await zip.readText('META-INF/container.xml'), (name, attributes) => {
      if (name === 'rootfile' && !opfPath) opfPath = attributes['full-path'] ?? '';
    });
  }
  if (!opfPath || !zip.has(opfPath))
    throw new ExtractionFailure(EXTRACTION_MESSAGES.unreadable('EPUB sans description de paquet (OPF)'));
  const manifest = new Map<string, ManifestItem>();
  const spineIds: string[] = [];
  let coverId = '';
  eachElement(await zip.readText(opfPath), (name, attributes) => {
    const local = localName(name);
    if (local === 'item' && attributes.id && attributes.href) {
      manifest.set(attributes.id, {
        path: resolveHref(opfPath, attributes.href),
        mediaType: attributes['media-type'] ?? '',
        properties: (attributes.properties ?? '').split(/\s+/),
      });
    } else if (local === 'itemref' && attributes.idref) spineIds.push(attributes.idref);
    else if (local === 'meta' && attributes.name === 'cover' && attributes.content) coverId = attributes.content;
  });
  const items = [...manifest.values()];
  const cover = items.find((item) => item.properties.includes('cover-image')) ?? manifest.get(coverId) ?? null;
  const spine = spineIds
    .map((id) => manifest.get(id))
    .filter((item): item is ManifestItem => !!item && zip.has(item.path));
  return { spine, cover: cover && cover.mediaType.startsWith('image/') && zip.has(cover.path) ? cover : null };
}

export async function extractEpub(path: string, limits: ExtractionLimits): Promise<ExtractionResult> {
  return withZip(path, zipLimitsOf(limits), async (zip) => {
    const { spine, cover } = await packageOf(zip);
    const budget = new TextBudget(limits.maxTextChars);
    const pages: string[] = [];
    for (const item of spine) {
      if (budget.exhausted) break;
      if (!/html/.test(item.mediaType)) continue;
      const [text] = await zipXmlPages(zip, item.path, { ...CHAPTER, maxChars: limits.maxTextChars }, false);
      // A chapter is a spine document with text: covers and blank separators are not counted.
      const kept = budget.take(text);
      if (kept) pages.push(kept);
    }
    const thumbnail = await optionalThumbnailOf(cover ? await zip.read(cover.path) : null);
    return { status: 'done', pages, unit: 'chapter', error: null, thumbnail };
  });
}
