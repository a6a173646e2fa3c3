import { ArgumentMetadata } from '@nestjs/common';
import { IsInt } from 'class-validator';
import { Args, Parent, PARAM_ARGS_METADATA } from '@nestjs/graphql';
import { GQL_PARENT_PARAM, InputValidationPipe } from './input-validation.pipe';

class Page {
  @IsInt()
  first: number;
}

class Resolver {
  field(@Parent() parent: Page, @Args() args: Page) {
    return [parent, args];
  }
}

/** The param types Nest records for @Parent() and @Args() (keys `<type>:<index>`). */
function paramTypes(): { parent: number; args: number } {
  const keys = Object.keys(
    Reflect.getMetadata(PARAM_ARGS_METADATA, Resolver, 'field') as Record<string, unknown>,
  );
  const typeAt = (index: number) =>
    Number(keys.find((k) => k.endsWith(`:${index}`))!.split(':')[0]);
  return { parent: typeAt(0), args: typeAt(1) };
}

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe({ transform: true, whitelist: true });
  const meta = (type: unknown): ArgumentMetadata =>
    ({ type, metatype: Page, data: undefined }) as unknown as ArgumentMetadata;

  it("names @nestjs/graphql's parent parameter type", () => {
    expect(paramTypes().parent).toBe(GQL_PARENT_PARAM);
    expect(paramTypes().args).not.toBe(GQL_PARENT_PARAM);
  });

  it('passes a field resolver parent through as it is', async () => {
    const parent = { first: 'not checked' };
    expect(await pipe.transform(parent, meta(paramTypes().parent))).toBe(parent);
  });

  it('still validates GraphQL arguments and request bodies', async () => {
    await expect(pipe.transform({ first: 'x' }, meta(paramTypes().args))).rejects.toBeDefined();
    await expect(pipe.transform({ first: 'x' }, meta('body'))).rejects.toBeDefined();
    expect(await pipe.transform({ first: 2 }, meta(paramTypes().args))).toBeInstanceOf(Page);
  });
});
