import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config/paths.js';

/**
 * Password rules after NCSC guidance: length over complexity (no required character classes),
 * long passphrases allowed, and no password that appears in lists of the most common ones.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

let commonPasswords: Set<string> | undefined;

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(join(PROJECT_ROOT, 'server', 'modules', 'accounts', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  const lower = password.toLowerCase();
  // "Welkom2026!" is as weak as "welkom2026": strip trailing digits and symbols too.
  return commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[\d\W_]+$/, ''));
}

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_personal_data';

/** The first problem with a new password, or undefined when it may be used. */
export function passwordProblem(
  password: string,
  personal: { email?: string; name?: string } = {},
): PasswordProblem | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if ([...password].length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (isCommon(password)) return 'too_common';
  const lower = password.toLowerCase();
  const localPart = personal.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return 'contains_personal_data';
  if (personal.name && personal.name.length >= 4 && lower.includes(personal.name.toLowerCase()))
    return 'contains_personal_data';
  return undefined;
}
