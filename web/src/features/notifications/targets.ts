/**
 * Where a notification leads. Target types come from the server (forum_post, advisory, channel,
 * incident); the pages behind them belong to other features, so only their paths are known here.
 */
export function notificationTarget(targetType: string, targetId: string): string | null {
  const id = encodeURIComponent(targetId);
  switch (targetType) {
    case 'forum_post':
      return `/foren/beitrag/${id}`;
    case 'forum_topic':
      return `/foren/thema/${id}`;
    case 'advisory':
      return `/warnungen/${id}`;
    case 'channel':
      return `/chat/${id}`;
    case 'incident':
      return `/vorfaelle/${id}`;
    default:
      return null;
  }
}
