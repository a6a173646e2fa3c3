/** The server's password rules (PasswordHasher.weakness), checked while typing. */
export const PASSWORD_RULE_TEXTS = {
  minLength: 'mindestens 12 Zeichen',
  maxLength: 'höchstens 256 Zeichen',
  distinct: 'mindestens 5 verschiedene Zeichen',
} as const;

export interface PasswordRule {
  id: 'minLength' | 'maxLength' | 'distinct';
  label: string;
  met: boolean;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function passwordRules(password: string): PasswordRule[] {
  return [
    {
      id: 'minLength',
      label: PASSWORD_RULE_TEXTS.minLength,
      met: password.length >= PASSWORD_MIN_LENGTH,
    },
    {
      id: 'maxLength',
      label: PASSWORD_RULE_TEXTS.maxLength,
      met: password.length <= PASSWORD_MAX_LENGTH,
    },
    { id: 'distinct', label: PASSWORD_RULE_TEXTS.distinct, met: new Set(password).size >= 5 },
  ];
}

export function passwordAcceptable(password: string): boolean {
  return passwordRules(password).every((r) => r.met);
}
