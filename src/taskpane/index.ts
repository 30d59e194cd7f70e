// Task-pane entry: inside Outlook it checks the open message and follows the next ones; in a plain
// browser it shows the demo. Kept tiny (its only imports pick and load the reader's words), so the
// chunks the first card needs start downloading at once, in parallel with Office.js initialising.

import { loadCatalogue } from "../i18n/load";
import { pickLanguage } from "../i18n/pick";

/** How long to wait for Office.js before assuming a plain browser (no Outlook). */
const OFFICE_READY_TIMEOUT_MS = 5000;

const container = document.getElementById("root");
if (container) {
  let mode: "none" | "demo" | "outlook" = "none";
  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  // The first card needs the classifier and a plain renderer, not React: they load at once, in
  // parallel with Office.js initialising; React and the full pane load once the card is painted.
  const loadFirst = () => import(/* webpackChunkName: "first" */ "./startOutlook.js");
  const first = officeLoaded ? loadFirst() : undefined;

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
    // The reader's words load beside the first chunk (Outlook's display language; a language
    // chosen in Settings loads its own words when the first chunk asks for them).
    void loadCatalogue(pickLanguage(Office.context.displayLanguage));
    const cleared = demoShown ? loadDemo().then(({ unmountDemoApp }) => unmountDemoApp()) : Promise.resolve();
    void cleared.then(() => first ?? loadFirst()).then(({ startOutlook: start }) => start(container, Office));
  };

  if (officeLoaded) {
    const timer = setTimeout(startDemo, OFFICE_READY_TIMEOUT_MS);
    void Office.onReady((info) => {
      clearTimeout(timer);
      if (info.host === Office.HostType.Outlook && Office.context?.mailbox) startOutlook();
      else startDemo();
    });
  } else {
    startDemo();
  }
}
