import { Inject, Injectable } from '@nestjs/common';
import { SEARCH_CONFIG, type SearchConfig } from '../../config/search.config';
import { SearchIndexDefinition } from './search-index.definition';

/** Feature modules register their index definitions here at init. */
@Injectable()
export class SearchIndexRegistry {
  private readonly byName = new Map<string, SearchIndexDefinition>();

  constructor(@Inject(SEARCH_CONFIG) private readonly config: SearchConfig) {}

  register(definition: SearchIndexDefinition): void {
    this.byName.set(definition.name, definition);
  }

  all(): SearchIndexDefinition[] {
    return [...this.byName.values()];
  }

  byTopic(topic: string): SearchIndexDefinition | undefined {
    return this.all().find((definition) => definition.topic === topic);
  }

  get(name: string): SearchIndexDefinition {
    const definition = this.byName.get(name);
    if (!definition) throw new Error(`Index inconnu : ${name}`);
    return definition;
  }

  uid(name: string): string {
    return `${this.config.indexPrefix}${name}`;
  }
}
