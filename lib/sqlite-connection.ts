import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";

// Prisma's better-sqlite3 adapter shares one connection between every request of the
// process, and three things go wrong with it (prisma/orm#29933 for the last two):
// - a query of another request, run while an interactive transaction awaits, runs inside
//   that transaction: it reads what is not committed, and its write is lost if the
//   transaction rolls back, after the user was told it was saved;
// - a transaction starts with a deferred BEGIN, so one that reads, then writes while
//   another process writes, is refused at once (SQLITE_BUSY) instead of waiting its turn;
// - a refused COMMIT leaves the connection inside the transaction, and a refused BEGIN
//   keeps the adapter's lock: every later transaction of the process fails.
// This wrapper gives the connection one queue: a query outside a transaction waits until
// no transaction is open, a transaction takes the write lock when it begins (BEGIN
// IMMEDIATE, waiting up to BUSY_TIMEOUT_MS for another process), and a transaction that
// did not end cleanly is rolled back before the queue moves on.
export const BUSY_TIMEOUT_MS = 10_000;

/** A first-in first-out lock over one connection. */
class Queue {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => turn);
    return previous.then(() => release);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

class QueuedTransaction implements Transaction {
  readonly provider = "sqlite";
  readonly adapterName: string;
  // Prisma sends COMMIT and ROLLBACK itself, then calls commit() or rollback().
  readonly options = { usePhantomQuery: false };
  #open = true;
  #release: (() => void) | null;

  constructor(
    private readonly connection: SqlDriverAdapter,
    release: () => void,
  ) {
    this.adapterName = connection.adapterName;
    this.#release = release;
  }

  queryRaw(query: SqlQuery) {
    this.#live();
    return this.connection.queryRaw(query);
  }

  async executeRaw(query: SqlQuery) {
    this.#live();
    const changes = await this.connection.executeRaw(query);
    if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(query.sql)) this.#open = false;
    return changes;
  }

  async commit() {
    this.#end();
  }

  async rollback() {
    // After a refused COMMIT the connection is still inside the transaction.
    if (this.#open) {
      this.#open = false;
      await this.connection.executeRaw(statement("ROLLBACK")).catch(() => {
        // SQLite had already rolled it back (it does after some errors).
      });
    }
    this.#end();
  }

  async createSavepoint(name: string) {
    await this.connection.executeRaw(statement(`SAVEPOINT ${name}`));
  }

  async rollbackToSavepoint(name: string) {
    await this.connection.executeRaw(statement(`ROLLBACK TO ${name}`));
  }

  async releaseSavepoint(name: string) {
    await this.connection.executeRaw(statement(`RELEASE SAVEPOINT ${name}`));
  }

  /** A statement that comes after the end would run outside the queue. */
  #live() {
    if (!this.#release) throw new Error("Transaction SQLite déjà terminée.");
  }

  #end() {
    this.#release?.();
    this.#release = null;
  }
}

class QueuedConnection implements SqlDriverAdapter {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #queue = new Queue();

  constructor(private readonly connection: SqlDriverAdapter) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery) {
    return this.#queue.run(() => this.connection.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#queue.run(() => this.connection.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#queue.run(() => this.connection.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE")
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    const release = await this.#queue.acquire();
    try {
      await this.connection.executeRaw(statement("BEGIN IMMEDIATE"));
    } catch (error) {
      release();
      throw error;
    }
    return new QueuedTransaction(this.connection, release);
  }

  dispose() {
    return this.#queue.run(() => this.connection.dispose());
  }
}

/** The adapter for a SQLite file, with one queue per connection (see above). */
export class QueuedSqlite implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #factory: PrismaBetterSqlite3;

  constructor(url: string, { busyTimeoutMs = BUSY_TIMEOUT_MS } = {}) {
    this.#factory = new PrismaBetterSqlite3({ url, timeout: busyTimeoutMs });
    this.adapterName = this.#factory.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new QueuedConnection(await this.#factory.connect());
  }
}
