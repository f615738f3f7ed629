import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The shape of data/demo-library.json (the parts this seed uses). */
export interface DemoLibrary {
  themes: { slug: string; label: string; labelEn?: string; description?: string }[];
  organizations: { slug: string; name: string; kind?: string; city?: string; description?: string }[];
  members: {
    slug: string;
    name: string;
    email: string;
    organization?: string;
    role: 'member' | 'coordinator' | 'admin';
    title?: string;
    expertise?: string[];
  }[];
  comments?: { resource: string; author: string; body: string }[];
  debriefs?: {
    resource: string;
    author: string;
    date: string;
    context: string;
    audience?: string;
    participants: number;
    wentWell: string;
    toAdjust: string;
    rating: number;
  }[];
  resources: {
    slug: string;
    title: string;
    type: string;
    format: string;
    authors?: string[];
    publisher?: string;
    year?: number;
    language?: string;
    url?: string;
    summary: string;
    themes: string[];
    audiences: string[];
    tags?: string[];
    contributedBy?: string;
    organization?: string;
    durationMinutes?: number;
    licence?: string;
  }[];
  events?: {
    slug: string;
    title: string;
    kind: string;
    date: string;
    place?: string;
    description?: string;
    organizers?: string[];
  }[];
  readingLists?: {
    slug: string;
    title: string;
    curator: string;
    event?: string;
    intro?: string;
    items: { resource: string; note?: string }[];
  }[];
}

/** Finds data/demo-library.json from the source or the compiled tree, whichever runs. */
export function loadDemoLibrary(start = __dirname): DemoLibrary {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'demo-library.json');
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as DemoLibrary;
    if (dirname(dir) === dir) throw new Error('data/demo-library.json introuvable');
  }
}
