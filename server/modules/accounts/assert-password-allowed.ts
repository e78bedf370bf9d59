import { DomainError } from '../domain-error.js';
import { passwordProblem } from './password-policy.js';

/** Throws a 400 naming what is wrong with a new password (too short, too common, …). */
export function assertPasswordAllowed(password: string, person: { email?: string; name?: string }): void {
  const problem = passwordProblem(password, person);
  if (problem)
    throw new DomainError(`password_${problem}`, 400, {
      fields: [{ path: 'password', message: `password_${problem}` }],
    });
}
