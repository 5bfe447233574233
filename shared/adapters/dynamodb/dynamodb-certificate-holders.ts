import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CertificateHolders } from '../../certificates/ports/certificate-holders.ts';
import { DynamoDbProfileRepository } from './dynamodb-profile-repository.ts';

/** "Фамилия Имя Отчество", as a person writes their own name and as Russian certificates print it. */
export const dynamoDbCertificateHolders = (client: DynamoDBDocumentClient, tableName: string): CertificateHolders => {
  const profiles = new DynamoDbProfileRepository(client, tableName);
  return {
    async find(applicantId) {
      const profile = await profiles.find(applicantId);
      if (profile === undefined) return undefined;
      const { last, first, patronymic } = profile.name;
      return { fullName: [last, first, patronymic].filter((part) => part !== undefined).join(' '), email: profile.contacts.email };
    },
  };
};
