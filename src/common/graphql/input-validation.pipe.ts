import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';

/**
 * GqlParamtype.ROOT of @nestjs/graphql (its enum is not exported from the package root): GraphQL
 * parameters carry numeric types, HTTP and socket parameters strings. Pinned by the spec.
 */
export const GQL_PARENT_PARAM = 0;

/**
 * The global ValidationPipe for client input only. Nest hands every typed resolver parameter to
 * global pipes, also a field resolver's `@Parent()`: the object the server itself resolved one
 * level up, typed with its @ObjectType class, which declares no constraints. Validating it found
 * nothing to check but cost a class-transformer copy and a class-validator pass per nested field:
 * 43 per topic page of 20 posts (bench/README.md, P1). Arguments, inputs, bodies and socket
 * payloads are validated as before.
 */
export class InputValidationPipe extends ValidationPipe {
  protected toValidate(metadata: ArgumentMetadata): boolean {
    return (metadata.type as unknown) !== GQL_PARENT_PARAM && super.toValidate(metadata);
  }
}
