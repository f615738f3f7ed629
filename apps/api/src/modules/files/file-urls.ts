/**
 * Public paths of a file's bytes (served by the files controller, which checks the resource's visibility).
 * `/fichiers/` is one of the API's prefixes in web-app.ts.
 */
export const fileUrls = {
  /** Download, as an attachment. The name is only for the person's browser: the id decides. */
  download: (fileId: string, fileName: string) => `/fichiers/${fileId}/${encodeURIComponent(fileName)}`,
  /** A PDF shown inline, in a sandboxed frame. */
  preview: (fileId: string, fileName: string) => `/fichiers/${fileId}/${encodeURIComponent(fileName)}?apercu=1`,
  thumbnail: (fileId: string) => `/fichiers/${fileId}/vignette.webp`,
};
