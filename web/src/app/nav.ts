import type { OrganisationRole, PlatformRole } from '../gql/enums';

/** What the shell knows about the signed-in member's roles (from `me`). */
export interface NavRoles {
  platformRole: PlatformRole;
  organisationRole: OrganisationRole;
}

/**
 * The main navigation, in order. A feature that adds a top-level page adds one entry here
 * (label in German; `end` for exact matching of `/`; `visible` hides an entry from members whose
 * roles do not fit — only a convenience, the server's policies decide).
 */
export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
  visible?: (roles: NavRoles) => boolean;
}

/** ADMINs and the ORG_ADMINs of an organisation administer (each what the API allows them). */
export const isAdministrator = (roles: NavRoles) =>
  roles.platformRole === 'ADMIN' || roles.organisationRole === 'ORG_ADMIN';

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Übersicht', end: true },
  { to: '/vorfaelle', label: 'Vorfälle' },
  { to: '/foren', label: 'Foren' },
  { to: '/warnungen', label: 'Warnungen' },
  { to: '/chat', label: 'Chat' },
  { to: '/mitglieder', label: 'Mitglieder' },
  { to: '/organisationen', label: 'Organisationen' },
  { to: '/benachrichtigungen', label: 'Benachrichtigungen' },
  { to: '/konto', label: 'Mein Konto' },
  { to: '/verwaltung', label: 'Verwaltung', visible: isAdministrator },
];
