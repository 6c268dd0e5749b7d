// Types of scripts/databases.mjs for the TypeScript files that use it (the test setup).
export type Provider = "sqlite" | "postgresql";
export const root: string;
export const LAYOUTS: Record<Provider, { schema: string; migrations: string }>;
export function providerOf(url: string): Provider;
export function migrateArgs(url: string): string[];
export function twinSchema(source: string): string;
export function readTwinSources(): { expected: string; actual: string | null };
export function writeTwin(): boolean;
export function pgServerUrl(env?: NodeJS.ProcessEnv): string;
export function describeServer(url: string): string;
export function pgAnswers(url: string, timeoutMs?: number): Promise<boolean>;
export function databaseUrl(serverUrl: string, name: string): string;
export function uniqueDatabaseName(kind: string): string;
export function createDatabase(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<unknown>;
export function dropDatabase(serverUrl: string, name: string): Promise<unknown>;
export function dropDatabases(serverUrl: string, prefix: string): Promise<string[]>;
