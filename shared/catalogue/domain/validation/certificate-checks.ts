import type { ProgrammeSettingsShape } from '../config/programme-settings-schema.ts';
import { duplicateIds, problem, unknownReference, type ConfigProblem } from './config-problem.ts';

/**
 * The certificates section names real stages, each once, and every stage a move issues a
 * certificate into has its achievement: otherwise the `issueCertificate` effect would have nothing
 * to attest. A programme without the section issues none, so it must not ask for any.
 */
export const checkCertificates = (settings: ProgrammeSettingsShape): ConfigProblem[] => {
  const issuing = new Set(
    settings.pipeline.transitions
      .filter((transition) => transition.effects?.includes('issueCertificate'))
      .map((transition) => transition.to),
  );
  const certificates = settings.certificates;
  if (certificates === undefined) {
    return issuing.size === 0
      ? []
      : [
          problem(
            ['certificates'],
            'no-certificate-settings',
            'Переходы выдают сертификаты (issueCertificate), но раздел certificates не задан',
            'Moves issue certificates (issueCertificate), but the certificates section is missing',
          ),
        ];
  }
  const stages = new Set(settings.pipeline.stages.map((stage) => stage.id));
  const problems: ConfigProblem[] = [
    ...duplicateIds(
      certificates.achievements.map((achievement) => achievement.id),
      (i) => ['certificates', 'achievements', i, 'id'],
    ),
    ...duplicateIds(
      certificates.achievements.map((achievement) => achievement.stage),
      (i) => ['certificates', 'achievements', i, 'stage'],
    ),
  ];
  certificates.achievements.forEach((achievement, i) => {
    problems.push(
      ...unknownReference(['certificates', 'achievements', i, 'stage'], achievement.stage, stages, { ru: 'этап', en: 'stage' }),
    );
  });
  const attested = new Set(certificates.achievements.map((achievement) => achievement.stage));
  for (const stage of issuing) {
    if (!attested.has(stage))
      problems.push(
        problem(
          ['certificates', 'achievements'],
          'no-achievement-for-stage',
          `Переход на этап «${stage}» выдаёт сертификат, но достижение для этого этапа не задано`,
          `A move to "${stage}" issues a certificate, but no achievement names that stage`,
        ),
      );
  }
  return problems;
};
