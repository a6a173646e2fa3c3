import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  IT_PROVIDER = 'IT_PROVIDER',
  CERT = 'CERT',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

/** What an IT provider does for a municipality (the provider register). */
export enum ServiceKind {
  DATA_CENTRE_HOSTING = 'DATA_CENTRE_HOSTING',
  NETWORK = 'NETWORK',
  SPECIALIST_APPLICATIONS = 'SPECIALIST_APPLICATIONS',
  EMAIL = 'EMAIL',
  CLIENT_SUPPORT = 'CLIENT_SUPPORT',
}
registerEnumType(ServiceKind, { name: 'ServiceKind' });
