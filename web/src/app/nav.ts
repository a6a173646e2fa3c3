/**
 * The main navigation, in order. A feature that adds a top-level page adds one entry here
 * (label in German; `end` for exact matching of `/`).
 */
export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Übersicht', end: true },
  { to: '/vorfaelle', label: 'Vorfälle' },
  { to: '/foren', label: 'Foren' },
  { to: '/mitglieder', label: 'Mitglieder' },
  { to: '/organisationen', label: 'Organisationen' },
  { to: '/benachrichtigungen', label: 'Benachrichtigungen' },
  { to: '/konto', label: 'Mein Konto' },
];
