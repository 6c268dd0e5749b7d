// What the HTTP benchmarks share (bench/http.mjs, bench/rush.mjs): starting `next start`,
// the CPU time and memory of a server's processes read from /proc, autocannon runs with
// every response time kept (autocannon's summary has no p95), and the candidature server
// action as the browser sends it.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { formContaining, hiddenInputs } from "./login.mjs";

export const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export function portFree(p) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(p, () => s.close(() => resolve(true)));
  });
}

/** `pid` and all its descendants. */
export function processTree(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {}
  }
  const out = [];
  const walk = (p) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

export function statusKb(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      fs.readFileSync(`/proc/${pid}/status`, "utf8"),
    );
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export const CLK_TCK =
  Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** CPU seconds (user + system) used so far by the processes of these trees. */
export function cpuSeconds(rootPids) {
  let ticks = 0;
  for (const rootPid of rootPids)
    for (const p of processTree(rootPid)) {
      try {
        const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
      } catch {}
    }
  return ticks / CLK_TCK;
}

/** CPU seconds used so far by this process (the load generator), all its threads. */
export const selfCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds used so far by PostgreSQL's processes on this machine (every database). */
export function postgresCpuSeconds() {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return ticks / CLK_TCK;
}

/** Busy CPU seconds of the whole machine so far (every core, every process: /proc/stat). */
export function machineBusySeconds() {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1);
  const [user, nice, system, , , irq, softirq, steal] = cpu.map(Number);
  return (user + nice + system + irq + softirq + steal) / CLK_TCK;
}

export const treeRssMb = (rootPids) =>
  round(rootPids.flatMap(processTree).reduce((s, p) => s + statusKb(p, "VmRSS"), 0) / 1024);

/** Peak RSS of the trees, sampled every 100 ms until stop(). */
export function memorySampler(rootPids) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(rootPids()))), 100);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

export async function inPool(items, concurrency, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i], i);
    }),
  );
  return out;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `next start` of appDir on `port`, in its own process group; resolves once /connexion answers.
 * @returns {Promise<{ pid: number, base: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startNext({ appDir, port, env, args = [], timeoutMs = 90_000 }) {
  if (!(await portFree(port))) throw new Error(`Le port ${port} est occupé : --port <autre>`);
  const base = `http://localhost:${port}`;
  const child = spawn(
    path.join(appDir, "node_modules", ".bin", "next"),
    ["start", "-p", String(port), ...args],
    { cwd: appDir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise((r) => child.once("exit", r));
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal); // its own process group: next start and its worker
    } catch {}
  };
  process.on("exit", () => kill("SIGKILL"));
  const stop = async () => {
    kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    kill("SIGKILL");
  };
  const startedAt = performance.now();
  for (;;) {
    if (performance.now() - startedAt > timeoutMs) {
      await stop();
      throw new Error(`Le serveur ne répond pas :\n${output}`);
    }
    try {
      if ((await fetch(`${base}/connexion`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  return { pid: child.pid, base, output: () => output, stop };
}

/**
 * An autocannon run, bounded in time whatever happens. `urls`: one server or several, the
 * clients split evenly between them (one autocannon instance each, run together). `rate`: an
 * overall request rate (open model: the requests of a deadline arrive whatever the answers).
 * Returns req/s, latency percentiles of every response, statuses, and the CPU seconds of the
 * server trees and of this process (the load generator) during the run.
 */
export async function runLoad({
  urls,
  request,
  connections,
  amount,
  rate,
  seconds = 12,
  warmup = true,
  warmupSeconds = 2,
  serverPids,
  log,
  name,
}) {
  if (warmup)
    await Promise.all(
      urls.map((url) =>
        autocannon({
          url,
          connections: Math.max(1, Math.floor(Math.min(10, connections) / urls.length)),
          duration: warmupSeconds,
          requests: [request],
        }),
      ),
    );
  const latencies = [];
  const statuses = {};
  const memory = memorySampler(serverPids);
  const cpuBefore = cpuSeconds(serverPids());
  const selfBefore = selfCpuSeconds();
  const pgBefore = postgresCpuSeconds();
  const machineBefore = machineBusySeconds();
  const started = performance.now();
  const clients = amount ? Math.min(connections, amount) : connections;
  const share = (total, i) => Math.floor(total / urls.length) + (i < total % urls.length ? 1 : 0);
  const instances = urls.map((url, i) =>
    autocannon({
      url,
      connections: share(clients, i),
      ...(amount ? { amount: share(amount, i) } : { duration: seconds }),
      ...(rate ? { overallRate: rate / urls.length } : {}),
      timeout: 30,
      requests: [request],
    }),
  );
  // A run of `amount` requests stops after 4 minutes at most.
  const guard = setTimeout(
    () => instances.forEach((x) => x.stop()),
    amount ? 240_000 : (seconds + 30) * 1000,
  );
  for (const instance of instances)
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  const results = await Promise.all(instances);
  clearTimeout(guard);
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = cpuSeconds(serverPids()) - cpuBefore;
  const generatorCpu = selfCpuSeconds() - selfBefore;
  const postgresCpu = postgresCpuSeconds() - pgBefore;
  const machineBusy = machineBusySeconds() - machineBefore;
  latencies.sort((a, b) => a - b);
  const sum = (f) => results.reduce((s, r) => s + f(r), 0);
  const figures = {
    target: name,
    servers: urls.length,
    connections: clients,
    ...(rate ? { rate } : {}),
    durationS: round(elapsed, 2),
    requests: latencies.length,
    requestsPerS: round(latencies.length / elapsed),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p97_5: round(percentile(latencies, 97.5)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
    },
    statuses,
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    bytesPerRequest: sum((r) => r.requests.total)
      ? Math.round(sum((r) => r.throughput.total) / sum((r) => r.requests.total))
      : null,
    serverCpuS: round(serverCpu, 1),
    serverCpuMsPerRequest: latencies.length ? round((serverCpu * 1000) / latencies.length) : null,
    generatorCpuS: round(generatorCpu, 1),
    postgresCpuS: round(postgresCpu, 1),
    // Cores busy on the whole machine during the run, and how much of it was not this
    // benchmark (other engineers' work on the shared machine).
    machineBusyCores: round(machineBusy / elapsed, 2),
    otherCores: round((machineBusy - serverCpu - generatorCpu - postgresCpu) / elapsed, 2),
    serverPeakRssMb: memory.stop(),
    loadAvg1: round(os.loadavg()[0], 2),
  };
  log?.(
    `${name}: ${figures.requestsPerS} req/s, p50 ${figures.latencyMs.p50} ms, p95 ${figures.latencyMs.p95} ms, ` +
      `p99 ${figures.latencyMs.p99} ms, ${figures.requests} réponses ${JSON.stringify(statuses)}, erreurs ${figures.errors}, ` +
      `CPU serveur ${figures.serverCpuMsPerRequest} ms/req, CPU générateur ${figures.generatorCpuS} s, ` +
      `PostgreSQL ${figures.postgresCpuS} s, cœurs occupés ${figures.machineBusyCores} (dont autres ${figures.otherCores}), charge ${figures.loadAvg1}`,
  );
  return figures;
}

/**
 * The candidature server action, encoded as React's client encodes a form action of
 * useActionState (checked against what Chromium sends; see BENCHMARKS.md): the form's hidden
 * fields and inputs prefixed by "_1_", then the arguments [previous state, form data]. Read
 * from the candidature page as `cookie`'s teacher sees it.
 */
export async function candidatureAction(base, cookie, campaignId) {
  const pagePath = `/siap/${campaignId}/candidature`;
  const pageHtml = await (await fetch(`${base}${pagePath}`, { headers: { cookie } })).text();
  const submitForm = formContaining(pageHtml, "Valider ma candidature");
  if (!submitForm) throw new Error("Formulaire « Valider ma candidature » introuvable");
  const fields = [...hiddenInputs(submitForm)];
  const actionId = JSON.parse(fields.find(([k]) => /^\$ACTION_\d+:0$/.test(k))?.[1] ?? "{}").id;
  if (!actionId) throw new Error("Identifiant de l'action serveur introuvable");
  const boundary = `----BenchFormBoundary${crypto.randomBytes(8).toString("hex")}`;
  const part = (name, value) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body =
    fields.map(([k, v]) => part(`_1_${k}`, v)).join("") +
    part("0", '["$undefined","$K1"]') +
    `--${boundary}--\r\n`;
  const segment = (name, children) => [name, { children }, null, null, 0];
  const tree = [
    "",
    {
      children: segment(
        "(enseignant)",
        segment(
          "siap",
          segment(
            ["campaignId", campaignId, "d", null],
            segment("candidature", ["__PAGE__", {}, null, null, 0]),
          ),
        ),
      ),
    },
    null,
    null,
    16,
  ];
  const headers = {
    accept: "text/x-component",
    "next-action": actionId,
    "next-router-state-tree": encodeURIComponent(JSON.stringify(tree)),
    "content-type": `multipart/form-data; boundary=${boundary}`,
    origin: base,
    referer: `${base}${pagePath}`,
  };
  return { pagePath, headers, body };
}

export const ACKNOWLEDGED = "Votre demande de candidature a bien été enregistrée.";

/** autocannon setupRequest: each request with the next cookie of the list, round robin. */
export function rotate(list) {
  let i = 0;
  return (req) => ({ ...req, headers: { ...req.headers, cookie: list[i++ % list.length] } });
}

/** Common environment of a benchmark server (production mode, a fresh secret unless given). */
export function serverEnv(base, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    AUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    // The benchmark teachers sign in with their NUMEN and go straight to their pages.
    PASSWORD_CHANGE_AT_FIRST_LOGIN: "false",
    ...extra,
  };
}
