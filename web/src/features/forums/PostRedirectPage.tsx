import { useQuery } from '@apollo/client/react';
import { Navigate, useParams } from 'react-router';
import { LoadingState } from '../../ui/States';
import { NotFound } from './NotFound';
import { ForumPostLocateQuery } from './operations';
import { forumTexts as t } from './texts';

/** /foren/beitrag/:postId (notification links): the post's topic, scrolled to the post. */
export default function PostRedirectPage() {
  const { postId = '' } = useParams();
  const { data, error, refetch } = useQuery(ForumPostLocateQuery, { variables: { id: postId } });
  if (error)
    return <NotFound error={error} message={t.postNotFound} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const post = data.forumPost;
  return <Navigate replace to={`/foren/thema/${post.topicId}#beitrag-${post.postNumber}`} />;
}
