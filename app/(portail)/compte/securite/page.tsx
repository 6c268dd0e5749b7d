import type { Metadata } from "next";
import QRCode from "qrcode";
import { pendingTotpSecret } from "@/lib/auth/queries";
import { requireUser } from "@/lib/auth/session";
import { otpauthUri } from "@/lib/auth/totp";
import { ConfirmTotpForm, DisableTotpForm, StartTotpForm } from "./totp-forms";

export const metadata: Metadata = { title: "Clé de sécurité" };

export default async function Security() {
  const user = await requireUser();
  const totpPendingSecret = await pendingTotpSecret(user);
  const qr = totpPendingSecret
    ? await QRCode.toString(otpauthUri(totpPendingSecret, user.identifiant), {
        type: "svg",
        margin: 1,
        width: 200,
      })
    : null;
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Clé de sécurité (passcode OTP)</h1>
      {user.totpEnabled ? (
        <>
          <p className="mb-6">
            Votre clé de sécurité est <strong>activée</strong>. Pour vous connecter, saisissez votre
            identifiant puis votre passcode OTP : votre code PIN suivi des 6 chiffres affichés par
            la clé. Clé perdue : saisissez votre mot de passe et l&apos;un de vos codes de secours
            dans le champ du passcode, ou demandez à votre gestionnaire de retirer la clé.
          </p>
          <p className="mb-6">
            Pour remplacer ou désactiver la clé, confirmez qu&apos;il s&apos;agit bien de vous : mot
            de passe et passcode OTP actuels.
          </p>
          <h2 className="mb-3 text-xl font-bold">Remplacer la clé</h2>
          <StartTotpForm replacing />
          <h2 className="mb-3 mt-8 text-xl font-bold">Désactiver la clé</h2>
          <DisableTotpForm />
        </>
      ) : totpPendingSecret && qr ? (
        <>
          <ol className="mb-6 list-decimal space-y-2 pl-6">
            <li>Scannez ce QR code avec votre application d&apos;authentification ou votre clé.</li>
            <li>Choisissez un code PIN de 4 à 8 chiffres.</li>
            <li>Saisissez le code à 6 chiffres affiché pour confirmer.</li>
          </ol>
          <div
            className="mb-4 w-[200px]"
            role="img"
            aria-label="QR code de la clé de sécurité"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p className="mb-6">
            Saisie manuelle de la clé :{" "}
            <code data-testid="totp-secret" className="bg-gris-clair px-2 py-1 font-mono">
              {totpPendingSecret}
            </code>
          </p>
          <ConfirmTotpForm />
        </>
      ) : (
        <>
          <p className="mb-6">
            Une clé de sécurité (application d&apos;authentification ou clé OTP) protège votre
            compte même si votre mot de passe est connu d&apos;un tiers. Une fois activée, elle vous
            sera demandée à chaque connexion.
          </p>
          <StartTotpForm />
        </>
      )}
    </div>
  );
}
