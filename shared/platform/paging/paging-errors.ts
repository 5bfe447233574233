import { AppError } from '../errors/app-error.ts';

export const invalidCursor = (): AppError =>
  new AppError({
    code: 'invalid-cursor',
    status: 400,
    message: {
      ru: 'Курсор страницы повреждён или относится к другому списку. Запросите первую страницу заново.',
      en: 'The page cursor is corrupt or belongs to another list. Request the first page again.',
    },
    fields: [{ field: 'query.cursor', code: 'invalid-cursor', message: { ru: 'Некорректный курсор', en: 'Invalid cursor' } }],
  });
