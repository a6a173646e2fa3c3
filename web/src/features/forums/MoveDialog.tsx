import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData } from '../../gql';
import { describeError } from '../../lib/errors';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { audienceLabel } from './audience';
import {
  ForumCategoryItemFragment,
  ForumOverviewQuery,
  MoveTopicMutation,
  PAGE_SIZES,
} from './operations';
import { forumTexts as t } from './texts';

/** Moderators move a topic; a wider audience must be confirmed (allowWiderAudience). */
export function MoveDialog({
  topicId,
  currentCategoryId,
  opened,
  onClose,
  onMoved,
}: {
  topicId: string;
  currentCategoryId: string;
  opened: boolean;
  onClose: () => void;
  onMoved: () => void;
}) {
  const { data, loading } = useQuery(ForumOverviewQuery, {
    variables: { first: PAGE_SIZES.categories },
    skip: !opened,
  });
  const [target, setTarget] = useState('');
  const [wider, setWider] = useState(false);
  const [move, state] = useMutation(MoveTopicMutation);
  const categories = (data?.forumCategories.nodes ?? [])
    .map((n) => getFragmentData(ForumCategoryItemFragment, n))
    .filter((c) => c.id !== currentCategoryId);
  const needsConfirm = state.error
    ? describeError(state.error).field === 'allowWiderAudience'
    : false;
  return (
    <Modal opened={opened} onClose={onClose} title={t.moveTitle}>
      {!data && loading ? <LoadingState /> : null}
      {data ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!target) return;
            void move({ variables: { topicId, categoryId: target, allowWiderAudience: wider } })
              .then(onMoved)
              .catch(() => undefined);
          }}
        >
          <Stack gap="sm">
            <NativeSelect
              label={t.moveTarget}
              value={target}
              required
              onChange={(e) => setTarget(e.currentTarget.value)}
              data={[
                { value: '', label: t.chooseCategory },
                ...categories.map((c) => ({
                  value: c.id,
                  label: `${c.name} (${audienceLabel(c)})`,
                })),
              ]}
            />
            <Checkbox
              label={t.moveWider}
              checked={wider}
              onChange={(e) => setWider(e.currentTarget.checked)}
            />
            {needsConfirm && !wider ? <Alert color="orange">{t.moveWiderHint}</Alert> : null}
            {state.error && !needsConfirm ? <ErrorAlert error={state.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t.cancel}
              </Button>
              <Button type="submit" loading={state.loading} disabled={!target}>
                {t.moveDo}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
