// Copies the DSFR assets the portal serves itself (no external host, CSP 'self') from the
// pinned @gouvfr/dsfr package into public/: the stylesheet, its fonts (Marianne, Spectral),
// the icons its components draw (the url(icons/…) it references, not the 4 MB set) and the
// favicons. Run at postinstall, next to `prisma generate`, and before `npm run build`
// / `npm run dev`; the copies are not committed (decision 0005).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "node_modules", "@gouvfr", "dsfr", "dist");
const publicDir = path.join(root, "public");

if (!fs.existsSync(dist)) {
  console.error(`dsfr-assets: ${path.relative(root, dist)} is missing; run npm ci.`);
  process.exit(1);
}

const copies = [
  ["dsfr.min.css", "dsfr/dsfr.min.css"],
  ["fonts", "dsfr/fonts"],
  ["favicon/favicon.ico", "favicon.ico"],
  ["favicon/favicon.svg", "favicon.svg"],
  ["favicon/apple-touch-icon.png", "apple-touch-icon.png"],
];

fs.rmSync(path.join(publicDir, "dsfr"), { recursive: true, force: true });
for (const [from, to] of copies) {
  const target = path.join(publicDir, to);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(path.join(dist, from), target, { recursive: true });
}
// The icons dsfr.min.css itself uses (breadcrumb chevrons, alert pictos, close buttons…).
const css = fs.readFileSync(path.join(dist, "dsfr.min.css"), "utf8");
const icons = new Set([...css.matchAll(/url\((?:["']?)(icons\/[^)"']+)/g)].map((m) => m[1]));
for (const icon of icons) {
  const target = path.join(publicDir, "dsfr", icon);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(dist, icon), target);
}
console.log(`dsfr-assets: stylesheet, fonts, ${icons.size} icons and favicons copied to public/`);
