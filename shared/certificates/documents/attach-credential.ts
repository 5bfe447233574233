import { AFRelationship, type PDFDocument } from 'pdf-lib';

/** The name a verifier looks for among the PDF's embedded files. */
export const CREDENTIAL_FILE_NAME = 'credential.jwt';

/**
 * The signed credential embedded in the PDF as a file, marked as an alternative (machine-readable)
 * form of what the page says: the PDF alone can then be verified, with no call to cadre.
 */
export const attachCredential = async (document: PDFDocument, credentialJwt: string, issuedAt: Date): Promise<void> => {
  await document.attach(new TextEncoder().encode(credentialJwt), CREDENTIAL_FILE_NAME, {
    mimeType: 'application/vc+jwt',
    description: 'Open Badges 3.0 credential',
    creationDate: issuedAt,
    modificationDate: issuedAt,
    afRelationship: AFRelationship.Alternative,
  });
};
