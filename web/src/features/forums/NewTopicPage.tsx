import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { getFragmentData } from '../../gql';
import { describeError } from '../../lib/errors';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { audienceLabel } from './audience';
import { Composer } from './Composer';
import {
  CreateTopicMutation,
  ForumCategoryItemFragment,
  ForumOverviewQuery,
  ForumTopicsQuery,
  PAGE_SIZES,
} from './operations';
import { forumTexts as t } from './texts';
import './forums.css';

/** Start a topic in a category the member may post in (?kategorie=<id> preselects it). */
export default function NewTopicPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ForumOverviewQuery, {
    variables: { first: PAGE_SIZES.categories },
  });
  const [create, state] = useMutation(CreateTopicMutation, { refetchQueries: [ForumTopicsQuery] });
  const [categoryId, setCategoryId] = useState(params.get('kategorie') ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ title?: string; body?: string; categoryId?: string }>({});
  const categories = (data?.forumCategories.nodes ?? [])
    .map((n) => getFragmentData(ForumCategoryItemFragment, n))
    .filter((c) => c.canPost);
  const serverField = state.error ? describeError(state.error).field : undefined;

  const submit = async () => {
    const next: typeof errors = {};
    if (!categoryId) next.categoryId = t.categoryRequired;
    if (!title.trim()) next.title = t.titleRequired;
    if (!body.trim()) next.body = t.bodyRequired;
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      const res = await create({ variables: { input: { categoryId, title: title.trim(), body } } });
      if (res.data) void navigate(`/foren/thema/${res.data.createForumTopic.id}`);
    } catch (e) {
      const info = describeError(e);
      if (info.field === 'title' || info.field === 'body' || info.field === 'categoryId')
        setErrors({ [info.field]: info.message });
    }
  };

  return (
    <Page title={t.newTopicTitle}>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <LoadingState /> : null}
      {data && categories.length === 0 ? <EmptyState>{t.noPostableCategory}</EmptyState> : null}
      {categories.length ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md" maw={820}>
            <NativeSelect
              label={t.category}
              required
              value={categoryId}
              error={errors.categoryId}
              onChange={(e) => setCategoryId(e.currentTarget.value)}
              data={[
                { value: '', label: t.chooseCategory },
                ...categories.map((c) => ({
                  value: c.id,
                  label: `${c.name} (${audienceLabel(c)})`,
                })),
              ]}
            />
            <TextInput
              label={t.topicTitle}
              required
              value={title}
              error={errors.title}
              maxLength={200}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Composer value={body} onChange={setBody} label={t.bodyLabel} error={errors.body} />
            {state.error && !serverField ? <ErrorAlert error={state.error} /> : null}
            <Button type="submit" loading={state.loading} w="fit-content">
              {t.createTopic}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Page>
  );
}
