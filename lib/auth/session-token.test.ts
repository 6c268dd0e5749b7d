import { describe, expect, it, vi } from "vitest";
import { sessionIdOf, TOKEN_CACHE_SIZE, type CookieJar } from "./session-token";

const jar = (cookies: Record<string, string>): CookieJar => ({
  get: (name) => (name in cookies ? { value: cookies[name]! } : undefined),
  getAll: () => Object.keys(cookies).map((name) => ({ name })),
});
const T0 = 1_800_000_000_000;

describe("sessionIdOf: the session cookie, decrypted once", () => {
  it("without a session cookie, nothing is decoded", async () => {
    const decode = vi.fn(async () => "sid");
    expect(await sessionIdOf(jar({ other: "x" }), decode, T0)).toBeNull();
    expect(decode).not.toHaveBeenCalled();
  });

  it("decodes a new cookie once, then answers from memory for five minutes", async () => {
    const decode = vi.fn(async () => "sid-a");
    const cookies = jar({ "authjs.session-token": "token-a" });
    expect(await sessionIdOf(cookies, decode, T0)).toBe("sid-a");
    expect(await sessionIdOf(cookies, decode, T0 + 60_000)).toBe("sid-a");
    expect(decode).toHaveBeenCalledTimes(1);
    expect(await sessionIdOf(cookies, decode, T0 + 5 * 60_000 + 1)).toBe("sid-a");
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it("a cookie the decoder refuses is never remembered, nor is a forged one let through", async () => {
    const refuse = vi.fn(async () => null);
    const forged = jar({ "__Secure-authjs.session-token": "forged" });
    expect(await sessionIdOf(forged, refuse, T0)).toBeNull();
    expect(await sessionIdOf(forged, refuse, T0)).toBeNull();
    expect(refuse).toHaveBeenCalledTimes(2);
  });

  it("another cookie value is decoded on its own, even for the same session", async () => {
    const decode = vi.fn(async () => "sid-b");
    await sessionIdOf(jar({ "authjs.session-token": "token-b1" }), decode, T0);
    await sessionIdOf(jar({ "authjs.session-token": "token-b2" }), decode, T0);
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it("a chunked cookie goes to the decoder every time", async () => {
    const decode = vi.fn(async () => "sid-c");
    const chunked = jar({ "authjs.session-token.0": "part", "authjs.session-token.1": "part" });
    expect(await sessionIdOf(chunked, decode, T0)).toBe("sid-c");
    expect(await sessionIdOf(chunked, decode, T0)).toBe("sid-c");
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it("a cookie planted beside the session cookie is never remembered as that session", async () => {
    const decode = vi.fn(async () => "victim-sid");
    const both = jar({
      "authjs.session-token": "victim-token",
      "__Secure-authjs.session-token": "planted",
    });
    expect(await sessionIdOf(both, decode, T0)).toBe("victim-sid");
    const refuse = vi.fn(async () => null);
    expect(
      await sessionIdOf(jar({ "__Secure-authjs.session-token": "planted" }), refuse, T0),
    ).toBeNull();
    expect(
      await sessionIdOf(jar({ "authjs.session-token": "victim-token" }), refuse, T0),
    ).toBeNull();
    expect(refuse).toHaveBeenCalledTimes(2);
  });

  it("keeps at most TOKEN_CACHE_SIZE cookies, forgetting the oldest", async () => {
    const decode = vi.fn(async () => "sid");
    const first = jar({ "authjs.session-token": "first" });
    await sessionIdOf(first, decode, T0);
    for (let i = 0; i < TOKEN_CACHE_SIZE; i++)
      await sessionIdOf(jar({ "authjs.session-token": `t${i}` }), decode, T0);
    decode.mockClear();
    await sessionIdOf(first, decode, T0);
    expect(decode).toHaveBeenCalledTimes(1);
  });
});
