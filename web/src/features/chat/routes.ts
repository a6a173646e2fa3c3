import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const chatRoutes: RouteObject[] = [
  { path: '/chat', lazy: lazyPage(() => import('./ChatListPage')) },
  { path: '/chat/:channelId', lazy: lazyPage(() => import('./ChannelPage')) },
];
