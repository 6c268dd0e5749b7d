import { describe, expect, it } from "vitest";
import { deliveryLabel } from "./status";

const at = new Date("2026-12-02T09:30:00Z");
const base = { attempts: 0, lastError: null, nextAttemptAt: at, sentAt: null };

describe("deliveryLabel", () => {
  it("says where each message stands, in Paris time", () => {
    expect(deliveryLabel({ ...base, status: "EN_ATTENTE" }, 6)).toBe("En attente d'envoi.");
    expect(deliveryLabel({ ...base, status: "ENVOYE", attempts: 1, sentAt: at }, 6)).toBe(
      "Envoyé le 02/12/2026 à 10:30.",
    );
    expect(deliveryLabel({ ...base, status: "ENVOYE", attempts: 2, sentAt: at }, 6)).toBe(
      "Envoyé le 02/12/2026 à 10:30 (après 2 tentatives).",
    );
    expect(
      deliveryLabel({ ...base, status: "ECHEC", attempts: 1, lastError: "550 boîte inconnue" }, 6),
    ).toBe("Échec de la tentative 1 : 550 boîte inconnue. Nouvel essai le 02/12/2026 à 10:30.");
    expect(
      deliveryLabel({ ...base, status: "ECHEC", attempts: 6, lastError: "550 boîte inconnue" }, 6),
    ).toBe("Échec définitif après 6 tentatives : 550 boîte inconnue.");
  });
});
