import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description:
      'Page size: how many nodes to return, 1 to 100 (BAD_USER_INPUT outside that range).',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque cursor: the `pageInfo.endCursor` (or an edge `cursor`) of the previous page; omit for the first page. A forged cursor is BAD_USER_INPUT.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@ObjectType({
  description:
    'Where a page sits in its list (Relay connection spec). Paging is forward-only by keyset: pass `endCursor` as `after` while `hasNextPage`.',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more nodes follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description:
      'True when this page was requested with an `after` cursor, i.e. nodes precede it. Paging backwards (`last`/`before`) is not offered.',
  })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Opaque cursor of the first node of this page; null when the page is empty.',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque cursor of the last node of this page; pass it as `after` for the next page. Null when the page is empty.',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
  /** Only on connections made with a `countCap`: false when totalCount stopped at the cap. */
  totalCountIsExact?: boolean;
}

export interface ConnectionOptions {
  /**
   * totalCount counts at most this many nodes (so that counting costs at most cap + 1 rows, not the
   * whole list); the connection then also has `totalCountIsExact`.
   */
  countCap?: number;
  /** The type is registered by a subclass under the same name with fields of its own (forumSearch). */
  isAbstract?: boolean;
}

/**
 * A connection type per node type (Relay connection spec plus `nodes` and `totalCount`); totalCount
 * counts exactly what the caller may see, or with `countCap` up to the cap (plus
 * `totalCountIsExact`). `nodes` is the short form of `edges { node }`.
 */
export function ConnectionType<T>(
  node: Type<T>,
  name: string,
  options: ConnectionOptions = {},
): Type<Connection<T>> {
  const nodeName = name.replace(/Connection$/, '');
  const cap = options.countCap?.toLocaleString('en-US');
  const totalCountDescription = cap
    ? `How many nodes the whole list holds for this caller (all pages, filters applied), counted up to ${cap}: for a longer list it is ${cap} and \`totalCountIsExact\` is false ("more than ${cap}"). Counting every node would cost time linear in the list on every page.`
    : 'How many nodes the whole list holds for this caller (all pages, filters applied).';

  @ObjectType(`${nodeName}Edge`, {
    description: `An edge of ${name}: one node and the cursor to continue after it.`,
  })
  class EdgeClass {
    @Field(() => String, {
      description: 'Opaque cursor of this node; pass it as `after` to get the nodes that follow.',
    })
    cursor: string;

    @Field(() => node, { description: 'The node itself.' })
    node: T;
  }

  // isAbstract: a subclass registers the type under `name` with fields of its own (forumSearch).
  @ObjectType(name, {
    description: `A page of ${nodeName} nodes (Relay connection spec; \`nodes\` is the short form of \`edges { node }\`).`,
    isAbstract: options.isAbstract,
  })
  class ConnectionClass {
    @Field(() => [EdgeClass], {
      description: 'The nodes of this page with their cursors, in list order.',
    })
    edges: Edge<T>[];

    @Field(() => [node], {
      description: 'The nodes of this page, in list order (same as `edges.node`).',
    })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages follow.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: totalCountDescription })
    totalCount: number;

    totalCountIsExact?: boolean;
  }
  if (cap)
    // Applied by hand: only capped connections have this field (a decorator is a function).
    Field(() => Boolean, {
      description: `True when totalCount is the exact number of nodes; false when the list holds more than ${cap} and totalCount stopped at ${cap}.`,
    })(ConnectionClass.prototype, 'totalCountIsExact');
  return ConnectionClass;
}

/** Opaque keyset cursor: the sort key values of the last row of a page. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** What a cursor value must look like before it reaches SQL (a forged cursor is bad input, not a server error). */
export type CursorPart = 'text' | 'uuid' | 'bigint' | 'timestamp';
const CURSOR_PART_OK: Record<CursorPart, (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  uuid: (v) =>
    typeof v === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  bigint: (v) => (typeof v === 'string' || typeof v === 'number') && /^\d{1,18}$/.test(String(v)),
  timestamp: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
};

export function decodeCursor(
  cursor: string,
  arity: number,
  parts?: CursorPart[],
): (string | number | null)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || ['string', 'number'].includes(typeof v)) &&
      (!parts || parts.every((part, i) => CURSOR_PART_OK[part](values[i])))
    ) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'Ungültiger Cursor.');
}

/**
 * Turns `first + 1` fetched rows into a page: the extra row only tells whether there is a next page.
 * `after` is the cursor the page was asked for with (it sets `hasPreviousPage`).
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => (string | number | null)[],
  after?: string | null,
): Connection<T> {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The same page with every node mapped (e.g. entity -> GraphQL type); edges keep their cursors. */
export function mapConnection<T, U>(page: Connection<T>, map: (node: T) => U): Connection<U> {
  const nodes = page.nodes.map(map);
  return {
    ...page,
    nodes,
    edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })),
  };
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
