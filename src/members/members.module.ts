import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Member } from './member.entity';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { MemberLoader } from './member.loader';
import { OrganisationMembersResolver } from './organisation-members.resolver';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Member])],
  providers: [MembersService, MembersResolver, OrganisationMembersResolver, MemberLoader],
  exports: [MembersService, MemberLoader],
})
export class MembersModule {}
