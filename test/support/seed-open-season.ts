import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import type { ProgrammeSettings } from '../../shared/catalogue/domain/config/programme-settings-schema.ts';
import type { Season } from '../../shared/catalogue/domain/seasons/season-schema.ts';
import type { ProgrammeTemplate } from '../../shared/catalogue/domain/templates/programme-template.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface OpenSeasonOptions {
  /** The template the programme is made from (ПроКадры by default). */
  readonly template?: ProgrammeTemplate;
  /** Replaces parts of the template's settings. */
  readonly settings?: Partial<ProgrammeSettings>;
  /** Replaces parts of the season; by default its application window runs from a day ago to a day from now. */
  readonly season?: Partial<Season>;
  /** Prefix of the generated programme id, so a test's records are easy to tell apart. */
  readonly prefix?: string;
}

export interface OpenSeason {
  readonly programmeId: string;
  readonly seasonId: string;
}

/**
 * A programme and an open season written through the catalogue's repositories, as a published
 * season stands in the table. Opening a season through its workflow is the catalogue's own test;
 * everything else starts from here.
 */
export const seedOpenSeason = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  options: OpenSeasonOptions = {},
): Promise<OpenSeason> => {
  const template = options.template ?? prokadryTemplate;
  const programmeId = `${options.prefix ?? 'prog'}-${randomUUID().slice(0, 8)}`;
  const seasonId = `${programmeId}-season`;
  const at = new Date().toISOString();
  await new DynamoDbProgrammeRepository(client, tableName).create({
    id: programmeId,
    templateId: template.id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    settings: { ...template.settings, ...options.settings },
  });
  await new DynamoDbSeasonRepository(client, tableName).create({
    id: seasonId,
    programmeId,
    title: { ru: 'Сезон 2026', en: 'Season 2026' },
    description: { ru: 'Описание', en: 'Description' },
    referenceDate: '2026-08-31',
    calendar: [
      { stage: 'application', opensAt: new Date(Date.now() - DAY_MS).toISOString(), closesAt: new Date(Date.now() + DAY_MS).toISOString() },
    ],
    questions: [],
    status: 'open',
    version: 2,
    createdAt: at,
    updatedAt: at,
    openingAttempts: 1,
    openedAt: at,
    ...options.season,
  });
  return { programmeId, seasonId };
};
