import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "SIAP/Iprof" };

export default async function SiapCampaign({ params }: { params: Promise<{ campaignId: string }> }) {
  await requireRole("ENSEIGNANT");
  const { campaignId } = await params;
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, status: { not: "BROUILLON" } } });
  if (!campaign) notFound();
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/iprof">I-Prof</Link> › <Link href="/iprof/services">Les services</Link> › SIAP
      </p>
      <h1 className="mb-2 text-3xl font-bold">SIAP/Iprof : Système d&apos;Information et d&apos;Aide pour les Promotions</h1>
      <p className="mb-6 text-xl">Bienvenue sur SIAP/Iprof !</p>
      <h2 className="mb-2 text-2xl font-bold">{campaign.title}</h2>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-medium">Date d&apos;observation</dt>
        <dd>{formatCalendarDate(campaign.observationDate)}</dd>
        {campaign.candidatureStart && campaign.candidatureEnd ? (
          <>
            <dt className="font-medium">Dépôt des candidatures</dt>
            <dd>
              du {formatCalendarDate(campaign.candidatureStart)} au {formatCalendarDate(campaign.candidatureEnd)}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mb-4">
        SIAP/Iprof met à votre disposition les informations utiles pour compléter les dossiers pour les avancements de
        grade.
      </p>
      <Link href="/dossier">Consulter votre dossier</Link>
    </div>
  );
}
