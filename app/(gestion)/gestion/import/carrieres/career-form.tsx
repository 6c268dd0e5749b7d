"use client";

import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { DataList } from "@/components/ui/data-list";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Table } from "@/components/ui/table";
import { MAX_UPLOAD_BYTES, type ImportProgress } from "@/lib/agents/import-labels";
import { ProgressPanel } from "../import-form";
import type { CareerActionState } from "./actions";

type Action = (
  prev: CareerActionState | undefined,
  formData: FormData,
) => Promise<CareerActionState>;
type Intent = "verifier" | "importer";

function newImportId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
const fileKey = (file: File | undefined) =>
  file ? `${file.name}|${file.size}|${file.lastModified}` : "";
const number = (n: number) => n.toLocaleString("fr-FR");

/** "Vérifier le fichier", then "Importer" once that very file was checked without error. */
export function CareerForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const [selected, setSelected] = useState("");
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
        if (response.status === 200 && !stopped)
          setProgress((await response.json()) as ImportProgress);
      } catch {
        // A missed poll only delays the bar.
      }
    };
    const timer = setInterval(poll, 800);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pending, submitted]);

  const verified =
    !pending &&
    state?.ok === true &&
    state.intent === "verifier" &&
    submitted?.key === selected &&
    selected !== "";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent: Intent = submitter?.value === "importer" ? "importer" : "verifier";
    const file = (form.elements.namedItem("fichier") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setLocalError("Choisissez le fichier CSV des carrières.");
    if (file.size > MAX_UPLOAD_BYTES)
      return setLocalError(
        "Le fichier dépasse 5,5 Mo : découpez-le (par circonscription, par exemple).",
      );
    setLocalError(null);
    const id = newImportId();
    const data = new FormData(form);
    data.set("intent", intent);
    data.set("importId", id);
    setSubmitted({ key: fileKey(file), intent, id });
    setProgress(null);
    startTransition(() => formAction(data));
  }

  const summary = pending ? undefined : state?.summary;
  const done = state?.intent === "importer" && summary?.applied;
  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate className="mb-8 bg-gris-clair p-4">
        <Field
          id="carrieres-fichier"
          name="fichier"
          label="Fichier CSV des carrières"
          type="file"
          accept=".csv,text/csv"
          required
          hint="UTF-8 ou Windows-1252, séparateur « ; » ou « , », une ligne par étape de carrière, 5,5 Mo au maximum."
          errors={localError ? [localError] : pending ? undefined : state?.errors?.fichier}
          onChange={(e) => {
            setSelected(fileKey(e.currentTarget.files?.[0]));
            setLocalError(null);
          }}
        />
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
      {summary ? (
        <section aria-labelledby="carrieres-resultat" className="mb-8">
          <h2 id="carrieres-resultat" className="mb-4 text-2xl font-bold">
            {done ? "Résultat de l'import" : "Résultat de la vérification"}
          </h2>
          <DataList
            items={[
              ["Lignes lues", number(summary.rows)],
              ["Agents du fichier", number(summary.agents)],
              [
                done ? "Carrières mises à jour" : "Carrières à mettre à jour",
                number(summary.toUpdate),
              ],
              ["Carrières inchangées", number(summary.unchanged)],
              ["Erreurs", number(summary.errorCount)],
            ]}
          />
          {summary.errorCount > 0 ? (
            <Table
              caption="Erreurs du fichier, par ligne"
              headers={["Ligne", "Colonne", "Erreur"]}
              empty="Aucune erreur."
              rows={summary.errors.map((e) => [e.line, e.column ?? "—", e.message])}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
