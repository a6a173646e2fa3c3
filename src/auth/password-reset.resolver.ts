import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/auth.inputs';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      'Sends a password-reset link to the address if it belongs to an active account. Public; always true, for known and unknown addresses alike (no mail beyond three an hour per account). Errors: RATE_LIMITED (too many requests from this IP).',
  })
  @Allow.public()
  async requestPasswordReset(
    @Args('input', { description: 'The e-mail address of the account.' })
    input: RequestPasswordResetInput,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.resets.request(input.email, clientInfoOf(ctx.req));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token of a reset link (single use) and ends every session of the account; sign in afterwards (with the second factor as usual). Public (the token is the credential). Errors: BAD_USER_INPUT (invalid, used or expired `token`; weak `newPassword`).',
  })
  @Allow.public()
  async resetPassword(
    @Args('input', { description: 'The token from the link and the new password.' })
    input: ResetPasswordInput,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.resets.reset(input.token, input.newPassword, clientInfoOf(ctx.req));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "E-mails a password-reset link to a member (the current password keeps working until the new one is set). ADMINs for anyone, ORG_ADMINs for members of their own organisation. Errors: NOT_FOUND (no such member, or another organisation's), FORBIDDEN (an ADMIN account by a non-ADMIN), BAD_USER_INPUT (account not active).",
  })
  @Allow.orgAdmins('ORG_ADMINs only for members of their own organisation, never for ADMINs')
  async startPasswordReset(
    @Args(
      'memberId',
      { description: 'Id (UUID) of the member.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.resets.startFor(me, memberId, clientInfoOf(ctx.req).ip);
    return true;
  }
}
