import { answerText, UploadError, type UploadedFile } from './upload-client';

export const FROM_LINK_URL = '/fichiers/depuis-lien';

/**
 * Asks the API to fetch the PDF at `url` and keep it as an uploaded file (same answer as « fin »). A refusal (not a
 * PDF, too large, address refused) comes back as an UploadError with the API's French message.
 */
export async function attachFromLink(url: string, send: typeof fetch = (input, init) => fetch(input, init)) {
  let response: Response;
  try {
    response = await send(FROM_LINK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url }),
      credentials: 'same-origin',
    });
  } catch {
    throw new UploadError('', 'network');
  }
  if (!response.ok) throw new UploadError(await answerText(response), response.status < 500 ? 'refused' : 'network');
  return (await response.json()) as UploadedFile;
}
