import { describe, expect, it } from "vitest";
import { formatRank, formatVivier } from "./format";

describe("results wording", () => {
  it("gives a rank with the number examined", () => {
    expect(formatRank(74, 312)).toBe("74 sur 312");
    expect(formatRank(1, 1)).toBe("1 sur 1");
    expect(formatRank(3, undefined)).toBe("3");
  });
  it("names the viviers", () => {
    expect(formatVivier(1)).toBe("1er vivier");
    expect(formatVivier(null)).toBe("—");
  });
});
