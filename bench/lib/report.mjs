// Markdown tables of a benchmark run (bench/run.mjs), ready to paste into BENCHMARKS.md.
const fmt = (n, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? "—"
    : Number(n).toLocaleString("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/\u202f/g, " ");
const s = (ms, digits = 2) => (ms === null || ms === undefined ? "—" : fmt(ms / 1000, digits));
const table = (head, rows) => [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const verdict = (ok) => (ok ? "atteint" : "**manqué**");

export function renderReport({ machine, command, startedAt, finishedAt, loadAvgAtEnd, results, failures }) {
  const by = (step) => results.filter((r) => r.step === step);
  const out = [];
  out.push(`Run du ${startedAt} au ${finishedAt} — \`${command}\``);
  out.push("");
  out.push(
    `Machine : ${machine.cpus} cœurs (${machine.cpuModel}), ${fmt(machine.memoryGb, 1)} Go de mémoire, Node ${machine.node}, ${machine.platform}. ` +
      `Charge moyenne (1, 5, 15 min) au début : ${machine.loadAvgAtStart.join(", ")} ; à la fin : ${loadAvgAtEnd.join(", ")}.`,
  );

  const seeds = by("seed");
  if (seeds.length) {
    out.push("", "### Données synthétiques", "");
    out.push(
      table(
        ["Agents", "Évènements de carrière", "Affectations", "Fonctions", "Appréciations", "Avis", "Candidatures", "Fichier (Mo)", "Génération + écriture (s)"],
        seeds.map((r) => [fmt(r.size), fmt(r.rows?.CareerEvent), fmt(r.rows?.Affectation), fmt(r.rows?.FunctionMission), fmt(r.rows?.Appreciation), fmt(r.rows?.Opinion), fmt(r.rows?.Candidature), fmt(r.fileMb), `${s(r.fillMs, 1)}${r.cached ? " (base existante)" : ""}`]),
      ),
    );
  }

  const engine = by("engine");
  if (engine.length) {
    out.push("", "### (a) Moteur de règles seul : éligibilité + barème + classement d'une campagne entière", "");
    out.push(
      table(
        ["Agents", "Règle", "Promouvables", "Examinés", "evaluate (s)", "rank (s)", "Total, 1er appel (s)", "Total, appel suivant (s)", "CPU 1er appel (s)", "RSS max (Mo)"],
        engine.map((r) => [fmt(r.size), r.ruleSet, fmt(r.promouvables), fmt(r.examined), s(r.cold.evaluateMs), s(r.cold.rankMs), s(r.cold.totalMs), s(r.warm.totalMs), s(r.cold.totalCpuMs), fmt(r.memory.peakRssMb)]),
      ),
    );
    const big = engine.filter((r) => r.size >= 330_000);
    if (big.length) {
      out.push("");
      for (const r of big) out.push(`- Objectif « classement de ${fmt(r.size)} agents en moins de 5 s » (${r.ruleSet}, 1er appel) : ${s(r.cold.totalMs)} s — ${verdict(r.cold.totalMs < 5000)}.`);
    }
  }

  const tableau = by("tableau");
  if (tableau.length) {
    out.push("", "### (a) Par la base de données : computeTableau / storeTableau (lib/results/tableau.ts)", "");
    out.push(
      table(
        ["Agents", "Règle", "Examinés", "computeTableau 1er (s)", "computeTableau 2e (s)", "dont loadExamined (s)", "dont appréciations (s)", "storeTableau (s)", "RSS max (Mo)"],
        tableau.map((r) => [fmt(r.size), r.ruleSet, fmt(r.examined), s(r.computeTableau.coldMs), s(r.computeTableau.warmMs), s(r.parts.loadExaminedMs), s(r.parts.proposedAppreciationsMs), s(r.storeTableau?.ms), fmt(r.memory.peakRssMb)]),
      ),
    );
  }

  const imports = by("import");
  if (imports.length) {
    out.push("", "### (b) Import CSV (applyImport)", "");
    out.push(
      table(
        ["Agents", "Fichier (Mo)", "Mode", "Créés", "Mis à jour", "Inchangés", "Total (s)", "Analyse (s)", "Rapprochement (s)", "Attente hachage (s)", "Écriture (s)", "RSS max (Mo)"],
        imports.map((r) => [fmt(r.size), fmt(r.csvMb, 1), r.mode, fmt(r.toCreate), fmt(r.toUpdate), fmt(r.unchanged), s(r.ms, 1), s(r.timings?.parseMs, 1), s(r.timings?.matchMs, 1), s(r.timings?.hashMs, 1), s(r.timings?.writeMs, 1), fmt(r.memory?.peakRssMb)]),
      ),
    );
    for (const r of imports.filter((i) => i.size >= 330_000 && i.mode === "création")) {
      out.push("", `- Objectif « import de ${fmt(r.size)} agents en moins de 60 s » : ${s(r.ms, 1)} s — ${verdict(r.ms < 60_000)}.`);
    }
  }
  for (const r of by("import-skipped")) out.push("", `(b) Import CSV non mesuré : ${r.reason}`);

  const http = by("http");
  if (http.length) {
    out.push("", "### (c) HTTP sous charge (autocannon, next start)", "");
    out.push(
      table(
        ["Base", "Cible", "Clients", "Requêtes", "req/s", "p50 (ms)", "p95 (ms)", "p99 (ms)", "CPU serveur / requête (ms)", "Statuts", "RSS serveur max (Mo)"],
        http.map((r) => [
          `${fmt(r.size)}${r.indexes ? " + index" : ""}`,
          r.target,
          fmt(r.connections),
          fmt(r.requests),
          fmt(r.requestsPerS, 1),
          fmt(r.latencyMs.p50),
          fmt(r.latencyMs.p95),
          fmt(r.latencyMs.p99),
          fmt((r.serverCpuS * 1000) / Math.max(1, r.requests), 1),
          Object.entries(r.statuses).map(([k, v]) => `${k}×${v}`).join(" ") + (r.errors ? ` erreurs×${r.errors}` : ""),
          fmt(r.serverPeakRssMb),
        ]),
      ),
    );
    const groups = new Map();
    for (const r of http) {
      const key = `${r.size}${r.indexes ? "+index" : ""}`;
      if (!groups.has(key)) groups.set(key, {});
      groups.get(key)[r.target] = r;
    }
    out.push("");
    for (const [key, g] of groups) {
      if (!g.synthese || !g.static) continue;
      const ratio = g.synthese.requestsPerS / g.static.requestsPerS;
      out.push(
        `- Base ${key} : Synthèse p95 ${fmt(g.synthese.latencyMs.p95)} ms (objectif < 100 ms : ${verdict(g.synthese.latencyMs.p95 < 100)}), ` +
          `débit ${fmt(g.synthese.requestsPerS, 1)} req/s = ${fmt(ratio * 100, 1)} % du fichier statique (objectif ≥ 50 % : ${verdict(ratio >= 0.5)}).` +
          (g.candidature ? ` Candidatures enregistrées : ${fmt(g.candidature.recorded)} sur ${fmt(g.candidature.requests)} soumissions.` : ""),
      );
    }
  }
  for (const r of by("http-setup")) {
    out.push(`- Serveur (base ${fmt(r.size)}) : fichier statique \`${r.staticFile}\`, ${fmt(r.sessions)} sessions ouvertes par le formulaire de connexion en ${fmt(r.signInS)} s, RSS au repos ${fmt(r.serverIdleRssMb)} Mo, pic (VmHWM) ${fmt(r.serverHighWaterMb)} Mo, build ${r.build.git}.`);
  }
  if (failures?.length) out.push("", `Étapes en échec : ${failures.join(", ")}.`);
  return out.join("\n");
}
