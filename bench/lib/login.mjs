// Sign-in through the login form (its no-JavaScript POST), so that each benchmark client
// holds a genuine next-auth cookie and LoginSession row.
const unescapeHtml = (s) =>
  s
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
export function hiddenInputs(formHtml) {
  return [
    ...formHtml.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g),
  ].map((m) => [m[1], unescapeHtml(m[2] ?? "")]);
}
export function formContaining(html, text) {
  for (const m of html.matchAll(/<form[\s\S]*?<\/form>/g)) if (m[0].includes(text)) return m[0];
  return null;
}
export async function signIn(base, teacher, loginForm) {
  const fd = new FormData();
  for (const [k, v] of loginForm) fd.append(k, v);
  fd.append("identifiant", teacher.identifiant);
  fd.append("password", teacher.password);
  fd.append("passcode", "");
  const res = await fetch(`${base}/connexion`, { method: "POST", body: fd, redirect: "manual" });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => c.startsWith("authjs.session-token="))
    .join("; ");
  if (res.status !== 303 || !cookie)
    throw new Error(`Connexion de ${teacher.identifiant} refusée (HTTP ${res.status})`);
  return cookie;
}
