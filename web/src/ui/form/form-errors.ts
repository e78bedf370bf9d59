import i18next from 'i18next';
import { ApiError } from '../../api/api-client';

/** What went wrong with a form: one sentence for the summary, and a message per field name. */
export interface FormErrors {
  message: string;
  fields: Partial<Record<string, string>>;
}

/**
 * Turns a failed request into form errors. With a specific code (`password_too_short`,
 * `email_taken`) the server's translated message is the best text for its field too; for plain
 * validation errors the server's field text is technical English, so the form says it in its own
 * words (`fieldText`), falling back to the server's.
 */
export function formErrorsFrom(error: unknown, fieldText: (path: string) => string | undefined): FormErrors {
  if (!(error instanceof ApiError)) return { message: i18next.t('errors.unexpected'), fields: {} };
  const fields: FormErrors['fields'] = {};
  for (const field of error.fields) {
    const text =
      error.code === 'validation_failed' ? (fieldText(field.path) ?? field.message) : error.message;
    fields[field.path] ??= text;
  }
  return { message: error.message, fields };
}

/** Form errors found before sending anything (an empty required field). Undefined when all is well. */
export function checkedLocally(
  fields: Partial<Record<string, string | false | undefined>>,
): FormErrors | undefined {
  const problems: FormErrors['fields'] = {};
  for (const [name, message] of Object.entries(fields)) if (message) problems[name] = message;
  if (Object.keys(problems).length === 0) return undefined;
  return { message: i18next.t('errors.checkFields'), fields: problems };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A quick check that catches typing slips; the server has the final word. */
export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}
