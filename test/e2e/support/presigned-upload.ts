export interface UploadTicket {
  readonly documentId: string;
  readonly upload: { readonly url: string; readonly fields: Readonly<Record<string, string>> };
  readonly expiresAt: string;
}

/** What a browser does with an upload ticket: a multipart POST of the fields, then the file, straight to storage. */
export const uploadWithTicket = async (ticket: UploadTicket, bytes: Uint8Array, contentType: string, fileName: string): Promise<void> => {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.upload.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: contentType }), fileName);
  const response = await fetch(ticket.upload.url, { method: 'POST', body: form });
  const text = await response.text();
  if (!response.ok) throw new Error(`upload of ${fileName} to ${ticket.upload.url}: ${response.status} ${text}`);
};
