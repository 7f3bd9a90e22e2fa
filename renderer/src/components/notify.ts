// One way to tell the user what happened, with API errors shown in their own words.
import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';
import { AppError } from '../../../shared/errors';
import { t } from '../i18n';

export function notifyOk(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 2500 });
}

export function errorText(err: unknown): string {
  // An AppError: the shared rule refused the change on screen already, before the core did.
  if (err instanceof ApiError || err instanceof AppError) return err.details.length ? `${err.message} ${err.details.join(' ')}` : err.message;
  return t.common.error;
}

export function notifyError(err: unknown, title: string = t.common.error): void {
  notifications.show({ color: 'red', title, message: errorText(err), autoClose: 8000 });
}
