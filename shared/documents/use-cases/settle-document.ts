import type { DocumentRecord, RejectionReason } from '../document-schema.ts';
import type { StoredObject } from '../ports/document-store.ts';
import { verifiedObjectKey } from '../domain/upload/object-key.ts';
import { verifyStoredDocument } from '../domain/verification/verify-stored-document.ts';
import { windowedSource } from '../domain/verification/byte-source.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';

type SettleDependencies = Pick<DocumentsDependencies, 'documents' | 'store' | 'scanner' | 'clock' | 'newId'>;

/**
 * Stores the next state of a document. A concurrent request for the same document (a double
 * click, a retry) may have stored first; its result stands and is what both callers see.
 */
const save = async (
  deps: SettleDependencies,
  current: DocumentRecord,
  next: Omit<DocumentRecord, 'version' | 'updatedAt'>,
): Promise<DocumentRecord> => {
  const stored: DocumentRecord = { ...next, updatedAt: deps.clock().toISOString(), version: current.version + 1 };
  const outcome = await deps.documents.replace(stored, current.version);
  if (outcome === 'written') return stored;
  const latest = await deps.documents.find(current.applicationId, current.id);
  if (latest === undefined) throw new Error(`Document ${current.id} vanished while it was being confirmed`);
  return latest;
};

/** A rejected document never counts, and its bytes (possibly malware) are not kept. */
const reject = async (
  deps: SettleDependencies,
  document: DocumentRecord,
  reason: RejectionReason,
  object: StoredObject | undefined,
): Promise<DocumentRecord> => {
  if (object !== undefined) await deps.store.delete(object);
  return save(deps, document, { ...document, status: 'rejected', rejection: { reason, at: deps.clock().toISOString() } });
};

const objectOf = (document: DocumentRecord): StoredObject => ({
  key: document.objectKey,
  size: document.size ?? 0,
  versionId: document.objectVersionId,
});

/**
 * The document counts from here on: the exact version that passed every check is copied under
 * verified/, where no upload form can write, and the record points at that copy, which downloads
 * serve. Re-posting the form later only adds a version under the upload key, which nobody reads
 * and which expires. If another confirmation stored its verification first, that one stands and
 * this copy is removed.
 */
const keepVerified = async (deps: SettleDependencies, current: DocumentRecord, checked: DocumentRecord): Promise<DocumentRecord> => {
  const copy = await deps.store.copy(objectOf(checked), verifiedObjectKey(checked, deps.newId()));
  // Only a document left scanning for longer than uploads are kept can find its upload gone.
  if (copy === undefined) return reject(deps, checked, 'missing-object', undefined);
  const saved = await save(deps, current, {
    ...checked,
    status: 'verified',
    verifiedAt: deps.clock().toISOString(),
    // As stored: a store without versions gives none, and the record keeps no empty field for it.
    verifiedObject: copy.versionId === undefined ? { key: copy.key } : { key: copy.key, versionId: copy.versionId },
  });
  if (saved.verifiedObject?.key !== copy.key) await deps.store.delete(copy);
  return saved;
};

/**
 * A document that passed our checks counts once the malware scanner calls it clean; until the
 * verdict is in it stays `scanning` and the next confirm or list asks again.
 */
const applyScanVerdict = async (deps: SettleDependencies, current: DocumentRecord, checked: DocumentRecord): Promise<DocumentRecord> => {
  const object = objectOf(checked);
  const verdict = await deps.scanner.verdict(object);
  switch (verdict) {
    case 'clean':
      return keepVerified(deps, current, checked);
    case 'pending':
      return current.status === 'scanning' ? current : save(deps, current, { ...checked, status: 'scanning' });
    case 'infected':
    case 'unscannable':
      return reject(deps, checked, verdict, object);
  }
};

/**
 * Moves a document as far as it can go now: a pending upload is verified against the stored
 * object (size, signature, video duration) and then scanned; a scanning one asks for the verdict
 * again; verified and rejected documents are final and returned unchanged.
 */
export const settleDocument = async (deps: SettleDependencies, document: DocumentRecord): Promise<DocumentRecord> => {
  if (document.status === 'verified' || document.status === 'rejected') return document;
  if (document.status === 'scanning') return applyScanVerdict(deps, document, document);

  const object = await deps.store.stat(document.objectKey);
  if (object === undefined) {
    // Nothing yet while the form still works is "not uploaded yet", not a rejection.
    return deps.clock().getTime() < Date.parse(document.uploadExpiresAt) ? document : reject(deps, document, 'missing-object', undefined);
  }
  const verification = await verifyStoredDocument(windowedSource(deps.store.open(object)), document.format, document.limits);
  const measured: DocumentRecord = {
    ...document,
    size: verification.size,
    durationSeconds: verification.durationSeconds,
    objectVersionId: object.versionId,
  };
  if (verification.outcome === 'rejected') return reject(deps, measured, verification.reason, object);
  return applyScanVerdict(deps, document, measured);
};
