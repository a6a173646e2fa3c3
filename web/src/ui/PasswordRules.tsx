import { List, Text, ThemeIcon } from '@mantine/core';
import { passwordRules } from '../lib/password-rules';
import { uiTexts } from './texts';

/** The password rules with a live check mark each; announced politely to screen readers. */
export function PasswordRules({ password, id }: { password: string; id: string }) {
  const rules = passwordRules(password);
  return (
    <div id={id}>
      <Text size="sm" fw={600}>
        {uiTexts.passwordRulesTitle}
      </Text>
      <List size="sm" spacing={2} center aria-live="polite">
        {rules.map((r) => (
          <List.Item
            key={r.id}
            icon={
              <ThemeIcon color={r.met ? 'green.9' : 'gray.7'} size={18} radius="xl" aria-hidden>
                {r.met ? '✓' : '•'}
              </ThemeIcon>
            }
          >
            {r.label}{' '}
            <span className="visually-hidden">({r.met ? uiTexts.ruleMet : uiTexts.ruleOpen})</span>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
