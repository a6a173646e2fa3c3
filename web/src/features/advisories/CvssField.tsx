import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import type { AdvisorySeverity } from '../../gql/enums';
import { advisorySeverityLabel } from '../../lib/labels';
import { scoreCvss } from './cvss';
import { formatScore } from './cvss-format';
import { advisoryTexts as t } from './texts';

/** The CVSS vector with the base score computed as it is typed (same library as the server). */
export function CvssField({
  value,
  onChange,
  error,
  severity,
  onTakeSeverity,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
  severity: AdvisorySeverity;
  onTakeSeverity: (s: AdvisorySeverity) => void;
}) {
  const result = useMemo(() => (value.trim() ? scoreCvss(value) : null), [value]);
  return (
    <Stack gap={4}>
      <TextInput
        label={t.cvssLabel}
        description={t.cvssHelp}
        value={value}
        maxLength={300}
        classNames={{ input: 'mono' }}
        spellCheck={false}
        autoComplete="off"
        error={error ?? (result && !result.ok ? result.error : undefined)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {/* Announced politely while typing; the score is the one the server will store. */}
      <Text size="sm" role="status" aria-live="polite" fw={result?.ok ? 700 : 400}>
        {result === null
          ? t.cvssEmpty
          : result.ok
            ? t.cvssLive(
                formatScore(result.score),
                result.version,
                advisorySeverityLabel(result.severity),
              )
            : ''}
      </Text>
      {result?.ok && result.severity !== severity ? (
        <Button
          size="xs"
          variant="default"
          w="fit-content"
          onClick={() => onTakeSeverity(result.severity)}
        >
          {t.cvssTakeSeverity(advisorySeverityLabel(result.severity))}
        </Button>
      ) : null}
    </Stack>
  );
}
