import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from './organisation.entity';
import { OrganisationLoader } from './organisation.loader';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { ProviderRegisterService } from './provider-register.service';
import { ServiceRelation } from './service-relation.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Organisation, ServiceRelation])],
  providers: [
    OrganisationsService,
    ProviderRegisterService,
    OrganisationLoader,
    OrganisationsResolver,
  ],
  exports: [OrganisationsService, ProviderRegisterService, OrganisationLoader],
})
export class OrganisationsModule {}
