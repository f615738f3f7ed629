/** Images a person may send (a logo, a kit's photo): the API checks the bytes again and refuses SVG. */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/webp';

/** Why `file` cannot be sent, before sending it: `type` (not PNG, JPEG or WebP), `tooBig`, or null. */
export function imageProblem(file: File, maxBytes: number): 'type' | 'tooBig' | null {
  if (!IMAGE_ACCEPT.split(',').includes(file.type)) return 'type';
  return file.size > maxBytes ? 'tooBig' : null;
}

/**
 * Sends the image's bytes as they are to `url` (POST, typed by the file's media type, which a cross-site form cannot
 * send); answers null when it was saved, else the API's message ('' when it gave none or could not be reached).
 */
export async function postImage(url: string, file: File): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': file.type },
      body: file,
      credentials: 'same-origin',
    });
    return response.ok ? null : (await response.text()).trim();
  } catch {
    return '';
  }
}
