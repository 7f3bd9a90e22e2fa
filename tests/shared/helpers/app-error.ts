// AppErrors a function throws, for tests that check the message the user reads.
import { AppError } from '../../../shared/errors';

/** The AppError `fn` throws; any other outcome fails the test. */
export function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}
