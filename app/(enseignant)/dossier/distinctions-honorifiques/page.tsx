import type { Metadata } from "next";
import { EntryTab } from "../entry-tab";

export const metadata: Metadata = { title: "Distinctions honorifiques" };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<{ modifier?: string; enregistre?: string; supprime?: string }>;
}) {
  return <EntryTab kind="distinction" searchParams={searchParams} />;
}
