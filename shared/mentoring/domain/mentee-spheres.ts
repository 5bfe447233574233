import type { Application } from '../../applications/application-schema.ts';
import { mentoringSpheres } from '../../catalogue/domain/config/mentoring-schema.ts';
import type { ProgrammeSettings } from '../../catalogue/domain/config/programme-settings-schema.ts';

/**
 * A project's spheres: the answer to the season's sphere question (a choice of one or several of
 * the mentors' spheres), the ids the programme knows. None where the programme asks no such
 * question or the application did not answer it: matching then looks at language and region only.
 */
export const menteeSpheres = (application: Pick<Application, 'answers'>, settings: ProgrammeSettings): readonly string[] => {
  const question = settings.mentoring?.sphereQuestion;
  if (question === undefined) return [];
  const answer = application.answers[question];
  const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
  const known = new Set(mentoringSpheres(settings).map((sphere) => sphere.id));
  return [...new Set(chosen.filter((id) => known.has(id)))];
};
