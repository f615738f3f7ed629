import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import type {
  LinkPreviewQuery as LinkPreviewResult,
  PossibleDuplicatesQuery as DuplicatesResult,
} from '../../../generated/graphql';
import { LinkPreviewQuery, PossibleDuplicatesQuery } from '../graphql/link.documents';

export type LinkPreview = LinkPreviewResult['linkPreview'];
export type PossibleDuplicate = DuplicatesResult['possibleDuplicates'][number];

/** What the resource form asks the API while a member types: a link's preview, and possible duplicates. */
export interface LinkTools {
  preview(url: string): Promise<LinkPreview>;
  duplicates(input: { url: string; title: string; excludeSlug?: string }): Promise<PossibleDuplicate[]>;
}

/** The API behind LinkTools (the form takes them as a prop, so that its tests give their own). */
export function useLinkTools(): LinkTools {
  const client = useApolloClient();
  return useMemo(
    () => ({
      async preview(url) {
        const { data } = await client.query({ query: LinkPreviewQuery, variables: { url }, fetchPolicy: 'no-cache' });
        if (!data) throw new Error('linkPreview: no data');
        return data.linkPreview;
      },
      async duplicates({ url, title, excludeSlug }) {
        const { data } = await client.query({
          query: PossibleDuplicatesQuery,
          variables: { url: url || null, title: title || null, excludeSlug: excludeSlug ?? null },
          fetchPolicy: 'no-cache',
        });
        return data?.possibleDuplicates ?? [];
      },
    }),
    [client],
  );
}
