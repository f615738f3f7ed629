import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { SimpleIndexDefinition } from '../../search/simple-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';
import { ThemeEntity } from '../theme.entity';

export const THEME_TOPIC = 'theme';

export interface ThemeDocument {
  id: string;
  version: number;
  slug: string;
  label: string;
  description: string | null;
}

/** Themes in the one search box: typing "jeux vid" offers the theme "Jeux vidéo". */
@Injectable()
export class ThemeIndexDefinition extends SimpleIndexDefinition<ThemeEntity, ThemeDocument> {
  readonly name = 'themes';
  readonly topic = THEME_TOPIC;
  protected readonly entity = ThemeEntity;
  protected readonly indexSettings: Settings = {
    searchableAttributes: ['label', 'description'],
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
  };

  constructor(registry: SearchIndexRegistry) {
    super();
    registry.register(this);
  }

  protected toDocument(row: ThemeEntity): ThemeDocument {
    const { id, version, slug, label, description } = row;
    return { id, version, slug, label, description };
  }
}
