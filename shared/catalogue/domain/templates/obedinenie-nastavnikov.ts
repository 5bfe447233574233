import { TEMPLATE_CONTACT, type ProgrammeTemplate } from './programme-template.ts';

const MB = 1024 * 1024;

/**
 * Объединение наставников (the mentoring association's project note, 2017): a mentee applies
 * with a résumé and a project description; the application is reviewed and the project evaluated
 * by experts; a mentor agrees to take the project and the mentee accepts the invitation; they meet
 * online or in person for a mentoring session; at the summing up the mentee receives a certificate
 * of the established form and a recommendation letter from the mentor.
 */
export const obedinenieNastavnikovTemplate: ProgrammeTemplate = {
  id: 'obedinenie-nastavnikov',
  source: 'Справка о проектах «Объединения наставников» (письмо Минвнутполитики Мурманской области от 11.10.2017 № 10-03/3321-ТМ)',
  settings: {
    name: { ru: 'Объединение наставников', en: 'Mentors’ Association' },
    description: {
      ru: 'Наставничество для авторов проектов: экспертная оценка проекта, наставник из профессионального сообщества, наставническая сессия, сертификат и рекомендательное письмо.',
      en: 'Mentoring for project authors: expert evaluation of the project, a mentor from the professional community, a mentoring session, a certificate and a recommendation letter.',
    },
    contact: TEMPLATE_CONTACT,
    pipeline: {
      stages: [
        { id: 'application', kind: 'application', initial: true, name: { ru: 'Профиль и заявка', en: 'Profile and application' } },
        { id: 'application-review', kind: 'screening', name: { ru: 'Рассмотрение заявки', en: 'Application review' } },
        { id: 'expert-evaluation', kind: 'review', name: { ru: 'Экспертная оценка проекта', en: 'Expert evaluation of the project' } },
        { id: 'mentor-agreement', kind: 'agreement', name: { ru: 'Согласование с наставником', en: 'Agreement with a mentor' } },
        {
          id: 'invitation',
          kind: 'agreement',
          name: { ru: 'Приглашение на наставническую сессию', en: 'Invitation to a mentoring session' },
        },
        {
          id: 'mentoring-session',
          kind: 'mentoring',
          name: { ru: 'Наставническая сессия', en: 'Mentoring session' },
          description: {
            ru: 'Знакомство очно или онлайн, согласование времени и формата, сессия.',
            en: 'Meeting in person or online, agreeing time and format, the session.',
          },
        },
        { id: 'summing-up', kind: 'summing-up', name: { ru: 'Подведение итогов', en: 'Summing up' } },
        { id: 'completed', kind: 'completed', name: { ru: 'Наставничество завершено', en: 'Mentoring completed' } },
        { id: 'not-selected', kind: 'rejected', name: { ru: 'Заявка отклонена', en: 'Not accepted' } },
        { id: 'withdrawn', kind: 'withdrawn', name: { ru: 'Отказ участника', en: 'Withdrawn' } },
      ],
      transitions: [
        {
          from: ['application'],
          to: 'application-review',
          by: ['applicant'],
          guards: [{ kind: 'documents', documents: ['resume', 'project-description'] }],
          effects: ['notifyApplicant'],
        },
        { from: ['application-review'], to: 'expert-evaluation', by: ['staff'] },
        { from: ['application-review'], to: 'not-selected', by: ['staff'], effects: ['notifyApplicant'] },
        // The last review's score passes a project at once (the platform moves it); staff decide the rest by hand.
        {
          from: ['expert-evaluation'],
          to: 'mentor-agreement',
          by: ['expert', 'system'],
          guards: [{ kind: 'rubricScore', rubric: 'project-evaluation', atLeast: 6 }],
        },
        { from: ['expert-evaluation'], to: 'mentor-agreement', by: ['staff'] },
        { from: ['expert-evaluation'], to: 'not-selected', by: ['expert', 'staff'], effects: ['notifyApplicant'] },
        { from: ['mentor-agreement'], to: 'invitation', by: ['mentor', 'staff'], effects: ['notifyApplicant'] },
        { from: ['mentor-agreement'], to: 'not-selected', by: ['staff'], effects: ['notifyApplicant'] },
        // The mentee accepts the invitation (POST /applications/{id}/mentoring/invitation); staff may record it for them.
        { from: ['invitation'], to: 'mentoring-session', by: ['applicant', 'staff'], effects: ['notifyStaff'] },
        { from: ['mentoring-session'], to: 'summing-up', by: ['mentor', 'staff'] },
        // A mentor who stopped answering or dropped out: staff end the pair and the mentee waits for another.
        { from: ['invitation', 'mentoring-session'], to: 'mentor-agreement', by: ['staff'] },
        {
          from: ['summing-up'],
          to: 'completed',
          by: ['mentor', 'staff'],
          effects: ['issueCertificate', 'requestRecommendationLetter', 'notifyApplicant'],
        },
        // Declining the invitation is the mentee's withdrawal.
        {
          from: ['application', 'application-review', 'expert-evaluation', 'mentor-agreement', 'invitation'],
          to: 'withdrawn',
          by: ['applicant'],
          effects: ['notifyStaff'],
        },
      ],
      withdrawalClosesAt: 'invitation',
    },
    // "Anyone with a project": no age bounds; a minor still needs a parent's consent.
    eligibility: { citizenship: ['RU'], guardianConsentBelowAge: 18 },
    participantRoles: [],
    tracks: [],
    trackRules: [],
    internshipLevels: [],
    documentRequirements: [
      {
        id: 'resume',
        kind: 'resume',
        name: { ru: 'Резюме', en: 'Résumé' },
        formats: ['pdf', 'doc', 'docx'],
        maxBytes: 10 * MB,
        stage: 'application',
        required: true,
      },
      {
        id: 'project-description',
        kind: 'projectDescription',
        name: { ru: 'Описание проекта', en: 'Project description' },
        formats: ['pdf', 'doc', 'docx'],
        maxBytes: 20 * MB,
        stage: 'application',
        required: true,
      },
    ],
    reviewRubrics: [
      {
        id: 'project-evaluation',
        name: { ru: 'Экспертная оценка проекта', en: 'Project evaluation' },
        stage: 'expert-evaluation',
        scale: { min: 0, max: 10 },
        criteria: [
          {
            id: 'relevance',
            name: { ru: 'Значимость для социально-экономического развития', en: 'Relevance to social and economic development' },
            weight: 30,
          },
          { id: 'feasibility', name: { ru: 'Реализуемость', en: 'Feasibility' }, weight: 30 },
          { id: 'novelty', name: { ru: 'Новизна', en: 'Novelty' }, weight: 20 },
          { id: 'readiness', name: { ru: 'Готовность автора', en: 'The author’s readiness' }, weight: 20 },
        ],
        passingScore: 6,
        reviewers: 2,
        aggregation: 'z-score',
        disagreementThreshold: 3,
        extraReviewerOnDisagreement: true,
        competences: ['social-projects', 'business', 'technology', 'education'],
        // The project description is what is evaluated; the résumé names its author.
        blind: { hideRegion: true, hideOrganisation: true, documents: ['project-description'] },
      },
    ],
    expertCompetences: [
      { id: 'social-projects', name: { ru: 'Социальные проекты', en: 'Social projects' } },
      { id: 'business', name: { ru: 'Предпринимательство', en: 'Entrepreneurship' } },
      { id: 'technology', name: { ru: 'Технологии', en: 'Technology' } },
      { id: 'education', name: { ru: 'Образование и просвещение', en: 'Education' } },
    ],
    conflictRules: { sameRegion: false },
    // A submitted application enters the review; a mentee is served once their session leads to the summing up.
    kpiTargets: [
      {
        id: 'mentors',
        name: { ru: 'Привлечено наставников', en: 'Mentors engaged' },
        unit: 'people',
        target: 500,
        period: 'season',
        measure: { kind: 'mentor-pool' },
      },
      {
        id: 'applications',
        name: { ru: 'Заявок от наставляемых', en: 'Applications from mentees' },
        unit: 'applications',
        target: 3000,
        period: 'season',
        measure: { kind: 'stage-entered', stages: ['application-review'] },
      },
      {
        id: 'mentees',
        name: { ru: 'Наставляемых прошли работу с наставником', en: 'Mentees served' },
        unit: 'people',
        target: 1000,
        period: 'season',
        measure: { kind: 'stage-entered', stages: ['summing-up'] },
      },
      {
        id: 'internships',
        name: { ru: 'Стажировок пройдено', en: 'Internships completed' },
        unit: 'internships',
        target: 300,
        period: 'season',
        measure: { kind: 'internships-completed' },
      },
    ],
    // The KPI's 500 mentors are the main tier, with a fifth more in reserve for those who drop out or
    // decline; two mentees each serve the KPI's 1,000 mentees, and the reserve leaves room for 200 more.
    // Mentors declare the spheres the experts evaluate projects in (the expert competences); a
    // season's `project-sphere` question names a project's, and the evaluation's score ranks mentees.
    mentoring: {
      pool: { main: 500, reserve: 100 },
      mentorCapacity: 2,
      sphereQuestion: 'project-sphere',
      rankingRubric: 'project-evaluation',
      stages: { agreement: 'mentor-agreement', invitation: 'invitation', session: 'mentoring-session', summingUp: 'summing-up' },
    },
    // One reminder, three days before a season's application window closes: the form is short.
    // "A certificate of the established form": the mentee's, at the summing up; the mentor's letter is its own document.
    certificates: {
      layout: 'obedinenie-nastavnikov',
      issuer: { ru: 'Объединение наставников', en: 'Mentors’ Association' },
      numberPrefix: 'ОН',
      achievements: [
        {
          stage: 'completed',
          id: 'mentoring-completed',
          name: { ru: 'Проект прошёл наставническое сопровождение', en: 'Project completed with a mentor' },
          description: {
            ru: 'Проект прошёл экспертную оценку и наставническую сессию с наставником из профессионального сообщества.',
            en: 'The project passed the expert evaluation and a mentoring session with a mentor from the professional community.',
          },
        },
      ],
    },
    reminders: { stages: ['application'], hoursBeforeClose: [72], maxPerPersonPerSeason: 1 },
  },
};
