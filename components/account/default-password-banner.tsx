import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { CurrentUser } from "@/lib/auth/session";

export function DefaultPasswordBanner({ user }: { user: CurrentUser }) {
  if (!user.passwordIsDefault) return null;
  return (
    <Notice tone="warning" title="Votre mot de passe est celui attribué par défaut">
      <p>
        Pour protéger votre dossier, nous vous recommandons de le modifier :{" "}
        <Link href="/compte/mot-de-passe">changer mon mot de passe</Link>.
      </p>
    </Notice>
  );
}
