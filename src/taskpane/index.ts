// Task-pane entry: inside Outlook it follows the open message; in a plain browser it shows the
// demo. Kept tiny, with no static imports, so every chunk the pane needs starts downloading at
// once, in parallel with Office.js initialising.

/** A small message that runs every part of the classifier once: headers, links, a number, Japanese. */
const WARM_UP_MESSAGE = {
  headers: "Authentication-Results: spf=pass smtp.mailfrom=example.com; dmarc=none header.from=example.com",
  from: { name: "Microsoft", address: "a@example.com" },
  subject: "Microsoft アカウント",
  html: '<p>Call 0120-000-000 or sign in: <a href="https://example.com/x">https://account.microsoft.com</a></p>',
  text: "",
  attachments: [],
};

/** Runs `task` when the page has nothing else to do (soon, where the browser cannot say). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

/** How long to wait for Office.js before assuming a plain browser (no Outlook). */
const OFFICE_READY_TIMEOUT_MS = 5000;

const container = document.getElementById("root");
if (container) {
  let mode: "none" | "demo" | "outlook" = "none";
  const officeLoaded = typeof Office !== "undefined" && typeof Office.onReady === "function";
  const loadOutlookPane = () => import(/* webpackChunkName: "outlook" */ "./OutlookApp.js");
  const outlookPane = officeLoaded ? loadOutlookPane() : undefined;
  if (officeLoaded)
    void import(/* webpackChunkName: "classifier" */ "../classifier/index.js").then(({ classify }) =>
      // While Outlook reads the message the page is idle: compile the rule tables and warm the
      // code then, so the real check that follows takes milliseconds. The result is thrown away.
      whenIdle(() => void classify(WARM_UP_MESSAGE)),
    );

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
