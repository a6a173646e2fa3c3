import type { ComponentType } from 'react';
import { UnreadTopicsCard } from '../forums';
import { MyOpenIncidentsCard } from '../incidents';
import { UnreadNotificationsCard } from '../notifications';

/**
 * The cards of the start page, in order. A feature contributes a card through its public
 * index.ts (e.g. the forums' unread topics in watched categories; advisories and open incidents
 * in part 2).
 */
export const HOME_SECTIONS: { key: string; Component: ComponentType }[] = [
  { key: 'notifications', Component: UnreadNotificationsCard },
  { key: 'incidents-open', Component: MyOpenIncidentsCard },
  { key: 'forum-unread', Component: UnreadTopicsCard },
];
