import { TEMPLATE_CONTACT, type ProgrammeTemplate } from './programme-template.ts';

/**
 * Кадры будущего для регионов (ASI strategic initiative; the Amur region roadmap of 2019 and the
 * Perm region letter of 2018): open recruitment of pupils aged 14–17 (with a parent's consent)
 * and tutors aged 18–21, a pool of mentors (main 20, reserve 5), a three-day regional school that
 * forms project teams, individual education tracks on a digital platform, team projects with
 * internships and professional trials at partner organisations, presentation of results at
 * national forums, and alumni in the regional talent pool. KPIs are monitored quarterly.
 */
export const kadryBudushchegoTemplate: ProgrammeTemplate = {
  id: 'kadry-budushchego',
  source:
    'Постановление Правительства Амурской области от 08.08.2019 № 436; письмо Минобрнауки Пермского края от 24.04.2018 № СЭД-26-01-36-798',
  settings: {
    name: { ru: 'Кадры будущего для регионов', en: 'Future Talent for the Regions' },
    description: {
      ru: 'Региональные лидерские команды из школьников, тьюторов и наставников: региональная школа, индивидуальные образовательные треки, командные проекты, стажировки и профессиональные пробы у партнёров.',
      en: 'Regional leadership teams of pupils, tutors and mentors: a regional school, individual education tracks, team projects, internships and professional trials with partners.',
    },
    contact: TEMPLATE_CONTACT,
    pipeline: {
      stages: [
        { id: 'application', kind: 'application', initial: true, name: { ru: 'Открытый набор', en: 'Open recruitment' } },
        {
          id: 'selection',
          kind: 'selection',
          name: { ru: 'Отбор участников', en: 'Selection' },
          description: {
            ru: 'Не менее 200 обучающихся и 20 тьюторов; пул наставников.',
            en: 'At least 200 pupils and 20 tutors; a pool of mentors.',
          },
        },
        {
          id: 'regional-school',
          kind: 'school',
          name: { ru: 'Региональная школа', en: 'Regional school' },
          description: { ru: 'Три дня; формируются проектные команды.', en: 'Three days; project teams are formed.' },
        },
        {
          id: 'education-tracks',
          kind: 'education',
          name: { ru: 'Индивидуальные образовательные треки', en: 'Individual education tracks' },
          description: {
            ru: 'Обучение на цифровой платформе, паспорт навыков (скиллфолио), цифровой профиль.',
            en: 'Learning on the digital platform, a skills passport (skillfolio), a digital profile.',
          },
        },
        {
          id: 'project-work',
          kind: 'project',
          name: { ru: 'Командные проекты и профессиональные пробы', en: 'Team projects and professional trials' },
          description: {
            ru: 'С наставниками; стажировки у организаций-партнёров.',
            en: 'With mentors; internships at partner organisations.',
          },
        },
        { id: 'presentation', kind: 'event', name: { ru: 'Презентация результатов на форумах', en: 'Presentation of results at forums' } },
        { id: 'talent-pool', kind: 'completed', name: { ru: 'Региональный кадровый резерв', en: 'Regional talent pool' } },
        { id: 'not-selected', kind: 'rejected', name: { ru: 'Не прошёл отбор', en: 'Not selected' } },
        { id: 'withdrawn', kind: 'withdrawn', name: { ru: 'Участие прекращено', en: 'Withdrawn' } },
      ],
      transitions: [
        { from: ['application'], to: 'selection', by: ['applicant'], guards: [{ kind: 'guardianConsent' }], effects: ['notifyApplicant'] },
        // The selection commission's scores admit to the school when the selection window closes and
        // its reviews lock: the calendar runs this gate then, never staff early. Staff may still
        // record the commission's decision one application at a time.
        {
          from: ['selection'],
          to: 'regional-school',
          by: ['system'],
          gate: true,
          guards: [{ kind: 'rubricScore', rubric: 'selection', atLeast: 6 }],
          effects: ['notifyApplicant'],
        },
        { from: ['selection'], to: 'regional-school', by: ['staff'], effects: ['notifyApplicant'] },
        { from: ['selection'], to: 'not-selected', by: ['staff'], gate: true, effects: ['notifyApplicant'] },
        // The school forms the project teams: nobody leaves it without one, and project work is team work.
        {
          from: ['regional-school'],
          to: 'education-tracks',
          by: ['staff'],
          guards: [{ kind: 'participantRoles', roles: ['pupil', 'tutor'] }, { kind: 'team' }],
        },
        // Mentors lead teams rather than follow an education track.
        {
          from: ['regional-school'],
          to: 'project-work',
          by: ['staff'],
          guards: [{ kind: 'participantRoles', roles: ['mentor'] }, { kind: 'team' }],
        },
        { from: ['education-tracks'], to: 'project-work', by: ['staff', 'system'], guards: [{ kind: 'team' }] },
        { from: ['project-work'], to: 'presentation', by: ['staff', 'mentor'] },
        { from: ['presentation'], to: 'talent-pool', by: ['staff'], effects: ['issueCertificate', 'notifyApplicant'] },
        {
          from: ['application', 'selection', 'regional-school', 'education-tracks', 'project-work'],
          to: 'withdrawn',
          by: ['applicant'],
          effects: ['notifyStaff'],
        },
      ],
    },
    // Ages come from the participant roles; a parent consents for pupils under 18.
    eligibility: { citizenship: ['RU'], guardianConsentBelowAge: 18 },
    participantRoles: [
      {
        id: 'pupil',
        name: { ru: 'Обучающийся', en: 'Pupil' },
        description: { ru: 'Школьники и студенты колледжей 14–17 лет.', en: 'School and college students aged 14–17.' },
        ageRange: { min: 14, max: 17 },
        capacity: { main: 200, reserve: 0 },
      },
      {
        id: 'tutor',
        name: { ru: 'Тьютор', en: 'Tutor' },
        description: { ru: 'Студенты вузов и колледжей 18–21 года.', en: 'University and college students aged 18–21.' },
        ageRange: { min: 18, max: 21 },
        capacity: { main: 20, reserve: 0 },
      },
      {
        id: 'mentor',
        name: { ru: 'Наставник', en: 'Mentor' },
        description: {
          ru: 'Представители научной, профессиональной и политической сфер региона.',
          en: 'People from the region’s scientific, professional and political life.',
        },
        ageRange: { min: 18, max: 100 },
        capacity: { main: 20, reserve: 5 },
      },
    ],
    // Teams of pupils and tutors with a mentor, formed at the regional school (240 people, ~20 teams).
    teams: {
      formationStage: 'regional-school',
      memberRoles: ['pupil', 'tutor'],
      minMembers: 3,
      maxMembers: 12,
      mentor: { role: 'mentor', required: true },
    },
    // The seed's pool of mentors (main 20, reserve 5) is the `mentor` role's capacity, one number in
    // two places; mentors apply as participants and each leads a team, so the pipeline pairs nobody.
    mentoring: {
      pool: { main: 20, reserve: 5 },
      mentorCapacity: 1,
      spheres: [
        { id: 'science', name: { ru: 'Наука и образование', en: 'Science and education' } },
        { id: 'industry', name: { ru: 'Профессиональное сообщество и бизнес', en: 'Professions and business' } },
        { id: 'public-service', name: { ru: 'Государственное управление', en: 'Public service' } },
        { id: 'public-life', name: { ru: 'Общественная и политическая жизнь', en: 'Civic and political life' } },
      ],
      participantRole: 'mentor',
    },
    tracks: [],
    trackRules: [],
    // Internships and professional trials at the region's partner organisations (at least ten)
    // during project work; pupils do not choose a level when they apply, so it is not asked.
    internshipLevels: [
      {
        id: 'partner-organisation',
        scope: 'regional',
        name: {
          ru: 'Стажировки и профессиональные пробы у организаций-партнёров',
          en: 'Internships and professional trials at partner organisations',
        },
        description: {
          ru: 'На ведущих предприятиях и в организациях региона, в органах власти региона.',
          en: 'At the region’s leading enterprises and organisations, and in its public bodies.',
        },
        minWeeks: 1,
        maxWeeks: 4,
        askedAtApplication: false,
      },
    ],
    // Pupils and tutors rank the partners' offers during project work (mentors in the same stage lead teams instead).
    internships: {
      offerStages: [{ stage: 'project-work', level: 'partner-organisation', participantRoles: ['pupil', 'tutor'] }],
      maxPreferences: 3,
      ownRegionOnly: { exceptTracks: [] },
      // A parent agrees to a pupil's placement: more time than adults get.
      acceptanceDays: 10,
    },
    documentRequirements: [],
    reviewRubrics: [
      {
        id: 'selection',
        name: { ru: 'Отбор участников', en: 'Participant selection' },
        stage: 'selection',
        scale: { min: 0, max: 10 },
        criteria: [
          { id: 'motivation', name: { ru: 'Мотивация', en: 'Motivation' }, weight: 40 },
          { id: 'activity', name: { ru: 'Деловая и социальная активность', en: 'Business and social activity' }, weight: 30 },
          { id: 'regional-focus', name: { ru: 'Ориентация на развитие региона', en: 'Focus on the region’s development' }, weight: 30 },
        ],
        passingScore: 6,
        reviewers: 2,
        aggregation: 'mean',
        disagreementThreshold: 4,
        extraReviewerOnDisagreement: false,
        competences: [],
        // Pupils are minors from one region: the experts see neither their school nor their town.
        blind: { hideRegion: true, hideOrganisation: true, documents: [] },
      },
    ],
    expertCompetences: [
      { id: 'youth-work', name: { ru: 'Работа с молодёжью', en: 'Youth work' } },
      { id: 'project-management', name: { ru: 'Управление проектами', en: 'Project management' } },
    ],
    conflictRules: { sameRegion: false },
    // Measured from the pipeline where it can be: pupils and tutors count as trained when their
    // education track leads them into project work, as selected when they reach the regional school
    // (so do the mentors, who apply as participants); the share of supported projects is staff's to report.
    kpiTargets: [
      {
        id: 'trained',
        name: {
          ru: 'Обучающиеся и тьюторы прошли обучение на цифровой платформе',
          en: 'Pupils and tutors trained on the digital platform',
        },
        unit: 'people',
        target: 250,
        period: 'season',
        measure: { kind: 'stage-entered', stages: ['project-work'], roles: ['pupil', 'tutor'] },
      },
      {
        id: 'pupils-selected',
        name: { ru: 'Отобрано обучающихся', en: 'Pupils selected' },
        unit: 'people',
        target: 200,
        period: 'season',
        measure: { kind: 'stage-entered', stages: ['regional-school'], roles: ['pupil'] },
      },
      {
        id: 'tutors-selected',
        name: { ru: 'Отобрано тьюторов', en: 'Tutors selected' },
        unit: 'people',
        target: 20,
        period: 'season',
        measure: { kind: 'stage-entered', stages: ['regional-school'], roles: ['tutor'] },
      },
      {
        id: 'mentors',
        name: { ru: 'Подготовлено наставников', en: 'Mentors prepared' },
        unit: 'people',
        target: 20,
        period: 'season',
        measure: { kind: 'stage-entered', stages: ['regional-school'], roles: ['mentor'] },
      },
      {
        id: 'projects-supported',
        name: {
          ru: 'Командные проекты, поддержанные организациями или инвесторами',
          en: 'Team projects supported by organisations or investors',
        },
        unit: 'percent',
        target: 50,
        period: 'season',
        measure: { kind: 'reported' },
      },
      {
        id: 'partners',
        name: { ru: 'Организации-партнёры для стажировок и проб', en: 'Partner organisations for internships and trials' },
        unit: 'organisations',
        target: 10,
        period: 'season',
        measure: { kind: 'host-organisations' },
      },
    ],
    // Open recruitment runs on a portal for pupils: a week and a day before it closes.
    // Alumni enter the region's talent pool with the Agency's certificate.
    certificates: {
      layout: 'kadry-budushchego',
      issuer: { ru: 'Агентство стратегических инициатив', en: 'Agency for Strategic Initiatives' },
      numberPrefix: 'КБ',
      achievements: [
        {
          stage: 'talent-pool',
          id: 'talent-pool',
          name: { ru: 'Участник регионального кадрового резерва', en: 'Member of the regional talent pool' },
          description: {
            ru: 'Прошёл региональную школу, индивидуальный образовательный трек и командный проект с наставником, представил результаты.',
            en: 'Completed the regional school, an individual learning track and a team project with a mentor, and presented the results.',
          },
        },
      ],
    },
    reminders: { stages: ['application'], hoursBeforeClose: [168, 24], maxPerPersonPerSeason: 2 },
  },
};
