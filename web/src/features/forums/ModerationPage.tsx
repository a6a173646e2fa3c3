import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatRelative } from '../../lib/format';
import { forumFlagReasonLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import {
  DismissFlagsMutation,
  FlagQueueQuery,
  HidePostMutation,
  UnhidePostMutation,
  PAGE_SIZES,
} from './operations';
import { forumTexts as t } from './texts';
import './forums.css';

/** The open flags (MODERATOR/ADMIN): look at the post, hide or unhide it, dismiss its flags. */
export default function ModerationPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(FlagQueueQuery, {
    variables: { first: PAGE_SIZES.flags },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Hiding resolves the post's open flags: the queue is read again.
  const [hide] = useMutation(HidePostMutation, { refetchQueries: [FlagQueueQuery] });
  const [unhide] = useMutation(UnhidePostMutation);
  const [dismiss, dismissing] = useMutation(DismissFlagsMutation, {
    refetchQueries: [FlagQueueQuery],
    awaitRefetchQueries: true,
  });
  const [notice, setNotice] = useState('');
  const queue = data?.forumFlagQueue;
  return (
    <Page title={t.moderationTitle}>
      <Text>{t.moderationIntro}</Text>
      <Text role="status" size="sm">
        {notice}
      </Text>
      {error ? (
        <ErrorAlert
          error={error}
          overrides={{ FORBIDDEN: t.moderationOnly }}
          onRetry={() => void refetch()}
        />
      ) : null}
      {!queue && loading ? <LoadingState /> : null}
      {queue && queue.nodes.length === 0 ? <EmptyState>{t.queueEmpty}</EmptyState> : null}
      {queue && queue.nodes.length ? (
        <Stack gap="sm" component="ul" className="plain-list" aria-label={t.moderationTitle}>
          {queue.nodes.map((flag) => (
            <li key={flag.id}>
              <Card withBorder component="article" aria-label={forumFlagReasonLabel(flag.reason)}>
                <Stack gap="xs">
                  <Group gap="xs" wrap="wrap">
                    <Badge color="red.9" variant="filled">
                      {forumFlagReasonLabel(flag.reason)}
                    </Badge>
                    <Text size="sm">
                      {t.reportedBy(
                        flag.reporter?.displayName ?? t.unknownAuthor,
                        formatRelative(flag.createdAt),
                      )}
                    </Text>
                    {flag.post?.hidden ? (
                      <Badge color="gray.9" variant="filled">
                        {t.hidden}
                      </Badge>
                    ) : null}
                  </Group>
                  {flag.note ? (
                    <Text size="sm">
                      <strong>{t.note}:</strong> {flag.note}
                    </Text>
                  ) : null}
                  {flag.post ? (
                    <>
                      <Text size="sm" fw={600}>
                        {flag.post.author?.displayName ?? t.unknownAuthor} ·{' '}
                        {t.postBy(flag.post.postNumber)}
                      </Text>
                      <div
                        className="post-body post-quote"
                        // Sanitised HTML from the API.
                        dangerouslySetInnerHTML={{ __html: flag.post.html }}
                      />
                      <Group gap="xs" wrap="wrap">
                        <AppLink
                          to={`/foren/thema/${flag.post.topicId}#beitrag-${flag.post.postNumber}`}
                          size="sm"
                        >
                          {t.openPost}
                        </AppLink>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() =>
                            void (flag.post!.hidden ? unhide : hide)({
                              variables: { postId: flag.postId },
                            })
                          }
                        >
                          {flag.post.hidden ? t.unhide : t.hide}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          loading={dismissing.loading}
                          onClick={() =>
                            void dismiss({ variables: { postId: flag.postId } }).then((r) =>
                              setNotice(t.dismissed(r.data?.dismissForumFlags ?? 0)),
                            )
                          }
                        >
                          {t.dismissFlags}
                        </Button>
                      </Group>
                    </>
                  ) : (
                    <Text size="sm">{t.postGone}</Text>
                  )}
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      ) : null}
      {dismissing.error ? <ErrorAlert error={dismissing.error} /> : null}
      {queue?.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          w="fit-content"
          loading={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: queue.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                forumFlagQueue: {
                  ...fetchMoreResult.forumFlagQueue,
                  nodes: [...prev.forumFlagQueue.nodes, ...fetchMoreResult.forumFlagQueue.nodes],
                },
              }),
            })
          }
        >
          {t.loadMore}
        </Button>
      ) : null}
    </Page>
  );
}
