// Next.js calls register() once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Client address and body limit, before Next.js reads the request (lib/http/guard.ts).
  const { installRequestGuard } = await import("@/lib/http/guard");
  await installRequestGuard();
  if (process.env.AVANCEMENT_JOBS !== "off") {
    const { startJobs } = await import("@/lib/jobs");
    startJobs();
  }
}
