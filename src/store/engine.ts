/**
 * The little a store needs from a database: parameterised queries, multi-statement scripts (for
 * migrations) and transactions. PGlite and PostgreSQL both speak it with the same SQL, so the
 * schema, the migrations and every query are written once.
 */
export interface Sql {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements; no parameters. */
  exec(script: string): Promise<void>;
}

export type EngineKind = 'pglite' | 'postgresql';

export interface Engine extends Sql {
  readonly kind: EngineKind;
  /** Where the data lives, for messages: a folder, "memory" or a URL without its password. */
  readonly location: string;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Misconfiguration or a database the build cannot use; the message says what to do. */
export class StoreError extends Error {
  constructor(
    readonly code: 'store/schema-too-new' | 'store/locked' | 'store/unreachable' | 'store/invalid-url',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
