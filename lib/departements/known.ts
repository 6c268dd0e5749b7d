// The départements of the académie de Toulouse, by their INSEE code: the names a database
// gets when a département is first named by a code (factories, seed, agents import).
export interface DepartementName {
  code: string;
  name: string;
  dsden: string;
  academie: string;
}

const ACADEMIE = "Toulouse";

export const KNOWN_DEPARTEMENTS: readonly DepartementName[] = [
  { code: "09", name: "Ariège", dsden: "DSDEN de l'Ariège", academie: ACADEMIE },
  { code: "12", name: "Aveyron", dsden: "DSDEN de l'Aveyron", academie: ACADEMIE },
  { code: "31", name: "Haute-Garonne", dsden: "DSDEN de la Haute-Garonne", academie: ACADEMIE },
  { code: "32", name: "Gers", dsden: "DSDEN du Gers", academie: ACADEMIE },
  { code: "46", name: "Lot", dsden: "DSDEN du Lot", academie: ACADEMIE },
  { code: "65", name: "Hautes-Pyrénées", dsden: "DSDEN des Hautes-Pyrénées", academie: ACADEMIE },
  { code: "81", name: "Tarn", dsden: "DSDEN du Tarn", academie: ACADEMIE },
  { code: "82", name: "Tarn-et-Garonne", dsden: "DSDEN de Tarn-et-Garonne", academie: ACADEMIE },
];

/** The id a département named by its code gets (the migration of issue 12 uses the same). */
export const departementIdOf = (code: string) => `dep-${code}`;

export function departementName(code: string): DepartementName {
  return (
    KNOWN_DEPARTEMENTS.find((d) => d.code === code) ?? {
      code,
      name: `Département ${code}`,
      dsden: `DSDEN ${code}`,
      academie: ACADEMIE,
    }
  );
}

/** The département the demo, the factories and a migrated database start with. */
export const DEFAULT_DEPARTEMENT_CODE = "31";
export const DEFAULT_DEPARTEMENT_ID = departementIdOf(DEFAULT_DEPARTEMENT_CODE);
