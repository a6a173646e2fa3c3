import {
  Args,
  Context,
  Field,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import type { Principal } from '../../common/access/authenticated-member';
import { clientInfoOf } from '../../common/access/client-info';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Allow } from '../../common/access/policy.decorator';
import type { GraphqlContext } from '../../common/graphql/graphql-context';
import { MAIL_KIND_LABELS, MailFrequency, MailKind } from './mail-kinds';
import { MailPreferencesService, MailPreferenceView } from './mail-preferences.service';
import { MAX_ARMORED_KEY_LENGTH, OpenPgpKeyInfo, OpenPgpKeysService } from './openpgp-keys.service';

@ObjectType('MailPreference', {
  description: "The caller's choice for one kind of e-mail.",
})
export class MailPreferenceType {
  @Field(() => MailKind, { description: 'The kind of e-mail.' })
  kind: MailKind;

  @Field({ description: 'German name of the kind, for display.' })
  label: string;

  @Field(() => MailFrequency, { description: 'How often the caller receives it now.' })
  frequency: MailFrequency;

  @Field(() => [MailFrequency], {
    description: 'The frequencies this kind allows (a locked kind allows only one).',
  })
  allowedFrequencies: MailFrequency[];

  @Field({
    description:
      'Security-critical kind (incident invitations and MIRT steps, critical advisories): always sent immediately, cannot be switched off.',
  })
  locked: boolean;
}

@ObjectType('OpenPgpKey', {
  description:
    "The caller's OpenPGP public key: e-mails with AMBER, AMBER+STRICT or RED content go encrypted to it.",
})
export class OpenPgpKeyType {
  @Field({ description: 'Fingerprint of the primary key (upper-case hex).' })
  fingerprint: string;

  @Field(() => [String], { description: 'User ids of the key (name and e-mail address).' })
  userIds: string[];

  @Field({ description: 'When the key was stored (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key expires (ISO 8601 date-time, UTC); null when it does not.',
  })
  expiresAt: Date | null;
}

@InputType({ description: 'Sets how often the caller receives one kind of e-mail.' })
export class SetMailPreferenceInput {
  @Field(() => MailKind, { description: 'The kind of e-mail.' })
  @IsEnum(MailKind, { message: 'kind: unbekannte Art von E-Mail' })
  kind: MailKind;

  @Field(() => MailFrequency, { description: 'The new frequency.' })
  @IsEnum(MailFrequency, { message: 'frequency: unbekannte Häufigkeit' })
  frequency: MailFrequency;
}

@InputType({ description: "Stores the caller's OpenPGP public key (replaces an earlier one)." })
export class SetOpenPgpKeyInput {
  @Field({
    description:
      'The ASCII-armored public key (-----BEGIN PGP PUBLIC KEY BLOCK-----), at most 64 000 characters. Private keys are refused.',
  })
  @IsString({ message: 'armoredKey: muss ein Text sein' })
  @MaxLength(MAX_ARMORED_KEY_LENGTH, {
    message: 'armoredKey: Der Schlüssel ist zu groß (höchstens 64 000 Zeichen).',
  })
  armoredKey: string;
}

const toType = (v: MailPreferenceView): MailPreferenceType => ({
  kind: v.kind,
  label: MAIL_KIND_LABELS[v.kind],
  frequency: v.frequency,
  allowedFrequencies: v.allowed,
  locked: v.locked,
});

/** Every operation here acts on the caller's own settings only. */
@Resolver()
export class MailSettingsResolver {
  constructor(
    private readonly preferences: MailPreferencesService,
    private readonly keys: OpenPgpKeysService,
  ) {}

  @Query(() => [MailPreferenceType], {
    description:
      "The caller's e-mail preferences, one per kind (bounded by the MailKind enum). Any active member, own settings only.",
  })
  @Allow.members('own settings only')
  async myMailPreferences(@CurrentPrincipal() me: Principal): Promise<MailPreferenceType[]> {
    return (await this.preferences.list(me.memberId)).map(toType);
  }

  @Mutation(() => MailPreferenceType, {
    description:
      'Sets how often the caller receives one kind of e-mail. Any active member. Errors: FORBIDDEN (a locked, security-critical kind cannot be changed), BAD_USER_INPUT (the kind does not allow that frequency).',
  })
  @Allow.members('own settings only')
  async setMailPreference(
    @Args('input', { description: 'Kind and new frequency.' }) input: SetMailPreferenceInput,
    @CurrentPrincipal() me: Principal,
  ): Promise<MailPreferenceType> {
    return toType(await this.preferences.set(me.memberId, input.kind, input.frequency));
  }

  @Query(() => OpenPgpKeyType, {
    nullable: true,
    description: "The caller's stored OpenPGP public key; null when none. Any active member.",
  })
  @Allow.members('own key only')
  myOpenPgpKey(@CurrentPrincipal() me: Principal): Promise<OpenPgpKeyInfo | null> {
    return this.keys.get(me.memberId);
  }

  @Mutation(() => OpenPgpKeyType, {
    description:
      "Stores the caller's OpenPGP public key (replacing an earlier one). Any active member; audited. Errors: BAD_USER_INPUT (not a public key, a private key, revoked, expired, or no encryption subkey).",
  })
  @Allow.members('own key only')
  setMyOpenPgpKey(
    @Args('input', { description: 'The armored public key.' }) input: SetOpenPgpKeyInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<OpenPgpKeyInfo> {
    return this.keys.set(me.memberId, input.armoredKey, clientInfoOf(ctx.req).ip);
  }

  @Mutation(() => Boolean, {
    description:
      "Removes the caller's OpenPGP public key; true when one was removed. Any active member; audited.",
  })
  @Allow.members('own key only')
  removeMyOpenPgpKey(
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return this.keys.remove(me.memberId, clientInfoOf(ctx.req).ip);
  }
}
