// A resource's next workshops (resources/NextWorkshops.tsx) and a filled copy proposed to the centre read with its
// answers (FilledAnswers in resources/Content.tsx).
import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { UpcomingEvent } from "../app/api/resources";
import { FilledAnswers } from "../app/resources/Content";
import { NextWorkshops } from "../app/resources/NextWorkshops";

const uses: UpcomingEvent = {
  id: "e1",
  title: "Atelier prévisionnel",
  startsAt: "2027-02-09T13:00:00Z",
  pageUrl: "http://localhost:8080/agenda/e1",
  theme: "Commercial",
  members: true,
  uses: true,
};
const onTheme: UpcomingEvent = {
  id: "e2",
  title: "Atelier trésorerie",
  startsAt: "2027-03-02T13:00:00Z",
  pageUrl: "http://localhost:8080/agenda/e2",
  theme: "Gestion",
  members: false,
  uses: false,
};

describe("a resource's next workshops", () => {
  it("say which use the resource and which share its theme; members' ones are registered to from « Mes ateliers »", () => {
    render(
      <MemoryRouter>
        <NextWorkshops workshops={[uses, onTheme]} />
      </MemoryRouter>,
    );
    const section = screen.getByRole("region", { name: "Prochains ateliers" });
    const [first, second] = within(section).getAllByRole("listitem");
    expect(within(first).getByRole("link", { name: "Atelier prévisionnel" }).getAttribute("href")).toBe(
      "/intranet/ateliers",
    );
    expect(first.textContent?.replace(/\u00a0/g, " ")).toContain(
      "le mardi 9 février 2027 à 14 h · utilise cette ressource",
    );
    expect(within(second).getByRole("link", { name: "Atelier trésorerie" }).getAttribute("href")).toBe("/agenda/e2");
    expect(second.textContent).toContain("sur le thème « Gestion »");
  });

  it("lead to the agenda's page on the public site, and show nothing when none comes", () => {
    const { container, rerender } = render(
      <MemoryRouter>
        <NextWorkshops workshops={[onTheme]} publicPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole("link", { name: "Atelier trésorerie" }).getAttribute("href")).toBe("/agenda/e2");
    rerender(
      <MemoryRouter>
        <NextWorkshops workshops={[]} />
      </MemoryRouter>,
    );
    expect(container.textContent).toBe("");
  });
});

describe("a filled copy proposed to the centre", () => {
  it("shows each question with the answer of the version read, a date in French, and what was left blank", () => {
    render(
      <FilledAnswers
        form={{
          sections: [
            {
              key: "s1",
              title: "1. Le projet",
              help: null,
              questions: [
                { key: "q1", label: "Votre activité en une phrase", type: "TEXT", help: null, choices: [] },
                { key: "q2", label: "Date de démarrage", type: "DATE", help: null, choices: [] },
                { key: "q3", label: "Vos premiers clients", type: "LONG_TEXT", help: null, choices: [] },
              ],
            },
          ],
        }}
        answers={{ q1: "Des bijoux en argent recyclé", q2: "2027-03-01" }}
      />,
    );
    const section = screen.getByRole("region", { name: "Le document rempli" });
    expect(within(section).getByRole("heading", { level: 3, name: "1. Le projet" })).toBeTruthy();
    const answer = (question: string) => within(section).getByText(question).nextElementSibling?.textContent;
    expect(answer("Votre activité en une phrase")).toBe("Des bijoux en argent recyclé");
    expect(answer("Date de démarrage")).toBe("lundi 1er mars 2027");
    expect(answer("Vos premiers clients")).toBe("Sans réponse");
  });
});
