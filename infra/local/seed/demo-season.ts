import { isTerminalKind } from '../../../shared/catalogue/domain/config/pipeline-schema.ts';
import { mentoringSpheres } from '../../../shared/catalogue/domain/config/mentoring-schema.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import type { SeasonDefinition } from '../../../shared/catalogue/domain/seasons/season-schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const WINDOW_DAYS = 30;

/**
 * The stage a window's close moves its cohort to: the first gate the platform may run from the
 * stage to a stage that is not an outcome (ПроКадры's education block closes into the interview
 * shortlist, not into "not selected"). Undefined where the pipeline has no such gate.
 */
const closeGateOf = (template: ProgrammeTemplate, stage: string): { readonly to: string } | undefined => {
  const { stages, transitions } = template.settings.pipeline;
  const outcome = new Set(stages.filter((one) => isTerminalKind(one.kind)).map((one) => one.id));
  const gate = transitions.find(
    (transition) =>
      transition.gate === true && transition.from.includes(stage) && transition.by.includes('system') && !outcome.has(transition.to),
  );
  return gate === undefined ? undefined : { to: gate.to };
};

/**
 * A season whose application window opened yesterday, with one 30-day window per working stage
 * after it, so every stage of the demo pipeline has a place in the calendar; a window with a
 * gate the platform runs closes into it, so the demo's calendar jobs list shows gates as well as
 * reminders.
 */
export const demoSeason = (template: ProgrammeTemplate, seasonId: string, now: Date): SeasonDefinition => {
  const start = now.getTime() - DAY_MS;
  const stages = template.settings.pipeline.stages.filter((stage) => !isTerminalKind(stage.kind));
  const calendar = stages.map((stage, index) => {
    const closeGate = closeGateOf(template, stage.id);
    return {
      stage: stage.id,
      opensAt: new Date(start + index * WINDOW_DAYS * DAY_MS).toISOString(),
      closesAt: new Date(start + (index + 1) * WINDOW_DAYS * DAY_MS).toISOString(),
      ...(closeGate === undefined ? {} : { closeGate }),
    };
  });
  const applicationCloses = calendar[0]?.closesAt ?? now.toISOString();
  return {
    id: seasonId,
    title: { ru: `${template.settings.name.ru}: демонстрационный сезон`, en: `${template.settings.name.en}: demo season` },
    description: {
      ru: `Демонстрационный сезон программы «${template.settings.name.ru}» для знакомства с cadre.`,
      en: `A demo season of ${template.settings.name.en} for getting to know cadre.`,
    },
    referenceDate: applicationCloses.slice(0, 10),
    calendar,
    questions: [
      {
        id: 'motivation',
        kind: 'text',
        required: true,
        maxLength: 2000,
        label: { ru: 'Почему вы хотите участвовать?', en: 'Why do you want to take part?' },
      },
      {
        id: 'heard-from',
        kind: 'choice',
        required: false,
        multiple: false,
        label: { ru: 'Откуда вы узнали о программе?', en: 'How did you hear about the programme?' },
        options: [
          { id: 'social-media', label: { ru: 'Социальные сети', en: 'Social media' } },
          { id: 'university', label: { ru: 'Учебное заведение', en: 'School or university' } },
          { id: 'friends', label: { ru: 'Друзья', en: 'Friends' } },
        ],
      },
      ...sphereQuestion(template),
    ],
  };
};

/** Where the programme matches mentors by sphere, the question that names a project's spheres: a choice among the mentors' spheres. */
const sphereQuestion = (template: ProgrammeTemplate): SeasonDefinition['questions'] => {
  const id = template.settings.mentoring?.sphereQuestion;
  if (id === undefined) return [];
  return [
    {
      id,
      kind: 'choice',
      required: true,
      multiple: true,
      label: { ru: 'В каких сферах ваш проект?', en: 'Which spheres is your project in?' },
      options: mentoringSpheres(template.settings).map((sphere) => ({ id: sphere.id, label: sphere.name })),
    },
  ];
};
