import type { IncomingMessage, Server, ServerResponse } from "node:http";

// The first code to see each request, at the Node HTTP server, before Next.js reads a
// byte of the body:
// - stamps the socket's address (lib/auth/client-ip PEER_HEADER) and the path, overwriting
//   whatever the client sent under those names;
// - refuses bodies over MAX_BODY_BYTES everywhere (route handlers, /api/auth/* included,
//   read whole bodies) but on pages: server actions sent by React (Next-Action header) and
//   forms posted without JavaScript get MAX_FORM_BYTES (a 5 Mo pièce justificative and its
//   form), the same as experimental.serverActions.bodySizeLimit in next.config.js, which
//   Next.js only applies after reading that much. A body declared larger is refused before
//   a byte is read, with the message of a too-big pièce justificative (the forms check the
//   size in the browser first: lib/actions/keep-typed.ts). Bodies of unknown length are
//   refused too, but those of server actions, which Next.js counts as it reads them.
export const PEER_HEADER = "x-avancement-peer";
export const PATH_HEADER = "x-avancement-path";
export const MAX_BODY_BYTES = 64 * 1024;
/** A form posted without JavaScript to a page (a server action, uploads included). */
export const MAX_FORM_BYTES = 6 * 1024 * 1024;
/** Said when a page's form body is over MAX_FORM_BYTES: only a pièce justificative gets that big. */
export const FORM_TOO_BIG_MESSAGE = "La pièce justificative dépasse 5 Mo.";

export type Verdict = { ok: true } | { ok: false; status: 411 | 413 };

export function checkBody(path: string, headers: IncomingMessage["headers"]): Verdict {
  const api = path.startsWith("/api/");
  const action = Boolean(headers["next-action"]) && !api;
  const length = headers["content-length"];
  // No length: a chunked body (refused: it could be of any size; Next.js counts a server
  // action's bytes as it reads them, bodySizeLimit), or none at all.
  if (length === undefined)
    return headers["transfer-encoding"] && !action ? { ok: false, status: 411 } : { ok: true };
  const formToPage =
    action || (!api && /^multipart\/form-data/i.test(String(headers["content-type"] ?? "")));
  return Number(length) > (formToPage ? MAX_FORM_BYTES : MAX_BODY_BYTES)
    ? { ok: false, status: 413 }
    : { ok: true };
}

/** The refusal's words: a page's form over the limit can only be carrying a too-big proof. */
export function refusalMessage(path: string, status: 411 | 413): string {
  if (status === 411) return "Longueur de la requête requise.";
  return path.startsWith("/api/") ? "Requête trop volumineuse." : FORM_TOO_BIG_MESSAGE;
}

function refuse(res: ServerResponse, path: string, status: 411 | 413, action: boolean) {
  // A server action's caller shows a text/plain answer's words only for that exact type.
  res.writeHead(status, {
    "content-type": action ? "text/plain" : "text/plain; charset=utf-8",
    connection: "close",
  });
  res.end(refusalMessage(path, status));
}

export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  const path = (req.url ?? "/").split("?")[0]!.slice(0, 200);
  req.headers[PATH_HEADER] = path;
  const verdict = checkBody(path, req.headers);
  if (verdict.ok) return true;
  // Stop reading: the connection closes once the answer is sent.
  req.pause();
  refuse(res, path, verdict.status, Boolean(req.headers["next-action"]));
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
    if (event === "request" && !guardRequest(args[0] as IncomingMessage, args[1] as ServerResponse))
      return true;
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof emit;
}
