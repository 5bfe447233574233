import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { answerValueSchema } from '../../../shared/applications/application-schema.ts';
import { validatePart } from '../../../shared/platform/http/field-problems.ts';
import { kpiTargetSchema } from '../../../shared/catalogue/domain/config/kpi-target-schema.ts';
import { storableNumberSchema } from '../../../shared/catalogue/domain/config/storable-number.ts';
import { applicationQuestionSchema } from '../../../shared/catalogue/domain/seasons/application-questions-schema.ts';

/**
 * Numbers clients send are written to DynamoDB as sent. Beyond ±2^53 the AWS SDK refuses to write
 * them, below 1e-130 in magnitude DynamoDB does (`Number underflow`): both were 500s at the write.
 */
const UNSTORABLE = [1e300, -1e300, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, 1e-300, -5e-324];
const STORABLE = [0, -0, 1, -1, 0.5, 0.1 + 0.2, 1e-100, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];

const codesOf = (schema: Parameters<typeof validatePart>[1], value: unknown): string[] => {
  const result = validatePart('body', schema, value);
  return result.ok ? [] : result.problems.map((problem) => `${problem.field} ${problem.code}`);
};

describe('numbers the table can hold', () => {
  it('accepts ordinary numbers and refuses those DynamoDB or the SDK would refuse, naming a code and both languages', () => {
    for (const value of STORABLE) assert.equal(storableNumberSchema.safeParse(value).success, true, String(value));
    for (const value of UNSTORABLE) {
      const result = validatePart('body', storableNumberSchema, value);
      assert.equal(result.ok, false, String(value));
      if (!result.ok)
        for (const problem of result.problems) {
          assert.ok(problem.code.length > 0, `${String(value)}: a code`);
          assert.ok(problem.message.ru.length > 0, `${String(value)} ${problem.code}: a message in Russian`);
          assert.ok(problem.message.en.length > 0, `${String(value)} ${problem.code}: a message in English`);
        }
    }
    assert.deepEqual(codesOf(storableNumberSchema, 1e-300), ['body number-too-small']);
    assert.deepEqual(codesOf(storableNumberSchema.min(0), -1), ['body too-small']);
  });

  it('guards every number a client sends: question bounds, KPI targets and answers', () => {
    const question = { id: 'years', kind: 'number', required: false, label: { ru: 'Стаж', en: 'Years' } };
    const kpi = { id: 'graduates', name: { ru: 'Выпускники', en: 'Graduates' }, unit: 'people', period: 'season' };
    for (const value of UNSTORABLE) {
      assert.equal(applicationQuestionSchema.safeParse({ ...question, min: value }).success, false, `question min ${value}`);
      assert.equal(applicationQuestionSchema.safeParse({ ...question, max: value }).success, false, `question max ${value}`);
      assert.equal(answerValueSchema.safeParse(value).success, false, `answer ${value}`);
      if (value > 0) assert.equal(kpiTargetSchema.safeParse({ ...kpi, target: value }).success, false, `KPI target ${value}`);
    }
    assert.equal(answerValueSchema.safeParse(42.5).success, true);
  });
});
