import type { ValidationError } from 'class-validator';
import { AppError } from './app-error';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints
      ? [{ field, messages: Object.values(e.constraints).map((m) => m.replace(/^[\w.]+: /, '')) }]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator failures become one BAD_USER_INPUT naming every offending field. */
export function validationExceptionFactory(errors: ValidationError[]): AppError {
  const problems = flatten(errors);
  const first = problems[0];
  const message = problems.map((p) => `${p.field}: ${p.messages.join(', ')}`).join('; ');
  return new AppError('BAD_USER_INPUT', message || 'Ungültige Eingabe.', first?.field, {
    fields: problems.map((p) => p.field),
  });
}
