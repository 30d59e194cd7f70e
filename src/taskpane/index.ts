// Task-pane entry: inside Outlook it follows the open message; in a plain browser it shows the
// demo. Kept tiny, with no static imports, so every chunk the pane needs starts downloading at
// once, in parallel with Office.js initialising.

/** How long to wait for Office.js before assuming a plain browser (no Outlook). */
const OFFICE_READY_TIMEOUT_MS = 5000;

const container = document.getElementById("root");
if (container) {
  let mode: "none" | "demo" | "outlook" = "none";
  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  const loadOutlookPane = () => import(/* webpackChunkName: "outlook" */ "./OutlookApp.js");
  const outlookPane = officeLoaded ? loadOutlookPane() : undefined;
  if (officeLoaded) void import(/* webpackChunkName: "classifier" */ "../classifier/index.js");

  const startDemo = (): void => {
    if (mode !== "none") return;
    mode = "demo";
    void import(/* webpackChunkName: "demo" */ "./DemoApp.js").then(({ mountDemoApp }) => {
      if (mode === "demo") mountDemoApp(container, navigator.language);
    });
  };

  const startOutlook = (): void => {
    mode = "outlook";
    void (outlookPane ?? loadOutlookPane()).then(({ mountOutlookApp }) => mountOutlookApp(container, Office));
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
