import { TEMPLATE_CONTACT, type ProgrammeTemplate } from './programme-template.ts';

const MB = 1024 * 1024;

/** What a host body judges at the end of an internship (the concept's "оценка стажёра"): weights sum to 100. */
const INTERNSHIP_EVALUATION_CRITERIA = [
  { id: 'engagement', name: { ru: 'Вовлечённость и дисциплина', en: 'Engagement and discipline' }, weight: 40 },
  { id: 'quality', name: { ru: 'Качество выполненных задач', en: 'Quality of the work done' }, weight: 30 },
  { id: 'initiative', name: { ru: 'Инициативность и предложения', en: 'Initiative and proposals' }, weight: 30 },
];

/**
 * ПроКадры 2022 (Association of Youth Governments, concept of the 2022 season): citizens aged
 * 18–35 apply choosing a regional (РОИВ) or federal (ФОИВ) internship, are segmented into
 * beginner / young / PRO, take an online education block, are shortlisted for interviews by
 * course completion, and then beginners intern regionally while young and PRO interview with
 * federal ministries; finalists intern in Moscow and their data goes to their region's
 * youth-policy body.
 */
export const prokadryTemplate: ProgrammeTemplate = {
  id: 'prokadry',
  source: 'Концепция реализации Всероссийского проекта «ПроКадры» в 2022 г. (Ассоциация молодёжных правительств)',
  settings: {
    name: { ru: 'ПроКадры', en: 'ProKadry' },
    description: {
      ru: 'Всероссийский проект вовлечения молодёжи в государственную службу: обучение, собеседования и стажировки в региональных и федеральных органах исполнительной власти.',
      en: 'A nationwide project bringing young people into public service: education, interviews and internships in regional and federal executive bodies.',
    },
    contact: TEMPLATE_CONTACT,
    pipeline: {
      stages: [
        { id: 'application', kind: 'application', initial: true, name: { ru: 'Заявочная кампания', en: 'Application campaign' } },
        {
          id: 'screening',
          kind: 'screening',
          name: { ru: 'Проверка заявки и распределение по уровням', en: 'Screening and track assignment' },
        },
        {
          id: 'education',
          kind: 'education',
          name: { ru: 'Образовательный блок', en: 'Education block' },
          description: {
            ru: 'Записанные вебинары с дедлайнами доступа и живые трансляции; уровень курса зависит от трека.',
            en: 'Recorded webinars with access deadlines and live broadcasts; the course level depends on the track.',
          },
        },
        {
          id: 'interview',
          kind: 'interview',
          name: { ru: 'Собеседование с экспертами', en: 'Interview with experts' },
          description: {
            ru: 'Онлайн с самопрезентацией не более 5 минут или офлайн в федеральном округе.',
            en: 'Online with a self-presentation of at most 5 minutes, or offline in a federal district.',
          },
        },
        { id: 'regional-internship', kind: 'internship', name: { ru: 'Стажировка в РОИВ', en: 'Regional internship' } },
        {
          id: 'federal-interview',
          kind: 'interview',
          name: { ru: 'Собеседование с ФОИВ', en: 'Interview with a federal ministry' },
          description: {
            ru: 'Справка-объективка и самопрезентация перед комиссией ведомства.',
            en: 'Personal summary sheet and self-presentation to the ministry panel.',
          },
        },
        {
          id: 'federal-internship',
          kind: 'internship',
          name: { ru: 'Стажировка в ФОИВ (финалисты)', en: 'Federal internship (finalists)' },
        },
        { id: 'closing', kind: 'event', name: { ru: 'Итоговая встреча и награждение', en: 'Closing event and awards' } },
        { id: 'completed', kind: 'completed', name: { ru: 'Проект пройден', en: 'Completed' } },
        { id: 'not-selected', kind: 'rejected', name: { ru: 'Не прошёл отбор', en: 'Not selected' } },
        { id: 'withdrawn', kind: 'withdrawn', name: { ru: 'Заявка отозвана', en: 'Withdrawn' } },
      ],
      transitions: [
        { from: ['application'], to: 'screening', by: ['applicant'], effects: ['notifyApplicant'] },
        // Closing the application campaign starts the education block for every screened application at once.
        { from: ['screening'], to: 'education', by: ['system', 'staff'], gate: true, effects: ['notifyApplicant'] },
        { from: ['screening'], to: 'not-selected', by: ['system', 'staff'], effects: ['notifyApplicant'] },
        {
          from: ['education'],
          to: 'interview',
          by: ['system', 'staff'],
          gate: true,
          guards: [{ kind: 'shortlist' }],
          effects: ['notifyApplicant'],
        },
        { from: ['education'], to: 'not-selected', by: ['system', 'staff'], gate: true, effects: ['notifyApplicant'] },
        // The interview's score moves the application on by itself once the panel's scores are in
        // (a `system` move); below the passing score staff decide.
        {
          from: ['interview'],
          to: 'regional-internship',
          by: ['system', 'expert', 'staff'],
          guards: [
            { kind: 'tracks', tracks: ['beginner'] },
            { kind: 'rubricScore', rubric: 'expert-interview', atLeast: 6 },
          ],
          effects: ['notifyApplicant'],
        },
        {
          from: ['interview'],
          to: 'federal-interview',
          by: ['system', 'expert', 'staff'],
          guards: [
            { kind: 'tracks', tracks: ['young', 'pro'] },
            { kind: 'rubricScore', rubric: 'expert-interview', atLeast: 6 },
          ],
          effects: ['notifyApplicant'],
        },
        { from: ['interview'], to: 'not-selected', by: ['expert', 'staff'], effects: ['notifyApplicant'] },
        // The ministry's panel picks its finalists: its score moves them, or the ministry's people decide.
        {
          from: ['federal-interview'],
          to: 'federal-internship',
          by: ['system', 'partner', 'staff'],
          guards: [
            { kind: 'documents', documents: ['summary-sheet'] },
            { kind: 'rubricScore', rubric: 'ministry-interview', atLeast: 6 },
          ],
          effects: ['notifyApplicant', 'releaseDataToRegion'],
        },
        { from: ['federal-interview'], to: 'not-selected', by: ['partner', 'staff'], effects: ['notifyApplicant'] },
        { from: ['regional-internship', 'federal-internship'], to: 'closing', by: ['partner', 'staff'] },
        { from: ['closing'], to: 'completed', by: ['staff'], effects: ['issueCertificate', 'notifyApplicant'] },
        {
          from: ['application', 'screening', 'education', 'interview', 'regional-internship', 'federal-interview'],
          to: 'withdrawn',
          by: ['applicant'],
          effects: ['notifyStaff'],
        },
      ],
      withdrawalClosesAt: 'federal-interview',
    },
    eligibility: { ageRange: { min: 18, max: 35 }, citizenship: ['RU'], guardianConsentBelowAge: 18 },
    participantRoles: [],
    tracks: [
      {
        id: 'beginner',
        name: { ru: 'Начинающие управленцы', en: 'Beginner managers' },
        description: {
          ru: 'Без опыта государственной или муниципальной службы, обучение не по профилю: стажировки в РОИВ, затем возможны ФОИВ.',
          en: 'No public-service experience, studies outside public administration: regional internships first, federal later.',
        },
        internshipLevels: ['regional'],
      },
      {
        id: 'young',
        name: { ru: 'Молодые управленцы', en: 'Young managers' },
        description: {
          ru: 'Профильное обучение или опыт в молодёжных и общественных организациях, собственные проекты, стажировки, молодёжные правительства.',
          en: 'Public-administration studies or experience in youth and public organisations, own projects, internships, youth governments.',
        },
        internshipLevels: ['regional', 'federal'],
      },
      {
        id: 'pro',
        name: { ru: '«PRO» управленцы', en: 'PRO managers' },
        description: {
          ru: 'Уже на государственной или муниципальной службе и с профильным образованием: продвинутый курс, упор на ФОИВ.',
          en: 'Already in state or municipal service with a relevant degree: advanced course, emphasis on federal internships.',
        },
        internshipLevels: ['regional', 'federal'],
      },
    ],
    trackRules: [
      {
        id: 'pro-serving-with-degree',
        track: 'pro',
        when: {
          all: [
            { fact: 'publicServiceExperience', is: true },
            { fact: 'publicAdministrationEducation', is: true },
          ],
        },
        explanation: {
          ru: 'Вы работаете на государственной или муниципальной службе и имеете профильное образование.',
          en: 'You work in state or municipal service and have a public-administration degree.',
        },
      },
      {
        id: 'young-studies-or-activity',
        track: 'young',
        when: {
          any: [
            { fact: 'publicAdministrationEducation', is: true },
            { fact: 'youthOrganisationExperience', is: true },
            { fact: 'ownProjects', is: true },
            { fact: 'pastInternships', is: true },
            { fact: 'youthGovernmentMember', is: true },
          ],
        },
        explanation: {
          ru: 'Вы учитесь по профилю государственного управления или имеете опыт в молодёжных и общественных организациях, собственные проекты, стажировки в органах власти либо состоите в молодёжном правительстве.',
          en: 'You study public administration or have experience in youth or public organisations, own projects, internships in public bodies, or youth-government membership.',
        },
      },
      {
        // The concept places neither "serving without a relevant degree" under beginner (which
        // requires no service experience) nor under PRO (which requires the degree); service
        // experience outweighs an internship, so such applicants join the young track.
        id: 'young-serving-without-degree',
        track: 'young',
        when: { fact: 'publicServiceExperience', is: true },
        explanation: {
          ru: 'У вас есть опыт государственной или муниципальной службы, но нет профильного образования.',
          en: 'You have public-service experience but no public-administration degree.',
        },
      },
      {
        id: 'beginner-no-experience',
        track: 'beginner',
        when: {
          all: [
            { fact: 'publicServiceExperience', is: false },
            { fact: 'publicAdministrationEducation', is: false },
          ],
        },
        explanation: {
          ru: 'У вас пока нет опыта государственной службы, и вы учитесь не по профилю государственного управления.',
          en: 'You have no public-service experience yet and study outside public administration.',
        },
      },
    ],
    internshipLevels: [
      {
        id: 'regional',
        scope: 'regional',
        name: { ru: 'РОИВ — региональные органы исполнительной власти', en: 'Regional executive bodies (ROIV)' },
        description: {
          ru: 'В своём регионе; участники уровня PRO могут стажироваться и в других регионах.',
          en: 'In the participant’s own region; PRO participants may also intern in other regions.',
        },
        minWeeks: 2,
        maxWeeks: 12,
      },
      {
        id: 'federal',
        scope: 'federal',
        name: { ru: 'ФОИВ — федеральные органы исполнительной власти', en: 'Federal executive bodies (FOIV)' },
        description: {
          ru: 'В Москве, от двух недель до месяца по согласованию с ведомством.',
          en: 'In Moscow, two weeks to a month as agreed with the ministry.',
        },
        minWeeks: 2,
        maxWeeks: 4,
      },
    ],
    // Beginners rank regional offers in their own region; finalists rank the ministries' offers, and
    // PRO finalists may instead take a regional body's offer in any region ("ПРО" may intern in
    // РОИВ not only in their own region, during the federal internship stage).
    internships: {
      offerStages: [
        { stage: 'regional-internship', level: 'regional' },
        { stage: 'federal-internship', level: 'federal' },
        { stage: 'federal-internship', level: 'regional', tracks: ['pro'] },
      ],
      maxPreferences: 5,
      ownRegionOnly: { exceptTracks: ['pro'] },
      // The concept names no deadline; a week leaves time to agree dates with the host body.
      acceptanceDays: 7,
    },
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
        id: 'video-presentation',
        kind: 'videoPresentation',
        name: { ru: 'Видео-самопрезентация (до 5 минут)', en: 'Video self-presentation (up to 5 minutes)' },
        formats: ['mp4', 'webm'],
        maxBytes: 500 * MB,
        maxDurationSeconds: 300,
        stage: 'interview',
        // Only the online interview needs it; offline interviews in a federal district do not.
        required: false,
      },
      {
        id: 'summary-sheet',
        kind: 'summarySheet',
        name: { ru: 'Справка-объективка', en: 'Personal summary sheet' },
        formats: ['pdf'],
        maxBytes: 5 * MB,
        stage: 'federal-interview',
        required: true,
        tracks: ['young', 'pro'],
      },
    ],
    reviewRubrics: [
      {
        id: 'expert-interview',
        name: { ru: 'Собеседование с экспертами', en: 'Expert interview' },
        stage: 'interview',
        scale: { min: 0, max: 10 },
        criteria: [
          { id: 'motivation', name: { ru: 'Ожидания и мотивация', en: 'Expectations and motivation' }, weight: 30 },
          {
            id: 'experience',
            name: { ru: 'Обучение и опыт, в том числе общественный', en: 'Education and experience, including civic' },
            weight: 25,
          },
          {
            id: 'initiatives',
            name: { ru: 'Предложения и инициативы для стажировки', en: 'Proposals and initiatives for the internship' },
            weight: 25,
          },
          {
            id: 'internship-choice',
            name: { ru: 'Обоснование выбора РОИВ/ФОИВ', en: 'Justification of the regional/federal choice' },
            weight: 20,
          },
        ],
        passingScore: 6,
        reviewers: 2,
        aggregation: 'median',
        disagreementThreshold: 4,
        extraReviewerOnDisagreement: true,
        competences: ['public-administration', 'youth-policy'],
        // The interview is about the internship the applicant chose: the panel sees the region.
        // The self-presentation video is the online interview itself.
        blind: { hideRegion: false, hideOrganisation: true, documents: ['video-presentation'] },
      },
      {
        id: 'ministry-interview',
        name: { ru: 'Собеседование с ведомством', en: 'Ministry interview' },
        stage: 'federal-interview',
        scale: { min: 0, max: 10 },
        criteria: [
          { id: 'fit', name: { ru: 'Соответствие профилю ведомства', en: 'Fit with the ministry' }, weight: 40 },
          {
            id: 'background',
            name: { ru: 'Справка-объективка и профессиональный опыт', en: 'Summary sheet and professional background' },
            weight: 30,
          },
          { id: 'presentation', name: { ru: 'Самопрезентация', en: 'Self-presentation' }, weight: 30 },
        ],
        passingScore: 6,
        // The ministry's own panel decides: every member scores, their mean is the result.
        reviewers: 3,
        aggregation: 'mean',
        extraReviewerOnDisagreement: false,
        competences: [],
        blind: { hideRegion: false, hideOrganisation: false, documents: ['resume', 'video-presentation', 'summary-sheet'] },
      },
      // The host body's evaluation at the end of an internship (placements): one rubric per internship stage.
      ...(['regional-internship', 'federal-internship'] as const).map((stage) => ({
        id: `${stage}-evaluation`,
        name: {
          ru: stage === 'regional-internship' ? 'Оценка стажировки в РОИВ' : 'Оценка стажировки в ФОИВ',
          en: stage === 'regional-internship' ? 'Regional internship evaluation' : 'Federal internship evaluation',
        },
        stage,
        scale: { min: 0, max: 10 },
        criteria: INTERNSHIP_EVALUATION_CRITERIA,
        reviewers: 1,
        aggregation: 'mean' as const,
        extraReviewerOnDisagreement: false,
        competences: [],
        blind: { hideRegion: false, hideOrganisation: false, documents: [] },
      })),
    ],
    expertCompetences: [
      { id: 'public-administration', name: { ru: 'Государственное управление', en: 'Public administration' } },
      { id: 'youth-policy', name: { ru: 'Молодёжная политика', en: 'Youth policy' } },
      { id: 'law', name: { ru: 'Право', en: 'Law' } },
      { id: 'economics', name: { ru: 'Экономика', en: 'Economics' } },
    ],
    // Regional experts interview applicants bound for their own region's bodies: same region is no conflict here.
    conflictRules: { sameRegion: false },
    // The concept names qualitative results only; staff add numeric targets per programme.
    kpiTargets: [],
    // The concept leaves the live-broadcast share open; one half is a starting point staff tune.
    shortlist: { stage: 'interview', allRecordedWebinarsRequired: true, minLiveBroadcastShare: 0.5 },
    // A week and a day before the application campaign and the education block close; two windows
    // with two offsets each, so the cap of four lets every reminder through and stops any excess.
    // The closing event's awards: every graduate of the project gets the Association's certificate, its track named on it.
    certificates: {
      layout: 'prokadry',
      issuer: {
        ru: 'Ассоциация молодёжных правительств Российской Федерации',
        en: 'Association of Youth Governments of the Russian Federation',
      },
      numberPrefix: 'ПК',
      achievements: [
        {
          stage: 'completed',
          id: 'graduate',
          name: { ru: 'Выпускник проекта «ПроКадры»', en: 'Graduate of the ProKadry project' },
          description: {
            ru: 'Прошёл образовательный блок, собеседование и стажировку в органах исполнительной власти.',
            en: 'Completed the education block, the interview and an internship in an executive body.',
          },
        },
      ],
    },
    reminders: { stages: ['application', 'education'], hoursBeforeClose: [168, 24], maxPerPersonPerSeason: 4 },
  },
};
