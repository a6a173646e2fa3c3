import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import type { ForumReactionKind } from '../../gql/enums';
import { formatDateTime } from '../../lib/format';
import { forumReactionKindLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { ErrorAlert } from '../../ui/States';
import {
  ForumPostItemFragment,
  HidePostMutation,
  ReactMutation,
  UnhidePostMutation,
  UnreactMutation,
} from './operations';
import { forumTexts as t } from './texts';

export const REACTION_KINDS: ForumReactionKind[] = ['LIKE', 'THANKS', 'AGREE', 'IMPORTANT'];

export type ForumPostData = ReturnType<typeof usePostData>;
const usePostData = (ref: FragmentType<typeof ForumPostItemFragment>) =>
  getFragmentData(ForumPostItemFragment, ref);

/** One post: author, time, quote, sanitised HTML from the API, reactions, actions. */
export function PostView({
  post: ref,
  isNew,
  canReply,
  moderator,
  onQuote,
  onFlag,
}: {
  post: FragmentType<typeof ForumPostItemFragment>;
  isNew: boolean;
  canReply: boolean;
  moderator: boolean;
  onQuote: (post: ForumPostData) => void;
  onFlag: (post: ForumPostData) => void;
}) {
  const post = usePostData(ref);
  const [react, reacting] = useMutation(ReactMutation);
  const [unreact, unreacting] = useMutation(UnreactMutation);
  const [hide, hiding] = useMutation(HidePostMutation);
  const [unhide, unhiding] = useMutation(UnhidePostMutation);
  const counts = new Map(post.reactions.map((r) => [r.kind, r]));
  const headingId = `beitrag-${post.postNumber}-kopf`;
  const error = reacting.error ?? unreacting.error ?? hiding.error ?? unhiding.error;
  return (
    <article
      className={`post${isNew ? ' new' : ''}`}
      id={`beitrag-${post.postNumber}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" align="baseline">
          <Text fw={700} component="h3" size="md" m={0} id={headingId}>
            {post.author ? (
              <AppLink to={`/mitglieder/${post.author.id}`}>{post.author.displayName}</AppLink>
            ) : (
              t.unknownAuthor
            )}
          </Text>
          {post.author ? <Text size="sm">{post.author.organisation.name}</Text> : null}
          <Text size="sm">
            · {t.postBy(post.postNumber)} ·{' '}
            <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
            {post.editedAt ? ` · ${t.edited}` : ''}
          </Text>
          {isNew ? (
            <Badge color="indigo.9" variant="filled" size="sm">
              {t.unreadPosts(1)}
            </Badge>
          ) : null}
          {post.hidden ? (
            <Badge color="red.9" variant="filled" size="sm">
              {t.hidden}
            </Badge>
          ) : null}
        </Group>
        {post.quotedPostId && !post.quotedPost ? <Text size="sm">{t.quoteGone}</Text> : null}
        {post.quotedPost ? (
          <blockquote className="post-quote">
            <Text size="sm" fw={600}>
              <AppLink to={`/foren/beitrag/${post.quotedPost.postId}`}>
                {t.quotedFrom(
                  post.quotedPost.author?.displayName ?? t.unknownAuthor,
                  post.quotedPost.postNumber,
                )}
              </AppLink>
            </Text>
            <Text size="sm">{post.quotedPost.excerpt}</Text>
          </blockquote>
        ) : null}
        {post.hidden && !moderator ? (
          <Text>{t.hiddenByModeration}</Text>
        ) : (
          // Rendered and sanitised by the API (ForumPost.html).
          <div className="post-body" dangerouslySetInnerHTML={{ __html: post.html }} />
        )}
        <Group
          gap="xs"
          wrap="wrap"
          role="group"
          aria-label={`${t.reactions}, ${t.postBy(post.postNumber)}`}
        >
          {REACTION_KINDS.map((kind) => {
            const r = counts.get(kind);
            const mine = r?.reactedByMe ?? false;
            const count = r?.count ?? 0;
            const label = forumReactionKindLabel(kind);
            return (
              <Button
                key={kind}
                size="compact-sm"
                variant={mine ? 'filled' : 'default'}
                aria-pressed={mine}
                aria-label={t.reactionLabel(label, count, mine)}
                onClick={() =>
                  void (mine ? unreact : react)({ variables: { postId: post.id, kind } }).catch(
                    () => undefined,
                  )
                }
              >
                {label} {count > 0 ? count : ''}
              </Button>
            );
          })}
        </Group>
        <Group gap="xs" wrap="wrap">
          {canReply ? (
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={t.quoteLabel(post.postNumber)}
              onClick={() => onQuote(post)}
            >
              {t.quote}
            </Button>
          ) : null}
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={t.flagLabel(post.postNumber)}
            onClick={() => onFlag(post)}
          >
            {t.flag}
          </Button>
          {moderator ? (
            <Button
              size="compact-sm"
              variant="subtle"
              loading={hiding.loading || unhiding.loading}
              onClick={() =>
                void (post.hidden ? unhide : hide)({ variables: { postId: post.id } }).catch(
                  () => undefined,
                )
              }
            >
              {post.hidden ? t.unhide : t.hide}
            </Button>
          ) : null}
        </Group>
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </article>
  );
}
