/** Sends the file's bytes to the API (REST: files pass GraphQL's string cap); answers the new batch's id. */
export async function uploadImportFile(file: File, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(`/imports/fichiers?nom=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
    credentials: 'same-origin',
  });
  // Errors come as plain text in French (the API's message), already readable.
  if (!response.ok) throw new Error((await response.text()).trim() || String(response.status));
  return ((await response.json()) as { id: string }).id;
}
