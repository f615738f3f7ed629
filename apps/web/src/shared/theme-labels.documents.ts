import { graphql } from '../generated';

/** Every theme's English label (asked once by the English interface, then read from the cache). */
export const ThemeLabelsQuery = graphql(`
  query ThemeLabels {
    themes {
      id
      slug
      labelEn
    }
  }
`);
