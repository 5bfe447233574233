import type { MeteredRequest } from './capacity-meter.ts';
import { isReadCommand } from './read-commands.ts';

/**
 * The target per call (issue 3): reads in one request; writes in one transaction or one
 * conditional write. A route above it names why here; the bench prints the reason next to it.
 */
export const aboveTarget = (requests: readonly MeteredRequest[]): boolean => {
  const reads = requests.filter((request) => isReadCommand(request.command)).length;
  return reads > 1 || requests.length - reads > 1;
};

export const REASONS: Readonly<Record<string, string>> = {
  submitApplication:
    'by design: 1 Query (application + documents) and 1 BatchGet (profile + consent state) are two partitions; the one write is a transaction: application, event, guard and the queued receipt',
  getApplication: 'by design: consent state lives in the applicant partition and is read live (a withdrawal stops processing at once)',
  listMyApplications:
    'by design: 1 gsi1 Query lists them; consent state (applicant partition); 1 Query per listed application for its history and documents (own partition; one application per season)',
  listSeasonApplications:
    'by design: 16 shard queries (hot-partition sharding, APPLICATION_SHARDS) + 1 BatchGet of the page’s consent states',
  overrideApplicationTrack: 'by design: consent state of the application’s applicant (their partition; the id is on the application)',
  requestApplicationTransition:
    'by design: the pipeline decides before anything starts (one Query: the application with its documents, for the guards) and a withdrawn consent refuses at once (BatchGet of the consent state, the applicant’s partition); the move itself is the execution’s one conditional transaction (row below)',
  listTransitionFailures:
    'the application is read for the staff scope before its failures are queried: both live in the application’s partition, so one Query could serve both (not done yet)',
  retryTransitionFailure:
    'the application is read for the staff scope, then the failure record (same partition: one Query could serve both); the UpdateItem marks it retried only once the new execution has started, since it records that execution’s ARN',
  withdrawApplication:
    'by design: the withdrawal is one transaction (application + event); the PutItem after it is the transition’s notifyStaff effect, the notice queued for the programme’s contact (idempotent by id, run after the applicant’s write so a queue fault never undoes a withdrawal)',
  putTeam:
    'by design: the season and its programme (staff scope; catalogue cache, cold here) and the team as it stands are read first, then ONE BatchGet of the people’s applications and one of their memberships (two kinds of partition) so a refusal names every person at fault; the write is one transaction (team + a guard per person, conditions on each application’s stage); after it commits, ONE BatchGet of the people’s profiles (their addresses) and one UpdateItem ADD per person on their own relations item (their own partitions, sent at once; idempotent), so a refused save relates nobody and a dissolved team stays a past relation',
  getTeam:
    'by design: the team item, then ONE BatchGet of its people’s applications (each in its own partition) for where each stands now, so staff see a member who withdrew',
  requestDocumentUpload:
    'by design: the caller’s throttle window is counted first (conditional UpdateItem, the caller’s own partition) before anything is read; the application and the consent state are GetItems sent at once (the programme from the catalogue cache); the form takes its place under the caps (one conditional UpdateItem of the application’s pending-uploads item) before the record is Put, so a refused form writes no record',
  listApplicationDocuments:
    'by design: the application is read for access (GetItem; for an expert, the assignment too) and the page is one Query of its documents, never the whole partition (an application may hold hundreds of attempts)',
  getDocumentDownloadLink:
    'by design: the application (access; for an expert, the assignment too) and the one document are GetItems sent at once',
  confirmDocument:
    'by design: the application (ownership), the document and the consent state are GetItems sent at once (the consent is read live), instead of a Query of every document of the application; the first confirmation writes the document (conditional Put) and then frees its form’s place under the caps (UpdateItem)',
  listPendingEffects:
    'the application is read for the staff scope before its effects are queried: both live in the application’s partition, so one Query could serve both (not done yet)',
  updateApplication:
    'by design: the application (owner check) and its applicant’s consent state (their partition, read live: nothing new is stored once consent is withdrawn) are read in parallel, then the draft is one conditional write',
  getPublicSeason:
    'by design: the season, then its programme (the public view carries the programme’s eligibility, roles and document requirements): two partitions, the second known only from the first',
  listSeasonWorkflowFailures:
    'the season is read for the staff scope (its programme) before its failures are queried: two partitions, the failures keyed by the season',
  getSeasonCourses: 'the season is read for the staff scope (its programme) before its catalogue: two partitions',
  reportProgressEvents:
    'the season (who may report: its programme) and its course catalogue, then ONE BatchGet of the batch’s applications (each its own partition), then one UpdateItem per event recorded (idempotent by event id)',
  importProgressCsv:
    'as reportProgressEvents: season, catalogue, ONE BatchGet of the file’s applications, then one UpdateItem per row recorded (a row never blocks another)',
  getApplicationEducation:
    'by design: the application (owner or staff scope), then its season’s catalogue and its progress item in parallel: three partitions; the programme’s shortlist rule comes from the catalogue cache',
  planReviewAssignments:
    'by design, per page of the stage: the season’s pool (a gsi1 Query per 100 experts), the pool’s profiles (ONE BatchGet per 100) and the page’s applicants’ profiles with their relations (neighbours in the applicant’s partition: ONE BatchGet per 50 applicants), the stage page (16 shard Queries) and one Query per application for the reviews and scores it holds; then one two-item transaction per assignment made (the review and the expert’s load), so capacity holds under concurrent runs',
  assignReviewer:
    'by design: the application with its programme and season (access, rubric, stage), the expert’s pool place and profile (availability, competences, conflicts) and the applicant’s profile and relations (conflicts; one BatchGet) are read together, the application’s reviews one Query; the write is ONE transaction (the review and the expert’s load)',
  getMyReview:
    'by design: the expert’s own review (which is the access check), then the application and its applicant’s profile for the blind view (one BatchGet with their relations, which the conflict check of a submission reads)',
  saveMyReviewDraft:
    'by design: the review (access), the application and the applicant’s profile (the rubric and its deadline come with the season), then one conditional Put',
  submitMyReview:
    'by design: as the draft, plus the expert’s profile for the conflict check; the write is one transaction (the review and, on the first submission, the expert’s progress); the last review of a rubric adds one Query of the application’s reviews and a Put of its score',
  listApplicationReviews:
    'by design: the application and its season’s programme for the staff scope, then ONE Query of the application’s partition for its reviews and scores (neighbours in it)',
  remindExperts:
    'by design: the season’s pool (a gsi1 Query per 100 experts), ONE BatchGet of the owing experts’ profiles (their addresses), then per expert one capped enqueue (a transaction: the mail and its per-season counter)',
  startScoreExport:
    'by design: the season and its programme for the staff scope (catalogue cache), then the run’s one Put; the export itself is its scoreExport execution’s work (row below): per page ONE shard Query of the season’s index, ONE Query per application for its reviews and scores, and one conditional checkpoint write',
  getScoreExport: 'by design: the season and its programme for the staff scope (catalogue cache), then ONE GetItem of the run',
  getScoreExportLink:
    'by design: the season and its programme for the staff scope (catalogue cache), then ONE GetItem of the run; the link is signed locally (no request)',
  unassignReviewer: 'by design: the application (staff scope), then ONE transaction: the review (unless submitted) and the expert’s load',
  saveInterviewEvent:
    'by design: the season and its programme (staff scope; the stage and rubric the event serves), the owner in the partner registry (it must be a registered federal ministry), the event at the version read, then ONE conditional UpdateItem that never touches the seats booked',
  listInterviewOptions:
    'by design: the application with its documents (ONE Query of its partition), the applicant’s profile, then ONE gsi1 Query of the events at its stage and place from now on',
  bookInterview:
    'by design: the application and its documents, the applicant’s profile, the event and the booking (point reads); the write is ONE transaction (the booking and the event’s seat); then the confirmation and the reminder, each a conditional Put in the mail queue',
  getMyInterview: 'by design: the application (ownership, stage) and its documents, the applicant’s profile, the booking, then its event',
  cancelInterviewBooking:
    'by design: as getMyInterview; the write is ONE transaction (the booking and the event’s seat), then the reminder is withdrawn (one conditional UpdateItem)',
  listMyInterviewEvents:
    'by design: for a partner’s person their organisation (GetItem: their claims checked against the registry: a panel of an organisation’s event sits for it), then ONE Query of the events they sit on',
  listEventRoster:
    'by design: the event (access), ONE gsi1 Query of its roster, then ONE BatchGet of the page’s applications and ONE of their applicants’ profiles (the name to check them in)',
  recordInterviewAttendance:
    'by design: the event (access) and the booking, ONE conditional Put of the booking; then per panel member their expert profile (conflicts) and one conditional Put of their scorecard, after the application with its applicant’s profile',
  cancelInterviewEvent: 'by design: the season (staff scope) and the event, then ONE conditional UpdateItem (only while nobody is booked)',
  saveInternshipOffer:
    'by design: the offer at the version read (whose it is, what an edit changes) and the host in the partner registry (it must be there; its name and kind go on the offer) are two partitions; the write is ONE conditional UpdateItem',
  approveInternshipOffer:
    'by design: the offer, then the host in the partner registry as it is now (approval checks it again); the write is ONE conditional UpdateItem',
  listInternshipOptions:
    'by design: the application (ownership, stage, track, region, preferred level; its programme from the catalogue cache), then ONE gsi1 Query of the approved offers of its level and region',
  getInternshipPreferences:
    'by design: the application (ownership, stage), its preferences in the stage, then ONE BatchGet of the chosen offers as they stand now',
  saveInternshipPreferences:
    'by design: the application, its preferences at the version read and ONE BatchGet of the chosen offers (each must be in the application’s list); the write is ONE transaction: the preferences, a check that the application is still in the stage, a Put per choice in its offer’s candidate pool and a Delete per choice dropped',
  listOfferCandidates:
    'by design: the offer with its host’s ranking (ONE Query of the offer’s partition), ONE gsi1 Query of its pool, ONE BatchGet of the page’s applications, then ONE Query per candidate of their stored scores (each in their own partition)',
  saveCandidateRanking:
    'by design: the offer with its ranking (ONE Query of the offer’s partition), then the offer’s whole pool (gsi1 Query, projected to the ids) that everyone ranked must be in; the write is ONE conditional Put',
  startInternshipMatchingRun:
    'by design: the season and its programme (staff scope; the catalogue cache, cold for a new season) are read first; the write is one transaction (the stage’s lock and the run); the run’s work is its execution’s (row below)',
  listInternshipMatchingOutcomes:
    'by design: the run (its chunk counts) and then one chunk of its report: a page is one GetItem of up to 200 lines, never a Query of the run’s partition',
  getMyPlacement:
    'by design: one Query of the application’s placements (its own partition) and one BatchGet of the offer (the offer’s partition) for its title, host and dates',
  answerMyPlacement:
    'by design: one Query of the application’s placements (ownership, version, deadline), the programme and season (cache), one BatchGet of the offer (the mails and the view), the host organisation (GetItem: its contacts) and one BatchGet of the applicant’s profile and consent state (whether the host may read their name); the write is ONE transaction (the placement, conditional on its version, status and deadline; the offer’s counters; the host’s mails, and a freed seat’s notice to staff, queued with it)',
  getPlacement:
    'by design: for a host’s person their organisation (GetItem: their claims checked against the registry), then the placement (GetItem, its application’s partition: the host’s organisation and the programme are on it) and one BatchGet of its offer',
  takePlacementStep:
    'by design: for a host’s person their organisation (GetItem: their claims checked against the registry); the placement (GetItem; host or staff scope), the programme and season (the catalogue cache: its pipeline and rubric), one BatchGet of the offer (the mail and the view) and of the applicant’s profile and consent state (their mail); the write is ONE transaction (the placement, conditional on its version and status, with the season’s started/completed counter and the applicant’s mail); a completion’s move starts the applicationTransition execution',
  getInternshipKpis: 'by design: the season and its programme (staff scope; cache) and one GetItem of the season’s counters',
  listSeasonPlacements:
    'by design: a partner’s list is their organisation (GetItem: their claims checked against the registry) and one Query of its index partition; staff’s reads the season and programme first (staff scope; cache)',
  listOrganisationReleases:
    'by design: the partner’s organisation (GetItem: their claims checked against the registry), ONE Query of its releases, ONE BatchGet of the page’s live facts (each person’s profile and consent state, each application, its interview scores: point reads, read live so a withdrawal or an erasure takes effect at once), then ONE BatchWrite of the page’s disclosure entries before anything is answered',
  getOrganisationRelease:
    'by design: the partner’s organisation (registry) and the release (GetItems), ONE BatchGet of its live facts, ONE BatchWrite of its disclosure entry before it is answered',
  listPartnerApiReleases:
    'by design: the machine client’s registry item and its organisation (GetItems: the token carries no organisation), then as listOrganisationReleases: ONE Query, ONE BatchGet of live facts, ONE BatchWrite of disclosures',
  getPartnerApiRelease:
    'by design: the machine client’s registry item, its organisation and the release (GetItems), ONE BatchGet of live facts, ONE BatchWrite of the disclosure entry',
  listMachineClients: 'by design: the organisation (it must exist) before ONE gsi1 Query of its clients',
  startReleaseExport:
    'by design: the partner’s organisation (registry), ONE Query per 100 of the season’s releases, ONE BatchGet of live facts per 100 keys, ONE BatchWrite per 25 disclosure entries (before the file is written), the file to S3, ONE conditional Put of the export’s record and one conditional Put per contact’s mail',
  listApplicationDisclosures:
    'by design: the application (staff scope; its programme from the catalogue cache) before ONE gsi1 Query of its log',
  listSeasonDisclosures:
    'by design: the season (staff scope; catalogue cache) and 16 shard Queries of the season’s log, merged newest first (hot-partition sharding, DISCLOSURE_SHARDS)',
  listApplicationReleases:
    'by design: the application (staff scope), then ONE Query of its release decisions (its partition), ONE gsi2 Query of its releases and ONE BatchGet of its person’s consent state (each release’s standing now), sent at once',
  placeMentorInPool:
    'by design: the season and its programme (staff scope; catalogue cache, cold here for a new season), the mentor’s profile (the facts the pool copies) and their place as it stands (tier and load) are read first; the write is ONE transaction: the place and, entering a tier, the tier’s counter conditioned on the programme’s size',
  listMentorPool: 'by design: the page is one Query of the pool index; how full each tier is, one GetItem of the season’s counter item',
  matchMentees:
    'by design: the agreement stage is read whole through the sharded stage index (16 Queries a page of 100), each page’s MENTORING items in one BatchGet, the pool one Query a page, the page’s project scores in one BatchGet and the proposed mentors’ profiles (their addresses) in one BatchGet; then one transaction per pair (the pair, the mentee’s live-pair guard, the mentor’s load, a check of the application’s stage) and the mentor’s mail (PutItem, once per pair); at most 2,000 mentees a call',
  pairMentee:
    'by design: staff scope (catalogue cache), the application (its stage) with its profile, the mentor’s place and profile; then ONE transaction (the pair, the mentee’s live-pair guard, the mentor’s load, the stage check) and the mentor’s mail (PutItem, once per pair)',
  getMentoringPair:
    'by design: the pair with its sessions is one Query of its partition; the letter is in the application’s partition (GetItem)',
  endMentoringPair:
    'by design: staff scope (catalogue cache), the pair, its application with the profile (the stage decides the way back); then ONE transaction (the pair, the mentee’s live-pair guard, the mentor’s load) and the mail to the mentor (their profile, one PutItem); a mentee sent back to the agreement stage adds their mail and the move, decided before its execution starts',
  listMyMentees: 'by design: one Query of the mentor’s pairs, then ONE BatchGet of the page’s mentees’ profiles for their names',
  getMyMentoringPair:
    'by design: the pair (ownership), then its application and the applicant’s profile, each in its own partition (the catalogue from the cache)',
  respondToMentoringProposal:
    'by design: the pair, its application and the profile are read (three partitions); the agreement is ONE conditional PutItem of the pair; the mentoring relation is recorded (a BatchGet of the mentee’s profile for the address, one UpdateItem ADD on their relations item); the move is decided before its execution starts (one Query of the application with its documents, the consent state), and made by that execution',
  getApplicationMentoring:
    'by design: the application (ownership) with its applicant’s profile, its MENTORING item (the live pair), the pair and the mentor’s profile: four partitions, GetItems sent as each answer names the next',
  respondToMentoringInvitation:
    'by design: as reading the mentee’s pair (application, profile, MENTORING item, pair, mentor’s profile), then ONE conditional PutItem of the pair, and the move decided before its execution starts (one Query of the application with its documents, the consent state)',
  listApplicationMentoringSessions:
    'by design: the application (ownership) with its profile and its MENTORING item (sent at once), then the pair with its sessions in one Query of its partition',
  completeMentoring:
    'by design: the pair, its application and profile (three partitions), ONE conditional PutItem of the pair, and the move decided before its execution starts (one Query of the application with its documents, the consent state)',
  saveRecommendationLetter:
    'by design: the pair (ownership) and the letter (the application’s partition), ONE conditional PutItem of the letter; signing it off then reads the application, the mentee’s profile and the mentor’s profile for the mentee’s mail (PutItem, once per letter)',
  getMyRecommendationLetter: 'by design: the pair (ownership) and the letter, in the application’s partition',
  getApplicationRecommendationLetter:
    'by design: the application (ownership) with its profile, the letter (the application’s partition) and the mentor’s profile for their name',
  listMyCertificates:
    'by design: one Query of the holder’s own certificates, then ONE BatchGet of the page’s applications’ letter items (which have a final letter to download)',
  getMyRecommendationLetterPdf:
    'by design: the certificate (ownership) by GetItem; at the first download the final letter and its mentor’s profile (two GetItems) to render the PDF, which is kept in S3 (HeadObject tells a later download), then a presigned link',
  listSeasonCertificates:
    'by design: the staff scope reads the season and its programme through the catalogue cache (cold here: the bench seeds a new season; a warm container reads neither), then ONE Query of the season’s certificates',
  revokeCertificate:
    'by design: the certificate (GetItem; the staff scope from the catalogue cache), ONE conditional PutItem of the revoked record (the whole record, its credential included: most of the write units), then the status list: an UpdateItem ADD of its index to the list’s revoked set, and the republishing, which reads the list (GetItem), records the revision it published (conditional UpdateItem) and reads the list again so a revocation that came in meanwhile is published too; the date and the signed list go to the verification site (S3)',
  getFunnelReport:
    'by design: the season and its programme through the catalogue cache (cold here), then the season’s counters: one Query per counter shard (16), however many applications the season has',
  getBreakdownReport:
    'by design: the season and its programme through the catalogue cache (cold here), then the season’s counters: one Query per counter shard (16), however many applications the season has',
  getTimeInStageReport:
    'by design: the season and its programme through the catalogue cache (cold here), then the season’s counters: one Query per counter shard (16), however many applications the season has',
  getKpiReport:
    'by design: the season and its programme (catalogue cache, cold here), the counters (one Query per shard), and only the facts a KPI is measured by, sent at once: the season’s approved offers (their hosts; a Query a page of offers), the reported actuals (one Query of the season’s partition), the placements’ KPI item or the mentor pool’s tier item (one GetItem each)',
  putKpiActual:
    'by design: the season and its programme through the catalogue cache (cold here; a warm container reads neither) for the staff scope and the KPI’s measure, then one PutItem',
  startCounterRebuild:
    'by design: the staff scope (the season and its programme), the 16 shards’ STATE in one BatchGet (is a rebuild running, which generation is next), then ONE transaction: the season’s rebuild lock, the run, and every shard’s STATE pointed at the new generation; the counting itself is the schedule’s rebuilder’s',
  getCounterRebuild: 'by design: the staff scope (the season and its programme), then the run (GetItem)',
  requestMyErasure:
    'by design: what is held about the person, read at once (profile GetItem, their applications’ and certificates’ index Queries, one item of their partition), the digests’ salt (GetItem, once per container), then ONE transaction: the request and the person’s one-request guard; the erasing is the schedule’s eraser’s',
  getMyErasureRequest:
    'by design: the request (GetItem), then the digests’ salt (GetItem, once per container) to match the caller once the subject is gone',
  requestApplicantErasure:
    'by design: what is held about the person, read at once (profile GetItem, their applications’ and certificates’ index Queries, one item of their partition: the staff scope is their programmes), the salt (once per container), then ONE transaction: the request and the person’s guard',
  getMyDataExport:
    'by design: everything held about the person, read live through each owning module: the throttle’s window (one conditional UpdateItem, their own partition) first, then the profile, consents, certificates and disclosures (their partitions and index entries) and the application list at once, then per application its dossier (one Query), consent state, team, learning, reviews with scores (one Query), bookings per stage visited, placements and mentoring; a person has a few applications, so some tens of requests, once in a while (five an hour)',
  registerWebhookEndpoint:
    'by design: the programme (GetItem: it must exist), the programme’s endpoints (ONE Query of its small gsi1 partition: at most 10 per owner), then the endpoint’s conditional PutItem',
  replaceWebhookEndpoint:
    'by design: the endpoint (GetItem: who manages it, its version), then ONE conditional UpdateItem of the owner’s fields',
  removeWebhookEndpoint: 'by design: the endpoint (GetItem: who manages it), then ONE conditional DeleteItem on its version',
  rotateWebhookSecret:
    'by design: the endpoint (GetItem: who manages it, its current secret), then ONE conditional UpdateItem with both secrets',
  resumeWebhookEndpoint:
    'by design: the endpoint (GetItem), ONE conditional UpdateItem (paused to active), then the held deliveries (ONE Query of the sparse held index, an UpdateItem each); here it is not paused: 409 after the GetItem',
  sendTestWebhookDelivery:
    'by design: the endpoint (GetItem), the delivery’s conditional PutItem, then the delivery read back (GetItem) for the answer',
  listWebhookDeliveries:
    'by design: the endpoint (GetItem: who manages it), then ONE Query per shard of its delivery log (4, gsi2, newest first, merged): the shards take a deadline’s fan-out to one endpoint',
  getWebhookDelivery: 'by design: the endpoint (GetItem: who manages it), then the delivery (GetItem)',
  redeliverWebhookDelivery:
    'by design: the endpoint (GetItem), ONE conditional UpdateItem queuing the delivery again, then the delivery read back (GetItem); here it is still queued: the refused update and a GetItem to say why (409)',
};
