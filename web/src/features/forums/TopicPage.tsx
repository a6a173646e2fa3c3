import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import type { ForumWatchLevel } from '../../gql/enums';
import { describeError } from '../../lib/errors';
import { forumWatchLevelLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { audienceLabel } from './audience';
import { Composer } from './Composer';
import { FlagDialog } from './FlagDialog';
import { quoteMarkdown } from './mentions';
import { MoveDialog } from './MoveDialog';
import { NotFound } from './NotFound';
import {
  CreatePostMutation,
  ForumPostItemFragment,
  ForumTopicQuery,
  LockTopicMutation,
  MarkTopicReadMutation,
  PinTopicMutation,
  UnlockTopicMutation,
  UnpinTopicMutation,
  PAGE_SIZES,
  WatchTopicMutation,
} from './operations';
import { PostView, type ForumPostData } from './PostView';
import { isModerator } from './roles';
import { forumTexts as t } from './texts';
import { WATCH_LEVELS } from './watch';
import './forums.css';

/** A topic: its posts (sanitised HTML from the API), reactions, reply with preview, moderation. */
export default function TopicPage() {
  const { topicId = '' } = useParams();
  const location = useLocation();
  const { data, loading, error, refetch, fetchMore } = useQuery(ForumTopicQuery, {
    variables: { id: topicId, first: PAGE_SIZES.posts },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [markRead] = useMutation(MarkTopicReadMutation);
  const [createPost, posting] = useMutation(CreatePostMutation);
  const [watch, watching] = useMutation(WatchTopicMutation);
  const [lock] = useMutation(LockTopicMutation);
  const [unlock] = useMutation(UnlockTopicMutation);
  const [pin] = useMutation(PinTopicMutation);
  const [unpin] = useMutation(UnpinTopicMutation);
  const [body, setBody] = useState('');
  const [quoted, setQuoted] = useState<ForumPostData | null>(null);
  const [flagging, setFlagging] = useState<ForumPostData | null>(null);
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const replyRef = useRef<HTMLTextAreaElement>(null);
  // What was unread when the page opened: those posts keep their "neu" marker while reading.
  const [readBefore, setReadBefore] = useState<{ topicId: string; upTo: number } | null>(null);

  const topic = data?.forumTopic;
  const posts = topic?.posts.nodes ?? [];
  const lastNumber = posts.length
    ? getFragmentData(ForumPostItemFragment, posts[posts.length - 1]).postNumber
    : 0;

  // Adjusted while rendering (React's pattern for state that follows a changed input): the first
  // render of a topic remembers its read position before markRead moves it.
  if (topic && readBefore?.topicId !== topic.id)
    setReadBefore({ topicId: topic.id, upTo: topic.lastReadPostNumber });
  useEffect(() => {
    if (!topic) return;
    if (lastNumber > topic.lastReadPostNumber) {
      void markRead({ variables: { topicId: topic.id, postNumber: lastNumber } }).catch(
        () => undefined,
      );
    }
  }, [topic, lastNumber, markRead]);
  // A link to one post (#beitrag-N): bring it into view and focus it once the posts are there.
  const hash = location.hash;
  useEffect(() => {
    if (!hash.startsWith('#beitrag-') || !posts.length) return;
    const el = document.getElementById(hash.slice(1));
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
  }, [hash, posts.length]);

  if (error && !topic) {
    return <NotFound error={error} message={t.topicNotFound} onRetry={() => void refetch()} />;
  }
  if (!topic || !data) return <LoadingState />;
  const moderator = isModerator(data.me.platformRole);
  const canReply = !!topic.category?.canPost && (!topic.locked || moderator);
  const readUpTo = readBefore?.topicId === topic.id ? readBefore.upTo : topic.lastReadPostNumber;

  const loadMore = () =>
    fetchMore({
      variables: { after: topic.posts.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        forumTopic: {
          ...fetchMoreResult.forumTopic,
          posts: {
            ...fetchMoreResult.forumTopic.posts,
            nodes: [...prev.forumTopic.posts.nodes, ...fetchMoreResult.forumTopic.posts.nodes],
          },
        },
      }),
    });

  const onQuote = (post: ForumPostData) => {
    setQuoted(post);
    setBody((b) => b + quoteMarkdown(post.author?.displayName ?? null, post.raw));
    requestAnimationFrame(() => {
      replyRef.current?.scrollIntoView({ block: 'center' });
      replyRef.current?.focus();
    });
  };

  const submit = async () => {
    setNotice('');
    if (!body.trim()) {
      setBodyError(t.bodyRequired);
      return;
    }
    setBodyError(undefined);
    try {
      await createPost({
        variables: { input: { topicId: topic.id, body, quotedPostId: quoted?.id ?? null } },
      });
      setBody('');
      setQuoted(null);
      setNotice(t.sent);
      // The whole topic again: the new post at its place, counters and read marker right.
      let more = await refetch();
      while (more.data?.forumTopic.posts.pageInfo.hasNextPage) {
        more = await fetchMore({
          variables: { after: more.data.forumTopic.posts.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({
            ...fetchMoreResult,
            forumTopic: {
              ...fetchMoreResult.forumTopic,
              posts: {
                ...fetchMoreResult.forumTopic.posts,
                nodes: [...prev.forumTopic.posts.nodes, ...fetchMoreResult.forumTopic.posts.nodes],
              },
            },
          }),
        });
      }
    } catch (e) {
      const info = describeError(e);
      if (info.field === 'body') setBodyError(info.message);
    }
  };

  return (
    <Page title={topic.title}>
      <nav aria-label={t.breadcrumb}>
        <Group gap={6} wrap="wrap">
          <AppLink to="/foren" size="sm">
            {t.title}
          </AppLink>
          <Text size="sm" aria-hidden>
            ›
          </Text>
          {topic.category ? (
            <AppLink to={`/foren/kategorie/${topic.category.id}`} size="sm">
              {topic.category.name}
            </AppLink>
          ) : null}
        </Group>
      </nav>
      <Group gap="xs" wrap="wrap">
        {topic.category ? (
          <Badge color="teal.9" variant="outline">
            {t.audience}: {audienceLabel(topic.category)}
          </Badge>
        ) : null}
        {topic.pinned ? (
          <Badge color="blue.9" variant="filled">
            {t.pinned}
          </Badge>
        ) : null}
        {topic.locked ? (
          <Badge color="gray.9" variant="filled">
            {t.locked}
          </Badge>
        ) : null}
        <Text size="sm">{t.posts(topic.postCount)}</Text>
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t.watchLevel}
          value={topic.watchLevel}
          disabled={watching.loading}
          data={WATCH_LEVELS.map((l) => ({ value: l, label: forumWatchLevelLabel(l) }))}
          onChange={(e) =>
            void watch({
              variables: { topicId: topic.id, level: e.currentTarget.value as ForumWatchLevel },
            }).catch(() => undefined)
          }
        />
        {moderator ? (
          <Group gap="xs" role="group" aria-label={t.moderationActions} wrap="wrap">
            <Button
              variant="default"
              onClick={() =>
                void (topic.locked ? unlock : lock)({ variables: { topicId: topic.id } })
              }
            >
              {topic.locked ? t.unlock : t.lock}
            </Button>
            <Button
              variant="default"
              onClick={() =>
                void (topic.pinned ? unpin : pin)({ variables: { topicId: topic.id } })
              }
            >
              {topic.pinned ? t.unpin : t.pin}
            </Button>
            <Button variant="default" onClick={() => setMoving(true)}>
              {t.move}
            </Button>
          </Group>
        ) : null}
      </Group>
      {watching.error ? <ErrorAlert error={watching.error} /> : null}
      <Text role="status" size="sm">
        {notice}
      </Text>

      <Stack gap="sm" component="section" aria-labelledby="topic-posts">
        <Title order={2} className="visually-hidden" id="topic-posts">
          {t.postsHeading}
        </Title>
        <ol className="plain-list" aria-label={t.postsHeading}>
          {posts.map((p) => {
            const post = getFragmentData(ForumPostItemFragment, p);
            return (
              <li key={post.id} style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
                <PostView
                  post={p}
                  isNew={post.postNumber > readUpTo}
                  canReply={canReply}
                  moderator={moderator}
                  onQuote={onQuote}
                  onFlag={setFlagging}
                />
              </li>
            );
          })}
        </ol>
        {topic.posts.pageInfo.hasNextPage ? (
          <Button
            variant="default"
            onClick={() => void loadMore()}
            loading={loading}
            w="fit-content"
          >
            {t.morePosts}
          </Button>
        ) : null}
      </Stack>

      {topic.locked ? <Alert color="gray">{t.topicLocked}</Alert> : null}
      {!topic.category?.canPost ? <Alert color="gray">{t.readOnly}</Alert> : null}
      {canReply ? (
        <Stack gap="sm" component="section" aria-labelledby="topic-reply">
          <Title order={2} size="h3" id="topic-reply">
            {t.replyHeading}
          </Title>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack gap="sm">
              {quoted ? (
                <Group gap="xs">
                  <Text size="sm">{t.quoting(quoted.postNumber)}</Text>
                  <Button size="compact-sm" variant="subtle" onClick={() => setQuoted(null)}>
                    {t.removeQuote}
                  </Button>
                </Group>
              ) : null}
              <Composer
                value={body}
                onChange={setBody}
                label={t.replyLabel}
                error={bodyError}
                textareaRef={replyRef}
              />
              {posting.error && describeError(posting.error).field !== 'body' ? (
                <ErrorAlert error={posting.error} />
              ) : null}
              <Button type="submit" loading={posting.loading} w="fit-content">
                {t.send}
              </Button>
            </Stack>
          </form>
        </Stack>
      ) : null}
      <FlagDialog
        post={flagging}
        onClose={() => setFlagging(null)}
        onSent={() => {
          setFlagging(null);
          setNotice(t.flagSent);
        }}
      />
      {moderator && topic.category ? (
        <MoveDialog
          topicId={topic.id}
          currentCategoryId={topic.categoryId}
          opened={moving}
          onClose={() => setMoving(false)}
          onMoved={() => {
            setMoving(false);
            setNotice(t.moved);
          }}
        />
      ) : null}
    </Page>
  );
}
