export { incidentResponseRoutes } from './routes';
export { EmergencyPhoneForm } from './EmergencyPhoneForm';
