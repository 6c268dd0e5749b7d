import { describe, expect, it } from "vitest";
import { resolveClientIp, trustedProxyHops } from "./client-ip";

describe("client address", () => {
  it("ignores X-Forwarded-For without trusted proxies: a new value per request changes nothing", () => {
    expect(resolveClientIp("1.1.1.1", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(resolveClientIp("2.2.2.2, 3.3.3.3", "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, takes the address the proxy appended, not what the client wrote", () => {
    // client wrote 6.6.6.6; our proxy (peer 10.0.0.2) appended the real client 198.51.100.4
    expect(resolveClientIp("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(resolveClientIp("198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
  });

  it("behind two proxies, skips both", () => {
    expect(resolveClientIp("6.6.6.6, 198.51.100.4, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("folds IPv4-mapped IPv6 and has a key when the peer is unknown", () => {
    expect(resolveClientIp(null, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(resolveClientIp("1.2.3.4", null, 0)).toBe("inconnue");
  });

  it("reads TRUST_PROXY_HOPS, 0 by default or when invalid", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "-3" })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "x" })).toBe(0);
  });
});
