import { type FormEvent, useRef, useState } from 'react';
import { checkedLocally, type FormErrors, formErrorsFrom } from './form-errors';

interface FormSubmitOptions {
  /** Problems found before sending: field name → message (falsy when fine). */
  check?: () => Partial<Record<string, string | false | undefined>>;
  /** The form's own words for a field the server refused as invalid. */
  fieldText?: (path: string) => string | undefined;
}

/**
 * Runs a form's request once at a time and keeps its errors. `onSubmit` goes on the form; `send`
 * does the work and may throw an ApiError, which becomes the error summary and field messages.
 */
export function useFormSubmit(send: () => Promise<void>, options: FormSubmitOptions = {}) {
  const [errors, setErrors] = useState<FormErrors>();
  const [pending, setPending] = useState(false);
  const running = useRef(false);
  const { check, fieldText } = options;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (running.current) return;
    const local = check ? checkedLocally(check()) : undefined;
    if (local) {
      setErrors(local);
      return;
    }
    running.current = true;
    setPending(true);
    try {
      await send();
      setErrors(undefined);
    } catch (error) {
      setErrors(formErrorsFrom(error, fieldText ?? (() => undefined)));
    } finally {
      running.current = false;
      setPending(false);
    }
  }

  return { onSubmit, errors, setErrors, pending };
}
