// What other features may use of the account feature.
export { describeUserAgent } from './user-agent';
