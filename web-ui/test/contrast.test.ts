// @vitest-environment node
// WCAG 2.x contrast of every text/background pair the stylesheet uses, computed from app.css itself.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../app/app.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

const vars = Object.fromEntries(
  [...css.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2].toLowerCase()]),
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Rules as [selector, { property: var name }], for declarations written as var(--x). */
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => {
  const decls: Record<string, string> = {};
  for (const m of body.matchAll(/(?:^|;)\s*([\w-]+)\s*:\s*var\(--([\w-]+)\)/g)) decls[m[1]] = m[2];
  return [selector.trim(), decls] as const;
});

const PAGE_BACKGROUNDS = ["color-white", "color-grey-light"];

describe("charter contrast (WCAG AA, 4.5:1 for text)", () => {
  it("uses the charter colours", () => {
    expect(vars).toMatchObject({
      "color-white": "#ffffff",
      "color-grey-light": "#f2f4f5",
      "color-grey": "#5c636a",
      "color-text": "#262b30",
      "color-primary": "#00676b",
      "color-accent": "#b5400f",
    });
  });

  const pairs: [string, string, string][] = [];
  for (const [selector, d] of rules) {
    if (!d.color) continue;
    if (d.background || d["background-color"]) {
      pairs.push([selector, d.color, d.background ?? d["background-color"]]);
    } else if (d.color !== "color-white") {
      // text colour alone: it may sit on either page background
      for (const bg of PAGE_BACKGROUNDS) pairs.push([selector, d.color, bg]);
    }
  }

  it("finds the pairs in the stylesheet", () => {
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs.some(([, fg, bg]) => fg === "color-white" && bg === "color-accent")).toBe(true);
  });

  it.each(pairs)("%s: %s on %s", (_selector, fg, bg) => {
    expect(vars[fg], `--${fg} is defined`).toBeDefined();
    expect(vars[bg], `--${bg} is defined`).toBeDefined();
    expect(contrast(vars[fg], vars[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it("the focus ring stands out from both page backgrounds (3:1)", () => {
    const ring = css.match(/--focus-ring:\s*[^;]*var\(--([\w-]+)\)/)![1];
    for (const bg of PAGE_BACKGROUNDS) expect(contrast(vars[ring], vars[bg])).toBeGreaterThanOrEqual(3);
  });

  it("computes the WCAG ratio correctly", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});
