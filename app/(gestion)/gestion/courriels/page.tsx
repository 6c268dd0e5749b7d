import type { Metadata } from "next";
import { listOutbox } from "@/lib/mail/queries";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { PAGE_SIZE, pageFrom, Pagination } from "@/components/ui/pagination";
import { REDACTED } from "@/lib/mail/outbox";
import { MAX_ATTEMPTS } from "@/lib/mail/delivery";
import { deliveryLabel } from "@/lib/mail/status";
import { Breadcrumb } from "@/components/ui/breadcrumb";

// Messages are stored with their reset links masked (lib/mail/outbox.ts); rows written
// before that are masked here too: a working link is for its addressee only.
const RESET_LINK = /\S*\/reinitialisation\/[\w-]+/g;

export const metadata: Metadata = { title: "Courriels envoyés" };

export default async function Outbox({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const user = await requireRole("GESTIONNAIRE");
  const page = pageFrom((await searchParams).page);
  const { messages, total } = await listOutbox(user, {
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Espace gestionnaire", href: "/gestion" }]}
        current="Courriels envoyés"
      />
      <h1 className="mb-2 text-3xl font-bold">Courriels envoyés</h1>
      <p className="mb-6 text-gris">
        Messages émis par le portail (liens de réinitialisation, accusés de réception). {total}{" "}
        message(s). Les liens de réinitialisation sont masqués : seul leur destinataire les reçoit.
      </p>
      {messages.length === 0 ? <p>Aucun message.</p> : null}
      <ul className="fr-raw-list space-y-4">
        {messages.map((m) => (
          <li key={m.id}>
            <article className="border border-bordure/40 p-4">
              <h2 className="font-bold">{m.subject}</h2>
              <p className="text-sm text-gris">
                À {m.to}, émis {formatDateTime(m.createdAt)}. {deliveryLabel(m, MAX_ATTEMPTS)}
              </p>
              <pre className="mt-2 whitespace-pre-wrap font-sans">
                {m.body.replace(RESET_LINK, REDACTED)}
              </pre>
            </article>
          </li>
        ))}
      </ul>
      <Pagination page={page} total={total} />
    </div>
  );
}
