import type { Metadata } from "next";
import Link from "next/link";
import { resetTokenState } from "@/lib/auth/queries";
import { Notice } from "@/components/ui/notice";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = { title: "Nouveau mot de passe" };

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await resetTokenState(token);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">Choisir un nouveau mot de passe</h1>
      {check.ok ? (
        <ResetForm token={token} />
      ) : (
        <Notice tone="error" role="alert">
          <p>{check.message}</p>
          <p className="mt-2">
            <Link href="/mot-de-passe-oublie">Faire une nouvelle demande</Link>
          </p>
        </Notice>
      )}
    </div>
  );
}
