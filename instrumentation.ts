// Next.js calls register() once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.AVANCEMENT_JOBS !== "off") {
    const { startJobs } = await import("@/lib/jobs");
    startJobs();
  }
}
