import { ServiceKind } from '../organisations/organisation.enums';

/** Demo data: real NRW municipalities (AGS, Kreis, Regierungsbezirk, rounded population). */
export const DEMO_MUNICIPALITIES: {
  name: string;
  key: string;
  district: string;
  region: string;
  population: number;
}[] = [
  {
    name: 'Stadt Siegen',
    key: '05970040',
    district: 'Kreis Siegen-Wittgenstein',
    region: 'Arnsberg',
    population: 102_000,
  },
  {
    name: 'Stadt Bad Berleburg',
    key: '05970004',
    district: 'Kreis Siegen-Wittgenstein',
    region: 'Arnsberg',
    population: 19_000,
  },
  {
    name: 'Gemeinde Burbach',
    key: '05970008',
    district: 'Kreis Siegen-Wittgenstein',
    region: 'Arnsberg',
    population: 14_500,
  },
  {
    name: 'Stadt Olpe',
    key: '05966024',
    district: 'Kreis Olpe',
    region: 'Arnsberg',
    population: 24_500,
  },
  {
    name: 'Stadt Attendorn',
    key: '05966004',
    district: 'Kreis Olpe',
    region: 'Arnsberg',
    population: 24_000,
  },
  {
    name: 'Stadt Iserlohn',
    key: '05962024',
    district: 'Märkischer Kreis',
    region: 'Arnsberg',
    population: 91_000,
  },
  {
    name: 'Stadt Lüdenscheid',
    key: '05962032',
    district: 'Märkischer Kreis',
    region: 'Arnsberg',
    population: 71_000,
  },
  {
    name: 'Stadt Altena',
    key: '05962004',
    district: 'Märkischer Kreis',
    region: 'Arnsberg',
    population: 16_500,
  },
  {
    name: 'Stadt Plettenberg',
    key: '05962052',
    district: 'Märkischer Kreis',
    region: 'Arnsberg',
    population: 25_000,
  },
  {
    name: 'Stadt Arnsberg',
    key: '05958004',
    district: 'Hochsauerlandkreis',
    region: 'Arnsberg',
    population: 73_000,
  },
  {
    name: 'Stadt Meschede',
    key: '05958032',
    district: 'Hochsauerlandkreis',
    region: 'Arnsberg',
    population: 29_500,
  },
  {
    name: 'Gemeinde Eslohe (Sauerland)',
    key: '05958012',
    district: 'Hochsauerlandkreis',
    region: 'Arnsberg',
    population: 8_800,
  },
  {
    name: 'Stadt Hagen',
    key: '05914000',
    district: 'Hagen (kreisfrei)',
    region: 'Arnsberg',
    population: 189_000,
  },
  {
    name: 'Stadt Recklinghausen',
    key: '05562032',
    district: 'Kreis Recklinghausen',
    region: 'Münster',
    population: 111_000,
  },
  {
    name: 'Stadt Marl',
    key: '05562024',
    district: 'Kreis Recklinghausen',
    region: 'Münster',
    population: 84_000,
  },
  {
    name: 'Stadt Dorsten',
    key: '05562012',
    district: 'Kreis Recklinghausen',
    region: 'Münster',
    population: 74_500,
  },
  {
    name: 'Stadt Bielefeld',
    key: '05711000',
    district: 'Bielefeld (kreisfrei)',
    region: 'Detmold',
    population: 334_000,
  },
  {
    name: 'Stadt Detmold',
    key: '05766020',
    district: 'Kreis Lippe',
    region: 'Detmold',
    population: 74_000,
  },
  {
    name: 'Stadt Herford',
    key: '05758012',
    district: 'Kreis Herford',
    region: 'Detmold',
    population: 67_000,
  },
  {
    name: 'Stadt Minden',
    key: '05770024',
    district: 'Kreis Minden-Lübbecke',
    region: 'Detmold',
    population: 82_000,
  },
  {
    name: 'Stadt Aachen',
    key: '05334002',
    district: 'Städteregion Aachen',
    region: 'Köln',
    population: 249_000,
  },
  {
    name: 'Stadt Neuss',
    key: '05162024',
    district: 'Rhein-Kreis Neuss',
    region: 'Düsseldorf',
    population: 155_000,
  },
  {
    name: 'Stadt Grevenbroich',
    key: '05162008',
    district: 'Rhein-Kreis Neuss',
    region: 'Düsseldorf',
    population: 64_000,
  },
  {
    name: 'Stadt Düsseldorf',
    key: '05111000',
    district: 'Düsseldorf (kreisfrei)',
    region: 'Düsseldorf',
    population: 629_000,
  },
];

export const DEMO_PROVIDERS: {
  name: string;
  serves: { key: string; services: ServiceKind[] }[];
}[] = [
  {
    name: 'Südwestfalen-IT',
    serves: [
      '05970040',
      '05970004',
      '05970008',
      '05966024',
      '05966004',
      '05962024',
      '05962032',
      '05962004',
      '05962052',
      '05958004',
      '05958032',
      '05958012',
    ].map((key) => ({
      key,
      services: [
        ServiceKind.DATA_CENTRE_HOSTING,
        ServiceKind.SPECIALIST_APPLICATIONS,
        ServiceKind.NETWORK,
      ],
    })),
  },
  {
    name: 'Gemeinsame Kommunale Datenverarbeitung Recklinghausen',
    serves: ['05562032', '05562024', '05562012'].map((key) => ({
      key,
      services: [ServiceKind.DATA_CENTRE_HOSTING, ServiceKind.SPECIALIST_APPLICATIONS],
    })),
  },
  {
    name: 'Kommunales Rechenzentrum Minden-Ravensberg/Lippe',
    serves: ['05766020', '05758012', '05770024', '05711000'].map((key) => ({
      key,
      services: [ServiceKind.DATA_CENTRE_HOSTING, ServiceKind.EMAIL, ServiceKind.CLIENT_SUPPORT],
    })),
  },
  {
    name: 'regio iT',
    serves: [
      {
        key: '05334002',
        services: [
          ServiceKind.DATA_CENTRE_HOSTING,
          ServiceKind.NETWORK,
          ServiceKind.SPECIALIST_APPLICATIONS,
        ],
      },
    ],
  },
  {
    name: 'ITK Rheinland',
    serves: ['05162024', '05162008', '05111000'].map((key) => ({
      key,
      services: [ServiceKind.DATA_CENTRE_HOSTING, ServiceKind.SPECIALIST_APPLICATIONS],
    })),
  },
  // A second provider for some Südwestfalen municipalities: who is hit depends on the service.
  {
    name: 'Hagen.de IT-Service',
    serves: ['05914000', '05962024'].map((key) => ({
      key,
      services: [ServiceKind.EMAIL, ServiceKind.CLIENT_SUPPORT],
    })),
  },
];

export const DEMO_CERT = 'CERT Nordrhein-Westfalen';

export const DEMO_PEOPLE: {
  name: string;
  organisation: string;
  position: string;
  tags: string[];
  orgAdmin?: boolean;
  moderator?: boolean;
  admin?: boolean;
}[] = [
  {
    name: 'Dr. Katrin Hoffmann',
    organisation: DEMO_CERT,
    position: 'Leiterin CERT',
    tags: ['Incident Response', 'Lagebild'],
    orgAdmin: true,
    admin: true,
  },
  {
    name: 'Jörg Weißenfels',
    organisation: DEMO_CERT,
    position: 'Analyst',
    tags: ['Malware-Analyse', 'CSAF'],
  },
  {
    name: 'Aylin Demir',
    organisation: DEMO_CERT,
    position: 'Analystin',
    tags: ['Schwachstellenmanagement'],
    moderator: true,
  },
  {
    name: 'Thomas Brückner',
    organisation: 'Südwestfalen-IT',
    position: 'CISO',
    tags: ['ISMS', 'Rechenzentrum'],
    orgAdmin: true,
  },
  {
    name: 'Sabine Kölling',
    organisation: 'Südwestfalen-IT',
    position: 'Netzwerkadministration',
    tags: ['Firewall', 'VPN'],
  },
  {
    name: 'Markus Özdemir',
    organisation: 'ITK Rheinland',
    position: 'Informationssicherheitsbeauftragter',
    tags: ['BSI IT-Grundschutz'],
    orgAdmin: true,
  },
  {
    name: 'Petra Schäfer',
    organisation: 'Kommunales Rechenzentrum Minden-Ravensberg/Lippe',
    position: 'ISB',
    tags: ['Notfallmanagement'],
    orgAdmin: true,
  },
  {
    name: 'Andreas Großmann',
    organisation: 'Stadt Siegen',
    position: 'ISB',
    tags: ['WiBA', 'Awareness'],
    orgAdmin: true,
  },
  {
    name: 'Julia Lüdtke',
    organisation: 'Stadt Iserlohn',
    position: 'ISB',
    tags: ['Datenschutz', 'WiBA'],
    orgAdmin: true,
    moderator: true,
  },
  {
    name: 'Stefan Mühlenbeck',
    organisation: 'Stadt Lüdenscheid',
    position: 'IT-Leitung',
    tags: ['Active Directory'],
  },
  {
    name: 'Claudia Nußbaum',
    organisation: 'Stadt Bielefeld',
    position: 'ISB',
    tags: ['ISMS', 'Notfallübungen'],
    orgAdmin: true,
  },
  {
    name: 'Frank Jäger',
    organisation: 'Stadt Recklinghausen',
    position: 'ISB',
    tags: ['Backup', 'Awareness'],
    orgAdmin: true,
  },
  {
    name: 'Miriam Straßburger',
    organisation: 'Stadt Aachen',
    position: 'CISO',
    tags: ['Cloud', 'Lieferketten'],
    orgAdmin: true,
  },
  {
    name: 'Lukas Bäumer',
    organisation: 'Gemeinde Burbach',
    position: 'IT-Allrounder',
    tags: ['Clients', 'Drucker'],
  },
];
