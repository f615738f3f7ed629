import { graphql } from '../../../generated';

export const LinkPreviewQuery = graphql(`
  query LinkPreview($url: String!) {
    linkPreview(url: $url) {
      source
      url
      title
      summary
      authors
      publisher
      year
      language
      imageData
      type
      format
      mediaType
    }
  }
`);

export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($url: String, $title: String, $excludeSlug: String) {
    possibleDuplicates(url: $url, title: $title, excludeSlug: $excludeSlug) {
      slug
      title
      sameUrl
      sameTitle
    }
  }
`);
