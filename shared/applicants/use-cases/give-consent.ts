import { randomUUID } from 'node:crypto';
import { consentRequired, consentTextNotCurrent, fieldsNotInText } from '../applicant-errors.ts';
import type { ConsentRecord, GiveConsentInput } from '../domain/consents/consent-record-schema.ts';
import { currentConsentText, dataSharingTextKind } from '../domain/consents/consent-texts.ts';
import { inCatalogueOrder } from '../domain/consents/data-sharing.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

/**
 * Records a consent, for the current text of its kind only, at the server's time: to the
 * processing of personal data, or to sharing the chosen fields with one recipient. Sharing rests
 * on processing, so a data-sharing consent without one in force is refused by the same write that
 * records it (409 `consent-required`), never stored; a new one for a purpose replaces its fields.
 */
export const giveConsent = async (
  deps: Pick<ApplicantDependencies, 'consents' | 'clock'>,
  applicantId: string,
  input: GiveConsentInput,
): Promise<ConsentRecord> => {
  const at = deps.clock().toISOString();
  if (input.kind === 'personal-data') {
    const current = currentConsentText(input.kind);
    if (input.textVersion !== current.version) throw consentTextNotCurrent(input.kind, current.version);
    const record: ConsentRecord = { id: randomUUID(), kind: 'personal-data', textVersion: current.version, at };
    await deps.consents.append(applicantId, record);
    return record;
  }
  const { purpose, fields } = input;
  // The input schema requires both for a data-sharing consent; a caller skipping it is our bug.
  if (purpose === undefined || fields === undefined) throw new Error('A data-sharing consent without its purpose or fields');
  const kind = dataSharingTextKind(purpose);
  const current = currentConsentText(kind);
  if (input.textVersion !== current.version) throw consentTextNotCurrent(kind, current.version);
  const covered = new Set(current.fields ?? []);
  const outside = fields.filter((field) => !covered.has(field));
  if (outside.length > 0) throw fieldsNotInText(current.version, outside);
  const record: ConsentRecord = {
    id: randomUUID(),
    kind: 'data-sharing',
    purpose,
    textVersion: current.version,
    fields: inCatalogueOrder(fields),
    at,
  };
  if ((await deps.consents.append(applicantId, record)) === 'refused') {
    const state = await deps.consents.state(applicantId);
    throw consentRequired(state?.personalData === 'withdrawn' ? 'withdrawn' : 'missing', currentConsentText('personal-data').version);
  }
  return record;
};
