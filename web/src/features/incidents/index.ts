/** What other features and the app may use from the incidents. */
export { incidentRoutes } from './routes';
export { MyOpenIncidentsCard } from './MyOpenIncidentsCard';
export { IncidentSubNav } from './IncidentSubNav';
export { IncidentBadges } from './IncidentBadges';
