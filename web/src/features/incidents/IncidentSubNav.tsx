import { Anchor, Group } from '@mantine/core';
import { NavLink } from 'react-router';
import { incidentTexts as t } from './texts';

/**
 * The incident's sections: Übersicht (this feature) and Aufgaben, MIRT, Lagebericht (incident
 * response, features/incidents/response). Every incident page shows it; NavLink marks the
 * current one with aria-current="page".
 */
export function IncidentSubNav({ incidentId }: { incidentId: string }) {
  const base = `/vorfaelle/${encodeURIComponent(incidentId)}`;
  const links = [
    { to: base, label: t.overview, end: true },
    { to: `${base}/aufgaben`, label: t.tasks },
    { to: `${base}/mirt`, label: t.mirt },
    { to: `${base}/lagebericht`, label: t.situationReport },
  ];
  return (
    <nav aria-label={t.subnav} className="incident-subnav">
      <Group gap="md" component="ul" className="plain-list">
        {links.map((l) => (
          <li key={l.to}>
            <Anchor component={NavLink} to={l.to} end={l.end} className="incident-subnav-link">
              {l.label}
            </Anchor>
          </li>
        ))}
      </Group>
    </nav>
  );
}
