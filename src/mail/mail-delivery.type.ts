import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/graphql/pagination';
import { MailState, OutboundMail } from './outbound-mail.entity';

registerEnumType(MailState, {
  name: 'MailDeliveryState',
  description: 'Where an e-mail of the outbox stands.',
  valuesMap: {
    QUEUED: { description: 'Waiting to be sent, or waiting for a retry after a temporary error.' },
    SENT: { description: 'Accepted by the SMTP server.' },
    FAILED: {
      description:
        'Given up: the SMTP server refused it permanently (5xx), or every retry failed. An ADMIN can resend it.',
    },
  },
});

@ObjectType('MailDelivery', {
  description:
    'One e-mail of the outbox: recipient, subject and delivery state (never the body). ADMINs only.',
})
export class MailDeliveryType {
  @Field(() => ID, { description: 'Id (UUID) of the outbox entry.' })
  id: string;

  @Field({ description: 'The Message-ID header, fixed when the mail was queued.' })
  messageId: string;

  @Field({ description: 'Recipient address.' })
  toAddress: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the recipient member; null for an address without an account.',
  })
  memberId: string | null;

  @Field({ description: 'What kind of mail, e.g. INVITATION, PASSWORD_RESET, ADVISORY.' })
  kind: string;

  @Field({ description: 'Subject line.' })
  subject: string;

  @Field(() => MailState, { description: 'Delivery state.' })
  state: MailState;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts: number;

  @Field(() => String, {
    nullable: true,
    description: "The last attempt's error (the SMTP server's answer); null when none.",
  })
  lastError: string | null;

  @Field({ description: 'When it was queued (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field({ description: 'Last change of state or attempt count (ISO 8601 date-time, UTC).' })
  updatedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the SMTP server accepted it; null until then.',
  })
  sentAt: Date | null;
}

export const MailDeliveryConnection = ConnectionType(MailDeliveryType, 'MailDeliveryConnection');

export function toMailDeliveryType(mail: OutboundMail): MailDeliveryType {
  return {
    id: mail.id,
    messageId: mail.messageId,
    toAddress: mail.toAddress,
    memberId: mail.memberId,
    kind: mail.kind,
    subject: mail.subject,
    state: mail.state,
    attempts: mail.attempts,
    lastError: mail.lastError,
    createdAt: mail.createdAt,
    updatedAt: mail.updatedAt,
    sentAt: mail.sentAt,
  };
}

@ArgsType()
export class MailDeliveriesArgs extends PageArgs {
  @Field(() => MailState, {
    nullable: true,
    description: 'Only mails in this state (FAILED for the failed deliveries); all when omitted.',
  })
  @IsOptional()
  @IsEnum(MailState, { message: 'state: unbekannter Zustand' })
  state?: MailState | null;
}
