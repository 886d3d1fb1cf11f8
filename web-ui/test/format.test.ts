// @vitest-environment node
import { describe, expect, it } from "vitest";
import { formatDate, formatMonth, formatSchedule, formatTime, monthKey, nextMonths, paragraphs, safeHttpUrl } from "../app/lib/format";

describe("French dates in Europe/Paris", () => {
  it("formats a day and times the French way", () => {
    expect(formatDate("2027-01-12T09:30:00+01:00")).toBe("mardi 12 janvier 2027");
    expect(formatDate("2027-05-01T10:00:00+02:00")).toBe("samedi 1er mai 2027");
    expect(formatTime("2027-01-12T09:30:00+01:00")).toBe("9\u00a0h\u00a030");
    expect(formatTime("2027-01-12T14:00:00+01:00")).toBe("14\u00a0h");
  });

  it("converts other offsets to Paris time, summer time included", () => {
    expect(formatTime("2027-07-01T07:00:00Z")).toBe("9\u00a0h");
    expect(formatTime("2027-12-01T07:00:00Z")).toBe("8\u00a0h");
    expect(monthKey("2027-01-31T23:30:00Z")).toBe("2027-02");
  });

  it("writes schedules on one or several days", () => {
    expect(formatSchedule("2027-01-12T09:30:00+01:00", "2027-01-12T12:00:00+01:00")).toBe("mardi 12 janvier 2027, de 9\u00a0h\u00a030 à 12\u00a0h");
    expect(formatSchedule("2027-05-08T09:00:00+02:00", "2027-05-09T18:00:00+02:00")).toBe("du samedi 8 mai 2027 au dimanche 9 mai 2027");
  });

  it("names months and lists the next ones across a year end", () => {
    expect(formatMonth("2027-08")).toBe("août 2027");
    expect(nextMonths(new Date("2027-11-15T12:00:00Z"), 3)).toEqual(["2027-11", "2027-12", "2028-01"]);
  });
});

describe("text helpers", () => {
  it("splits plain text into paragraphs on blank lines", () => {
    expect(paragraphs("Un.\n\n  Deux\nsuite.\n \nTrois.")).toEqual(["Un.", "Deux\nsuite.", "Trois."]);
    expect(paragraphs(null)).toEqual([]);
  });

  it("keeps only http(s) links", () => {
    expect(safeHttpUrl("https://exemple.fr")).toBe("https://exemple.fr/");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("pas une url")).toBeUndefined();
  });
});
