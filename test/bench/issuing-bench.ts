import { randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { certificateDependenciesFromEnv } from '../../shared/adapters/certificates/certificate-dependencies-from-env.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import type { Certificate } from '../../shared/certificates/certificate-schema.ts';
import type { CertificateDependencies } from '../../shared/certificates/use-cases/certificate-dependencies.ts';
import { issueRequestedCertificates } from '../../shared/certificates/use-cases/issue-requested-certificates.ts';
import { requestCertificate } from '../../shared/certificates/use-cases/request-certificate.ts';
import { ENTITY, achievementCertificateKey, certificateKeys, certificateQueueKeys, profileKey } from '../../shared/platform/keys/keys.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../shared/platform/workflow/settle-in-parallel.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { writeAll } from '../support/seed-gate-season.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import type { MeteredRequest } from './capacity-meter.ts';
import type { CostLine } from './cost-model.ts';
import { PRICES } from './prices.ts';
import { meterS3Requests } from './s3-request-meter.ts';

/** The issue's yardstick: a season's graduates, 10,000 certificates requested at once by a gate into the certifying stage. */
export const ISSUING_COUNT = 10_000;

/**
 * The issuer as deployed (infra/stacks/schedules-stack.ts, functions/issuer/handler.ts): 1,024 MB
 * arm64, started every minute, taking certificates for at most 45 s a run.
 */
export const ISSUER = { memoryMb: 1024, budgetMs: 45_000 } as const;

/** Invented holders (no real person): names of different lengths, as a season's are. */
const NAMES = {
  female: {
    last: ['Ёлкина', 'Иванова', 'Кузнецова', 'Соколова', 'Лебедева', 'Новикова-Преображенская', 'Морозова', 'Волкова'],
    first: ['Анастасия', 'Мария', 'Екатерина', 'Ольга', 'Дарья', 'Александра'],
    patronymic: ['Вячеславовна', 'Игоревна', 'Александровна', 'Сергеевна', 'Константиновна'],
  },
  male: {
    last: ['Смирнов', 'Попов', 'Васильев', 'Петров', 'Фёдоров', 'Михайлов-Черноморский', 'Никитин'],
    first: ['Иван', 'Дмитрий', 'Алексей', 'Максим', 'Никита', 'Святослав'],
    patronymic: ['Андреевич', 'Олегович', 'Владимирович', 'Евгеньевич'],
  },
} as const;

const nameOf = (index: number): { last: string; first: string; patronymic: string } => {
  const names = index % 2 === 0 ? NAMES.female : NAMES.male;
  const at = <T>(list: readonly T[], salt: number): T => list[(index * 7 + salt * 13 + Math.floor(index / 3)) % list.length] as T;
  return { last: at(names.last, 1), first: at(names.first, 2), patronymic: at(names.patronymic, 3) };
};

/** The certificate store's item for a requested certificate: its keys, its place in the issuer's queue, the certificate. */
const requestedItems = (certificate: Certificate): Record<string, unknown>[] => [
  { ...certificateKeys(certificate), ...certificateQueueKeys(certificate), entity: ENTITY.certificate, ...certificate },
  {
    ...achievementCertificateKey(certificate.applicationId, certificate.achievement.id),
    entity: ENTITY.achievementCertificate,
    certificateId: certificate.id,
  },
];

/**
 * `count` requested certificates of one ПроКадры season's graduates, as a gate into the certifying
 * stage leaves them: the first requested through the `issueCertificate` effect's use case, the
 * others the same certificate for holders of their own (own ids, names, profiles with the mail's
 * address), written with BatchWriteItem from the store's keys. Not measured.
 */
const seedRequestedCertificates = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  deps: CertificateDependencies,
  count: number,
): Promise<void> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template: prokadryTemplate, prefix: 'bench-issuing' });
  const stage = prokadryTemplate.settings.certificates?.achievements[0]?.stage;
  if (stage === undefined) throw new Error('The ПроКадры template certifies no stage');
  const at = new Date().toISOString();
  const holders = Array.from({ length: count }, (_, index) => ({ applicantId: randomUUID(), name: nameOf(index) }));
  const profiles = holders.map(({ applicantId, name }) => ({
    ...profileKey(applicantId),
    entity: ENTITY.profile,
    ...baseProfile(),
    name,
    contacts: { email: `${applicantId}@example.org` },
    applicantId,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
  await writeInBatches(client, tableName, profiles);

  const [first] = holders;
  if (first === undefined) throw new Error('The issuing bench needs at least one certificate');
  const application: Application = {
    id: randomUUID(),
    seasonId,
    programmeId,
    applicantId: first.applicantId,
    stage,
    answers: {},
    track: { track: 'young', assignedAt: at },
    language: 'ru',
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    version: 9,
  };
  const [programme, season] = await Promise.all([
    new DynamoDbProgrammeRepository(client, tableName).find(programmeId),
    new DynamoDbSeasonRepository(client, tableName).find(seasonId),
  ]);
  if (programme === undefined || season === undefined) throw new Error('The issuing bench’s season is gone');
  const requested = await requestCertificate(deps, { application, programme, season, move: { to: stage } });
  if (requested !== 'requested') throw new Error(`The issuing bench’s first certificate was not requested: ${requested}`);
  const template = (await deps.certificates.ofHolder(first.applicantId, { limit: 1 })).items[0];
  if (template === undefined) throw new Error('The issuing bench’s first certificate is gone');
  const certificates = holders.slice(1).map(
    ({ applicantId, name }): Certificate => ({
      ...template,
      id: randomUUID(),
      applicationId: randomUUID(),
      applicantId,
      holderName: `${name.last} ${name.first} ${name.patronymic}`,
    }),
  );
  await writeInBatches(client, tableName, certificates.flatMap(requestedItems));
};

const writeInBatches = async (client: DynamoDBDocumentClient, tableName: string, items: readonly Record<string, unknown>[]) => {
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, batch) => items.slice(batch * 25, (batch + 1) * 25));
  valuesOrFirstFailure(await settleInParallel(batches, 8, (batch) => writeAll(client, tableName, batch)));
};

export interface IssuingMeasurement {
  readonly count: number;
  readonly seedSeconds: number;
  /** The issuer's runs, one after another, as the schedule's would be (without the minute between them). */
  readonly runs: number;
  readonly runSeconds: readonly number[];
  readonly seconds: number;
  readonly issued: number;
  readonly skipped: number;
  readonly requests: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly s3ByCommand: Readonly<Record<string, number>>;
  readonly s3Puts: number;
  readonly s3Others: number;
  readonly signatures: number;
  readonly pdfs: number;
  readonly pdfBytes: number;
  readonly renderMs: number;
  readonly mails: number;
  /** What did not come out as it should: every certificate issued, signed and mailed once. */
  readonly problems: readonly string[];
}

/**
 * `count` requested certificates issued by the issuer's use case on the bench's local cloud
 * (DynamoDB Local, s3rver, the local key file signing), run after run with the deployed Lambda's
 * budget until none is left, as the minute schedule would. Through the deployment's own wiring
 * (certificate-dependencies-from-env.ts), with thin wrappers that count the signatures, the PDFs
 * and the mails queued; every DynamoDB request counted by the capacity meter on the process's
 * document client, every S3 request by a meter on its S3 client.
 */
export const benchIssuing = async (context: {
  readonly tableName: string;
  /** A client of the bench's own for seeding, not metered. */
  readonly benchClient: DynamoDBDocumentClient;
  readonly meter: { readonly take: () => MeteredRequest[] };
  readonly s3: S3Client;
  readonly count: number;
}): Promise<IssuingMeasurement> => {
  const s3Meter = meterS3Requests(context.s3);
  const wired = certificateDependenciesFromEnv();
  const counted = { signatures: 0, pdfs: 0, pdfBytes: 0, renderMs: 0, mails: 0 };
  const deps: CertificateDependencies = {
    ...wired,
    signer: {
      publicKey: () => wired.signer.publicKey(),
      sign: (input) => {
        counted.signatures += 1;
        return wired.signer.sign(input);
      },
    },
    renderer: {
      certificate: async (input) => {
        const started = performance.now();
        const pdf = await wired.renderer.certificate(input);
        counted.renderMs += performance.now() - started;
        counted.pdfs += 1;
        counted.pdfBytes += pdf.length;
        return pdf;
      },
      letter: (input) => wired.renderer.letter(input),
    },
    mailQueue: {
      enqueue: async (mail, at) => {
        const queued = await wired.mailQueue.enqueue(mail, at);
        if (queued === 'queued') counted.mails += 1;
        return queued;
      },
      enqueueCapped: (mail, cap, at) => wired.mailQueue.enqueueCapped(mail, cap, at),
    },
  };

  const seedStarted = performance.now();
  await seedRequestedCertificates(context.benchClient, context.tableName, deps, context.count);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  context.meter.take();
  s3Meter.take();
  Object.assign(counted, { signatures: 0, pdfs: 0, pdfBytes: 0, renderMs: 0, mails: 0 });
  const runSeconds: number[] = [];
  const totals = { issued: 0, skipped: 0 };
  for (;;) {
    const started = performance.now();
    const report = await issueRequestedCertificates(deps, { budgetMs: ISSUER.budgetMs, holder: `bench-issuer-${runSeconds.length + 1}` });
    runSeconds.push((performance.now() - started) / 1000);
    totals.issued += report.issued;
    totals.skipped += report.skipped;
    if (report.outcome === 'drained') break;
    if (report.outcome === 'lease-held' || report.issued === 0)
      throw new Error(`The issuer's run ${runSeconds.length} made no progress: ${JSON.stringify(report)}`);
  }
  const requests = context.meter.take();
  const s3 = s3Meter.take();
  const problems = [
    ...(totals.issued === context.count ? [] : [`${totals.issued} issued of ${context.count}`]),
    ...(counted.pdfs === context.count ? [] : [`${counted.pdfs} PDFs rendered for ${context.count} certificates`]),
    ...(counted.mails === context.count ? [] : [`${counted.mails} mails queued for ${context.count} holders`]),
  ];
  return {
    count: context.count,
    seedSeconds,
    runs: runSeconds.length,
    runSeconds,
    seconds: runSeconds.reduce((total, seconds) => total + seconds, 0),
    ...totals,
    requests: requests.length,
    readUnits: requests.reduce((total, request) => total + request.readUnits, 0),
    writeUnits: requests.reduce((total, request) => total + request.writeUnits, 0),
    s3ByCommand: s3.byCommand,
    s3Puts: s3.putClass,
    s3Others: s3.otherClass,
    ...counted,
    problems,
  };
};

/**
 * What issuing costs per 1,000 certificates in AWS, from the work counted (prices.ts): the
 * issuer's invocations and its runs' measured time as Lambda duration at its memory (the local
 * wall time: the only source of it), DynamoDB units, S3 requests, one KMS Sign per signature, and
 * the holders' mails at SES's price (the mail queue's drainer sends them; its own table work is
 * not counted here).
 */
export const issuingCostPer1000 = (measurement: IssuingMeasurement): readonly CostLine[] => {
  const scale = 1000 / measurement.count;
  const gbSeconds = measurement.seconds * (ISSUER.memoryMb / 1024);
  const line = (item: string, quantity: number, unit: string, price: number): CostLine => ({
    item,
    per1000: quantity * scale,
    unit,
    usd: quantity * scale * price,
  });
  return [
    line('Lambda requests', measurement.runs, 'invocations', PRICES.lambdaRequestUsd),
    line(`Lambda duration (${ISSUER.memoryMb} MB arm64)`, gbSeconds, 'GB-s', PRICES.lambdaArmGbSecondUsd),
    line('DynamoDB reads', measurement.readUnits, 'RRU', PRICES.dynamoDbReadUnitUsd),
    line('DynamoDB writes', measurement.writeUnits, 'WRU', PRICES.dynamoDbWriteUnitUsd),
    line('S3 PUTs', measurement.s3Puts, 'requests', PRICES.s3PutRequestUsd),
    line('S3 GETs and HEADs', measurement.s3Others, 'requests', PRICES.s3GetRequestUsd),
    line('KMS Sign (ECC P-256)', measurement.signatures, 'requests', PRICES.kmsAsymmetricRequestUsd),
    line('SES', measurement.mails, 'mails', PRICES.sesMailUsd),
  ];
};

const count = (value: number): string => value.toLocaleString('en');

/** The issuing run's figures and its cost per 1,000 certificates, in the other job runs' style. */
export const printIssuingReport = (run: IssuingMeasurement): void => {
  const per1000 = 1000 / run.count;
  const costs = issuingCostPer1000(run);
  const total = costs.reduce((sum, line) => sum + line.usd, 0);
  const withoutMail = costs.filter((line) => line.item !== 'SES').reduce((sum, line) => sum + line.usd, 0);
  const pdfKib = run.pdfBytes / Math.max(1, run.pdfs) / 1024;
  const storedGb = (run.pdfBytes * per1000) / 1024 ** 3;
  const slowest = Math.max(...run.runSeconds);
  console.log(
    [
      `\nCertificate issuing: ${count(run.count)} requested certificates of one ПроКадры season, issued by the issuer (issueRequestedCertificates) run after run with the Lambda's ${ISSUER.budgetMs / 1000} s budget until none was left, on the local cloud`,
      `  ${run.seconds.toFixed(1)} s in ${run.runs} runs (the longest ${slowest.toFixed(1)} s; seeding ${run.seedSeconds.toFixed(0)} s, not timed): ${((run.seconds * 1000) / run.count).toFixed(1)} ms a certificate (each PDF's render ${(run.renderMs / Math.max(1, run.pdfs)).toFixed(0)} ms from start to end, 4 at a time on one thread); ${count(run.issued)} issued, ${run.skipped} skipped, ${count(run.mails)} holders' mails queued${run.problems.length === 0 ? '' : `; PROBLEMS: ${run.problems.join('; ')}`}`,
      `  DynamoDB: ${count(run.requests)} requests, ${run.readUnits.toFixed(0)} read units, ${run.writeUnits.toFixed(0)} write units (${(run.requests * per1000).toFixed(0)} requests, ${(run.readUnits * per1000).toFixed(0)} RRU + ${(run.writeUnits * per1000).toFixed(0)} WRU per 1,000 certificates)`,
      `  S3: ${count(run.s3Puts + run.s3Others)} requests ${JSON.stringify(run.s3ByCommand)} (${(run.s3Puts * per1000).toFixed(0)} PUTs per 1,000 certificates); signatures: ${count(run.signatures)} (${(run.signatures * per1000).toFixed(0)} per 1,000); PDF: ${pdfKib.toFixed(1)} KiB a certificate on average`,
      `  cost per 1,000 certificates in AWS (prices.ts; issuer Lambda ${ISSUER.memoryMb} MB arm64 for the runs' wall time measured here, on shared cores beside the local DynamoDB and S3; that memory gets ~0.6 vCPU in Lambda):`,
      ...costs
        .filter((line) => line.per1000 > 0)
        .map((line) => `    ${line.item}: ${line.per1000.toFixed(line.per1000 < 10 ? 2 : 0)} ${line.unit} = $${line.usd.toFixed(5)}`),
      `    total: $${total.toFixed(4)} ($${withoutMail.toFixed(4)} without the holders' mails)`,
      `  kept: ${(storedGb * 1024).toFixed(1)} MiB of PDFs per 1,000 certificates, $${(storedGb * PRICES.s3StorageGbMonthUsd).toFixed(5)} a month in S3 Standard`,
    ].join('\n'),
  );
};
