// The search box of the header, on every page, public and intranet. Without JavaScript it is a plain GET form to
// /recherche; once hydrated it also suggests titles as you type (the ARIA 1.2 combobox pattern: a list box of
// options, arrows to move, Enter to open the chosen title, Escape to close), from what the person may read.
import { useEffect, useId, useRef, useState } from "react";
import { useNavigate, useRouteLoaderData } from "react-router";
import { type Suggestion, suggestTitles } from "../api/resources";
import { DEFAULT_PUBLIC_URL } from "../ui/seo";
import { useHydrated } from "../ui/ui";
import { localPath } from "./paths";

const SEARCH_PATH = "/recherche";
/** Suggestions are asked once typing pauses this long, from this many characters. */
const PAUSE_MS = 200;
const MIN_CHARS = 2;

export function SearchBox() {
  const id = useId();
  const inputId = `${id}-q`;
  const listId = `${id}-suggestions`;
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const root = useRouteLoaderData("root") as { publicUrl?: string } | undefined;
  const publicUrl = root?.publicUrl ?? DEFAULT_PUBLIC_URL;

  const [text, setText] = useState("");
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  // uncontrolled: what is typed before hydration stays in the box
  const input = useRef<HTMLInputElement>(null);

  // asked only after the person typed, when typing pauses; a newer keystroke cancels the older question
  useEffect(() => {
    if (!typed.current) return;
    const words = text.trim();
    if (words.length < MIN_CHARS) {
      setItems([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const answer = await suggestTitles(words.slice(0, 100), controller.signal);
      if (controller.signal.aborted) return;
      const found = answer.ok ? answer.data.filter((s) => s.title) : [];
      setItems(found);
      setActive(-1);
      setOpen(found.length > 0);
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function choose(item: Suggestion) {
    close();
    typed.current = false;
    if (input.current) input.current.value = "";
    setText("");
    const target = localPath(item.url, publicUrl);
    if (!target) navigate(`${SEARCH_PATH}?q=${encodeURIComponent(item.title ?? "")}`);
    else if (target.internal) navigate(target.href);
    else window.location.assign(target.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === "Escape") {
      if (open) close();
      else {
        event.currentTarget.value = "";
        setText("");
      }
    }
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    close();
    const words = (input.current?.value ?? text).trim();
    navigate(words ? `${SEARCH_PATH}?q=${encodeURIComponent(words)}` : SEARCH_PATH);
  }

  const expanded = hydrated && open && items.length > 0;
  return (
    <form role="search" action={SEARCH_PATH} method="get" className="site-search" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        Rechercher sur le site
      </label>
      <div className="site-search-box">
        <input
          id={inputId}
          type="search"
          name="q"
          placeholder="Rechercher…"
          autoComplete="off"
          maxLength={200}
          ref={input}
          onChange={(e) => {
            typed.current = true;
            setText(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        />
        <div id={listId} role="listbox" aria-label="Suggestions" className="site-search-list" hidden={!expanded}>
          {items.map((item, i) => (
            // the input keeps the focus: options are chosen with the arrows and Enter, or a click
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keyboard
            <div
              key={item.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(item)}
            >
              {item.title}
              <span className="site-search-kind"> · {item.typeLabel}</span>
            </div>
          ))}
        </div>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {expanded
            ? `${items.length} suggestion${items.length > 1 ? "s" : ""} : flèches haut et bas pour choisir, Entrée pour ouvrir.`
            : ""}
        </p>
      </div>
      <button type="submit" className="button button-small">
        Rechercher
      </button>
    </form>
  );
}
