import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/**
 * The select list and the hydration of one entity in a hand-written statement, done the way
 * TypeORM's query builder does it for `createQueryBuilder(alias)` / `leftJoinAndSelect(…, alias)`:
 * the same columns (every column selected by default, `select: false` ones left out), the same raw
 * column aliases (`<alias>_<column>`), the same entity construction (EntityMetadata.create) and the
 * same value conversion (the driver's prepareHydratedValue, transformers included). A hot read path
 * can then keep its SQL text fixed instead of having the query builder generate it for every request
 * (bench/README.md, P1), and still hand out entities equal to the repository's
 * (test/forums/forums-priming.e2e-spec.ts compares them).
 */
export class EntityRows<T extends ObjectLiteral> {
  /** `alias."column" AS "alias_column", …`, for the SELECT list. */
  readonly select: string;
  private readonly metadata: EntityMetadata;
  private readonly columns: Array<[key: string, column: ColumnMetadata]>;

  constructor(
    private readonly db: DataSource,
    target: EntityTarget<T>,
    readonly alias: string,
  ) {
    this.metadata = db.getMetadata(target);
    const selected = this.metadata.columns.filter(
      (c) => c.isSelect && !c.isVirtual && !c.embeddedMetadata,
    );
    this.columns = selected.map((c) => [`${alias}_${c.databaseName}`, c]);
    this.select = selected
      .map((c) => `${alias}.${db.driver.escape(c.databaseName)} AS "${alias}_${c.databaseName}"`)
      .join(', ');
  }

  /** The entity of a raw row; undefined when every column is null (a LEFT JOIN without a match). */
  read(row: Record<string, unknown>): T | undefined {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    let hasData = false;
    for (const [key, column] of this.columns) {
      const value = row[key];
      if (value === undefined) continue;
      if (value !== null) hasData = true;
      column.setEntityValue(entity, this.db.driver.prepareHydratedValue(value, column));
    }
    return hasData ? entity : undefined;
  }
}

/**
 * A statement with `:name` parameters (the query builders' style, as the access fragments are
 * written) turned into positional SQL once, so that running it costs no text processing:
 * `values(params)` orders the values as the text expects them.
 */
export class NamedStatement {
  readonly text: string;
  private readonly order: string[];

  constructor(db: DataSource, sql: string, names: readonly string[]) {
    const [text, order] = db.driver.escapeQueryWithParameters(
      sql,
      Object.fromEntries(names.map((n) => [n, n])),
    );
    this.text = text;
    this.order = order as string[];
  }

  values(params: Record<string, unknown>): unknown[] {
    return this.order.map((n) => {
      if (!(n in params)) throw new Error(`statement parameter ${n} missing`);
      return params[n];
    });
  }
}
