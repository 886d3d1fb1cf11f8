// Renders real route modules in a memory router, under the shared header (and the intranet layout).
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createRoutesStub, Outlet } from "react-router";
import { expect } from "vitest";
import * as layout from "../app/intranet/layout";
import type { Cooperative } from "../app/ui/cooperative";
import { SiteHeader } from "../app/ui/SiteHeader";
import { aCooperative } from "./fixtures";

export interface RouteModule {
  default: React.ComponentType<never>;
  loader?: (...a: never[]) => unknown;
  clientLoader?: (...a: never[]) => unknown;
}

function Shell() {
  return (
    <>
      <SiteHeader />
      <Outlet />
    </>
  );
}

const child = (path: string, mod: RouteModule) => ({
  ...(path === "" ? { index: true as const } : { path }),
  Component: mod.default as React.ComponentType,
  loader: (mod.loader ?? mod.clientLoader) as never,
  HydrateFallback: () => <p>Chargement…</p>,
});

/** The root route as the app has it: its data (given at once) holds the cooperative's settings (ui/cooperative.ts). */
const rootRoute = (children: object[]) => ({ id: "root", path: "/", Component: Shell, children });
const rootData = (cooperative: Cooperative = aCooperative()) => ({
  loaderData: { root: { publicUrl: "http://localhost:8080", cooperative } },
});

/** One public route module at `url`. */
export function renderRoute(path: string, mod: RouteModule, url: string, cooperative?: Cooperative) {
  const Stub = createRoutesStub([rootRoute([child(path, mod)])]);
  return render(<Stub initialEntries={[url]} hydrationData={rootData(cooperative)} />);
}

/** A component on its own (a form), under the root's data as the app renders it (at once: no loader runs). */
export function renderUnderRoot(element: React.ReactElement, cooperative?: Cooperative) {
  const Stub = createRoutesStub([{ id: "root", path: "/", Component: () => element }]);
  return render(<Stub initialEntries={["/"]} hydrationData={rootData(cooperative)} />);
}

/** One intranet page (path relative to /intranet, "" for its home) inside the real intranet layout. */
export function renderIntranet(path: string, mod: RouteModule, url: string, cooperative?: Cooperative) {
  // the root's data from a loader too: the intranet layout's loader makes the router load, which would drop data
  // given only as hydration data
  const root = rootData(cooperative).loaderData.root;
  const Stub = createRoutesStub([
    {
      ...rootRoute([
        {
          path: "intranet",
          Component: layout.default as React.ComponentType,
          loader: layout.clientLoader as never,
          HydrateFallback: () => <p>Chargement…</p>,
          children: [child(path, mod)],
        },
      ]),
      loader: () => root,
    },
  ]);
  return render(<Stub initialEntries={[url]} hydrationData={rootData(cooperative)} />);
}

/** The button named `name`, once it is enabled (buttons wait for hydration or for an action to end). */
export async function enabledButton(name: string | RegExp): Promise<HTMLButtonElement> {
  const button = (await screen.findByRole("button", { name })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}

/** Clicks the button named `name` once it is enabled. */
export async function click(name: string | RegExp) {
  fireEvent.click(await enabledButton(name));
}
