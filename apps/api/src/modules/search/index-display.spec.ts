import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { asksOnlyIndexedFields } from './index-display';

const schema = buildSchema(`
  type Theme { id: ID! slug: String! label: String! labelEn: String description: String }
  type Resource { id: ID! slug: String! title: String! year: Int tags: [String!]! viewerCanEdit: Boolean! themes: [Theme!]! }
  type Hit { resource: Resource! thumbnailUrl: String }
  type Facets { types: [String!]! }
  type SearchResult { total: Int! hits: [Hit!]! facets: Facets! }
  type Query { search: SearchResult! }
`);

/** What `asksOnlyIndexedFields` answers for the `search` field of this document. */
function answer(document: string): boolean {
  let seen: boolean | undefined;
  void execute({
    schema,
    document: parse(document),
    rootValue: {
      search: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = asksOnlyIndexedFields(info);
        return null;
      },
    },
  });
  if (seen === undefined) throw new Error('search was not resolved');
  return seen;
}

describe('asksOnlyIndexedFields: whether a results page can be shown from the search documents', () => {
  it('is true for the fields the documents carry, themes included', () => {
    expect(
      answer(
        '{ search { total hits { thumbnailUrl resource { id slug title year themes { id slug label labelEn } } } } }',
      ),
    ).toBe(true);
  });

  it('is false as soon as one field of a hit’s resource is not in the documents, at any depth', () => {
    expect(answer('{ search { hits { resource { id tags } } } }')).toBe(false);
    expect(answer('{ search { hits { resource { id viewerCanEdit } } } }')).toBe(false);
    expect(answer('{ search { hits { resource { themes { slug description } } } } }')).toBe(false);
  });

  it('sees through fragments, inline fragments and aliases', () => {
    const viaFragment = `
      query { search { ...Page } }
      fragment Page on SearchResult { hits { resource { ...Card } } }
      fragment Card on Resource { id title ... on Resource { edit: viewerCanEdit } }`;
    expect(answer(viaFragment)).toBe(false);
    expect(answer('{ search { page: hits { r: resource { t: title ... on Resource { slug } } } } }')).toBe(true);
  });

  it('is true when no resource field is asked at all (facets only)', () => {
    expect(answer('{ search { total facets { types } } }')).toBe(true);
  });
});
