import { AppError } from '../../shared/platform/errors/app-error.ts';

/** A use case's read of one of the caller's own records, undefined where it answers 404 (the caller has none of that kind). */
export const absentWhenNotFound = async <T>(read: Promise<T>): Promise<T | undefined> => {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return undefined;
    throw error;
  }
};
