// The production build the HTTP benchmark serves. It is made in a copy of the working tree
// outside the repository (default: $TMPDIR/avancement-bench-app), so that building and
// serving never touch the .next/ folder that the test scripts of other developers use, and
// so that tsc's "**/*.ts" never sees a second copy of the app. node_modules is hard-linked
// (same files, no copy). The copy is refreshed, and the app rebuilt, when a source changes.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

function sourceFiles() {
  const out = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = out
    .split("\0")
    .filter((f) => f && !f.startsWith("bench/") && fs.existsSync(path.join(root, f)));
  // The generated Prisma client is git-ignored but part of the app.
  const walk = (dir) =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
  if (fs.existsSync(path.join(root, "generated"))) files.push(...walk("generated"));
  return files.sort();
}

function fingerprint(files) {
  const h = crypto.createHash("sha256");
  for (const f of files) {
    const st = fs.statSync(path.join(root, f));
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return h.digest("hex").slice(0, 16);
}

function gitDescription() {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean).length;
    return dirty ? `${head} + ${dirty} changed or new files (working tree)` : head;
  } catch {
    return "inconnu";
  }
}

/**
 * Copies the working tree into appDir and builds it when needed. Returns what was done.
 * @param {{ appDir?: string, rebuild?: boolean, env: NodeJS.ProcessEnv, log: (m: string) => void }} options
 */
export async function prepareApp({
  appDir = path.join(os.tmpdir(), "avancement-bench-app"),
  rebuild = false,
  env,
  log,
}) {
  const files = sourceFiles();
  const print = fingerprint(files);
  const stampFile = path.join(appDir, ".bench-build.json");
  const previous = fs.existsSync(stampFile) ? JSON.parse(fs.readFileSync(stampFile, "utf8")) : null;
  const lock = fs.statSync(path.join(root, "package-lock.json")).mtimeMs;
  if (
    !rebuild &&
    previous?.fingerprint === print &&
    fs.existsSync(path.join(appDir, ".next", "BUILD_ID"))
  ) {
    log(`http: build réutilisé (${appDir}, sources inchangées)`);
    return { appDir, built: false, buildMs: previous.buildMs, git: previous.git };
  }
  fs.mkdirSync(appDir, { recursive: true });
  for (const entry of fs.readdirSync(appDir)) {
    if (entry === "node_modules" && previous?.lock === lock) continue;
    fs.rmSync(path.join(appDir, entry), { recursive: true, force: true });
  }
  if (!fs.existsSync(path.join(appDir, "node_modules"))) {
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(appDir, "node_modules")]);
  }
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(appDir, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(appDir, f));
  }
  const git = gitDescription();
  log(`http: build de production dans ${appDir} (${files.length} fichiers, ${git})…`);
  const start = performance.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(path.join(appDir, "node_modules", ".bin", "next"), ["build"], {
      cwd: appDir,
      env: { ...env, AVANCEMENT_TYPECHECKED: "1", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (c) => {
      fs.writeFileSync(path.join(appDir, ".bench-build.log"), output);
      resolve(c ?? 1);
    });
  });
  if (code !== 0)
    throw new Error(`next build a échoué (voir ${path.join(appDir, ".bench-build.log")})`);
  const buildMs = Math.round(performance.now() - start);
  fs.writeFileSync(stampFile, JSON.stringify({ fingerprint: print, lock, buildMs, git }, null, 2));
  log(`http: build fait en ${Math.round(buildMs / 1000)} s`);
  return { appDir, built: true, buildMs, git };
}
