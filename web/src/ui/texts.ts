/** German texts of the shared UI pieces. */
export const uiTexts = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Das hat nicht geklappt',
  qrCodeLabel: 'QR-Code für die Authenticator-App',
  appName: 'Sicherheitsnetz',
  passwordRulesTitle: 'Anforderungen an das Passwort',
  ruleMet: 'erfüllt',
  ruleOpen: 'noch nicht erfüllt',
} as const;
