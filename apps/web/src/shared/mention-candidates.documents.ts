import { graphql } from '../generated';

/** Signed-in members: who `@…` may mention (8 at most, by name or address, accents ignored). */
export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($query: String!) {
    mentionCandidates(query: $query) {
      id
      slug
      name
    }
  }
`);
