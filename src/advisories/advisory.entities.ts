import {
  AdvisoryAcknowledgement,
  AdvisoryAcknowledgementEvent,
} from './advisory-acknowledgement.entity';
import { Advisory } from './advisory.entity';
import { AdvisoryForward } from './advisory-forward.entity';
import {
  AdvisoryRecipientMember,
  AdvisoryRecipientOrganisation,
} from './advisory-recipient.entity';
import { AdvisoryRevision } from './advisory-revision.entity';

/** The advisory tables, registered in ALL_ENTITIES (kept apart from the module so the CLI loads no resolvers). */
export const ADVISORY_ENTITIES = [
  Advisory,
  AdvisoryRevision,
  AdvisoryRecipientOrganisation,
  AdvisoryRecipientMember,
  AdvisoryForward,
  AdvisoryAcknowledgement,
  AdvisoryAcknowledgementEvent,
];
