import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Invitation } from './invitation.entity';
import { RefreshToken } from './refresh-token.entity';
import { SecuritySetting } from './security-setting.entity';
import { Session } from './session.entity';
import { PendingInvitationsResolver } from './pending-invitations.resolver';
import { PendingInvitationsService } from './pending-invitations.service';
import { AccountAdminResolver } from './account-admin.resolver';
import { AccountAdminService } from './account-admin.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PolicyGuard } from './guards/policy.guard';
import { InvitationsService } from './invitations.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetLimiter } from './password-reset-limiter';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PrincipalService } from './principal.service';
import { SessionCookieController } from './session-cookie.controller';
import { SessionsService } from './sessions.service';
import { TokenService } from './token.service';
import { TotpService } from './totp.service';

@Global()
@Module({
  imports: [
    JwtModule.register({}),
    TypeOrmModule.forFeature([Session, RefreshToken, Invitation, SecuritySetting, PasswordReset]),
  ],
  controllers: [SessionCookieController],
  providers: [
    { provide: APP_GUARD, useClass: PolicyGuard },
    PasswordHasher,
    TokenService,
    PrincipalService,
    LoginRateLimiter,
    SessionsService,
    TotpService,
    AuthService,
    InvitationsService,
    AccountAdminService,
    AuthResolver,
    AccountAdminResolver,
    PendingInvitationsService,
    PendingInvitationsResolver,
    PasswordResetLimiter,
    PasswordResetService,
    PasswordResetResolver,
  ],
  exports: [PrincipalService, TokenService, SessionsService, InvitationsService, PasswordHasher],
})
export class AuthModule {}
