import { PrismaPg } from "@prisma/adapter-pg";
import type { GetPrismaClientConfig } from "@prisma/client/runtime/client";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl, isPostgresUrl } from "@/lib/env";
import { QueuedSqlite } from "@/lib/sqlite-connection";

// Secrets never leave the data layer unless a query asks for them explicitly.
const secretOmit = {
  user: {
    passwordHash: true,
    totpSecret: true,
    totpPendingSecret: true,
    pinHash: true,
    recoveryCodes: true,
  },
  agent: { numenHash: true },
  document: { content: true },
  outboxMessage: { sealedBody: true },
} as const;

/**
 * The client is generated once, from the SQLite schema (its types are then the subset both
 * databases support). A generated client is tied to one provider only through its query
 * compiler and the provider it declares, so on PostgreSQL we hand it PostgreSQL's compiler
 * and the twin's provider: exactly what `prisma generate` writes for
 * prisma/postgresql/schema.prisma (docs/decisions/0003-postgresql.md).
 */
export function onPostgres(config: GetPrismaClientConfig): GetPrismaClientConfig {
  return {
    ...config,
    activeProvider: "postgresql",
    inlineSchema: config.inlineSchema.replace(
      /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
      '$1"postgresql"',
    ),
    compilerWasm: {
      // @ts-expect-error -- Prisma ships these compiler modules without type declarations.
      getRuntime: () => import("@prisma/client/runtime/query_compiler_fast_bg.postgresql.mjs"),
      getQueryCompilerWasmModule: async () => {
        const { wasm } = (await import(
          // @ts-expect-error -- idem.
          "@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs"
        )) as { wasm: string };
        return new WebAssembly.Module(Buffer.from(wasm, "base64"));
      },
      importName: "./query_compiler_fast_bg.js",
    },
  };
}

function postgresAdapter(url: string) {
  // ?schema=x: the adapter qualifies every table with it; pg itself ignores the parameter.
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  return new PrismaPg({ connectionString: url }, schema ? { schema } : undefined);
}

// A burst of submissions at a deadline queues its transactions for a connection (PostgreSQL's
// pool) or the write lock (SQLite): wait for one longer than Prisma's 2 s before failing.
const transactionOptions = { maxWait: 15_000 };

/** The database behind a client, for the few statements written in raw SQL. */
export interface DatabaseKind {
  kind: "sqlite" | "postgresql";
  /** The schema that qualifies every table (?schema=x of a PostgreSQL URL). */
  schema?: string;
}

const kinds = new WeakMap<object, DatabaseKind>();

export function createPrismaClient(url = databaseUrl()) {
  if (!isPostgresUrl(url)) {
    const client = new PrismaClient({
      adapter: new QueuedSqlite(url),
      omit: secretOmit,
      transactionOptions,
    });
    kinds.set(client, { kind: "sqlite" });
    return client;
  }
  const options = { adapter: postgresAdapter(url), omit: secretOmit, transactionOptions };
  // Prisma's hook for replacing the generated configuration; not in the generated types.
  Object.assign(options, { __internal: { configOverride: onPostgres } });
  const client = new PrismaClient(options);
  kinds.set(client, {
    kind: "postgresql",
    schema: new URL(url).searchParams.get("schema") ?? undefined,
  });
  return client;
}

/** What createPrismaClient was given, recorded there: never read from Prisma's private fields. */
export function databaseOf(db: object): DatabaseKind {
  const kind = kinds.get(db);
  if (!kind)
    throw new Error(
      "Client de base de données inconnu : créez-le avec createPrismaClient (une transaction interactive ne convient pas ici).",
    );
  return kind;
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client or an interactive transaction of it. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// One client per process; in development, Next's hot reload would otherwise open a new
// connection on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: Db };
export const prisma: Db = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
