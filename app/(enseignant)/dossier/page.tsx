import { redirect } from "next/navigation";

export default function DossierIndex() {
  redirect("/dossier/situation-de-carriere");
}
