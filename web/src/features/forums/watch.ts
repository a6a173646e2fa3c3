import type { ForumWatchLevel } from '../../gql/enums';

/** Watch levels from most to least attention, for the select boxes. */
export const WATCH_LEVELS: ForumWatchLevel[] = ['WATCHING', 'TRACKING', 'NORMAL', 'MUTED'];
