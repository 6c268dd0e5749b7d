// Kinds of "Fonctions et missions" (domain.md, classe exceptionnelle vivier 1).
// `fromYear` marks kinds that count only from that campaign year (tutoring 2019, 2022 widening);
// `counts: false` kinds are recorded in the dossier but never count.
export const FUNCTION_KINDS = [
  {
    code: "EDUCATION_PRIORITAIRE",
    label: "Service en éducation prioritaire (REP+, REP, ex-ZEP/ECLAIR)",
    counts: true,
  },
  {
    code: "ENSEIGNEMENT_SUPERIEUR",
    label: "Affectation dans l'enseignement supérieur",
    counts: true,
  },
  { code: "DIRECTEUR_ECOLE", label: "Directeur d'école", counts: true },
  { code: "CHARGE_ECOLE", label: "Chargé d'école", counts: true },
  { code: "DIRECTEUR_ADJOINT_SEGPA", label: "Directeur adjoint de SEGPA", counts: true },
  {
    code: "CONSEILLER_PEDAGOGIQUE",
    label: "Conseiller pédagogique de circonscription (CPC)",
    counts: true,
  },
  { code: "MAITRE_FORMATEUR", label: "Maître formateur (PEMF)", counts: true },
  { code: "FORMATEUR_ACADEMIQUE", label: "Formateur académique", counts: true },
  {
    code: "REFERENT_HANDICAP",
    label: "Enseignant référent pour la scolarisation des élèves handicapés",
    counts: true,
  },
  // Counted only from the 2019 campaign (arrêté of 8 April 2019).
  {
    code: "TUTEUR_STAGIAIRES",
    label: "Tuteur de professeurs stagiaires",
    counts: true,
    fromYear: 2019,
  },
  {
    code: "CONSEILLER_FORMATION_CONTINUE",
    label: "Conseiller en formation continue",
    counts: true,
    fromYear: 2022,
  },
  {
    code: "ENSEIGNEMENT_PENITENTIAIRE",
    label: "Enseignement en milieu pénitentiaire ou en centre éducatif fermé",
    counts: true,
    fromYear: 2022,
  },
  {
    code: "CONTRAT_LOCAL_ACCOMPAGNEMENT",
    label: "École relevant d'un contrat local d'accompagnement",
    counts: true,
    fromYear: 2022,
  },
  { code: "MAITRE_ACCUEIL_TEMPORAIRE", label: "Maître d'accueil temporaire", counts: false },
  { code: "TUTEUR_CAPPEI", label: "Tuteur CAPPEI", counts: false },
  { code: "ERUN", label: "Enseignant référent pour les usages du numérique (ERUN)", counts: false },
  { code: "AUTRE", label: "Autre fonction ou mission", counts: false },
] as const satisfies readonly { code: string; label: string; counts: boolean; fromYear?: number }[];

export type FunctionKind = (typeof FUNCTION_KINDS)[number]["code"];

export const FUNCTION_KIND_CODES = FUNCTION_KINDS.map((k) => k.code) as [
  FunctionKind,
  ...FunctionKind[],
];

export function functionKindLabel(code: string): string {
  return FUNCTION_KINDS.find((k) => k.code === code)?.label ?? code;
}
