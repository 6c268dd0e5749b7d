import type { Metadata } from "next";
import { StaffDossier } from "@/components/dossier/staff-dossier";
import { AccountHelp } from "@/components/gestion/account-help";
import { requireAgentAccess, requireRole } from "@/lib/auth/session";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { agentAdministration } from "@/lib/agents/queries";
import { AgentStatusForm } from "@/components/gestion/agent-status-form";

import {
  deactivateAgentAction,
  reactivateAgentAction,
  removeSecurityKeyAction,
  unblockAccountAction,
} from "./actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Dossier d'un agent" };

export default async function AdminAgentDossier({
  params,
}: {
  params: Promise<{ agentId: string }>;
}) {
  await requireRole("GESTIONNAIRE");
  const { agentId } = await params;
  const user = await requireAgentAccess(agentId, "read");
  const { status, account, failures } = await agentAdministration(user, agentId);
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Espace gestionnaire", href: "/gestion" },
          { label: "Agents", href: "/gestion/agents" },
        ]}
        current="Dossier"
      />
      {status.inactiveAt ? (
        <p role="status" className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          Agent inactif depuis le {formatCalendarDate(status.inactiveAt)}
          {status.inactiveReason ? ` (${status.inactiveReason})` : ""} : aucune campagne ne
          l&apos;examine et son compte ne peut pas se connecter.
        </p>
      ) : null}
      <StaffDossier agentId={agentId} />
      <section aria-labelledby="titre-situation" className="mt-10 border-t border-bordure/40 pt-6">
        <h2 id="titre-situation" className="mb-3 text-2xl font-bold">
          Situation de l&apos;agent
        </h2>
        <p className="mb-3">
          {status.inactiveAt
            ? `Inactif depuis le ${formatCalendarDate(status.inactiveAt)}.`
            : "En activité."}
        </p>
        <AgentStatusForm
          action={status.inactiveAt ? reactivateAgentAction : deactivateAgentAction}
          agentId={agentId}
          inactive={Boolean(status.inactiveAt)}
        />
      </section>
      {account ? (
        <section aria-labelledby="titre-compte" className="mt-10 border-t border-bordure/40 pt-6">
          <h2 id="titre-compte" className="mb-3 text-2xl font-bold">
            Compte de connexion
          </h2>
          <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className="font-medium">Identifiant</dt>
            <dd>{account.identifiant}</dd>
            <dt className="font-medium">Dernière connexion</dt>
            <dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : "jamais"}</dd>
            <dt className="font-medium">Clé de sécurité (OTP)</dt>
            <dd>
              {account.totpEnabledAt
                ? `associée ${formatDateTime(account.totpEnabledAt)}`
                : "aucune"}
            </dd>
            <dt className="font-medium">Échecs de connexion (24 h)</dt>
            <dd>{failures}</dd>
          </dl>
          {account.totpEnabledAt ? (
            <AccountHelp
              id="retirer-cle"
              action={removeSecurityKeyAction}
              agentId={agentId}
              userId={account.id}
              label="Retirer la clé de sécurité"
              title="Retirer la clé de sécurité de ce compte ?"
            >
              <p>
                Le titulaire se connectera de nouveau avec son seul mot de passe et recevra un
                courriel l&apos;en informant. Faites-le seulement après avoir vérifié son identité.
              </p>
            </AccountHelp>
          ) : null}
          {failures > 0 ? (
            <AccountHelp
              id="debloquer"
              action={unblockAccountAction}
              agentId={agentId}
              userId={account.id}
              label="Débloquer le compte"
              title="Débloquer ce compte ?"
            >
              <p>
                Les tentatives de connexion infructueuses sont oubliées : le titulaire peut se
                connecter sans attendre.
              </p>
            </AccountHelp>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
