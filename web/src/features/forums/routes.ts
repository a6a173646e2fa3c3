import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const forumRoutes: RouteObject[] = [
  { path: '/foren', lazy: lazyPage(() => import('./ForumsPage')) },
  { path: '/foren/kategorie/:categoryId', lazy: lazyPage(() => import('./CategoryPage')) },
  { path: '/foren/thema/:topicId', lazy: lazyPage(() => import('./TopicPage')) },
  { path: '/foren/beitrag/:postId', lazy: lazyPage(() => import('./PostRedirectPage')) },
  { path: '/foren/neu', lazy: lazyPage(() => import('./NewTopicPage')) },
  { path: '/foren/suche', lazy: lazyPage(() => import('./SearchPage')) },
  { path: '/foren/moderation', lazy: lazyPage(() => import('./ModerationPage')) },
];
