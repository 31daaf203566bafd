/**
 * Offers bytes as a file. Excel on the web and on Windows save a blob download; Excel for Mac's web
 * view ignores it silently, so there the pane shows a link the user opens themselves instead of
 * claiming a file was saved.
 */
export function blobUrl(bytes: Uint8Array, mime: string): string {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  // Revoked later: the user may take a while to click the link, and browsers read the blob after click().
  setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  return url;
}

export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): string {
  const url = blobUrl(bytes, mime);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return url;
}
