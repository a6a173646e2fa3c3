import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError, type AppErrorInfo } from '../../../lib/errors';
import { MyEmergencyPhoneQuery, SetMyEmergencyPhoneMutation } from './operations';
import { responseTexts } from './texts';

const t = responseTexts.emergency;

/** The member's out-of-band phone number, on the account page. */
export function EmergencyPhoneForm() {
  const { data } = useQuery(MyEmergencyPhoneQuery);
  // The form starts from the stored number once it is loaded.
  if (!data) return null;
  return <PhoneForm initial={data.myEmergencyPhone ?? ''} />;
}

function PhoneForm({ initial }: { initial: string }) {
  const [phone, setPhone] = useState(initial);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetMyEmergencyPhoneMutation, {
    refetchQueries: [MyEmergencyPhoneQuery],
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(null);
    try {
      const res = await save({ variables: { phone: phone.trim() || null } });
      setSaved(res.data?.setMyEmergencyPhone ? t.saved : t.removed);
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text>{t.intro}</Text>
        <TextInput
          label={t.label}
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          error={error?.message}
        />
        {saved ? (
          <Alert color="green" role="status" variant="light">
            {saved}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
