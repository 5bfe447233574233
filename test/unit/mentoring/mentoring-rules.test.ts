import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { programmeSettingsSchema } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { menteeSpheres } from '../../../shared/mentoring/domain/mentee-spheres.ts';
import { pairIdOf } from '../../../shared/mentoring/domain/pair-id.ts';
import { sessionWindow, withinSessionWindow } from '../../../shared/mentoring/domain/session-window.ts';
import { pairIdSchema } from '../../../shared/mentoring/mentoring-pair-schema.ts';
import { sessionInputSchema } from '../../../shared/mentoring/mentoring-session-schema.ts';

describe('mentoring rules', () => {
  it('names a pair after its mentee and mentor, as a UUID, so proposing it twice writes one pair', () => {
    const id = pairIdOf('3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41', 'mentor-1');
    assert.equal(id, pairIdOf('3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41', 'mentor-1'));
    assert.notEqual(id, pairIdOf('3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41', 'mentor-2'));
    assert.ok(pairIdSchema.safeParse(id).success, id);
  });

  it('logs sessions from the day the mentor agreed to tomorrow', () => {
    const window = sessionWindow('2027-03-10T21:30:00.000Z', new Date('2027-03-20T08:00:00Z'));
    assert.deepEqual(window, { earliest: '2027-03-10', latest: '2027-03-21' });
    assert.deepEqual(
      ['2027-03-09', '2027-03-10', '2027-03-20', '2027-03-21', '2027-03-22'].map((date) => withinSessionWindow(date, window)),
      [false, true, true, true, false],
    );
  });

  it('bounds a session’s length between a quarter of an hour and a working day', () => {
    const session = (durationMinutes: number) =>
      sessionInputSchema.safeParse({ date: '2027-03-10', format: 'online', durationMinutes }).success;
    assert.deepEqual([14, 15, 480, 481].map(session), [false, true, true, false]);
  });

  it('reads a project’s spheres from the season’s sphere question, one or several, the programme’s own ids only', () => {
    const settings = programmeSettingsSchema.parse(obedinenieNastavnikovTemplate.settings);
    assert.deepEqual(menteeSpheres({ answers: { 'project-sphere': ['technology', 'gardening', 'technology'] } }, settings), ['technology']);
    assert.deepEqual(menteeSpheres({ answers: { 'project-sphere': 'education' } }, settings), ['education']);
    assert.deepEqual(menteeSpheres({ answers: { motivation: 'technology' } }, settings), []);
  });
});
