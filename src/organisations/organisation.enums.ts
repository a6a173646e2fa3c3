import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  IT_PROVIDER = 'IT_PROVIDER',
  CERT = 'CERT',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description:
    'The kind of an organisation; it is also the participant kind of its members and cannot change.',
  valuesMap: {
    MUNICIPALITY: { description: 'A city, district or town (Kommune).' },
    IT_PROVIDER: {
      description:
        'A municipal IT service provider that runs data centres or services for municipalities.',
    },
    CERT: { description: 'The state CERT: publishes advisories, runs the incident duty roster.' },
  },
});

/** What an IT provider does for a municipality (the provider register). */
export enum ServiceKind {
  DATA_CENTRE_HOSTING = 'DATA_CENTRE_HOSTING',
  NETWORK = 'NETWORK',
  SPECIALIST_APPLICATIONS = 'SPECIALIST_APPLICATIONS',
  EMAIL = 'EMAIL',
  CLIENT_SUPPORT = 'CLIENT_SUPPORT',
}
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'What an IT provider does for a municipality (the provider register).',
  valuesMap: {
    DATA_CENTRE_HOSTING: { description: "Hosts the municipality's systems in its data centre." },
    NETWORK: { description: "Runs the municipality's network connection." },
    SPECIALIST_APPLICATIONS: { description: 'Runs specialist applications (Fachverfahren).' },
    EMAIL: { description: 'Runs e-mail.' },
    CLIENT_SUPPORT: { description: 'Supports the workplaces (clients).' },
  },
});
