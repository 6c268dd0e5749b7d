/** Download links of one export, in both formats. */
export function ExportLinks({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-4 text-sm">
      {label} : <a href={`${href}?format=csv`}>CSV</a> ·{" "}
      <a href={`${href}?format=xlsx`}>Excel (xlsx)</a>
    </p>
  );
}
