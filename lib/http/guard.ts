import type { IncomingMessage, Server, ServerResponse } from "node:http";

// The first code to see each request, at the Node HTTP server, before Next.js reads a
// byte of the body:
// - stamps the socket's address (lib/auth/client-ip PEER_HEADER) and the path, overwriting
//   whatever the client sent under those names;
// - refuses bodies over MAX_BODY_BYTES everywhere (route handlers, /api/auth/* included,
//   read whole bodies) but server actions: those sent by React (Next-Action header) have
//   their own limit, experimental.serverActions.bodySizeLimit in next.config.js; forms
//   posted to a page without JavaScript get MAX_FORM_BYTES. Bodies of unknown length are
//   refused too.
export const PEER_HEADER = "x-avancement-peer";
export const PATH_HEADER = "x-avancement-path";
export const MAX_BODY_BYTES = 64 * 1024;
/** A form posted without JavaScript to a page (a server action, uploads included). */
export const MAX_FORM_BYTES = 6 * 1024 * 1024;

export type Verdict = { ok: true } | { ok: false; status: 411 | 413 };

export function checkBody(path: string, headers: IncomingMessage["headers"]): Verdict {
  const api = path.startsWith("/api/");
  // Server actions: Next.js counts their bytes as it reads them (bodySizeLimit).
  if (headers["next-action"] && !api) return { ok: true };
  const length = headers["content-length"];
  // No length: a chunked body (refused: it could be of any size), or none at all.
  if (length === undefined) return headers["transfer-encoding"] ? { ok: false, status: 411 } : { ok: true };
  const multipartToPage = !api && /^multipart\/form-data/i.test(String(headers["content-type"] ?? ""));
  return Number(length) > (multipartToPage ? MAX_FORM_BYTES : MAX_BODY_BYTES) ? { ok: false, status: 413 } : { ok: true };
}

function refuse(res: ServerResponse, status: 411 | 413) {
  const message = status === 413 ? "Requête trop volumineuse." : "Longueur de la requête requise.";
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(message);
}

export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  const path = (req.url ?? "/").split("?")[0]!.slice(0, 200);
  req.headers[PATH_HEADER] = path;
  const verdict = checkBody(path, req.headers);
  if (verdict.ok) return true;
  // Stop reading: the connection closes once the answer is sent.
  req.pause();
  refuse(res, verdict.status);
  res.on("finish", () => req.socket.destroy());
  return false;
}

let installed = false;

/** Puts guardRequest in front of every request of every HTTP server of this process. */
export async function installRequestGuard(): Promise<void> {
  if (installed) return;
  installed = true;
  const http = await import("node:http");
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === "request" && !guardRequest(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof emit;
}
