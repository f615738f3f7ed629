import { hash, verify } from '@node-rs/argon2';
import { LIMITS } from '@culture-commune/shared';
import { InvalidInputError } from '../../common/errors/domain-errors';

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export function checkNewPassword(password: string, field = 'newPassword'): void {
  if (password.length < LIMITS.passwordMin) throw InvalidInputError.of(field, 'minLength', { min: LIMITS.passwordMin });
  if (password.length > LIMITS.passwordMax) throw InvalidInputError.of(field, 'maxLength', { max: LIMITS.passwordMax });
}
