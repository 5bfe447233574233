/**
 * The learning platform is a machine client: a Cognito `partner` (it is an outside organisation,
 * like the ministries receiving data) whose `custom:organisation` is this value, scoped by
 * `custom:programmes` to the programmes it teaches. Not `staff`: a staff token would also let it
 * edit programmes, decide applications and read every dossier; a partner of this organisation can
 * only post progress events.
 */
export const LEARNING_PLATFORM_ORGANISATION = 'learning-platform';
