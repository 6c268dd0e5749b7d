// Stand-in for the 'server-only' guard under Vitest (Node, no React server condition).
export {};
