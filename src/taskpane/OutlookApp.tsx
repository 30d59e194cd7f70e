// The pane inside Outlook: follows the selected message, reads it, classifies it, shows the card,
// the in-message warning bar, settings, reporting and diagnostics.

import * as React from "react";
import { FluentProvider, Spinner, Text } from "@fluentui/react-components";
import type { Verdict } from "../classifier";
import { collectDiagnostics, type Diagnostics } from "../office/diagnostics";
import { followSelectedItem } from "../office/followItem";
import { showVerdictInMessage } from "../office/notify";
import { readClientFacts } from "../office/client";
import { readMessage, type ReadProblem } from "../office/readMessage";
import { openReportMessage } from "../office/report";
import { loadSettings, saveSettings, type Settings } from "../office/settings";
import { DiagnosticsPanel } from "./Diagnostics";
import { CATALOGUES, format, pickLanguage, type Catalogue } from "../i18n";
import { SettingsPanel } from "./SettingsPanel";
import { currentTheme } from "./theme";
import { renderInto } from "./root";
import { VerdictCard } from "./VerdictCard";

/** The classifier (with its domain, phone and HTML tables) loads beside Office.js reads, not before the first paint. */
export function loadClassifier(): Promise<typeof import("../classifier/index.js")> {
  return import(/* webpackChunkName: "classifier" */ "../classifier/index.js");
}

type PaneState =
  | { kind: "loading" }
  | { kind: "no-item" }
  | { kind: "ready"; verdict: Verdict; problems: ReadProblem[]; item: Office.MessageRead }
  | { kind: "failed"; detail: string };

function infoBarText(verdict: Verdict, catalogue: Catalogue): string {
  if (verdict.level === "danger") {
    const first = verdict.patterns[0];
    return format(catalogue.infoBar.danger, { pattern: first ? catalogue.patternTitle[first.id] : "" });
  }
  return catalogue.infoBar.caution;
}

/** Puts the verdict's warning bar on the message, in the reader's language, or removes it when turned off. */
function updateWarningBar(
  office: typeof Office,
  item: Office.MessageRead,
  verdict: Verdict,
  settings: Settings,
) {
  const catalogue = CATALOGUES[pickLanguage(office.context.displayLanguage, settings.language)];
  const level = settings.showInfoBar ? verdict.level : "none";
  return showVerdictInMessage(item, office, level, infoBarText(verdict, catalogue));
}

export function OutlookApp({ office }: { office: typeof Office }) {
  const [settings, setSettings] = React.useState<Settings>(() =>
    loadSettings(office.context.roamingSettings),
  );
  // The item handler is registered once; it reads the latest settings through this ref.
  const settingsRef = React.useRef(settings);
  React.useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);
  const [state, setState] = React.useState<PaneState>({ kind: "loading" });
  const [diagnostics, setDiagnostics] = React.useState<Diagnostics>(() => collectDiagnostics(office, []));
  const [reportStatus, setReportStatus] = React.useState<string | undefined>();
  const language = pickLanguage(office.context.displayLanguage, settings.language);
  const catalogue = CATALOGUES[language];

  React.useEffect(() => {
    const follower = followSelectedItem(office, async (item, signal) => {
      setReportStatus(undefined);
      if (!item) {
        setState({ kind: "no-item" });
        return;
      }
      setState({ kind: "loading" });
      try {
        const [{ message, problems }, { classify }] = await Promise.all([
          readMessage(item, office),
          loadClassifier(),
        ]);
        if (signal.aborted) return;
        const verdict = classify(message);
        setState({ kind: "ready", verdict, problems, item });
        setDiagnostics(collectDiagnostics(office, problems));
        await updateWarningBar(office, item, verdict, settingsRef.current);
      } catch (error) {
        if (!signal.aborted)
          setState({ kind: "failed", detail: error instanceof Error ? error.message : String(error) });
      }
    });
    return () => void follower.then((active) => active.stop());
  }, [office]);

  const theme = currentTheme(office.context.officeTheme?.bodyBackgroundColor);

  const report =
    state.kind === "ready"
      ? {
          onReport: () => {
            const error = openReportMessage(office, state.item, {
              address: settings.reportAddress,
              subject: state.item.subject ?? "",
              pattern: state.verdict.patterns[0]?.id,
            });
            setReportStatus(
              error
                ? format(catalogue.report.failed, { reason: error })
                : format(catalogue.report.sent, { address: settings.reportAddress }),
            );
          },
          status: reportStatus,
          client: readClientFacts(office),
        }
      : undefined;

  return (
    <FluentProvider theme={theme} lang={language}>
      <main>
        {state.kind === "loading" ? (
          <Spinner label={catalogue.status.loading} style={{ padding: 16 }} />
        ) : null}
        {state.kind === "no-item" ? (
          <Text as="p" style={{ padding: 16 }}>
            {catalogue.status.noItem}
          </Text>
        ) : null}
        {state.kind === "failed" ? (
          <Text as="p" role="alert" style={{ padding: 16 }}>
            {catalogue.status.officeFailed} ({state.detail})
          </Text>
        ) : null}
        {state.kind === "ready" ? (
          <VerdictCard
            verdict={state.verdict}
            catalogue={catalogue}
            problems={state.problems}
            report={report}
          />
        ) : null}
        <SettingsPanel
          key={JSON.stringify(settings)}
          settings={settings}
          catalogue={catalogue}
          onSave={async (next) => {
            setSettings(next);
            if (state.kind === "ready") await updateWarningBar(office, state.item, state.verdict, next);
            if (office.context.roamingSettings) await saveSettings(office.context.roamingSettings, next);
          }}
        />
        <DiagnosticsPanel diagnostics={diagnostics} catalogue={catalogue} />
      </main>
    </FluentProvider>
  );
}

/** Shows the Outlook pane in `container` (called by the entry once Office.js is ready). */
export function mountOutlookApp(container: HTMLElement, office: typeof Office): void {
  renderInto(container, <OutlookApp office={office} />);
}
