import { describe, expect, it } from "vitest";
import { cancelledMessage, candidatureHistory, historyLine } from "./candidature-history";

const at = (iso: string) => new Date(iso);

describe("the history of a candidature", () => {
  it("lists recordings and cancellations oldest first, in Paris time", () => {
    const history = candidatureHistory({
      status: "ENREGISTREE",
      submittedAt: at("2020-03-05T08:00:00Z"),
      cancelledAt: null,
      events: [
        { status: "ENREGISTREE", at: at("2020-03-05T08:00:00Z") },
        { status: "ANNULEE", at: at("2020-03-04T16:30:00Z") },
        { status: "ENREGISTREE", at: at("2020-03-02T09:15:00Z") },
      ],
    });
    expect(history.map(historyLine)).toEqual([
      "Candidature enregistrée le 02/03/2020 à 10:15",
      "Candidature annulée le 04/03/2020 à 17:30",
      "Candidature enregistrée le 05/03/2020 à 09:00",
    ]);
  });

  it("falls back on the row's dates for a candidature recorded before the history existed", () => {
    expect(
      candidatureHistory({
        status: "ANNULEE",
        submittedAt: at("2020-03-02T09:15:00Z"),
        cancelledAt: at("2020-03-04T16:30:00Z"),
        events: [],
      }),
    ).toEqual([
      { status: "ENREGISTREE", at: at("2020-03-02T09:15:00Z") },
      { status: "ANNULEE", at: at("2020-03-04T16:30:00Z") },
    ]);
    expect(candidatureHistory(null)).toEqual([]);
  });

  it("says when the candidature was cancelled", () => {
    // 23:05 UTC on 22 March 2020 is 00:05 on the 23rd in Paris.
    expect(cancelledMessage(at("2020-03-22T23:05:00Z"))).toBe(
      "Votre candidature a été annulée le 23/03/2020 à 00:05.",
    );
  });
});
