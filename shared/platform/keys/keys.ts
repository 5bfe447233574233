import { createHash } from 'node:crypto';
import type { IndexName } from '../data/table-definition.ts';

/**
 * THE key builders: every entity's keys, and the tag that names its kind (ENTITY), are assembled
 * here and nowhere else.
 *
 * Access patterns (pattern -> index -> key condition):
 *
 * | pattern                                  | index | key condition                                                   |
 * | ---------------------------------------- | ----- | --------------------------------------------------------------- |
 * | programme by id                          | table | pk = PROGRAMME#<programmeId>, sk = PROGRAMME                    |
 * | all programmes, by id                    | gsi1  | gsi1pk = PROGRAMMES                                             |
 * | season by id (public and staff)          | table | pk = SEASON#<seasonId>, sk = SEASON                             |
 * | seasons of a programme, oldest first     | gsi1  | gsi1pk = PROGRAMME#<programmeId>#SEASONS                        |
 * | open seasons, in calendar order          | gsi2  | gsi2pk = SEASONS#OPEN (sparse: only open seasons carry it)      |
 * | workflow failures of a season            | table | pk = SEASON#<seasonId>, sk begins_with WORKFLOW_FAILURE#        |
 * | a queued (or sent, or failed) mail by id  | table | pk = MAIL#<mailId>, sk = MAIL (the id is the mail's idempotency key) |
 * | due mails of a queue, oldest first       | gsi1  | gsi1pk = MAILQ#<queue>#S<shard>, gsi1sk <= <now>… (sk = <notBefore>#<mailId>; |
 * |                                          |       |   sparse: only queued mails carry it; every shard, merged)      |
 * | a season's undeliverable mails, oldest   | gsi1  | gsi1pk = SEASON#<seasonId>#MAIL_FAILED (sparse: failed mails only) |
 * | a mail cap's counter (e.g. reminders per | table | pk = MAILCAP#<counterId>, sk = MAILCAP                          |
 * |   person per season)                     |       |                                                                 |
 * | mails sent in one second of a queue      | table | pk = MAILRATE#<queue>#<epochSecond>, sk = MAILRATE (TTL)        |
 * | the one-drainer-at-a-time lease          | table | pk = MAILDRAIN#<queue>, sk = LEASE                              |
 * | an applicant's profile                   | table | pk = APPLICANT#<sub>, sk = PROFILE                              |
 * | an applicant's consents, oldest first    | table | pk = APPLICANT#<sub>, sk begins_with CONSENT#                   |
 * | an applicant's consent state (projection)| table | pk = APPLICANT#<sub>, sk = CONSENT_STATE                        |
 * | consents and their state in one Query    | table | pk = APPLICANT#<sub>, sk BETWEEN CONSENT# AND CONSENT_STATE     |
 * | profile and consent state of a person    | table | BatchGet of PROFILE and CONSENT_STATE                           |
 * | consent states of a page of applicants   | table | BatchGet of CONSENT_STATE keys                                  |
 * | the people an applicant was in a team or  | table | pk = APPLICANT#<sub>, sk = RELATIONS (one string set of related   |
 * |   mentoring pair with, any season (added, |       |   people's digests with kind, season and team; ADD only)        |
 * |   never removed; conflicts of interest)   |       |                                                                 |
 * | profile and relations of a page of        | table | BatchGet of PROFILE and RELATIONS keys                          |
 * |   applicants (an assignment run)          |       |                                                                 |
 * | one application per applicant per season | table | pk = APPLICANT#<sub>, sk = SEASON_APPLICATION#<seasonId> (guard)|
 * | an applicant's applications, newest last | gsi1  | gsi1pk = APPLICANT#<sub>#APPLICATIONS                           |
 * | application by id                        | table | pk = APPLICATION#<applicationId>, sk = APPLICATION              |
 * | an application's history, in order       | table | pk = APPLICATION#<applicationId>, sk begins_with HISTORY#       |
 * | an application's documents, a page       | table | pk = APPLICATION#<applicationId>, sk begins_with DOCUMENT#      |
 * |   (an expert's: filtered to verified)    |       |                                                                 |
 * | an application's upload forms not yet    | table | pk = APPLICATION#<applicationId>, sk = UPLOAD_FORMS (string     |
 * |   confirmed (the caps' one item)         |       |   sets per application and per requirement; TTL; after HISTORY#) |
 * | upload forms a caller asked for in one   | table | pk = UPLOADRATE#<sub>#<windowStart>, sk = UPLOADRATE (TTL)      |
 * |   window (the per-caller throttle)       |       |                                                                 |
 * | application with history and documents   | table | pk = APPLICATION#<applicationId> (one Query of the partition)   |
 * | application with documents, without      | table | pk = APPLICATION#<applicationId>, sk < HISTORY#                 |
 * |   history                                |       |   (APPLICATION < DOCUMENT#… < HISTORY#…)                        |
 * | a season's course catalogue (education)  | table | pk = SEASON#<seasonId>, sk = COURSES                            |
 * | an application's learning progress       | table | pk = APPLICATION#<applicationId>, sk = PROGRESS#EDUCATION       |
 * |   (one item: course-id sets + applied    |       |   (sorts after HISTORY#, so the dossier without history skips   |
 * |   event ids; O(1) completion read)       |       |   it)                                                           |
 * | progress of a gate page's applications   | table | BatchGet of PROGRESS#EDUCATION keys (with the season's COURSES) |
 * | an application's failed transitions      | table | pk = APPLICATION#<applicationId>, sk begins_with TRANSITION_FAILURE# |
 * | an application's pending effects         | table | pk = APPLICATION#<applicationId>, sk begins_with PENDING_EFFECT# |
 * | a cohort gate's run (checkpoint+progress) | table | pk = SEASON#<seasonId>, sk = GATE_RUN#<gateRunId>                 |
 * | a cohort gate's one-run-at-a-time lock   | table | pk = SEASON#<seasonId>, sk = GATE#<from>#<to>                   |
 * | running gates, every season (reconciler)  | gsi1  | gsi1pk = GATES#RUNNING (sparse: only a HELD lock carries it)    |
 * | a season's calendar jobs (staff)          | table | pk = SEASON#<seasonId>, sk begins_with CALENDAR_JOB#            |
 * | calendar jobs due by now, every season    | gsi1  | gsi1pk = CALENDAR#DUE, gsi1sk <= <now>~ (sparse: only pending)  |
 * | a season's project teams, by id (staff)   | table | pk = SEASON#<seasonId>, sk begins_with TEAM#                    |
 * | a project team by id                     | table | pk = SEASON#<seasonId>, sk = TEAM#<teamId>                      |
 * | an application's team: the one-team-per-  | table | pk = APPLICATION#<applicationId>, sk = TEAM (guard written in   |
 * |   season guard (an application is of one |       |   the team's transaction; after HISTORY#, so the dossier        |
 * |   season), read by the `team` guard      |       |   without history skips it)                                     |
 * | a gate's page of a stage, per shard      | gsi2  | gsi2pk = SEASON#<seasonId>#S<shard>, sk begins_with STAGE#<stage># after the run's checkpoint |
 * | an expert's profile (competences, places, | table | pk = EXPERT#<sub>, sk = PROFILE                                 |
 * |   declared conflicts)                    |       |                                                                 |
 * | an expert's place in a season's pool     | table | pk = EXPERT#<sub>, sk = POOL#<seasonId> (capacity, load: the    |
 * |   (capacity and load, one item each, so  |       |   assignments of a run spread over the experts' partitions)     |
 * |   a run's writes spread)                 |       |                                                                 |
 * | a season's expert pool, by expert        | gsi1  | gsi1pk = SEASON#<seasonId>#EXPERT_POOL, gsi1sk = <sub>          |
 * | an expert's review of an application on a | table | pk = APPLICATION#<applicationId>, sk = REVIEW#<expertSub>#<rubricId> |
 * |   rubric (the assignment, then scores)   |       |   (after HISTORY#: the dossier without history skips reviews)   |
 * | is an expert assigned to an application  | table | pk = APPLICATION#<applicationId>, sk begins_with REVIEW#<expertSub># (Limit 1) |
 * | an application's reviews (staff)          | table | pk = APPLICATION#<applicationId>, sk begins_with REVIEW#        |
 * | an expert's reviews in a season           | gsi1  | gsi1pk = EXPERT#<sub>#REVIEWS#<seasonId>, gsi1sk = <rubricId>#<applicationId> |
 * | an application's score on a rubric        | table | pk = APPLICATION#<applicationId>, sk = SCORE#<rubricId>          |
 * | an application's reviews and scores       | table | pk = APPLICATION#<applicationId>, sk BETWEEN REVIEW# AND SCORE$ |
 * |   (staff; an assignment run), one Query   |       |   (nothing else sorts between them)                             |
 * | an interview event (its seats: `booked`   | table | pk = INTERVIEW_EVENT#<seasonId>#<eventId>, sk = EVENT (a partition |
 * |   against `capacity`)                    |       |   per event: a booking rush on one event touches nobody else)   |
 * | a season's interview events, by stage,   | gsi1  | gsi1pk = SEASON#<seasonId>#INTERVIEW_EVENTS, gsi1sk =           |
 * |   place (district, online, recorded) and |       |   <stage>#<place>#<startsAt UTC>#<eventId>; an applicant's      |
 * |   start                                  |       |   options are the prefix <stage>#<place># from now on           |
 * | an application's interview booking in a  | table | pk = APPLICATION#<applicationId>, sk = INTERVIEW#<stage> (one   |
 * |   stage (one per stage by its key)       |       |   per stage; after HISTORY#, so the dossier skips it)           |
 * | an event's roster                         | gsi1  | gsi1pk = INTERVIEW_EVENT#<seasonId>#<eventId>#BOOKINGS, gsi1sk = |
 * |                                          |       |   <applicationId> (sparse: a cancelled booking drops out)       |
 * | a review assignment run (cursor+progress) | table | pk = SEASON#<seasonId>, sk = REVIEW_ASSIGNMENT_RUN#<runId>       |
 * | its one-run-at-a-time lock per stage and  | table | pk = SEASON#<seasonId>, sk = REVIEW_ASSIGNMENT_LOCK#<stage>#<rubricId> |
 * |   rubric                                 |       |                                                                 |
 * | running review assignment runs, every     | gsi1  | gsi1pk = REVIEW_ASSIGNMENTS#RUNNING, gsi1sk = <seasonId>#<runId> |
 * |   season (the calendar's reconciler)     |       |   (sparse: only a HELD lock carries it)                         |
 * | a season's review assignment runs,       | gsi1  | gsi1pk = SEASON#<seasonId>#REVIEW_ASSIGNMENT_RUNS, gsi1sk =     |
 * |   newest first                           |       |   <startedAt>#<runId>                                           |
 * | a season's score export (run, checkpoint  | table | pk = SEASON#<seasonId>, sk = SCORE_EXPORT#<exportId> (TTL)       |
 * |   and report; staff)                     |       |                                                                 |
 * | an export's page of a season, per shard   | gsi2  | gsi2pk = SEASON#<seasonId>#S<shard> [, sk begins_with STAGE#<stage>#] after the run's checkpoint |
 * | a partner organisation by id              | table | pk = PARTNER_ORG#<organisationId>, sk = PARTNER_ORG              |
 * | partner organisations by region and kind  | gsi1  | gsi1pk = PARTNER_ORGS, gsi1sk = <region or FEDERAL>#<kind>#<id>  |
 * |   (a region's youth-policy body: prefix)  |       |   (one partition: thousands of records, written by staff)       |
 * |   (staff: by kind alone)                  | gsi1  |   the whole partition, filtered on kind (a page may hold fewer)  |
 * | an internship offer (seats, host, level,  | table | pk = INTERNSHIP_OFFER#<seasonId>#<offerId>, sk = OFFER (a        |
 * |   status)                                |       |   partition per offer, as an interview event has)               |
 * | a season's offers by status, level and   | gsi1  | gsi1pk = SEASON#<seasonId>#INTERNSHIP_OFFERS, gsi1sk =          |
 * |   region (staff; an applicant's list is  |       |   <status>#<level>#<region or ->#<offerId>; an applicant's list |
 * |   the prefix approved#<level>#[<region>#])|       |   and a matching run's receivers are prefixes of it             |
 * | a host organisation's offers in a season  | gsi2  | gsi2pk = SEASON#<seasonId>#INTERNSHIP_HOST#<organisationId>,     |
 * |                                          |       |   gsi2sk = the same sort key as gsi1                            |
 * | a host's ranking of an offer's candidates | table | pk = INTERNSHIP_OFFER#<seasonId>#<offerId>, sk = RANKING (kept  |
 * |   and whether it takes unranked ones     |       |   off the lists, which project every attribute)                 |
 * | an application's ranked offers in an      | table | pk = APPLICATION#<applicationId>, sk =                          |
 * |   internship stage                       |       |   INTERNSHIP_PREFERENCES#<stage> (after HISTORY#)               |
 * | a stage's preferences, per shard (a      | gsi1  | gsi1pk = SEASON#<seasonId>#INTERNSHIP_PREFERENCES#<stage>#S<shard>, |
 * |   matching run's proposers)              |       |   gsi1sk = <applicationId> (every shard)                        |
 * | one choice of an application (its rank)  | table | pk = APPLICATION#<applicationId>, sk =                          |
 * |                                          |       |   INTERNSHIP_CHOICE#<stage>#<offerId> (after HISTORY#)          |
 * | an offer's candidate pool (who ranked it) | gsi1  | gsi1pk = INTERNSHIP_OFFER#<seasonId>#<offerId>#CANDIDATES,       |
 * |                                          |       |   gsi1sk = <applicationId>                                      |
 * | an internship matching run (phase,       | table | pk = SEASON#<seasonId>, sk = INTERNSHIP_MATCHING_RUN#<runId>     |
 * |   cursor, counts)                        |       |                                                                 |
 * | its one-run-at-a-time lock per stage      | table | pk = SEASON#<seasonId>, sk = INTERNSHIP_MATCHING_LOCK#<stage>   |
 * | running matching runs, every season       | gsi1  | gsi1pk = INTERNSHIP_MATCHING#RUNNING, gsi1sk = <seasonId>#<runId> |
 * |   (the calendar's reconciler)            |       |   (sparse: only a HELD lock carries it)                         |
 * | a season's matching runs, newest first    | gsi1  | gsi1pk = SEASON#<seasonId>#INTERNSHIP_MATCHING_RUNS, gsi1sk =   |
 * |                                          |       |   <startedAt>#<runId>                                           |
 * | a matching run's chunks (inputs, result,  | table | pk = INTERNSHIP_MATCHING#<runId>, sk = <PART>#<00000> (a       |
 * |   explanations), in order per part       |       |   partition per run; inputs expire, the report stays)          |
 * | an application's placements (its own view)| table | pk = APPLICATION#<applicationId>, sk begins_with PLACEMENT#     |
 * | a placement by application and id         | table | pk = APPLICATION#<applicationId>, sk = PLACEMENT#<placementId>  |
 * | the one-held-placement-per-stage guard    | table | pk = APPLICATION#<applicationId>, sk = PLACEMENT_HELD#<stage>   |
 * |   (held while a placement keeps its seat)  |       |   (BatchGet per page of a later round)                          |
 * | the offers an application declined or let | table | pk = APPLICATION#<applicationId>, sk = PLACEMENT_REFUSED#<stage> |
 * |   expire in a stage (later rounds skip them)|     |   (BatchGet per page of a run)                                  |
 * | a season's placements, by offer           | gsi2  | gsi2pk = SEASON#<seasonId>#PLACEMENTS, gsi2sk = <offerId>#<applicationId> |
 * | a host organisation's placements         | gsi3  | gsi3pk = SEASON#<seasonId>#ORG#<organisationId>#PLACEMENTS,     |
 * |                                          |       |   gsi3sk = <offerId>#<applicationId>                            |
 * | placements awaiting an answer, by answer  | gsi1  | gsi1pk = PLACEMENTS#AWAITING_ANSWER, gsi1sk = <respondBy>#<placementId> |
 * |   deadline, every season (expiry)        |       |   (sparse: only an `offered` placement carries it)              |
 * | a season's internship KPI counters        | table | pk = SEASON#<seasonId>, sk = INTERNSHIP_KPI                     |
 * | a season's KPI actuals staff reported     | table | pk = SEASON#<seasonId>, sk begins_with KPI_ACTUAL# (sk =        |
 * |   (one per KPI and period; replaced)      |       |   KPI_ACTUAL#<kpiId>#<season or quarter>)                       |
 * | a data release by id (a grant to read a   | table | pk = RELEASE#<releaseId>, sk = RELEASE (TTL at its expiry; no personal |
 * |   finalist's consented fields)           |       |   data in it: the fields are read live at each read)            |
 * | an organisation's releases, newest first | gsi1  | gsi1pk = PARTNER_ORG#<organisationId>#RELEASES, gsi1sk = <releasedAt>#<releaseId> |
 * | an application's releases (staff)        | gsi2  | gsi2pk = APPLICATION#<applicationId>#RELEASES, gsi2sk = <releasedAt>#<releaseId> |
 * | an organisation's releases of a season   | gsi3  | gsi3pk = PARTNER_ORG#<organisationId>#RELEASES#<seasonId>, gsi3sk = <releasedAt>#<releaseId> |
 * | what a release effect decided, per move  | table | pk = APPLICATION#<applicationId>, sk = RELEASE_DECISION#<version>#<purpose> |
 * |   and purpose (released, or why not)     |       |   (after HISTORY#, so the dossier without history skips it)     |
 * | a person's disclosures, newest first     | table | pk = APPLICANT#<sub>, sk begins_with DISCLOSURE# (append-only, TTL) |
 * | an application's disclosures (staff)     | gsi1  | gsi1pk = APPLICATION#<applicationId>#DISCLOSURES, gsi1sk = <at>#<entryId> |
 * | a season's disclosures, newest first     | gsi2  | gsi2pk = SEASON#<seasonId>#DISCLOSURES#S<shard>, gsi2sk = <at>#<entryId> (every shard, merged) |
 * | a machine client's organisation          | table | pk = MACHINE_CLIENT#<clientId>, sk = MACHINE_CLIENT             |
 * | an organisation's machine clients        | gsi1  | gsi1pk = PARTNER_ORG#<organisationId>#MACHINE_CLIENTS, gsi1sk = <clientId> |
 * | a release export (its file, its link's   | table | pk = RELEASE_EXPORT#<exportId>, sk = RELEASE_EXPORT (TTL)       |
 * |   secret digest, downloads)              |       |                                                                 |
 * | a mentor's profile (spheres, region,      | table | pk = MENTOR#<sub>, sk = PROFILE                                 |
 * |   languages, capacity, bio)              |       |                                                                 |
 * | a mentor's place in a season's pool      | table | pk = MENTOR#<sub>, sk = POOL#<seasonId> (tier, capacity, load:   |
 * |   (a pairing moves its load)             |       |   the pairs of a matching spread over the mentors' partitions)  |
 * | a season's mentor pool, by mentor        | gsi1  | gsi1pk = SEASON#<seasonId>#MENTOR_POOL, gsi1sk = <sub>          |
 * | how many of a season's pool each tier     | table | pk = SEASON#<seasonId>, sk = MENTOR_POOL (counters moved in the  |
 * |   holds (main, reserve)                  |       |   placement's own transaction, held under the programme's sizes) |
 * | a mentoring pair (mentor and mentee)     | table | pk = MENTORING_PAIR#<pairId>, sk = PAIR                         |
 * | a pair with its sessions, one Query      | table | pk = MENTORING_PAIR#<pairId> (PAIR < SESSION#…)                  |
 * | a pair's sessions, by date               | table | pk = MENTORING_PAIR#<pairId>, sk begins_with SESSION#            |
 * | a mentor's pairs in a season             | gsi1  | gsi1pk = MENTOR#<sub>#PAIRS, gsi1sk begins_with <seasonId>#       |
 * | a season's pairs [by status] (staff)     | gsi2  | gsi2pk = SEASON#<seasonId>#MENTORING_PAIRS, gsi2sk begins_with   |
 * |                                          |       |   <status>#                                                     |
 * | an application's mentoring: its live pair | table | pk = APPLICATION#<applicationId>, sk = MENTORING (one live pair, |
 * |   and the mentors who declined it        |       |   written in the pair's transaction; after HISTORY#)            |
 * | mentoring of a page of mentees (matching) | table | BatchGet of MENTORING keys                                      |
 * | an application's recommendation letter   | table | pk = APPLICATION#<applicationId>, sk = RECOMMENDATION_LETTER    |
 * |   (one per application; the certificates |       |   (after HISTORY#)                                              |
 * |   read the final one)                    |       |                                                                 |
 * | a certificate by id                      | table | pk = CERTIFICATE#<certificateId>, sk = CERTIFICATE              |
 * | an application's certificate of one       | table | pk = APPLICATION#<applicationId>, sk = ISSUED_CERTIFICATE#<achievementId> |
 * |   achievement (issued once; after HISTORY#) |     |   (the certificate's id, written in its request's transaction)  |
 * | a holder's certificates, oldest first    | gsi1  | gsi1pk = APPLICANT#<sub>#CERTIFICATES, gsi1sk = <requestedAt>#<id> |
 * | a season's certificates (staff)          | gsi2  | gsi2pk = SEASON#<seasonId>#CERTIFICATES, gsi2sk = <requestedAt>#<id> |
 * | certificates waiting to be issued        | gsi3  | gsi3pk = CERTIFICATES#REQUESTED#S<shard>, gsi3sk = <requestedAt>#<id> |
 * |                                          |       |   (sparse: only `requested` ones carry it; every shard, merged) |
 * | a sequence (certificate numbers per       | table | pk = SEQUENCE#<name>, sk = SEQUENCE (ADD 1 answers the next)    |
 * |   programme and year, status list slots) |       |                                                                 |
 * | a revocation status list's revoked slots | table | pk = STATUS_LIST#<listId>, sk = STATUS_LIST (a number set, ADDed; |
 * |   and what was last published            |       |   `revision` counts changes, `published` the last one out)      |
 * | every status list (few: one per 131,072  | gsi1  | gsi1pk = STATUS_LISTS, gsi1sk = <listId, zero-padded>           |
 * |   certificates), for republishing        |       |                                                                 |
 * | the one-issuer-at-a-time lease           | table | pk = CERTIFICATE_ISSUER, sk = LEASE                             |
 * | every key the issuer has signed with     | table | pk = CERTIFICATE_ISSUER, sk = KEYS (a map: key id -> public JWK) |
 * | staff: a season's applications by stage  | gsi2  | gsi2pk = SEASON#<seasonId>#S<shard>, sk begins_with STAGE#<stage>#[TRACK#<track>#] (every shard) |
 * | staff: … by region [and stage]           | gsi3  | gsi3pk = SEASON#<seasonId>#REGION#<code>#S<shard>, sk begins_with STAGE#<stage># (every shard) |
 * | staff: … by track [and stage]            | gsi4  | gsi4pk = SEASON#<seasonId>#TRACK#<track>#S<shard>, sk begins_with STAGE#<stage># (every shard) |
 * | a season's counters: a shard's state      | table | pk = SEASON#<seasonId>#COUNTS#S<shard>, sk = STATE (generation read, generation written) |
 * | a shard's counters of one generation      | table | pk = SEASON#<seasonId>#COUNTS#S<shard>, sk begins_with G<generation># (every shard, merged) |
 * |   (per region and stage; per region for   |       |   sk = G<generation>#STAGE#<region>#<stage> or G<generation>#EVENT#<region> |
 * |   events), moved in each write's own tx   |       |                                                                 |
 * | a counter rebuild run (cursor per shard)  | table | pk = SEASON#<seasonId>, sk = COUNTER_REBUILD#<runId>            |
 * | its one-rebuild-per-season lock           | table | pk = SEASON#<seasonId>, sk = COUNTER_REBUILD_LOCK               |
 * | running counter rebuilds, every season    | gsi1  | gsi1pk = COUNTER_REBUILDS#RUNNING, gsi1sk = <seasonId>#<runId> (sparse: a held lock) |
 * | the one-rebuilder-at-a-time lease         | table | pk = COUNTER_REBUILDER, sk = LEASE                              |
 * | an erasure request (its checkpoint, what  | table | pk = ERASURE_REQUEST#<requestId>, sk = ERASURE_REQUEST          |
 * |   was removed; the audit that stays)     |       |                                                                 |
 * | erasure requests, newest first (staff)    | gsi1  | gsi1pk = ERASURE_REQUESTS, gsi1sk = <requestedAt>#<requestId>   |
 * | erasures not finished yet (the eraser)    | gsi2  | gsi2pk = ERASURES#OPEN, gsi2sk = <requestedAt>#<requestId> (sparse) |
 * | a person's one erasure request            | table | pk = ERASURE_SUBJECT#<salted digest>, sk = ERASURE_SUBJECT      |
 * | the salt of the subjects' digests         | table | pk = ERASURE, sk = SALT                                         |
 * | disclosures of an erased person (kept:    | table | pk = ERASED#<requestId>, sk begins_with DISCLOSURE# (moved out  |
 * |   who received which fields when)        |       |   of APPLICANT#<sub>; the season's gsi2 entry kept)             |
 * | the one-eraser-at-a-time lease            | table | pk = ERASER, sk = LEASE                                         |
 * | own-data exports a person asked for in    | table | pk = EXPORTRATE#<sub>#<windowStart>, sk = EXPORTRATE (TTL)      |
 * |   one window (the per-person throttle)    |       |                                                                 |
 * | a webhook endpoint (url, event types,     | table | pk = WEBHOOK_ENDPOINT#<endpointId>, sk = ENDPOINT              |
 * |   secrets, owner, pause state)           |       |                                                                 |
 * | a programme's webhook endpoints [of one   | gsi1  | gsi1pk = PROGRAMME#<programmeId>#WEBHOOK_ENDPOINTS, gsi1sk =    |
 * |   partner organisation] (the fan-out)    |       |   STAFF#<endpointId> or ORG#<organisationId>#<endpointId>       |
 * | one delivery of an event to an endpoint  | table | pk = WEBHOOK_DELIVERY#<endpointId>#<eventId>, sk = DELIVERY (a   |
 * |   (put once: a repeated event is no-op)  |       |   partition per delivery: a fan-out's writes spread)            |
 * | due webhook deliveries, oldest first     | gsi1  | gsi1pk = WEBHOOKQ#S<shard>, gsi1sk < <now>$ (sk = <notBefore>#   |
 * |                                          |       |   <endpointId>#<eventId>; sparse: queued only; every shard)     |
 * | an endpoint's delivery log, newest first | gsi2  | gsi2pk = WEBHOOK_ENDPOINT#<endpointId>#DELIVERIES#S<shard>,     |
 * |                                          |       |   gsi2sk = <createdAt>#<eventId> (4 shards, merged)             |
 * | a paused endpoint's held deliveries      | gsi3  | gsi3pk = WEBHOOK_ENDPOINT#<endpointId>#HELD (sparse: held only) |
 * | the one-dispatcher-at-a-time lease       | table | pk = WEBHOOK_DISPATCHER, sk = LEASE                             |
 *
 * Low-cardinality partition keys, and why they are acceptable here: `PROGRAMMES` and
 * `SEASONS#OPEN` each hold every item of their kind in one index partition. There are a handful
 * of programmes and at most tens of open seasons, written a few times a year by staff, so these
 * partitions never approach 1,000 writes/s; reads are one small Query. Applications (millions per
 * season, 1,000 submissions/s at a deadline) never use such a key: their season, region and track
 * index keys carry a shard suffix taken from a hash of the application id, so the writes of a
 * deadline spread over APPLICATION_SHARDS partitions per index and a staff list queries every
 * shard and merges. A stage change rewrites the index entry inside the same partition (the stage
 * is in the sort key), so a submission costs its shard two index writes, not a hot stage partition.
 *
 * Learning progress (100k participants × ~30 events, most of them bunched after a live broadcast
 * ends): every event is ONE conditional UpdateItem of its own application's progress item (the
 * event id and course id join string sets; the condition refuses a replayed event id or a course
 * already recorded), so the burst spreads over as many partitions as there are participants and
 * no event touches a season-wide item. There is deliberately no per-season counter: "how many
 * attended broadcast X" is a report, not a hot key. Completion is one GetItem of that item plus
 * the season's catalogue (read once per request). Whether an application is shortlisted is never
 * stored: the `shortlist` guard computes it from the progress item and the catalogue as they are
 * when it decides (a stored marker went stale the moment staff added a course); a gate's page reads
 * the catalogue once and the page's progress items in one BatchGetItem. Earlier versions wrote a
 * marker item (pk = APPLICATION#<id>, sk = SHORTLIST, entity `shortlistMarker`); nothing reads one
 * left behind, and the partition's readers skip entities they do not know.
 *
 * Internships (10,000 applicants × 1,000 offers a season, a million applicants a season across the
 * platform): offers are written by hosts and staff, a few thousand a season, so the season's offer
 * list is one index partition, read a page at a time. Preferences are written by applicants, up to
 * 1,000 saves/s near a stage's deadline: each save is one transaction in the applicant's own
 * partition, indexed per stage over APPLICATION_SHARDS shards (a matching run reads every shard),
 * plus one small entry per choice in the chosen offer's candidate pool. A pool's partition takes at
 * most as many writes as there are people choosing that one offer at once, which its seats and the
 * ranking limit keep far below a partition's 1,000 writes/s.
 *
 * `GATES#RUNNING`, `REVIEW_ASSIGNMENTS#RUNNING` and `CALENDAR#DUE` are single index partitions on
 * purpose: a held gate or review assignment lock and a
 * pending calendar job are a handful per season (one per gate run at a time; a few windows with
 * one gate and two or three reminders each), written when a season opens and when a job or run
 * starts and ends, so even every season of every programme together is a few writes a minute.
 * The once-a-minute calendar tick reads each with one small Query instead of scanning seasons.
 */

export interface TableKeys {
  readonly pk: string;
  readonly sk: string;
}

/**
 * The `entity` attribute of every item: which kind of item it is, in camelCase. A reader of a
 * partition that holds several kinds (an application's, an applicant's) tells them apart by it, and
 * a person looking at the table reads it first. The values are stored data: a new kind gets a new
 * tag here, and renaming one means rewriting the stored items of that kind.
 */
export const ENTITY = {
  programme: 'programme',
  season: 'season',
  workflowFailure: 'workflowFailure',
  mail: 'mail',
  mailCap: 'mailCap',
  mailSendWindow: 'mailSendWindow',
  mailDrainLease: 'mailDrainLease',
  profile: 'profile',
  consent: 'consent',
  consentState: 'consentState',
  applicationGuard: 'applicationGuard',
  application: 'application',
  applicationEvent: 'applicationEvent',
  document: 'document',
  pendingUploads: 'pendingUploads',
  uploadRateWindow: 'uploadRateWindow',
  courseCatalogue: 'courseCatalogue',
  educationProgress: 'educationProgress',
  transitionFailure: 'transitionFailure',
  pendingEffect: 'pendingEffect',
  gateRun: 'gateRun',
  gateLock: 'gateLock',
  calendarJob: 'calendarJob',
  team: 'team',
  teamMembership: 'teamMembership',
  peopleRelations: 'peopleRelations',
  expertProfile: 'expertProfile',
  expertPoolMember: 'expertPoolMember',
  review: 'review',
  rubricAggregate: 'rubricAggregate',
  interviewEvent: 'interviewEvent',
  interviewBooking: 'interviewBooking',
  reviewAssignmentRun: 'reviewAssignmentRun',
  reviewAssignmentLock: 'reviewAssignmentLock',
  scoreExport: 'scoreExport',
  partnerOrganisation: 'partnerOrganisation',
  internshipOffer: 'internshipOffer',
  internshipRanking: 'internshipRanking',
  internshipPreferences: 'internshipPreferences',
  internshipChoice: 'internshipChoice',
  internshipMatchingRun: 'internshipMatchingRun',
  internshipMatchingLock: 'internshipMatchingLock',
  internshipMatchingChunk: 'internshipMatchingChunk',
  placement: 'placement',
  placementHold: 'placementHold',
  placementRefusals: 'placementRefusals',
  internshipKpi: 'internshipKpi',
  release: 'release',
  releaseDecision: 'releaseDecision',
  disclosure: 'disclosure',
  machineClient: 'machineClient',
  releaseExport: 'releaseExport',
  mentorProfile: 'mentorProfile',
  mentorPoolMember: 'mentorPoolMember',
  mentorPoolTiers: 'mentorPoolTiers',
  mentoringPair: 'mentoringPair',
  mentoringSession: 'mentoringSession',
  menteeMentoring: 'menteeMentoring',
  recommendationLetter: 'recommendationLetter',
  certificate: 'certificate',
  achievementCertificate: 'achievementCertificate',
  sequence: 'sequence',
  statusList: 'statusList',
  certificateIssuerLease: 'certificateIssuerLease',
  issuerKeys: 'issuerKeys',
  seasonCountsState: 'seasonCountsState',
  stageCount: 'stageCount',
  eventCount: 'eventCount',
  counterRebuildRun: 'counterRebuildRun',
  counterRebuildLock: 'counterRebuildLock',
  counterRebuilderLease: 'counterRebuilderLease',
  kpiActual: 'kpiActual',
  erasureRequest: 'erasureRequest',
  erasureSubject: 'erasureSubject',
  erasureSalt: 'erasureSalt',
  eraserLease: 'eraserLease',
  exportRateWindow: 'exportRateWindow',
  webhookEndpoint: 'webhookEndpoint',
  webhookDelivery: 'webhookDelivery',
  webhookDispatcherLease: 'webhookDispatcherLease',
} as const;

/** The partitions most items live in: a season's (its config, runs, jobs, teams) and an application's. */
const seasonPartition = (seasonId: string): string => `SEASON#${seasonId}`;
const applicationPartition = (applicationId: string): string => `APPLICATION#${applicationId}`;

export const programmeKeys = (programmeId: string) => ({
  pk: `PROGRAMME#${programmeId}`,
  sk: 'PROGRAMME',
  gsi1pk: PROGRAMME_LIST_PARTITION,
  gsi1sk: `PROGRAMME#${programmeId}`,
});
export const PROGRAMME_LIST_PARTITION = 'PROGRAMMES';

export const seasonKey = (seasonId: string): TableKeys => ({ pk: seasonPartition(seasonId), sk: 'SEASON' });

export const programmeSeasonsPartition = (programmeId: string): string => `PROGRAMME#${programmeId}#SEASONS`;

export const OPEN_SEASONS_PARTITION = 'SEASONS#OPEN';

/**
 * A season's keys. The open-seasons index entry is not set at creation: a season joins the
 * sparse index when it opens. `openIndexSortKey` is kept on the item so that the conditional
 * status update can copy it into gsi2sk in the same write (`SET gsi2sk = openIndexSortKey`).
 */
export const seasonKeys = (season: {
  readonly id: string;
  readonly programmeId: string;
  readonly createdAt: string;
  readonly calendar: readonly { readonly opensAt: string }[];
}) => ({
  ...seasonKey(season.id),
  gsi1pk: programmeSeasonsPartition(season.programmeId),
  gsi1sk: `SEASON#${season.createdAt}#${season.id}`,
  openIndexSortKey: `${season.calendar[0]?.opensAt ?? ''}#${season.id}`,
});

export const WORKFLOW_FAILURE_PREFIX = 'WORKFLOW_FAILURE#';
export const workflowFailureKey = (seasonId: string, failureId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `${WORKFLOW_FAILURE_PREFIX}${failureId}`,
});

/** Attributes that exist only for the table's sake; stripped before an item becomes an entity again. */
export const KEY_ATTRIBUTES = [
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
  'gsi4pk',
  'gsi4sk',
  'openIndexSortKey',
  'entity',
] as const;

/**
 * DynamoDB's key size limits, in UTF-8 bytes (not characters: a Cyrillic letter is two). Keys are
 * built from ids the schemas bound in ASCII; a cursor comes back from the client, so its decoders
 * check these before a key reaches DynamoDB, which refuses a longer one (a 500, not a 400).
 */
export const MAX_PARTITION_KEY_BYTES = 2048;
export const MAX_SORT_KEY_BYTES = 1024;

/** The attribute names of a Query's LastEvaluatedKey on the table or an index (used to validate cursors). */
export const cursorAttributes = (index: IndexName | undefined): readonly string[] =>
  index === undefined ? ['pk', 'sk'] : ['pk', 'sk', `${index}pk`, `${index}sk`];

/**
 * Shards per season-wide index key. At 1,000 submissions/s, each a delete and a put of the index
 * entry, 16 shards put ~125 writes/s on a partition (of 1,000); test/unit proves the spread.
 */
export const APPLICATION_SHARDS = 16;

/** Stable shard of an application: the same id always lands in the same shard of every index. */
export const applicationShard = (applicationId: string): number =>
  createHash('sha256').update(applicationId).digest().readUInt32BE(0) % APPLICATION_SHARDS;

const shardSuffix = (shard: number): string => `S${String(shard).padStart(2, '0')}`;

export const applicantKey = (applicantId: string): string => `APPLICANT#${applicantId}`;
export const profileKey = (applicantId: string): TableKeys => ({ pk: applicantKey(applicantId), sk: 'PROFILE' });

/**
 * Everyone an applicant was in a team or a mentoring pair with, in any season: one item, grown by
 * UpdateItem ADD on a string set, so recording twice or at once from two saves changes nothing.
 * Beside the profile, so a page of applicants' profiles and relations is one BatchGet.
 */
export const peopleRelationsKey = (applicantId: string): TableKeys => ({ pk: applicantKey(applicantId), sk: 'RELATIONS' });

export const CONSENT_PREFIX = 'CONSENT#';
/** Consents are append-only records; the time in the key keeps them in the order they were given. */
export const consentKey = (applicantId: string, givenAt: string, consentId: string): TableKeys => ({
  pk: applicantKey(applicantId),
  sk: `${CONSENT_PREFIX}${givenAt}#${consentId}`,
});

/**
 * The applicant's current consent state, a projection of the records written in the same
 * transaction, so "may this person's data be processed?" is one GetItem (or one BatchGet for a page
 * of applicants). It sorts right after every CONSENT# record ('#' < '_'), so one Query reads the
 * history with its state.
 */
export const consentStateKey = (applicantId: string): TableKeys => ({ pk: applicantKey(applicantId), sk: 'CONSENT_STATE' });

/** The uniqueness guard: written in the same transaction as the application, conditional on not existing. */
export const applicationGuardKey = (applicantId: string, seasonId: string): TableKeys => ({
  pk: applicantKey(applicantId),
  sk: `SEASON_APPLICATION#${seasonId}`,
});

export const applicantApplicationsPartition = (applicantId: string): string => `${applicantKey(applicantId)}#APPLICATIONS`;

export const applicationKey = (applicationId: string): TableKeys => ({ pk: applicationPartition(applicationId), sk: 'APPLICATION' });

export const HISTORY_PREFIX = 'HISTORY#';
/** `sequence` is the application's version after the event, so two events never collide. */
export const applicationHistoryKey = (applicationId: string, at: string, sequence: number): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${HISTORY_PREFIX}${at}#${String(sequence).padStart(6, '0')}`,
});

export const DOCUMENT_PREFIX = 'DOCUMENT#';
export const documentKey = (applicationId: string, documentId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${DOCUMENT_PREFIX}${documentId}`,
});

/**
 * The upload forms of an application that still count against its caps, in one item so that one
 * conditional write can check both caps (per requirement and per application) at once. It sorts
 * after HISTORY#, so the dossier without history skips it.
 */
export const pendingUploadsKey = (applicationId: string): TableKeys => ({ pk: applicationPartition(applicationId), sk: 'UPLOAD_FORMS' });

/**
 * One counter per caller and window of the upload-form throttle: a partition per caller, so a
 * burst of forms from one script never touches anyone else's items.
 */
export const uploadRateWindowKey = (callerId: string, windowStart: number): TableKeys => ({
  pk: `UPLOADRATE#${callerId}#${windowStart}`,
  sk: 'UPLOADRATE',
});

/**
 * The application's partition read in one Query: everything, or (`history: false`) everything whose
 * sort key is below HISTORY#, i.e. the application item, its documents and its expert assignments,
 * which sort before the history however long it grows.
 */
export const applicationPartitionQuery = (applicationId: string, options: { readonly history: boolean }) =>
  options.history
    ? { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk } }
    : {
        KeyConditionExpression: 'pk = :pk AND sk < :history',
        ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':history': HISTORY_PREFIX },
      };

export const EXPERT_PREFIX = 'EXPERT#';
const expertPartition = (expertId: string): string => `${EXPERT_PREFIX}${expertId}`;
export const expertProfileKey = (expertId: string): TableKeys => ({ pk: expertPartition(expertId), sk: 'PROFILE' });

export const REVIEW_PREFIX = 'REVIEW#';
/** Every review of one expert on one application sorts under this prefix, whatever the rubric. */
export const expertReviewPrefix = (expertId: string): string => `${REVIEW_PREFIX}${expertId}#`;
export const reviewKey = (applicationId: string, expertId: string, rubricId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${expertReviewPrefix(expertId)}${rubricId}`,
});
export const expertSeasonReviewsPartition = (expertId: string, seasonId: string): string =>
  `${expertPartition(expertId)}#REVIEWS#${seasonId}`;
/** A review's keys: in its application's partition, and listed per expert and season through gsi1. */
export const reviewKeys = (review: {
  readonly applicationId: string;
  readonly expertId: string;
  readonly rubricId: string;
  readonly seasonId: string;
}) => ({
  ...reviewKey(review.applicationId, review.expertId, review.rubricId),
  gsi1pk: expertSeasonReviewsPartition(review.expertId, review.seasonId),
  gsi1sk: `${review.rubricId}#${review.applicationId}`,
});

export const RUBRIC_AGGREGATE_PREFIX = 'SCORE#';
export const rubricAggregateKey = (applicationId: string, rubricId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${RUBRIC_AGGREGATE_PREFIX}${rubricId}`,
});

/** A score export's run: in its season's partition, next to the season's gate runs; it expires with its file. */
export const scoreExportKey = (seasonId: string, exportId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `SCORE_EXPORT#${exportId}`,
});

export const EXPERT_POOL_PREFIX = 'POOL#';
export const expertPoolPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#EXPERT_POOL`;
export const expertPoolMemberKey = (seasonId: string, expertId: string): TableKeys => ({
  pk: expertPartition(expertId),
  sk: `${EXPERT_POOL_PREFIX}${seasonId}`,
});
/**
 * A pool member's keys: its own item in the expert's partition (an assignment run updates every
 * member's load, so the writes of a run land on as many partitions as there are experts), listed
 * per season through gsi1, where a pool of a few hundred experts is a Query of a page or two.
 */
export const expertPoolMemberKeys = (seasonId: string, expertId: string) => ({
  ...expertPoolMemberKey(seasonId, expertId),
  gsi1pk: expertPoolPartition(seasonId),
  gsi1sk: expertId,
});

const interviewEventPartition = (seasonId: string, eventId: string): string => `INTERVIEW_EVENT#${seasonId}#${eventId}`;
export const interviewEventKey = (seasonId: string, eventId: string): TableKeys => ({
  pk: interviewEventPartition(seasonId, eventId),
  sk: 'EVENT',
});
export const interviewEventListPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#INTERVIEW_EVENTS`;
/** Where an event takes place in the list's sort key: a federal district, `online` or `recorded`. */
export const interviewPlacePrefix = (stage: string, place: string): string => `${stage}#${place}#`;
/**
 * An event's keys: its own partition, listed per season through gsi1 by stage, place and start
 * (UTC, so offsets sort). Events are staff-made, hundreds to a few thousand a season; a booking
 * rewrites the event's `booked` and so its index entry, and the rush is bounded by the seats.
 */
export const interviewEventKeys = (event: {
  readonly seasonId: string;
  readonly id: string;
  readonly stage: string;
  readonly place: string;
  readonly startsAt: string;
}) => ({
  ...interviewEventKey(event.seasonId, event.id),
  gsi1pk: interviewEventListPartition(event.seasonId),
  gsi1sk: `${interviewPlacePrefix(event.stage, event.place)}${new Date(event.startsAt).toISOString()}#${event.id}`,
});

export const INTERVIEW_BOOKING_PREFIX = 'INTERVIEW#';
export const interviewBookingKey = (applicationId: string, stage: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${INTERVIEW_BOOKING_PREFIX}${stage}`,
});
export const interviewRosterPartition = (seasonId: string, eventId: string): string =>
  `${interviewEventPartition(seasonId, eventId)}#BOOKINGS`;
/** A live booking's keys: in its application's partition, and on its event's roster through gsi1. */
export const interviewBookingKeys = (booking: {
  readonly applicationId: string;
  readonly stage: string;
  readonly seasonId: string;
  readonly eventId: string;
}) => ({
  ...interviewBookingKey(booking.applicationId, booking.stage),
  gsi1pk: interviewRosterPartition(booking.seasonId, booking.eventId),
  gsi1sk: booking.applicationId,
});

export const seasonShardPartition = (seasonId: string, shard: number): string => `${seasonPartition(seasonId)}#${shardSuffix(shard)}`;
export const seasonRegionShardPartition = (seasonId: string, region: string, shard: number): string =>
  `${seasonPartition(seasonId)}#REGION#${region}#${shardSuffix(shard)}`;
export const seasonTrackShardPartition = (seasonId: string, track: string, shard: number): string =>
  `${seasonPartition(seasonId)}#TRACK#${track}#${shardSuffix(shard)}`;

/** Track and region are absent on a draft; `-` keeps the sort-key layout fixed so prefixes still work. */
const UNSET = '-';

/**
 * Sort-key prefixes of the staff-list indexes (gsi2, gsi3, gsi4). Every one of their sort keys
 * starts with the stage, so "stage X" is a `begins_with` on any of them; gsi2 and gsi3 go on with
 * the track, so "stage X and track Y" is a prefix there too. The index keys below are built from
 * the same functions, so a prefix can never drift from the keys it must match.
 */
export const stageIndexPrefix = (stage: string): string => `STAGE#${stage}#`;
export const stageTrackIndexPrefix = (stage: string, track: string): string => `${stageIndexPrefix(stage)}TRACK#${track}#`;

/**
 * The staff-list index keys of an application, recomputed on every write that changes stage,
 * track or region. Sort keys lead with the stage so every index answers "stage X" by prefix.
 */
export const applicationIndexKeys = (application: {
  readonly id: string;
  readonly seasonId: string;
  readonly applicantId: string;
  readonly createdAt: string;
  readonly stage: string;
  readonly track?: string | undefined;
  readonly region?: string | undefined;
}) => {
  const shard = applicationShard(application.id);
  const track = application.track ?? UNSET;
  const region = application.region ?? UNSET;
  const tail = `${application.createdAt}#${application.id}`;
  return {
    gsi1pk: applicantApplicationsPartition(application.applicantId),
    gsi1sk: `APPLICATION#${tail}`,
    gsi2pk: seasonShardPartition(application.seasonId, shard),
    gsi2sk: `${stageTrackIndexPrefix(application.stage, track)}${tail}`,
    gsi3pk: seasonRegionShardPartition(application.seasonId, region, shard),
    gsi3sk: `${stageTrackIndexPrefix(application.stage, track)}${tail}`,
    gsi4pk: seasonTrackShardPartition(application.seasonId, track, shard),
    gsi4sk: `${stageIndexPrefix(application.stage)}REGION#${region}#${tail}`,
  };
};

/** A season's course catalogue (recorded webinars and live broadcasts), replaced whole by staff. */
export const courseCatalogueKey = (seasonId: string): TableKeys => ({ pk: seasonPartition(seasonId), sk: 'COURSES' });

/** An application's learning progress; after HISTORY# on purpose (see the access-pattern table). */
export const educationProgressKey = (applicationId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: 'PROGRESS#EDUCATION',
});

export const TRANSITION_FAILURE_PREFIX = 'TRANSITION_FAILURE#';
/** A failed applicationTransition execution, by execution name; after HISTORY#, so the dossier without history skips it. */
export const transitionFailureKey = (applicationId: string, executionName: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${TRANSITION_FAILURE_PREFIX}${executionName}`,
});

export const PENDING_EFFECT_PREFIX = 'PENDING_EFFECT#';
/** An effect no capability carries out yet, one per move (the version after it) and effect; after HISTORY# too. */
export const pendingEffectKey = (applicationId: string, version: number, effect: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${PENDING_EFFECT_PREFIX}${String(version).padStart(6, '0')}#${effect}`,
});

/**
 * A cohort gate's run: its per-shard checkpoints and counters. One write per page of the gate (a
 * few per second with the machine's MaxConcurrency), so the season's partition is never hot.
 */
export const gateRunKey = (seasonId: string, gateRunId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `GATE_RUN#${gateRunId}`,
});

/** Held (`runningRunId`) while a run of the gate `from` -> `to` works the season: one run at a time. */
export const gateLockKey = (seasonId: string, from: string, to: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `GATE#${from}#${to}`,
});

/**
 * A review assignment run: its cursor through the stage and its counters. One write per page of
 * 200 applications (a few a minute), so the season's partition is never hot; the list index entry
 * is rewritten with it, one more unit per page.
 */
export const reviewAssignmentRunKey = (seasonId: string, runId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `REVIEW_ASSIGNMENT_RUN#${runId}`,
});
/** Where a run sits in its season's list of runs, newest first. */
export const reviewAssignmentRunIndexKeys = (seasonId: string, runId: string, startedAt: string) => ({
  gsi1pk: reviewAssignmentRunsPartition(seasonId),
  gsi1sk: `${startedAt}#${runId}`,
});
export const reviewAssignmentRunsPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#REVIEW_ASSIGNMENT_RUNS`;

export const RUNNING_REVIEW_ASSIGNMENTS_PARTITION = 'REVIEW_ASSIGNMENTS#RUNNING';
/** A held lock's entry in the list of running review assignment runs (the calendar's reconciler reads it). */
export const runningReviewAssignmentIndexKeys = (seasonId: string, runId: string) => ({
  gsi1pk: RUNNING_REVIEW_ASSIGNMENTS_PARTITION,
  gsi1sk: `${seasonId}#${runId}`,
});

/** Held (`runningRunId`) while a run assigns the rubric's reviews over the stage: one run at a time per stage and rubric. */
export const reviewAssignmentLockKey = (seasonId: string, stage: string, rubricId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `REVIEW_ASSIGNMENT_LOCK#${stage}#${rubricId}`,
});

/** A mail of the outgoing queue; after sending only its id, messageId and sentAt stay (with a TTL). */
export const queuedMailKey = (mailId: string): TableKeys => ({ pk: `MAIL#${mailId}`, sk: 'MAIL' });

/**
 * Shards of a mail queue's due index. A gate over 100k applications, or a deadline's 1,000
 * submissions/s, queues a mail per application: each index write carries the whole mail (~2-4 KB,
 * so 2-4 WCU), up to ~4,000 WCU/s, four partitions' worth. 16 shards put ~250 WCU/s on each, the
 * same spread as the applications' indexes; the drainer pays 16 small Queries per batch, which at
 * SES rates (1-14 mails/s) is noise.
 */
export const MAIL_QUEUE_SHARDS = 16;

export const mailQueueShard = (mailId: string): number => createHash('sha256').update(mailId).digest().readUInt32BE(0) % MAIL_QUEUE_SHARDS;

/** `queue` names a queue of its own (the deployment's is `main`; a test drains one of its own). */
export const mailQueueShardPartition = (queue: string, shard: number): string => `MAILQ#${queue}#${shardSuffix(shard)}`;

/** ISO times sort as strings, so the due mails are a range: everything below `<now>$` ('$' follows '#'). */
export const mailQueueSortKey = (notBefore: string, mailId: string): string => `${notBefore}#${mailId}`;
export const mailQueueDueBound = (now: string): string => `${now}$`;

/** Where a queued mail sits in its queue's due index; a claim or a retry later moves it to its new `notBefore`. */
export const mailDueIndexKeys = (queue: string, mailId: string, notBefore: string) => ({
  gsi1pk: mailQueueShardPartition(queue, mailQueueShard(mailId)),
  gsi1sk: mailQueueSortKey(notBefore, mailId),
});

export const undeliverableMailPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#MAIL_FAILED`;

/** A failed mail leaves the due index for its season's undeliverable list, in the order the mails failed. */
export const undeliverableMailIndexKeys = (seasonId: string, failedAt: string, mailId: string) => ({
  gsi1pk: undeliverableMailPartition(seasonId),
  gsi1sk: `${failedAt}#${mailId}`,
});

/** Shared by every mail capped together (MailCap.counterId): one small item, counted in the mail's transaction. */
export const mailCapKey = (counterId: string): TableKeys => ({ pk: `MAILCAP#${counterId}`, sk: 'MAILCAP' });

/** One item per second of sending, so two drainers that ever overlap still share the rate. */
export const mailSendWindowKey = (queue: string, epochSecond: number): TableKeys => ({
  pk: `MAILRATE#${queue}#${epochSecond}`,
  sk: 'MAILRATE',
});

export const mailDrainLeaseKey = (queue: string): TableKeys => ({ pk: `MAILDRAIN#${queue}`, sk: 'LEASE' });

/** Only a HELD gate lock is in this index partition: the calendar tick's reconciler lists running gates with one Query. */
export const RUNNING_GATES_PARTITION = 'GATES#RUNNING';
/** The index entry a gate lock carries while held (removed with `runningRunId` when the run ends). */
export const runningGateIndexKeys = (seasonId: string, from: string, to: string) => ({
  gsi1pk: RUNNING_GATES_PARTITION,
  gsi1sk: `${seasonId}#${from}#${to}`,
});

export const CALENDAR_JOB_PREFIX = 'CALENDAR_JOB#';
/** A season's calendar job (a gate or a reminder due at a time); staff list them from the season's partition. */
export const calendarJobKey = (seasonId: string, jobId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `${CALENDAR_JOB_PREFIX}${jobId}`,
});
/** Pending calendar jobs, by due time: the tick Queries `gsi1sk <= <now>~`; a finished job drops the entry. */
export const CALENDAR_DUE_PARTITION = 'CALENDAR#DUE';
export const calendarDueIndexKeys = (seasonId: string, jobId: string, dueAt: string) => ({
  gsi1pk: CALENDAR_DUE_PARTITION,
  gsi1sk: `${dueAt}#${seasonId}#${jobId}`,
});
/** Sort keys are `<dueAt>#…`; '~' sorts after every character of the rest, so `gsi1sk <= <now>~` is "due by now". */
export const calendarDueBound = (now: string): string => `${now}~`;

export const TEAM_PREFIX = 'TEAM#';
/**
 * A season's project team. Teams live in the season's partition: tens to a few hundred per season
 * (Кадры будущего: ~20), written by staff, so the partition stays cold and one Query lists them.
 */
export const teamKey = (seasonId: string, teamId: string): TableKeys => ({ pk: seasonPartition(seasonId), sk: `${TEAM_PREFIX}${teamId}` });
export const seasonTeamsPartition = (seasonId: string): string => seasonPartition(seasonId);

/**
 * The guard that keeps a person in at most one team per season: one item per application (and an
 * application belongs to exactly one season), Put with `attribute_not_exists` in the team's
 * transaction. It names the team, so the `team` guard and the applicant's view read it with one GetItem.
 */
export const teamMembershipKey = (applicationId: string): TableKeys => ({ pk: applicationPartition(applicationId), sk: 'TEAM' });

const UUID_TAIL = /#([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The application id at the end of an index sort key (`…#<createdAt>#<id>`). */
export const applicationIdOfSortKey = (sortKey: string): string | undefined => UUID_TAIL.exec(sortKey)?.[1];

/** The application id of an item in an application's partition. */
export const applicationIdOfPartitionKey = (partitionKey: string): string | undefined =>
  partitionKey.startsWith(applicationPartition('')) ? partitionKey.slice(applicationPartition('').length) : undefined;

/** Partner organisations: a registry of a few thousand records at most, edited by staff, so one list partition is enough. */
export const PARTNER_ORGANISATION_LIST_PARTITION = 'PARTNER_ORGS';
export const FEDERAL_REGION = 'FEDERAL';
/** The sort key of every organisation's item: a list's cursor carries it. */
export const PARTNER_ORGANISATION_SORT_KEY = 'PARTNER_ORG';
export const partnerOrganisationKey = (organisationId: string): TableKeys => ({
  pk: `PARTNER_ORG#${organisationId}`,
  sk: PARTNER_ORGANISATION_SORT_KEY,
});
export const partnerOrganisationRegionPrefix = (region: string | null, kind?: string): string =>
  `${region ?? FEDERAL_REGION}#${kind === undefined ? '' : `${kind}#`}`;
export const partnerOrganisationKeys = (organisation: { readonly id: string; readonly region: string | null; readonly kind: string }) => ({
  ...partnerOrganisationKey(organisation.id),
  gsi1pk: PARTNER_ORGANISATION_LIST_PARTITION,
  gsi1sk: `${partnerOrganisationRegionPrefix(organisation.region, organisation.kind)}${organisation.id}`,
});

const internshipOfferPartition = (seasonId: string, offerId: string): string => `INTERNSHIP_OFFER#${seasonId}#${offerId}`;
export const internshipOfferKey = (seasonId: string, offerId: string): TableKeys => ({
  pk: internshipOfferPartition(seasonId, offerId),
  sk: 'OFFER',
});
export const internshipOfferListPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#INTERNSHIP_OFFERS`;
export const internshipHostOffersPartition = (seasonId: string, organisationId: string): string =>
  `${seasonPartition(seasonId)}#INTERNSHIP_HOST#${organisationId}`;
/** The offer lists' sort key reads status, level, region (`-` for none), id: leading parts given make a prefix. */
export const internshipOfferListPrefix = (parts: readonly string[]): string => parts.map((part) => `${part}#`).join('');
export const INTERNSHIP_NO_REGION = '-';
/**
 * An offer's keys: its own partition (its ranking sits beside it), listed per season (gsi1) and
 * per host organisation in the season (gsi2) by status, level and region, so an applicant's
 * options and a matching run's receivers are one prefix of the approved ones.
 */
export const internshipOfferKeys = (offer: {
  readonly seasonId: string;
  readonly id: string;
  readonly status: string;
  readonly level: string;
  readonly region?: string | undefined;
  readonly hostOrganisation: string;
}) => {
  const sortKey = `${internshipOfferListPrefix([offer.status, offer.level, offer.region ?? INTERNSHIP_NO_REGION])}${offer.id}`;
  return {
    ...internshipOfferKey(offer.seasonId, offer.id),
    gsi1pk: internshipOfferListPartition(offer.seasonId),
    gsi1sk: sortKey,
    gsi2pk: internshipHostOffersPartition(offer.seasonId, offer.hostOrganisation),
    gsi2sk: sortKey,
  };
};

/** A host's ranking of an offer's candidates: beside the offer, off its list entries. */
export const internshipRankingKey = (seasonId: string, offerId: string): TableKeys => ({
  pk: internshipOfferPartition(seasonId, offerId),
  sk: 'RANKING',
});

export const INTERNSHIP_PREFERENCES_PREFIX = 'INTERNSHIP_PREFERENCES#';
/** An application's ranked offers in one internship stage; after HISTORY#, so the dossier without history skips it. */
export const internshipPreferencesKey = (applicationId: string, stage: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${INTERNSHIP_PREFERENCES_PREFIX}${stage}`,
});
export const internshipPreferencesShardPartition = (seasonId: string, stage: string, shard: number): string =>
  `${seasonPartition(seasonId)}#INTERNSHIP_PREFERENCES#${stage}#${shardSuffix(shard)}`;
/** Preferences listed per stage over the applications' shards: a deadline's saves spread, a matching run reads every shard. */
export const internshipPreferencesKeys = (preferences: {
  readonly applicationId: string;
  readonly seasonId: string;
  readonly stage: string;
}) => ({
  ...internshipPreferencesKey(preferences.applicationId, preferences.stage),
  gsi1pk: internshipPreferencesShardPartition(preferences.seasonId, preferences.stage, applicationShard(preferences.applicationId)),
  gsi1sk: preferences.applicationId,
});

export const INTERNSHIP_CHOICE_PREFIX = 'INTERNSHIP_CHOICE#';
/** One offer an application ranked in a stage, in the application's partition; after HISTORY# too. */
export const internshipChoiceKey = (applicationId: string, stage: string, offerId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${INTERNSHIP_CHOICE_PREFIX}${stage}#${offerId}`,
});
export const internshipCandidatesPartition = (seasonId: string, offerId: string): string =>
  `${internshipOfferPartition(seasonId, offerId)}#CANDIDATES`;
/** A choice's keys: on the chosen offer's candidate pool, by application id. */
export const internshipChoiceKeys = (choice: {
  readonly applicationId: string;
  readonly seasonId: string;
  readonly stage: string;
  readonly offerId: string;
}) => ({
  ...internshipChoiceKey(choice.applicationId, choice.stage, choice.offerId),
  gsi1pk: internshipCandidatesPartition(choice.seasonId, choice.offerId),
  gsi1sk: choice.applicationId,
});
/**
 * An internship matching run: its phase, cursor and counts. A few writes a minute (one per page of
 * its inputs or results), so the season's partition stays cold.
 */
export const internshipMatchingRunKey = (seasonId: string, runId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `INTERNSHIP_MATCHING_RUN#${runId}`,
});
export const internshipMatchingRunsPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#INTERNSHIP_MATCHING_RUNS`;
/** Where a run sits in its season's list of runs, newest first. */
export const internshipMatchingRunIndexKeys = (seasonId: string, runId: string, startedAt: string) => ({
  gsi1pk: internshipMatchingRunsPartition(seasonId),
  gsi1sk: `${startedAt}#${runId}`,
});
/** Held (`runningRunId`) while a run matches a stage: one run per season and stage at a time. */
export const internshipMatchingLockKey = (seasonId: string, stage: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `INTERNSHIP_MATCHING_LOCK#${stage}`,
});
export const RUNNING_INTERNSHIP_MATCHING_PARTITION = 'INTERNSHIP_MATCHING#RUNNING';
/** A held lock's entry in the list of running matching runs (the calendar's reconciler reads it). */
export const runningInternshipMatchingIndexKeys = (seasonId: string, runId: string) => ({
  gsi1pk: RUNNING_INTERNSHIP_MATCHING_PARTITION,
  gsi1sk: `${seasonId}#${runId}`,
});

/**
 * One chunk of a matching run: a page of its inputs (applicants, offers), of its result (the
 * assignments) or of its explanations (unmatched applicants, unfilled offers), numbered in order.
 * A partition per run, so the run's few dozen chunks are read by a Query of one part's prefix.
 */
export const MATCHING_CHUNK_PARTS = ['APPLICANTS', 'OFFERS', 'ASSIGNED', 'UNMATCHED', 'UNFILLED'] as const;
export type MatchingChunkPart = (typeof MATCHING_CHUNK_PARTS)[number];
export const internshipMatchingChunkPartition = (runId: string): string => `INTERNSHIP_MATCHING#${runId}`;
export const internshipMatchingChunkPrefix = (part: MatchingChunkPart): string => `${part}#`;
export const internshipMatchingChunkKey = (runId: string, part: MatchingChunkPart, index: number): TableKeys => ({
  pk: internshipMatchingChunkPartition(runId),
  sk: `${internshipMatchingChunkPrefix(part)}${String(index).padStart(5, '0')}`,
});

export const PLACEMENT_PREFIX = 'PLACEMENT#';
/** A placement in its application's partition (after HISTORY#, so the dossier without history skips it). */
export const placementKey = (applicationId: string, placementId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${PLACEMENT_PREFIX}${placementId}`,
});
/**
 * The guard that an application holds at most one seat per stage: written in the transaction that
 * offers a placement (naming it), removed in the one that gives its seat back (declined, expired).
 */
export const placementHoldKey = (applicationId: string, stage: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `PLACEMENT_HELD#${stage}`,
});
/**
 * The offers an application's placements in a stage were declined or left to expire on (a string
 * set, added to in the transaction that gives each seat back): a later round of the stage does not
 * offer them again.
 */
export const placementRefusalsKey = (applicationId: string, stage: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `PLACEMENT_REFUSED#${stage}`,
});
export const seasonPlacementsPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#PLACEMENTS`;
export const organisationPlacementsPartition = (seasonId: string, organisationId: string): string =>
  `${seasonPartition(seasonId)}#ORG#${organisationId}#PLACEMENTS`;
/** A list's sort-key prefix of one offer's placements. */
export const offerPlacementsPrefix = (offerId: string): string => `${offerId}#`;
export const AWAITING_ANSWER_PARTITION = 'PLACEMENTS#AWAITING_ANSWER';
/** Sort keys are `<respondBy>#…`; '~' sorts after every character of the rest, so `gsi1sk <= <now>~` is "past its deadline". */
export const awaitingAnswerBound = (now: string): string => `${now}~`;
/**
 * A placement's index keys: on its season's list and its host organisation's, by offer (a run
 * writes them at its page rate, a few hundred a second at most), and while it waits for the
 * applicant's answer on the list of deadlines the calendar's tick expires from.
 */
export const placementIndexKeys = (placement: {
  readonly id: string;
  readonly seasonId: string;
  readonly applicationId: string;
  readonly offerId: string;
  readonly hostOrganisation: string;
  readonly status: string;
  readonly respondBy: string;
}) => ({
  ...(placement.status === 'offered' ? { gsi1pk: AWAITING_ANSWER_PARTITION, gsi1sk: `${placement.respondBy}#${placement.id}` } : {}),
  gsi2pk: seasonPlacementsPartition(placement.seasonId),
  gsi2sk: `${offerPlacementsPrefix(placement.offerId)}${placement.applicationId}`,
  gsi3pk: organisationPlacementsPartition(placement.seasonId, placement.hostOrganisation),
  gsi3sk: `${offerPlacementsPrefix(placement.offerId)}${placement.applicationId}`,
});

/** A season's placement counters (started, completed): one small item, moved in each step's own transaction. */
export const internshipKpiKey = (seasonId: string): TableKeys => ({ pk: seasonPartition(seasonId), sk: 'INTERNSHIP_KPI' });
/**
 * A data release: a grant to one partner organisation to read one application's consented fields
 * until it expires. Its id is a digest of the application, the recipient and the purpose, so a
 * repeated effect finds the release it made. Listed per organisation (a region's finalists: tens to
 * hundreds a season, written one by one by moves, never a hot partition), per organisation and
 * season (exports), and per application (staff).
 */
export const releaseKey = (releaseId: string): TableKeys => ({ pk: `RELEASE#${releaseId}`, sk: 'RELEASE' });
export const organisationReleasesPartition = (organisationId: string): string => `PARTNER_ORG#${organisationId}#RELEASES`;
export const organisationSeasonReleasesPartition = (organisationId: string, seasonId: string): string =>
  `${organisationReleasesPartition(organisationId)}#${seasonId}`;
export const applicationReleasesPartition = (applicationId: string): string => `${applicationPartition(applicationId)}#RELEASES`;
export const releaseKeys = (release: {
  readonly id: string;
  readonly organisationId: string;
  readonly seasonId: string;
  readonly applicationId: string;
  readonly releasedAt: string;
}) => {
  const order = `${release.releasedAt}#${release.id}`;
  return {
    ...releaseKey(release.id),
    gsi1pk: organisationReleasesPartition(release.organisationId),
    gsi1sk: order,
    gsi2pk: applicationReleasesPartition(release.applicationId),
    gsi2sk: order,
    gsi3pk: organisationSeasonReleasesPartition(release.organisationId, release.seasonId),
    gsi3sk: order,
  };
};

export const RELEASE_DECISION_PREFIX = 'RELEASE_DECISION#';
/** What a release effect decided for one move and purpose: written once, so a repeated effect decides nothing new. */
export const releaseDecisionKey = (applicationId: string, version: number, purpose: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `${RELEASE_DECISION_PREFIX}${String(version).padStart(6, '0')}#${purpose}`,
});

/**
 * Shards of a season's disclosure list. A machine client reading a page of 100 releases writes 100
 * entries in one request, and every region's body and host may poll at once: a season-wide index key
 * would take them all; 16 shards (by application) spread them like the applications' indexes.
 */
export const DISCLOSURE_SHARDS = 16;
export const DISCLOSURE_PREFIX = 'DISCLOSURE#';
export const applicationDisclosuresPartition = (applicationId: string): string => `${applicationPartition(applicationId)}#DISCLOSURES`;
export const seasonDisclosuresShardPartition = (seasonId: string, shard: number): string =>
  `${seasonPartition(seasonId)}#DISCLOSURES#${shardSuffix(shard)}`;
/**
 * A disclosure entry, append-only: in the person's partition (their own list, newest first), and
 * listed per application and, sharded, per season for staff. Every entry of one read goes to a
 * different person's partition, so a page's entries spread.
 */
export const disclosureKeys = (entry: {
  readonly id: string;
  readonly applicantId: string;
  readonly applicationId: string;
  readonly seasonId: string;
  readonly at: string;
}) => {
  const order = `${entry.at}#${entry.id}`;
  return {
    pk: applicantKey(entry.applicantId),
    sk: `${DISCLOSURE_PREFIX}${order}`,
    gsi1pk: applicationDisclosuresPartition(entry.applicationId),
    gsi1sk: order,
    gsi2pk: seasonDisclosuresShardPartition(entry.seasonId, applicationShard(entry.applicationId) % DISCLOSURE_SHARDS),
    gsi2sk: order,
  };
};

/** A machine client (an OAuth client id of the workforce pool) and the organisation it reads for; staff register it. */
export const machineClientKey = (clientId: string): TableKeys => ({ pk: `MACHINE_CLIENT#${clientId}`, sk: 'MACHINE_CLIENT' });
export const organisationMachineClientsPartition = (organisationId: string): string => `PARTNER_ORG#${organisationId}#MACHINE_CLIENTS`;
export const machineClientKeys = (client: { readonly clientId: string; readonly organisationId: string }) => ({
  ...machineClientKey(client.clientId),
  gsi1pk: organisationMachineClientsPartition(client.organisationId),
  gsi1sk: client.clientId,
});

/** A push export of an organisation's releases: its file, the digest of its link's secret, its downloads (TTL with the file). */
export const releaseExportKey = (exportId: string): TableKeys => ({ pk: `RELEASE_EXPORT#${exportId}`, sk: 'RELEASE_EXPORT' });

const mentorPartition = (mentorId: string): string => `MENTOR#${mentorId}`;
export const mentorProfileKey = (mentorId: string): TableKeys => ({ pk: mentorPartition(mentorId), sk: 'PROFILE' });

export const mentorPoolPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#MENTOR_POOL`;
export const mentorPoolMemberKey = (seasonId: string, mentorId: string): TableKeys => ({
  pk: mentorPartition(mentorId),
  sk: `POOL#${seasonId}`,
});
/**
 * A mentor's place in a season's pool: in the mentor's partition (every pair of a matching moves
 * its mentor's load, so a matching's writes spread over as many partitions as there are mentors),
 * listed per season through gsi1, where a pool of a few hundred mentors is a page or a few.
 */
export const mentorPoolMemberKeys = (seasonId: string, mentorId: string) => ({
  ...mentorPoolMemberKey(seasonId, mentorId),
  gsi1pk: mentorPoolPartition(seasonId),
  gsi1sk: mentorId,
});
/** How many mentors each tier of a season's pool holds: placements are staff's, a few a minute at most. */
export const mentorPoolTiersKey = (seasonId: string): TableKeys => ({ pk: seasonPartition(seasonId), sk: 'MENTOR_POOL' });

const mentoringPairPartition = (pairId: string): string => `MENTORING_PAIR#${pairId}`;
export const mentoringPairKey = (pairId: string): TableKeys => ({ pk: mentoringPairPartition(pairId), sk: 'PAIR' });
export const mentorPairsPartition = (mentorId: string): string => `${mentorPartition(mentorId)}#PAIRS`;
export const seasonMentoringPairsPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#MENTORING_PAIRS`;
/** A season's pairs of one status, by the time they were proposed. */
export const mentoringPairStatusPrefix = (status: string): string => `${status}#`;
/**
 * A pair's keys: its own partition (with its sessions), listed per mentor and season through gsi1
 * and per season and status through gsi2. A season's pairs are its mentees, a thousand or a few: a
 * matching writes them a few dozen a second at most, and a status change rewrites one index entry.
 */
export const mentoringPairKeys = (pair: {
  readonly id: string;
  readonly seasonId: string;
  readonly mentorId: string;
  readonly status: string;
  readonly proposedAt: string;
}) => ({
  ...mentoringPairKey(pair.id),
  gsi1pk: mentorPairsPartition(pair.mentorId),
  gsi1sk: `${pair.seasonId}#${pair.proposedAt}#${pair.id}`,
  gsi2pk: seasonMentoringPairsPartition(pair.seasonId),
  gsi2sk: `${mentoringPairStatusPrefix(pair.status)}${pair.proposedAt}#${pair.id}`,
});
export const MENTORING_SESSION_PREFIX = 'SESSION#';
export const mentoringSessionKey = (pairId: string, date: string, sessionId: string): TableKeys => ({
  pk: mentoringPairPartition(pairId),
  sk: `${MENTORING_SESSION_PREFIX}${date}#${sessionId}`,
});

/** An application's mentoring: its one live pair and the mentors who declined it; after HISTORY#, so the dossier skips it. */
export const menteeMentoringKey = (applicationId: string): TableKeys => ({ pk: applicationPartition(applicationId), sk: 'MENTORING' });

/** An application's recommendation letter from its mentor, one per application; after HISTORY# too. */
export const recommendationLetterKey = (applicationId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: 'RECOMMENDATION_LETTER',
});

/** A certificate; its id is random (it names the public credential file, so it must not be guessable). */
export const certificateKey = (certificateId: string): TableKeys => ({ pk: `CERTIFICATE#${certificateId}`, sk: 'CERTIFICATE' });
export const holderCertificatesPartition = (applicantId: string): string => `APPLICANT#${applicantId}#CERTIFICATES`;
export const seasonCertificatesPartition = (seasonId: string): string => `${seasonPartition(seasonId)}#CERTIFICATES`;

/**
 * Shards of the issuer's queue. A gate into a certifying stage requests a certificate per
 * application, a few hundred a second at most: spread over shards, no index partition nears its
 * 1,000 writes a second, and the issuer reads every shard.
 */
export const CERTIFICATE_QUEUE_SHARDS = 8;
export const certificateQueuePartition = (shard: number): string => `CERTIFICATES#REQUESTED#${shardSuffix(shard)}`;
const certificateQueueShard = (certificateId: string): number =>
  createHash('sha256').update(certificateId).digest().readUInt32BE(0) % CERTIFICATE_QUEUE_SHARDS;

/** A certificate's keys: listed per holder and per season; queued for the issuer while `requested`. */
export const certificateKeys = (certificate: {
  readonly id: string;
  readonly applicantId: string;
  readonly seasonId: string;
  readonly requestedAt: string;
}) => {
  const order = `${certificate.requestedAt}#${certificate.id}`;
  return {
    ...certificateKey(certificate.id),
    gsi1pk: holderCertificatesPartition(certificate.applicantId),
    gsi1sk: order,
    gsi2pk: seasonCertificatesPartition(certificate.seasonId),
    gsi2sk: order,
  };
};
export const certificateQueueKeys = (certificate: { readonly id: string; readonly requestedAt: string }) => ({
  gsi3pk: certificateQueuePartition(certificateQueueShard(certificate.id)),
  gsi3sk: `${certificate.requestedAt}#${certificate.id}`,
});

/** An application's certificate of one achievement: the guard that issues it once; after HISTORY#, so the dossier skips it. */
export const achievementCertificateKey = (applicationId: string, achievementId: string): TableKeys => ({
  pk: applicationPartition(applicationId),
  sk: `ISSUED_CERTIFICATE#${achievementId}`,
});

export const sequenceKey = (name: string): TableKeys => ({ pk: `SEQUENCE#${name}`, sk: 'SEQUENCE' });
export const statusListKey = (listId: number): TableKeys => ({ pk: `STATUS_LIST#${listId}`, sk: 'STATUS_LIST' });
export const STATUS_LIST_INDEX_PARTITION = 'STATUS_LISTS';
export const statusListKeys = (listId: number) => ({
  ...statusListKey(listId),
  gsi1pk: STATUS_LIST_INDEX_PARTITION,
  gsi1sk: String(listId).padStart(8, '0'),
});
export const certificateIssuerLeaseKey = (): TableKeys => ({ pk: 'CERTIFICATE_ISSUER', sk: 'LEASE' });
export const issuerKeysKey = (): TableKeys => ({ pk: 'CERTIFICATE_ISSUER', sk: 'KEYS' });

/**
 * A season's counters: APPLICATION_SHARDS partitions, an application's counters in its own shard
 * (the shard of its staff-list index entries), so a deadline's 1,000 moves/s put ~62 on each. A
 * shard's STATE names the generation readers read and the one writers write (they differ only while
 * a rebuild runs); its counter items are small (< 1 KB: an ADD is 1 WCU), one per generation,
 * region and stage (and per generation and region for events), so reading a season costs one Query
 * per shard whatever its number of applications.
 */
export const seasonCountsPartition = (seasonId: string, shard: number): string =>
  `${seasonPartition(seasonId)}#COUNTS#${shardSuffix(shard)}`;
export const seasonCountsStateKey = (seasonId: string, shard: number): TableKeys => ({
  pk: seasonCountsPartition(seasonId, shard),
  sk: 'STATE',
});
export const counterGenerationPrefix = (generation: number): string => `G${String(generation).padStart(4, '0')}#`;
export const stageCountKey = (seasonId: string, shard: number, generation: number, region: string, stage: string): TableKeys => ({
  pk: seasonCountsPartition(seasonId, shard),
  sk: `${counterGenerationPrefix(generation)}STAGE#${region}#${stage}`,
});
export const eventCountKey = (seasonId: string, shard: number, generation: number, region: string): TableKeys => ({
  pk: seasonCountsPartition(seasonId, shard),
  sk: `${counterGenerationPrefix(generation)}EVENT#${region}`,
});

export const COUNTER_REBUILD_PREFIX = 'COUNTER_REBUILD#';
export const counterRebuildKey = (seasonId: string, runId: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `${COUNTER_REBUILD_PREFIX}${runId}`,
});
/** One rebuild per season at a time; while held it carries the sparse running-rebuilds index entry. */
export const counterRebuildLockKey = (seasonId: string): TableKeys => ({ pk: seasonPartition(seasonId), sk: 'COUNTER_REBUILD_LOCK' });
export const RUNNING_COUNTER_REBUILDS_PARTITION = 'COUNTER_REBUILDS#RUNNING';
export const counterRebuilderLeaseKey = (): TableKeys => ({ pk: 'COUNTER_REBUILDER', sk: 'LEASE' });

/** Staff's reported actual of a season's KPI for one period: all of a season's in one Query of its partition. */
export const KPI_ACTUAL_PREFIX = 'KPI_ACTUAL#';
export const kpiActualKey = (seasonId: string, kpiId: string, period: string): TableKeys => ({
  pk: seasonPartition(seasonId),
  sk: `${KPI_ACTUAL_PREFIX}${kpiId}#${period}`,
});
export const kpiActualsPartition = (seasonId: string): string => seasonPartition(seasonId);

/**
 * Erasure requests: a handful a day, so one index partition lists them all for staff (newest first)
 * and a sparse one holds those not finished yet, the eraser's work list (tens at most).
 */
export const erasureRequestKey = (requestId: string): TableKeys => ({ pk: `ERASURE_REQUEST#${requestId}`, sk: 'ERASURE_REQUEST' });
export const ERASURE_REQUESTS_PARTITION = 'ERASURE_REQUESTS';
export const OPEN_ERASURES_PARTITION = 'ERASURES#OPEN';
export const erasureRequestKeys = (request: { readonly id: string; readonly requestedAt: string }) => ({
  ...erasureRequestKey(request.id),
  gsi1pk: ERASURE_REQUESTS_PARTITION,
  gsi1sk: `${request.requestedAt}#${request.id}`,
});
export const openErasureIndexKeys = (request: { readonly id: string; readonly requestedAt: string }) => ({
  gsi2pk: OPEN_ERASURES_PARTITION,
  gsi2sk: `${request.requestedAt}#${request.id}`,
});
/** A person's one erasure request, keyed by the salted digest of their subject (never the subject itself): a repeat finds it. */
export const erasureSubjectKey = (subjectDigest: string): TableKeys => ({ pk: `ERASURE_SUBJECT#${subjectDigest}`, sk: 'ERASURE_SUBJECT' });
export const erasureSaltKey = (): TableKeys => ({ pk: 'ERASURE', sk: 'SALT' });
/** Where an erased person's disclosure entries move: out of their partition, under the request that erased them. */
export const erasedDisclosuresPartition = (requestId: string): string => `ERASED#${requestId}`;
export const eraserLeaseKey = (): TableKeys => ({ pk: 'ERASER', sk: 'LEASE' });

/**
 * One counter per person and window of the own-data export's throttle: a partition per person, so
 * a script asking for its export in a loop touches nobody else's items.
 */
export const exportRateWindowKey = (subject: string, windowStart: number): TableKeys => ({
  pk: `EXPORTRATE#${subject}#${windowStart}`,
  sk: 'EXPORTRATE',
});

export const webhookEndpointKey = (endpointId: string): TableKeys => ({ pk: `WEBHOOK_ENDPOINT#${endpointId}`, sk: 'ENDPOINT' });
export const programmeWebhookEndpointsPartition = (programmeId: string): string => `PROGRAMME#${programmeId}#WEBHOOK_ENDPOINTS`;
/** Staff's endpoints hear the whole programme; a partner's are listed under its organisation, so its own list is a prefix. */
export const webhookEndpointOwnerPrefix = (organisationId: string | null): string =>
  organisationId === null ? 'STAFF#' : `ORG#${organisationId}#`;
export const webhookEndpointKeys = (endpoint: {
  readonly id: string;
  readonly programmeId: string;
  readonly organisationId: string | null;
}) => ({
  ...webhookEndpointKey(endpoint.id),
  gsi1pk: programmeWebhookEndpointsPartition(endpoint.programmeId),
  gsi1sk: `${webhookEndpointOwnerPrefix(endpoint.organisationId)}${endpoint.id}`,
});

/** One item per (endpoint, event): the Put that queues it is conditional, so a stream batch handed over again queues nothing twice. */
export const webhookDeliveryKey = (endpointId: string, deliveryId: string): TableKeys => ({
  pk: `WEBHOOK_DELIVERY#${endpointId}#${deliveryId}`,
  sk: 'DELIVERY',
});

/**
 * Shards of the webhook deliveries' due index: a deadline's submissions, fanned out to a programme's
 * endpoints, queue a delivery each; 16 shards spread them as the mail queue's do.
 */
export const WEBHOOK_QUEUE_SHARDS = 16;
export const webhookQueueShardPartition = (shard: number): string => `WEBHOOKQ#${shardSuffix(shard)}`;
const webhookQueueShard = (endpointId: string, deliveryId: string): number =>
  createHash('sha256').update(`${endpointId}#${deliveryId}`).digest().readUInt32BE(0) % WEBHOOK_QUEUE_SHARDS;
/** Everything due at `now` sorts below `<now>$` ('$' follows '#'). */
export const webhookQueueDueBound = (now: string): string => `${now}$`;
/** Where a queued delivery sits in the due index; a claim or a retry moves it to its new `notBefore`. */
export const webhookDueIndexKeys = (endpointId: string, deliveryId: string, notBefore: string) => ({
  gsi1pk: webhookQueueShardPartition(webhookQueueShard(endpointId, deliveryId)),
  gsi1sk: `${notBefore}#${endpointId}#${deliveryId}`,
});
/**
 * Shards of an endpoint's delivery log. Every write of a delivery (queued, claimed, delivered)
 * rewrites its log entry (the index projects every attribute): one endpoint subscribed to
 * submissions at a deadline's 1,000/s puts ~3,000 writes/s on its log, ~750 on each of 4 shards.
 */
export const WEBHOOK_LOG_SHARDS = 4;
export const webhookDeliveryLogPartition = (endpointId: string, shard: number): string =>
  `WEBHOOK_ENDPOINT#${endpointId}#DELIVERIES#${shardSuffix(shard)}`;
const webhookLogShard = (deliveryId: string): number =>
  createHash('sha256').update(deliveryId).digest().readUInt32BE(0) % WEBHOOK_LOG_SHARDS;
export const webhookDeliveryLogKeys = (endpointId: string, deliveryId: string, createdAt: string) => ({
  gsi2pk: webhookDeliveryLogPartition(endpointId, webhookLogShard(deliveryId)),
  gsi2sk: `${createdAt}#${deliveryId}`,
});
export const webhookHeldPartition = (endpointId: string): string => `WEBHOOK_ENDPOINT#${endpointId}#HELD`;
/** A delivery held while its endpoint is paused; resuming the endpoint queues every one of them again. */
export const webhookHeldIndexKeys = (endpointId: string, deliveryId: string, createdAt: string) => ({
  gsi3pk: webhookHeldPartition(endpointId),
  gsi3sk: `${createdAt}#${deliveryId}`,
});
export const webhookDispatcherLeaseKey = (): TableKeys => ({ pk: 'WEBHOOK_DISPATCHER', sk: 'LEASE' });
