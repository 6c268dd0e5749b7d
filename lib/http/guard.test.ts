import { describe, expect, it } from "vitest";
import { checkBody, MAX_BODY_BYTES } from "./guard";

describe("request body guard", () => {
  it("refuses a declared body over the limit outside server actions", () => {
    expect(checkBody("POST", { "content-length": String(100 * 1024 * 1024) })).toEqual({ ok: false, status: 413 });
    expect(checkBody("POST", { "content-length": String(MAX_BODY_BYTES + 1) })).toEqual({ ok: false, status: 413 });
    expect(checkBody("POST", { "content-length": String(MAX_BODY_BYTES) })).toEqual({ ok: true });
  });

  it("refuses a body of unknown length, lets bodiless requests through", () => {
    expect(checkBody("POST", { "transfer-encoding": "chunked" })).toEqual({ ok: false, status: 411 });
    expect(checkBody("GET", {})).toEqual({ ok: true });
  });

  it("leaves server actions to their own limit (uploads)", () => {
    expect(checkBody("POST", { "next-action": "abc", "content-length": String(5 * 1024 * 1024) })).toEqual({ ok: true });
  });
});
