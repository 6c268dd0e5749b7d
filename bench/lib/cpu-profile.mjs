// Preloaded into `next start` by bench/profile.mjs (NODE_OPTIONS=--import): SIGUSR2 starts
// the V8 CPU profiler of this process, a second SIGUSR2 stops it and writes the profile to
// $BENCH_PROFILE_DIR/<pid>-<n>.cpuprofile (readable by Chrome's DevTools too).
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

let session = null;
let n = 0;
process.on("SIGUSR2", () => {
  if (!session) {
    session = new inspector.Session();
    session.connect();
    session.post("Profiler.enable", () =>
      session.post("Profiler.setSamplingInterval", { interval: 200 }, () =>
        session.post("Profiler.start"),
      ),
    );
    return;
  }
  const done = session;
  session = null;
  done.post("Profiler.stop", (error, result) => {
    if (!error) {
      const file = path.join(process.env.BENCH_PROFILE_DIR, `${process.pid}-${n++}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(result.profile));
    }
    done.disconnect();
  });
});
