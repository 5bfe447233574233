import type { Profile } from '../../../applicants/domain/profile/profile-schema.ts';
import type { Application } from '../../../applications/application-schema.ts';
import type { ReviewRubric } from '../../../catalogue/domain/config/review-rubric-schema.ts';
import type { BlindApplicationView } from '../../blind-view-schema.ts';

/** Adds `key: value` only when the policy shows it, so a hidden field is absent rather than empty. */
const shown = <K extends string, V>(show: boolean, key: K, value: V | undefined): Partial<Record<K, V>> =>
  show && value !== undefined ? ({ [key]: value } as Record<K, V>) : {};

/**
 * The application as an expert may see it under the rubric's blind policy. Built field by field
 * from an allow-list, never by deleting from the whole: a field added to the profile or the
 * application later stays out of the expert's view until someone decides it belongs there.
 */
export const blindApplicationView = (
  application: Application,
  profile: Profile | undefined,
  policy: ReviewRubric['blind'],
): BlindApplicationView => {
  const organisations = !policy.hideOrganisation;
  return {
    applicationId: application.id,
    seasonId: application.seasonId,
    stage: application.stage,
    ...shown(true, 'track', application.track?.track),
    ...shown(true, 'participantRole', application.participantRole),
    ...shown(true, 'preferredInternshipLevel', application.preferredInternshipLevel),
    ...shown(true, 'internshipJustification', application.internshipJustification),
    ...shown(true, 'projectDescription', application.projectDescription),
    answers: application.answers,
    ...shown(!policy.hideRegion, 'region', application.region ?? profile?.region),
    background: {
      education: (profile?.education ?? []).map((study) => ({
        level: study.level,
        field: study.field,
        graduationYear: study.graduationYear,
        publicAdministration: study.publicAdministration,
        ...shown(organisations, 'institution', study.institution),
      })),
      workExperience: (profile?.workExperience ?? []).map((job) => ({
        role: job.role,
        publicService: job.publicService,
        from: job.from,
        ...shown(true, 'to', job.to),
        ...shown(organisations, 'organisation', job.organisation),
      })),
      ownProjects: (profile?.activity.ownProjects ?? []).map((project) => ({
        title: project.title,
        year: project.year,
        ...shown(true, 'description', project.description),
      })),
      internships: (profile?.activity.internships ?? []).map((internship) => ({
        publicBody: internship.publicBody,
        from: internship.from,
        ...shown(true, 'to', internship.to),
        ...shown(organisations, 'organisation', internship.organisation),
      })),
      organisations: (profile?.activity.organisations ?? []).map((membership) => ({
        kind: membership.kind,
        from: membership.from,
        ...shown(true, 'to', membership.to),
        ...shown(true, 'role', membership.role),
        ...shown(organisations, 'name', membership.name),
      })),
      // A youth government is named after its region ("…Пермского края"): shown only when both are.
      youthGovernment: (profile?.activity.youthGovernment ?? []).map((membership) => ({
        level: membership.level,
        from: membership.from,
        ...shown(true, 'to', membership.to),
        ...shown(organisations && !policy.hideRegion, 'body', membership.body),
      })),
    },
  };
};
