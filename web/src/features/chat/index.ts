/** What other features and the app may use from the chat. */
export { chatRoutes } from './routes';
export { TimelineStore } from './timeline-store';
