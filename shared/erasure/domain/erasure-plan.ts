import type { ENTITY } from '../../platform/keys/keys.ts';

/**
 * What an erasure does to each kind of item the table holds (keys.ts ENTITY), decided once here:
 *
 * - `erase`: the person's own record: deleted, with its index entries (they live on the item).
 * - `redact`: a record others rely on that names the person: kept, the person's part removed.
 * - `keep`: kept as it is on purpose, because the law requires it or it holds nothing personal
 *   (counters, register entries, the audit of the erasure itself).
 * - `expires`: personal for a short while and gone by its own TTL; not worth a search.
 * - `none`: nobody's personal record (configuration, runs, leases, other roles' records).
 *
 * Typed over every ENTITY tag, so a new kind of item does not compile until someone decides here
 * what an erasure does with it.
 */
export type ErasureAction = 'erase' | 'redact' | 'keep' | 'expires' | 'none';

export const ERASURE_PLAN = {
  programme: { action: 'none', why: 'Staff configuration.' },
  season: { action: 'none', why: 'Staff configuration.' },
  workflowFailure: {
    action: 'keep',
    why: 'A season’s failed workflow step: names an application id at most, which points at nothing once the application is erased.',
  },
  mail: {
    action: 'erase',
    why: 'Mails queued for the person or failed on their address (sent ones keep no address or text already); found by address in the queue’s due index and the seasons’ undeliverable lists.',
  },
  mailCap: { action: 'erase', why: 'The reminders-per-person counter is keyed by the subject.' },
  mailSendWindow: { action: 'none', why: 'A per-second send count.' },
  mailDrainLease: { action: 'none', why: 'A worker lease.' },
  profile: { action: 'erase', why: 'The person’s profile.' },
  consent: { action: 'erase', why: 'The person’s consents: nothing is processed any more, so nothing needs their proof.' },
  consentState: { action: 'erase', why: 'The projection of the consents.' },
  applicationGuard: { action: 'erase', why: 'One application per season: in the person’s partition.' },
  application: { action: 'erase', why: 'The person’s applications, with every staff-list index entry on them.' },
  applicationEvent: { action: 'erase', why: 'An application’s history.' },
  document: { action: 'erase', why: 'Document records; their S3 objects (every version) go in the objects step.' },
  pendingUploads: { action: 'erase', why: 'Upload forms still counted against the caps.' },
  uploadRateWindow: {
    action: 'expires',
    why: 'A count of upload forms per caller and window, under a key naming the subject: it expires a minute after its window (DynamoDB’s TTL deletes it within about two days), and its windows cannot be listed to delete them sooner.',
  },
  courseCatalogue: { action: 'none', why: 'Staff configuration.' },
  educationProgress: { action: 'erase', why: 'The application’s learning progress.' },
  transitionFailure: { action: 'erase', why: 'In the application’s partition.' },
  pendingEffect: { action: 'erase', why: 'In the application’s partition.' },
  gateRun: { action: 'none', why: 'A gate run’s checkpoint and counts.' },
  gateLock: { action: 'none', why: 'A lock.' },
  calendarJob: { action: 'none', why: 'A season’s job.' },
  team: { action: 'redact', why: 'A team lists its members’ application ids: the person’s is removed, the team stays for the others.' },
  teamMembership: { action: 'erase', why: 'The one-team-per-season guard, in the application’s partition.' },
  peopleRelations: {
    action: 'redact',
    why: 'The person’s own relations item is erased; in their team-mates’ items the entries naming the person’s digest are removed.',
  },
  expertProfile: { action: 'none', why: 'An expert’s record (the workforce pool, not an applicant).' },
  expertPoolMember: { action: 'none', why: 'An expert’s load in a pool.' },
  review: { action: 'erase', why: 'Reviews of the person’s application, with the expert’s index entry on them.' },
  rubricAggregate: { action: 'erase', why: 'The application’s scores.' },
  interviewEvent: { action: 'keep', why: 'The event stays; a live booking of the person gives its seat back (`booked` counts one fewer).' },
  interviewBooking: { action: 'erase', why: 'The person’s booking, with its roster entry.' },
  reviewAssignmentRun: { action: 'none', why: 'A run’s checkpoint and counts.' },
  reviewAssignmentLock: { action: 'none', why: 'A lock.' },
  scoreExport: { action: 'expires', why: 'A staff export of scores by application id: its file and run expire by TTL within days.' },
  partnerOrganisation: { action: 'none', why: 'An organisation.' },
  internshipOffer: {
    action: 'keep',
    why: 'A host’s offer: its seat counters name no person. A placement of the person offered or accepted (not started) gives its seat back; one started or done stays counted.',
  },
  internshipRanking: { action: 'redact', why: 'A host’s ranking of candidates by application id: the person’s is removed.' },
  internshipPreferences: { action: 'erase', why: 'The application’s ranked offers, with their index entry.' },
  internshipChoice: { action: 'erase', why: 'One choice, with its entry in the offer’s candidate pool.' },
  internshipMatchingRun: { action: 'none', why: 'A run’s phase and counts.' },
  internshipMatchingLock: { action: 'none', why: 'A lock.' },
  internshipMatchingChunk: {
    action: 'keep',
    why: 'A matching run’s pages: inputs expire with the run; results and explanations name application ids only, which point at nothing once erased.',
  },
  placement: { action: 'erase', why: 'The application’s placements, with their season, host and deadline index entries.' },
  placementHold: { action: 'erase', why: 'In the application’s partition.' },
  placementRefusals: { action: 'erase', why: 'In the application’s partition.' },
  internshipKpi: { action: 'keep', why: 'A season’s anonymous counters.' },
  release: { action: 'erase', why: 'A partner’s grant to read the person’s data: there is nothing left to read.' },
  releaseDecision: { action: 'erase', why: 'In the application’s partition.' },
  disclosure: {
    action: 'redact',
    why: 'Who received which fields when stays (the controller answers for it); the entry moves out of the person’s partition and loses their subject. It never held values.',
  },
  machineClient: { action: 'none', why: 'A partner’s client.' },
  releaseExport: { action: 'expires', why: 'A pushed file of released data: it and its item expire by TTL within days.' },
  mentorProfile: { action: 'none', why: 'A mentor’s record.' },
  mentorPoolMember: { action: 'none', why: 'A mentor’s load (an anonymous count).' },
  mentorPoolTiers: { action: 'none', why: 'Counts.' },
  mentoringPair: {
    action: 'redact',
    why: 'The mentor’s record of the pair stays; the mentee’s subject, decline reason and staff’s note on its ending are removed.',
  },
  mentoringSession: { action: 'redact', why: 'The session stays in the mentor’s count; its notes are removed.' },
  menteeMentoring: { action: 'erase', why: 'In the application’s partition.' },
  recommendationLetter: { action: 'erase', why: 'The letter; its PDF goes in the objects step.' },
  certificate: {
    action: 'redact',
    why: 'The register entry stays (number, programme, achievement, dates, status): the verifier still answers for it, showing the holder was erased. The holder’s name, subject, signed credential and revocation reason go, with the holder’s index entry, the PDF and the published credential file.',
  },
  achievementCertificate: { action: 'erase', why: 'The issue-once guard, in the application’s partition.' },
  sequence: { action: 'none', why: 'A counter.' },
  statusList: { action: 'none', why: 'Revocation bits by slot.' },
  certificateIssuerLease: { action: 'none', why: 'A lease.' },
  issuerKeys: { action: 'none', why: 'Public keys.' },
  seasonCountsState: { action: 'none', why: 'A counter shard’s state.' },
  stageCount: {
    action: 'keep',
    why: 'Anonymous counters are left as they are. A later rebuild counts the applications still stored, so it no longer counts the erased ones.',
  },
  eventCount: { action: 'keep', why: 'Anonymous counters, as stageCount.' },
  counterRebuildRun: { action: 'none', why: 'A run.' },
  counterRebuildLock: { action: 'none', why: 'A lock.' },
  counterRebuilderLease: { action: 'none', why: 'A lease.' },
  kpiActual: { action: 'none', why: 'Staff’s reported figures.' },
  erasureRequest: {
    action: 'keep',
    why: 'The audit of the erasure: request id, the subject’s salted digest, who asked, when, what was removed per kind; the address goes once the receipt is queued.',
  },
  erasureSubject: { action: 'keep', why: 'The salted digest’s pointer to the one request, so a repeat answers it.' },
  erasureSalt: { action: 'none', why: 'The digests’ salt.' },
  eraserLease: { action: 'none', why: 'A lease.' },
  exportRateWindow: {
    action: 'expires',
    why: 'A count of own-data exports per person and window, under a key naming the subject: it expires with its window (DynamoDB’s TTL deletes it within about two days).',
  },
  webhookEndpoint: { action: 'none', why: 'A partner’s or staff member’s registration of an endpoint, not an applicant’s record.' },
  webhookDelivery: {
    action: 'keep',
    why: 'An event delivered to an endpoint carries ids and the change only, never personal data (webhook-event-schema.ts); an application id points at nothing once erased, and finished deliveries expire.',
  },
  webhookDispatcherLease: { action: 'none', why: 'A lease.' },
} as const satisfies Record<keyof typeof ENTITY, { readonly action: ErasureAction; readonly why: string }>;
