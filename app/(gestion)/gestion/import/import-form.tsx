"use client";

import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { DataList } from "@/components/ui/data-list";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Table } from "@/components/ui/table";
import { MAX_UPLOAD_BYTES, PHASE_LABELS, type ImportProgress } from "@/lib/agents/import-labels";
import type { ImportActionState } from "./actions";

type Action = (
  prev: ImportActionState | undefined,
  formData: FormData,
) => Promise<ImportActionState>;
type Intent = "verifier" | "importer";

const POLL_MS = 800;
const ERRORS_PER_PAGE = 50;
const TOO_BIG = "Le fichier dépasse 5,5 Mo : découpez-le (par circonscription, par exemple).";

/** 32 hex characters; crypto.getRandomValues also works outside HTTPS, unlike randomUUID. */
function newImportId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const fileKey = (file: File | undefined) =>
  file ? `${file.name}|${file.size}|${file.lastModified}` : "";
const number = (n: number) => n.toLocaleString("fr-FR");

/**
 * Upload form of the agent import: "Vérifier le fichier" runs a dry run; once the chosen
 * file has been checked without error, "Importer" applies it. While the server works, the
 * page polls the progress of this import and shows it in a progress bar.
 */
export function ImportForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const [selected, setSelected] = useState("");
  const [deactivate, setDeactivate] = useState(false);
  const [submitted, setSubmitted] = useState<{ key: string; intent: Intent; id: string } | null>(
    null,
  );
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  useEffect(() => {
    if (!pending || !submitted) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/gestion/import/progression?id=${submitted.id}`, {
          cache: "no-store",
        });
        // 204 until the server has started on this import (the file may still be uploading).
        if (response.status === 200 && !stopped)
          setProgress((await response.json()) as ImportProgress);
      } catch {
        // A missed poll only delays the bar; the action's answer is what counts.
      }
    };
    const timer = setInterval(poll, POLL_MS);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pending, submitted]);

  // The file checked must be the one chosen, with the same option (the dry run counts the agents to mark inactive).
  const verified =
    !pending &&
    state?.ok === true &&
    state.intent === "verifier" &&
    submitted?.key === `${selected}|${deactivate}` &&
    selected !== "";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent: Intent = submitter?.value === "importer" ? "importer" : "verifier";
    const file = (form.elements.namedItem("fichier") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setLocalError("Choisissez le fichier CSV des agents.");
    if (file.size > MAX_UPLOAD_BYTES) return setLocalError(TOO_BIG);
    setLocalError(null);
    const id = newImportId();
    const data = new FormData(form);
    data.set("intent", intent);
    data.set("importId", id);
    setSubmitted({ key: `${fileKey(file)}|${deactivate}`, intent, id });
    setProgress(null);
    startTransition(() => formAction(data));
  }

  const summary = pending ? undefined : state?.summary;
  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate className="mb-8 bg-gris-clair p-4">
        <Field
          id="import-fichier"
          name="fichier"
          label="Fichier CSV des agents"
          type="file"
          accept=".csv,text/csv"
          required
          hint="UTF-8, séparateur « ; » ou « , », 5,5 Mo au maximum (environ 35 000 agents)."
          errors={localError ? [localError] : pending ? undefined : state?.errors?.fichier}
          onChange={(e) => {
            setSelected(fileKey(e.currentTarget.files?.[0]));
            setLocalError(null);
          }}
        />
        <div className="fr-checkbox-group fr-mb-3w">
          <input
            type="checkbox"
            id="import-inactifs"
            name="inactifs"
            value="oui"
            checked={deactivate}
            onChange={(e) => setDeactivate(e.currentTarget.checked)}
          />
          <label className="fr-label" htmlFor="import-inactifs">
            Marquer inactifs les agents absents du fichier (départs, retraites) — le fichier doit
            alors contenir tous les agents du département
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            name="intent"
            value="verifier"
            disabled={pending}
            className={buttonClass(verified ? "secondary" : "primary")}
          >
            Vérifier le fichier
          </button>
          {verified ? (
            <button
              type="submit"
              name="intent"
              value="importer"
              disabled={pending}
              className={buttonClass("primary")}
            >
              Importer
            </button>
          ) : (
            <p className="text-sm text-gris">
              « Importer » apparaît une fois le fichier vérifié sans erreur.
            </p>
          )}
        </div>
      </form>

      {pending ? (
        <ProgressPanel intent={submitted?.intent ?? "verifier"} progress={progress} />
      ) : null}
      <FormMessage state={pending ? undefined : state} />
      {summary ? <SummaryPanel key={submitted?.id} state={state} /> : null}
    </>
  );
}

/** Also used by the career-history import (./carrieres). */
export function ProgressPanel({
  intent,
  progress,
}: {
  intent: Intent;
  progress: ImportProgress | null;
}) {
  const determinate = progress !== null && progress.total > 0 && progress.phase !== "termine";
  const percent = determinate
    ? Math.min(100, Math.floor((progress.done / progress.total) * 100))
    : null;
  const unit = progress?.phase === "lecture" ? "" : " agents";
  return (
    <div className="mb-6 max-w-xl">
      <p id="import-progression" className="mb-2 font-medium" role="status" aria-live="polite">
        {intent === "importer" ? "Import en cours" : "Vérification en cours"}
        {progress ? ` — ${PHASE_LABELS[progress.phase]}` : ""}…
      </p>
      {determinate ? (
        <progress
          aria-labelledby="import-progression"
          className="h-4 w-full"
          value={progress.done}
          max={progress.total}
        />
      ) : (
        <progress aria-labelledby="import-progression" className="h-4 w-full" />
      )}
      {percent !== null ? (
        <p className="mt-1 text-sm text-gris">
          {percent} %
          {progress && progress.phase !== "lecture"
            ? ` (${number(progress.done)} sur ${number(progress.total)}${unit})`
            : ""}
        </p>
      ) : null}
      <p className="mt-1 text-sm text-gris">Gardez cette page ouverte jusqu&apos;au résultat.</p>
    </div>
  );
}

function SummaryPanel({ state }: { state: ImportActionState | undefined }) {
  const [page, setPage] = useState(1);
  const summary = state?.summary;
  if (!summary) return null;
  const done = state?.intent === "importer" && summary.applied;
  const pages = Math.max(1, Math.ceil(summary.errors.length / ERRORS_PER_PAGE));
  const shown = summary.errors.slice((page - 1) * ERRORS_PER_PAGE, page * ERRORS_PER_PAGE);
  return (
    <section aria-labelledby="import-resultat" className="mb-8">
      <h2 id="import-resultat" className="mb-4 text-2xl font-bold">
        {done ? "Résultat de l'import" : "Résultat de la vérification"}
      </h2>
      <DataList
        items={[
          ["Lignes lues", number(summary.rows)],
          [done ? "Agents créés" : "Agents à créer", number(summary.toCreate)],
          [done ? "Agents mis à jour" : "Agents à mettre à jour", number(summary.toUpdate)],
          ["Agents inchangés", number(summary.unchanged)],
          ...(summary.toDeactivate > 0
            ? [
                [
                  done ? "Agents marqués inactifs" : "Agents absents du fichier à marquer inactifs",
                  number(summary.toDeactivate),
                ] as [string, string],
              ]
            : []),
          ["Erreurs", number(summary.errorCount)],
        ]}
      />
      {summary.deactivations.length > 0 ? (
        <details className="mb-6">
          <summary>
            {done ? "Agents marqués inactifs" : "Agents qui seront marqués inactifs"}
          </summary>
          <ul className="ml-6 list-disc">
            {summary.deactivations.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          {summary.toDeactivate > summary.deactivations.length ? (
            <p>… et {number(summary.toDeactivate - summary.deactivations.length)} autres.</p>
          ) : null}
        </details>
      ) : null}
      {summary.errorCount > 0 ? (
        <>
          <h3 className="mb-2 text-xl font-bold">Erreurs par ligne</h3>
          {summary.errorCount > summary.errors.length ? (
            <p className="mb-2">
              {number(summary.errorCount)} erreurs au total : les {number(summary.errors.length)}{" "}
              premières sont listées.
            </p>
          ) : null}
          <Table
            caption="Erreurs du fichier, par ligne"
            headers={["Ligne", "Colonne", "Erreur"]}
            empty="Aucune erreur."
            rows={shown.map((e) => [e.line, e.column ?? "—", e.message])}
          />
          {pages > 1 ? (
            <nav aria-label="Pages des erreurs" className="mb-6 flex items-center gap-4">
              <button
                type="button"
                className={buttonClass("secondary")}
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                ‹ Erreurs précédentes
              </button>
              <span>
                Page {page} sur {pages}
              </span>
              <button
                type="button"
                className={buttonClass("secondary")}
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                Erreurs suivantes ›
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
      {summary.changes.length > 0 ? (
        <>
          <h3 className="mb-2 text-xl font-bold">
            {done ? "Agents modifiés" : "Modifications prévues"}
          </h3>
          {summary.toUpdate > summary.changes.length ? (
            <p className="mb-2">
              Les {number(summary.changes.length)} premiers agents sur {number(summary.toUpdate)}{" "}
              sont listés.
            </p>
          ) : null}
          <Table
            caption="Agents déjà enregistrés que le fichier modifie"
            headers={["Ligne", "Agent", "Modifications"]}
            empty=""
            rows={summary.changes.map((c) => [
              c.line,
              c.agent,
              c.fields
                .map((f) => `${f.column} : ${f.before || "(vide)"} → ${f.after || "(vide)"}`)
                .join(" ; "),
            ])}
          />
        </>
      ) : null}
    </section>
  );
}
