// @vitest-environment node
// No cooperative's name, town, mailbox or brand colour is written in the platform's code or templates: they come
// from the cooperative's settings (members-service; its copy in each service: platform-messaging's CooperativeCopy;
// the Keycloak realm's texts written by members-service's RealmBranding; ui/cooperative.ts here). Demo data
// (the `demo` packages, the realm's demo users and antenna groups) and the few defaults listed below are the only
// places allowed to hold them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const APP = new URL("../app", import.meta.url).pathname;
const PUBLIC = new URL("../public", import.meta.url).pathname;
const LITERALS =
  /COOP'EMPLOI|COOP''EMPLOI|COOP&#39;EMPLOI|coop-?emploi|Seynod|Annemasse|Cluses|Haute-Savoie|Grand Annecy|ancienne route d|74600|#00676b|#b5400f|#8f320c|#004d50/i;
// The UI's style sheet defaults (the presentation pages are staff's, in resources-service, named by placeholders).
const ALLOWED_UI = new Set(["app.css"]);
// Lines allowed anywhere: the problem types' URIs are stable identifiers of the API (clients compare them), not
// words people read; the head-office antenna's code is a fallback until an antenna carries the head-office mark.
const ALLOWED_LINES = [/coopemploi\.com\/problems\//, /head-office-antenna|headOfficeAntenna|HEAD_OFFICE_ANTENNA/];
const SOURCE = /\.(java|ya?ml|properties|ftl|css|html|sql|tsx?|json|svg|xml|txt|md)$/;

function files(dir: string, skip: (path: string) => boolean = () => false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip(path)) return [];
    if (statSync(path).isDirectory()) return files(path, skip);
    return SOURCE.test(name) ? [path] : [];
  });
}

function found(paths: string[], from: string): string[] {
  return paths.flatMap((path) =>
    readFileSync(path, "utf8")
      .split("\n")
      .map((line, i) => ({ line, at: `${relative(from, path)}:${i + 1}` }))
      .filter(({ line }) => LITERALS.test(line) && !ALLOWED_LINES.some((allowed) => allowed.test(line)))
      .map(({ line, at }) => `${at}: ${line.trim()}`),
  );
}

/** Every service's and platform module's main sources and resources (templates, configuration), demo data left out. */
function backEndSources(): string[] {
  const modules = readdirSync(ROOT)
    .filter((name) => name.endsWith("-service"))
    .concat(readdirSync(join(ROOT, "platform")).map((name) => join("platform", name)))
    .map((module) => join(ROOT, module, "src", "main"))
    .filter((main) => {
      try {
        return statSync(main).isDirectory();
      } catch {
        return false;
      }
    });
  return modules.flatMap((main) => files(main, (path) => /[/\\]demo$/.test(path)));
}

describe("brand literals", () => {
  it("are nowhere in the UI's code but the allowed defaults", () => {
    const ui = files(APP, (path) => path.endsWith("generated")).filter(
      (path) => !ALLOWED_UI.has(relative(APP, path)) && /\.(tsx?|css)$/.test(path),
    );
    expect(found(ui, APP)).toEqual([]);
  });

  it("are not in the static files either (the icon shown before a logo is uploaded)", () => {
    for (const file of readdirSync(PUBLIC)) {
      expect(readFileSync(join(PUBLIC, file), "utf8"), file).not.toMatch(LITERALS);
    }
  });

  it("are nowhere in the services' and platform's code, templates and configuration but demo data", () => {
    const sources = backEndSources();
    // the scan reads what it should: e-mail frames, PDFs, calendars, configuration
    expect(sources.map((path) => relative(ROOT, path))).toEqual(
      expect.arrayContaining([
        "notification-service/src/main/java/coop/notification/mail/MailLayout.java",
        "events-service/src/main/java/coop/events/attendance/Pdfs.java",
        "platform/platform-calendar/src/main/java/coop/platform/calendar/IcsWriter.java",
        "resources-service/src/main/java/coop/resources/library/ToolPdf.java",
        "resources-service/src/main/resources/pages/cooperative.md",
        "dashboard-service/src/main/java/coop/dashboard/export/ReportFormats.java",
        "notification-service/src/main/resources/application.yml",
      ]),
    );
    expect(sources.some((path) => path.includes("/demo/"))).toBe(false);
    expect(found(sources, ROOT)).toEqual([]);
  });

  it("are nowhere in Keycloak's login and e-mail themes, which read the realm's texts", () => {
    const themes = join(ROOT, "keycloak", "themes");
    expect(found(files(themes), themes)).toEqual([]);
  });

  it("leave the realm's own name and sender neutral: only its demo users and antenna groups name the demo", () => {
    const realm = JSON.parse(readFileSync(join(ROOT, "keycloak", "realm", "coop-realm.json"), "utf8"));
    const own = JSON.stringify({
      displayName: realm.displayName,
      displayNameHtml: realm.displayNameHtml,
      smtpServer: realm.smtpServer,
      clients: realm.clients.map((client: { name?: string; description?: string }) => [
        client.name,
        client.description,
      ]),
      attributes: realm.attributes,
      localization: realm.localizationTexts,
    });
    expect(own).not.toMatch(LITERALS);
  });

  it("catches one when it comes back", () => {
    expect(LITERALS.test('<p className="footer-title">COOP\'EMPLOI</p>')).toBe(true);
    expect(LITERALS.test('fill="#00676B"')).toBe(true);
    expect(LITERALS.test("coopFooter=COOP''EMPLOI, coopérative")).toBe(true);
    expect(LITERALS.test('document.add(new Paragraph("Fait à Seynod, le " + day, TEXT));')).toBe(true);
    expect(found([join(ROOT, "members-service/src/main/java/coop/members/demo/DemoMembers.java")], ROOT)).not.toEqual(
      [],
    );
  });
});
