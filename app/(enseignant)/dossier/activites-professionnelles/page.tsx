import type { Metadata } from "next";
import { EntryTab } from "../entry-tab";

export const metadata: Metadata = { title: "Activités professionnelles" };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<{ modifier?: string; enregistre?: string; supprime?: string }>;
}) {
  return <EntryTab kind="activite" searchParams={searchParams} />;
}
