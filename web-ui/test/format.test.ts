// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatEuros,
  formatHours,
  formatMonth,
  formatMonthShort,
  formatSchedule,
  formatTime,
  isoToParisLocal,
  monthKey,
  nextMonths,
  paragraphs,
  parisLocalToIso,
  parisMidnight,
  safeHttpUrl,
  safeLink,
} from "../app/ui/format";

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
    expect(formatSchedule("2027-01-12T09:30:00+01:00", "2027-01-12T12:00:00+01:00")).toBe(
      "mardi 12 janvier 2027, de 9\u00a0h\u00a030 à 12\u00a0h",
    );
    expect(formatSchedule("2027-05-08T09:00:00+02:00", "2027-05-09T18:00:00+02:00")).toBe(
      "du samedi 8 mai 2027 au dimanche 9 mai 2027",
    );
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

describe("datetime-local in Paris time → ISO-8601 with offset", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(parisLocalToIso("2027-01-12T09:30")).toBe("2027-01-12T09:30:00+01:00");
    expect(parisLocalToIso("2027-07-01T09:30")).toBe("2027-07-01T09:30:00+02:00");
    // the same instant as the server will read it
    expect(new Date(parisLocalToIso("2027-07-01T09:30")!).toISOString()).toBe("2027-07-01T07:30:00.000Z");
    expect(new Date(parisLocalToIso("2027-12-01T09:30")!).toISOString()).toBe("2027-12-01T08:30:00.000Z");
  });

  it("switches on the last Sundays of March and October", () => {
    // 2027: summer time starts on 28 March at 2:00, ends on 31 October at 3:00
    expect(parisLocalToIso("2027-03-28T01:59")).toBe("2027-03-28T01:59:00+01:00");
    expect(parisLocalToIso("2027-03-28T03:00")).toBe("2027-03-28T03:00:00+02:00");
    expect(parisLocalToIso("2027-10-31T01:30")).toBe("2027-10-31T01:30:00+02:00");
    expect(parisLocalToIso("2027-10-31T03:30")).toBe("2027-10-31T03:30:00+01:00");
  });

  it("takes the first 2:30 of the autumn night, and moves a skipped spring time one hour on", () => {
    expect(parisLocalToIso("2027-10-31T02:30")).toBe("2027-10-31T02:30:00+02:00");
    expect(parisLocalToIso("2027-03-28T02:30")).toBe("2027-03-28T03:30:00+02:00");
  });

  it("refuses what is not a datetime-local value", () => {
    for (const bad of [
      "",
      "2027-01-12",
      "12/01/2027 09:30",
      "2027-13-01T09:00",
      "2027-04-31T09:00",
      "2027-01-12T24:00",
    ]) {
      expect(parisLocalToIso(bad), bad).toBeUndefined();
    }
  });

  it("reads an instant back as a datetime-local value in Paris time", () => {
    expect(isoToParisLocal("2027-07-01T07:30:00Z")).toBe("2027-07-01T09:30");
    expect(isoToParisLocal("2027-01-12T09:30:00+01:00")).toBe("2027-01-12T09:30");
    expect(isoToParisLocal("nonsense")).toBe("");
    for (const local of ["2027-01-12T09:30", "2027-07-01T18:45", "2027-10-31T01:30"]) {
      expect(isoToParisLocal(parisLocalToIso(local)!)).toBe(local);
    }
  });

  it("gives the Paris midnight of a day, or of a later one", () => {
    expect(parisMidnight("2027-01-01")).toBe("2027-01-01T00:00:00+01:00");
    expect(parisMidnight("2027-03-31", 1)).toBe("2027-04-01T00:00:00+02:00");
    expect(parisMidnight("2027-12-31", 1)).toBe("2028-01-01T00:00:00+01:00");
    expect(parisMidnight("")).toBeUndefined();
  });

  it("writes a date and time in French", () => {
    expect(formatDateTime("2027-01-10T18:00:00+01:00")).toBe("dimanche 10 janvier 2027 à 18\u00a0h");
  });
});

describe("amounts and hours", () => {
  it("writes euros the French way", () => {
    expect(formatEuros(1234.5)).toBe("1\u202f234,50\u00a0€");
    expect(formatEuros(0)).toBe("0,00\u00a0€");
    expect(formatEuros(1_000_000)).toBe("1\u202f000\u202f000,00\u00a0€");
    expect(formatEuros(-42.125)).toBe("\u221242,13\u00a0€");
    expect(formatEuros(999.999)).toBe("1\u202f000,00\u00a0€");
  });

  it("writes hours with a decimal comma", () => {
    expect(formatHours(152)).toBe("152\u00a0h");
    expect(formatHours(7.5)).toBe("7,5\u00a0h");
  });

  it("abbreviates months for chart axes", () => {
    expect(formatMonthShort("2026-11")).toBe("nov.");
    expect(formatMonthShort("2027-02")).toBe("févr.");
  });
});

describe("links from the APIs", () => {
  it("keeps site paths and http(s) URLs only", () => {
    expect(safeLink("/api/events/public/events/e1/calendar.ics")).toBe("/api/events/public/events/e1/calendar.ics");
    expect(safeLink("https://exemple.fr/a.ics")).toBe("https://exemple.fr/a.ics");
    expect(safeLink("//evil.example/x")).toBeUndefined();
    expect(safeLink("javascript:alert(1)")).toBeUndefined();
    expect(safeLink(null)).toBeUndefined();
  });
});
