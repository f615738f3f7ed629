import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { indexAttributes, type DisplayAttribute } from './index-display';

const schema = buildSchema(`
  type Theme { id: ID! slug: String! label: String! labelEn: String description: String }
  type Resource { id: ID! slug: String! title: String! year: Int tags: [String!]! viewerCanEdit: Boolean! themes: [Theme!]! }
  type Hit { resource: Resource! thumbnailUrl: String }
  type Facets { types: [String!]! }
  type SearchResult { total: Int! hits: [Hit!]! facets: Facets! }
  type Query { search: SearchResult! }
`);

/** What `indexAttributes` answers for the `search` field of this document. */
function answer(document: string): DisplayAttribute[] | null {
  let seen: DisplayAttribute[] | null | undefined;
  void execute({
    schema,
    document: parse(document),
    rootValue: {
      search: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = indexAttributes(info);
        return null;
      },
    },
  });
  if (seen === undefined) throw new Error('search was not resolved');
  return seen;
}

describe('indexAttributes: whether a results page can be shown from the search documents, and what it retrieves', () => {
  it('retrieves the attributes of the fields the documents carry, themes and thumbnail included, and only those', () => {
    expect(
      answer(
        '{ search { total hits { thumbnailUrl resource { id slug title year themes { id slug label labelEn } } } } }',
      ),
    ).toEqual(['id', 'hasFileText', 'slug', 'title', 'year', 'themeCards', 'thumbnailFileId']);
    // The highlighted title and summary come in `_formatted` whatever is retrieved.
    expect(answer('{ search { hits { resource { id } title { text } summary { text } } } }')).toEqual([
      'id',
      'hasFileText',
    ]);
    expect(answer('{ search { hits { resource { thumbnailUrl } } } }')).toEqual([
      'id',
      'hasFileText',
      'thumbnailFileId',
    ]);
  });

  it('is null as soon as one field of a hit’s resource is not in the documents, at any depth', () => {
    expect(answer('{ search { hits { resource { id tags } } } }')).toBeNull();
    expect(answer('{ search { hits { resource { id viewerCanEdit } } } }')).toBeNull();
    expect(answer('{ search { hits { resource { themes { slug description } } } } }')).toBeNull();
  });

  it('sees through fragments, inline fragments and aliases', () => {
    const viaFragment = `
      query { search { ...Page } }
      fragment Page on SearchResult { hits { resource { ...Card } } }
      fragment Card on Resource { id title ... on Resource { edit: viewerCanEdit } }`;
    expect(answer(viaFragment)).toBeNull();
    expect(answer('{ search { page: hits { r: resource { t: title ... on Resource { slug } } } } }')).toEqual([
      'id',
      'hasFileText',
      'slug',
      'title',
    ]);
  });

  it('retrieves the id alone when no resource field is asked at all (facets only)', () => {
    expect(answer('{ search { total facets { types } } }')).toEqual(['id', 'hasFileText']);
  });
});
