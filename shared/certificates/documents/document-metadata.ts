import type { PDFDocument } from 'pdf-lib';

export interface DocumentMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly language: 'ru' | 'en';
  /** The document's own date, for both creation and modification. */
  readonly date: Date;
}

/**
 * What a reader's "document properties" and a search index show. Dated by the document, not the
 * clock, so rendering the same certificate again gives the same bytes.
 */
export const setDocumentMetadata = (document: PDFDocument, metadata: DocumentMetadata): void => {
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setLanguage(metadata.language);
  document.setCreator('cadre');
  document.setProducer('cadre');
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
};
