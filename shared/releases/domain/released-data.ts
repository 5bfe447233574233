import type { DataSharingField } from '../../applicants/domain/consents/data-sharing.ts';
import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';
import type { Application } from '../../applications/application-schema.ts';
import type { ReleasedData } from '../release-schema.ts';

/** What a released application's data is taken from at the moment it is read. */
export interface ReleaseSource {
  readonly profile: Profile;
  readonly application: Pick<Application, 'stage' | 'track'> | undefined;
  /** The application's settled scores by rubric. */
  readonly scores: ReadonlyMap<string, number>;
  /** The rubrics whose scores count as interview scores. */
  readonly interviewRubrics: readonly string[];
}

/**
 * THE field filter: every value that leaves cadre through a release passes here, and only the
 * fields named in `fields` come out, each from one place in the profile or the application. What
 * is not in the catalogue (the account id, the preferred language, documents, answers) has no
 * branch here and so cannot leave. A field without a value (no phone given, no track yet) is
 * simply absent.
 */
export const releasedData = (source: ReleaseSource, fields: readonly DataSharingField[]): ReleasedData => {
  const { profile, application } = source;
  const data: {
    -readonly [K in keyof ReleasedData]: ReleasedData[K];
  } = {};
  const contacts: { email?: string; phone?: string } = {};
  for (const field of fields) {
    switch (field) {
      case 'name':
        data.name = profile.name;
        break;
      case 'birthDate':
        data.birthDate = profile.birthDate;
        break;
      case 'citizenship':
        data.citizenship = profile.citizenship;
        break;
      case 'region':
        data.region = profile.region;
        break;
      case 'contacts.email':
        contacts.email = profile.contacts.email;
        break;
      case 'contacts.phone':
        if (profile.contacts.phone !== undefined) contacts.phone = profile.contacts.phone;
        break;
      case 'education':
        data.education = profile.education;
        break;
      case 'workExperience':
        data.workExperience = profile.workExperience;
        break;
      case 'activity':
        data.activity = profile.activity;
        break;
      case 'track':
        if (application?.track !== undefined) data.track = application.track.track;
        break;
      case 'stage':
        if (application !== undefined) data.stage = application.stage;
        break;
      case 'interviewScores':
        data.interviewScores = source.interviewRubrics.flatMap((rubricId) => {
          const score = source.scores.get(rubricId);
          return score === undefined ? [] : [{ rubricId, score }];
        });
        break;
    }
  }
  if (Object.keys(contacts).length > 0) data.contacts = contacts;
  return data;
};
