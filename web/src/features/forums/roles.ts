import type { PlatformRole } from '../../gql/enums';

/** MODERATORs and ADMINs moderate the forums (the server checks it again). */
export function isModerator(role: PlatformRole | null | undefined): boolean {
  return role === 'MODERATOR' || role === 'ADMIN';
}
