import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { mapConnection } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MailDeliveriesService } from './mail-deliveries.service';
import {
  MailDeliveriesArgs,
  MailDeliveryConnection,
  MailDeliveryType,
  toMailDeliveryType,
} from './mail-delivery.type';

@Resolver(() => MailDeliveryType)
export class MailDeliveriesResolver {
  constructor(private readonly deliveries: MailDeliveriesService) {}

  @Query(() => MailDeliveryConnection, {
    description:
      'E-mails of the outbox, newest first; filter by state (FAILED: the failed deliveries). ADMINs only.',
  })
  @Allow.admins()
  async mailDeliveries(@Args() args: MailDeliveriesArgs) {
    return mapConnection(await this.deliveries.list(args), toMailDeliveryType);
  }

  @Mutation(() => MailDeliveryType, {
    description:
      'Sends a FAILED e-mail again (same Message-ID; audited as mail.resent). ADMINs only. Errors: NOT_FOUND, CONFLICT (the mail has not failed).',
  })
  @Allow.admins()
  async resendMailDelivery(
    @Args(
      'id',
      { description: 'Id (UUID) of the outbox entry.', type: () => ID },
      new UuidPipe('id'),
    )
    id: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMailDeliveryType(await this.deliveries.resend(me, id, clientInfoOf(ctx.req).ip));
  }
}
