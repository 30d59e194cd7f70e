// Task-pane entry: inside Outlook it checks the open message and follows the next ones; in a plain
// browser it shows the demo. Kept small (it picks and loads the reader's words and reads the open
// message), so the chunks the first card needs start downloading at once, in parallel with Office.js
// initialising, and Outlook answers the reads while the classifier loads and builds its tables.

import type { Language } from "../i18n/catalogue";
import { loadCatalogue } from "../i18n/load";
import { pickLanguage } from "../i18n/pick";
import { readMessage } from "../office/readMessage";
import { loadLanguageSetting } from "../office/languageSetting";
import { markStage } from "./stages";
import type { OpenMessage } from "./startOutlook";

/** How long to wait for Office.js before assuming a plain browser (no Outlook). */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** Said in both languages, as the reader's words are among the files that could not be loaded. */
const LOAD_FAILURE = {
  en: "Impostor Guard could not load its files, so this message is not checked. Check your connection, then close the pane and open it again.",
  ja: "Impostor Guard のファイルを読み込めなかったため、このメールは確認していません。接続を確かめてから、ウィンドウを閉じて開き直してください。",
} as const;

/** Where the pane's own files cannot be loaded (a broken connection): a plain note, unless a card is up. */
function showLoadFailure(target: HTMLElement, language: Language): void {
  if (target.querySelector("[data-verdict]")) return;
  const note = document.createElement("div");
  note.setAttribute("role", "alert");
  note.style.cssText = "padding:12px;font:14px/20px 'Segoe UI',sans-serif";
  const order: Language[] = language === "ja" ? ["ja", "en"] : ["en", "ja"];
  for (const lineLanguage of order) {
    const line = document.createElement("p");
    line.lang = lineLanguage;
    line.textContent = LOAD_FAILURE[lineLanguage];
    note.append(line);
  }
  target.replaceChildren(note);
}

markStage("entry");
const container = document.getElementById("root");
if (container) {
  let mode: "none" | "demo" | "outlook" = "none";
  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  // The first card needs the classifier and a plain renderer, not React: they load at once, in
  // parallel with Office.js initialising; React and the full pane load once the card is painted.
  const loadFirst = () => import(/* webpackChunkName: "first" */ "./startOutlook.js");
  // Where Office.js is slower to start than the classifier is to load, the rule tables are built
  // meanwhile.
  const first = officeLoaded
    ? loadFirst().then((module) => {
        markStage("classifier-loaded");
        try {
          module.prepareCheck();
        } catch {
          // The check builds them again, and the full pane says what failed.
        }
        return module;
      })
    : undefined;
  // A chunk that fails to load is reported once Office.js says where the pane runs; until then
  // (or in the demo, which loads its own) the failure is not an unhandled one.
  first?.catch(() => undefined);

  const loadDemo = () => import(/* webpackChunkName: "demo" */ "./DemoApp.js");
  const startDemo = (): void => {
    if (mode !== "none") return;
    mode = "demo";
    void loadDemo().then(({ mountDemoApp }) => {
      if (mode === "demo") mountDemoApp(container, navigator.language);
    });
  };

  const startOutlook = (): void => {
    // Office.js can become ready after the demo was shown (a slow start): the demo goes first.
    const demoShown = mode === "demo";
    mode = "outlook";
    const item = (Office.context.mailbox.item ?? null) as Office.MessageRead | null;
    // The reader's words load beside the first chunk, and the open message is read meanwhile.
    const language = pickLanguage(Office.context.displayLanguage, loadLanguageSetting(Office.context));
    const words = loadCatalogue(language);
    let open: OpenMessage | undefined;
    try {
      if (item) open = { item, words, reading: readMessage(item, Office) };
      // A failure is the first chunk's to handle when it awaits these; until then it is not unhandled.
      open?.reading.then(
        () => markStage("message-read"),
        () => undefined,
      );
      words.catch(() => undefined);
    } catch {
      // The full pane reads the message again and says what failed.
      open = undefined;
    }
    const cleared = demoShown ? loadDemo().then(({ unmountDemoApp }) => unmountDemoApp()) : Promise.resolve();
    void cleared
      .then(() => first ?? loadFirst())
      .then(({ startOutlook: start }) => start(container, Office, open))
      .catch(() => showLoadFailure(container, language));
  };

  if (officeLoaded) {
    const timer = setTimeout(startDemo, OFFICE_READY_TIMEOUT_MS);
    void Office.onReady((info) => {
      clearTimeout(timer);
      markStage("office-ready");
      if (info.host === Office.HostType.Outlook && Office.context?.mailbox) startOutlook();
      else startDemo();
    });
  } else {
    startDemo();
  }
}
