// Task-pane entry: inside Outlook it follows the open message; in a plain browser it shows the demo.

import * as React from "react";
import { createRoot } from "react-dom/client";

/** How long to wait for Office.js before assuming a plain browser (no Outlook). */
const OFFICE_READY_TIMEOUT_MS = 5000;

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  let mode: "none" | "demo" | "outlook" = "none";

  const startDemo = (): void => {
    if (mode !== "none") return;
    mode = "demo";
    void import(/* webpackChunkName: "demo" */ "./DemoApp.js").then(({ DemoApp }) => {
      if (mode === "demo") root.render(<DemoApp displayLanguage={navigator.language} />);
    });
  };

  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  // Where Office.js loaded, the pane and the classifier download while Office initialises.
  const outlookPane = officeLoaded ? import(/* webpackChunkName: "outlook" */ "./OutlookApp.js") : undefined;
  if (officeLoaded) void import(/* webpackChunkName: "classifier" */ "../classifier/index.js");

  const startOutlook = (): void => {
    mode = "outlook";
    void (outlookPane ?? import(/* webpackChunkName: "outlook" */ "./OutlookApp.js")).then(
      ({ OutlookApp }) => {
        root.render(<OutlookApp office={Office} />);
      },
    );
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
