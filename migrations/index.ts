import type { MigrationInterface } from 'typeorm';
import { Init1795726803616 } from './1795726803616-Init';
import { Notifications1795726916903 } from './1795726916903-Notifications';
import { Forums1795727229040 } from './1795727229040-Forums';
import { Chat1795727262213 } from './1795727262213-Chat';
import { Advisories1795727442551 } from './1795727442551-Advisories';
import { OrganisationNameCaseInsensitive1795731928336 } from './1795731928336-OrganisationNameCaseInsensitive';
import { SearchVectors1795736232609 } from './1795736232609-SearchVectors';
import { MessageClientIdPerSender1795900172000 } from './1795900172000-MessageClientIdPerSender';
import { AdvisorySearchVector1795981771089 } from './1795981771089-AdvisorySearchVector';
import { SocketSignals1795981805236 } from './1795981805236-SocketSignals';
import { MailOutbox1796002634401 } from './1796002634401-MailOutbox';
import { MailContent1796002662380 } from './1796002662380-MailContent';
import { IncidentResponse1796092687981 } from './1796092687981-IncidentResponse';
import { IncidentTasksMirt1796093914017 } from './1796093914017-IncidentTasksMirt';

/**
 * Every migration, in order. Listed explicitly (no glob) so the app, the CLI and Jest load the
 * same set. Generate a new one with `npm run migration:generate -- <Name>`, review its SQL, add it here.
 */
export const ALL_MIGRATIONS: Array<new () => MigrationInterface> = [
  Init1795726803616,
  Notifications1795726916903,
  Forums1795727229040,
  Chat1795727262213,
  Advisories1795727442551,
  OrganisationNameCaseInsensitive1795731928336,
  SearchVectors1795736232609,
  MessageClientIdPerSender1795900172000,
  AdvisorySearchVector1795981771089,
  SocketSignals1795981805236,
  MailOutbox1796002634401,
  MailContent1796002662380,
  IncidentResponse1796092687981,
  IncidentTasksMirt1796093914017,
];
