/** What other features and the app may use from the forums. */
export { forumRoutes } from './routes';
export { UnreadTopicsCard } from './UnreadTopicsCard';
export { TopicList } from './TopicList';
export { audienceLabel, postersLabel } from './audience';
