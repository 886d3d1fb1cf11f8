// @vitest-environment node
// No cooperative's name, town, mailbox or brand colour is written in the UI's code: they come from the cooperative's
// settings (ui/cooperative.ts). The style sheet's default colours and the presentation page still written as JSX
// (home/cooperative.tsx, until staff edit those pages) are the only places allowed to hold them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const APP = new URL("../app", import.meta.url).pathname;
const PUBLIC = new URL("../public", import.meta.url).pathname;
const LITERALS = /COOP'EMPLOI|coop-?emploi|Seynod|Annemasse|Cluses|Haute-Savoie|Grand Annecy|#00676b|#b5400f/i;
const ALLOWED = new Set(["app.css", "home/cooperative.tsx"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : files(path);
    return /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

describe("brand literals", () => {
  it("are nowhere in the UI's code but the allowed defaults", () => {
    const found = files(APP)
      .map((path) => relative(APP, path))
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(join(APP, file), "utf8")
          .split("\n")
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => LITERALS.test(line))
          .map(({ line, at }) => `${at}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it("are not in the static files either (the icon shown before a logo is uploaded)", () => {
    for (const file of readdirSync(PUBLIC)) {
      expect(readFileSync(join(PUBLIC, file), "utf8"), file).not.toMatch(LITERALS);
    }
  });

  it("catches one when it comes back", () => {
    expect(LITERALS.test('<p className="footer-title">COOP\'EMPLOI</p>')).toBe(true);
    expect(LITERALS.test('fill="#00676B"')).toBe(true);
  });
});
