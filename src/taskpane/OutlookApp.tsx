// The pane inside Outlook: follows the selected message, reads it, classifies it, shows the card,
// the in-message warning bar, settings, reporting and diagnostics, and says once how it runs in
// this Outlook (by itself when pinned, or when asked).

import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import type { Verdict } from "../classifier";
import { detectClient } from "../office/client";
import { collectDiagnostics, type PaneArea, type PaneProblem } from "../office/diagnostics";
import { followSelectedItem } from "../office/followItem";
import { showVerdictInMessage } from "../office/notify";
import { OfficeCallError } from "../office/officeCall";
import { readMessage, type ReadProblem, type ReadResult } from "../office/readMessage";
import { openReport, type CardReport } from "../office/report";
import { loadSettings, type Settings } from "../office/settings";
import { loadClientNote, rememberClientNote, saveSettings, type ClientNote } from "../office/settingsStore";
import { DiagnosticsPanel } from "./Diagnostics";
import { CATALOGUES, format, pickLanguage, type Catalogue } from "../i18n";
import { PANE_WORDS } from "../i18n/paneWords";
import { SettingsPanel, type SaveOutcome } from "./SettingsPanel";
import { currentTheme } from "./theme";
import { renderInto } from "./root";
import { VerdictCard } from "./VerdictCard";

/** The classifier (with its domain, phone and HTML tables) loads beside Office.js reads, not before the first paint. */
export function loadClassifier(): Promise<typeof import("../classifier/index.js")> {
  return import(/* webpackChunkName: "classifier" */ "../classifier/index.js");
}

/** The first check startOutlook.ts made and painted, taken over so the message is not read twice. */
export interface FirstCheck {
  item: Office.MessageRead;
  read: ReadResult;
  verdict: Verdict;
}

type PaneState =
  | { kind: "loading" }
  | { kind: "no-item" }
  | { kind: "ready"; verdict: Verdict; problems: ReadProblem[]; item: Office.MessageRead }
  | { kind: "failed"; detail: string };

function infoBarText(verdict: Verdict, catalogue: Catalogue): string {
  const words = PANE_WORDS[catalogue.language].infoBar;
  if (!verdict.impersonatesMicrosoft) return words.filter;
  if (verdict.level === "danger") {
    const first = verdict.patterns[0];
    return format(words.danger, { pattern: first ? catalogue.patternTitle[first.id] : "" });
  }
  return words.caution;
}

/** Puts the verdict's warning bar on the message, in the reader's language, or removes it when turned off. */
function updateWarningBar(
  office: typeof Office,
  item: Office.MessageRead,
  verdict: Verdict,
  settings: Settings,
): Promise<PaneProblem | undefined> {
  const catalogue = CATALOGUES[pickLanguage(office.context.displayLanguage, settings.language)];
  const level = settings.showInfoBar ? verdict.level : "none";
  return showVerdictInMessage(item, office, level, infoBarText(verdict, catalogue));
}

function problemOf(part: PaneArea, api: string, error: unknown): PaneProblem {
  if (error instanceof OfficeCallError) return { part, api, reason: error.reason, detail: error.message };
  return { part, api, reason: "failed", detail: error instanceof Error ? error.message : String(error) };
}

type PaneProblems = Partial<Record<PaneArea, PaneProblem>>;

export function OutlookApp({
  office,
  first,
  onShown,
}: {
  office: typeof Office;
  first?: FirstCheck | undefined;
  /** Called once the pane shows an answer of its own (a card, or "select a message"). */
  onShown?: (() => void) | undefined;
}) {
  const [settings, setSettings] = React.useState<Settings>(() =>
    loadSettings(office.context.roamingSettings),
  );
  // The item handler is registered once; it reads the latest settings through this ref.
  const settingsRef = React.useRef(settings);
  React.useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);
  const [state, setState] = React.useState<PaneState>(() =>
    first
      ? { kind: "ready", verdict: first.verdict, problems: first.read.problems, item: first.item }
      : { kind: "loading" },
  );
  const firstCheck = React.useRef(first);
  React.useEffect(() => {
    if (state.kind !== "loading") onShown?.();
  }, [state.kind, onShown]);
  const [paneProblems, setPaneProblems] = React.useState<PaneProblems>({});
  const reportProblem = React.useCallback((part: PaneArea, problem: PaneProblem | undefined) => {
    setPaneProblems((current) => ({ ...current, [part]: problem }));
  }, []);
  // A report's outcome belongs to the message it was made for, not to the next card.
  const [reportStatus, setReportStatus] = React.useState<{ item: Office.MessageRead; text: string }>();
  // The message shown now, so a warning-bar answer after the reader moved on is not filed under the next one.
  const currentItem = React.useRef<Office.MessageRead | null>(null);
  const client = React.useMemo(() => detectClient(office), [office]);
  const note: ClientNote = client.pinning ? "pin-hint" : "checks-when-asked";
  // Said once per mailbox: shown in this pane if it was never shown, then remembered.
  const [showNote] = React.useState(() => loadClientNote(office.context.roamingSettings) !== note);
  // A second message in the same pane proves it is pinned: the pin hint has done its work.
  const [followed, setFollowed] = React.useState(false);
  const language = pickLanguage(office.context.displayLanguage, settings.language);
  const catalogue = CATALOGUES[language];

  React.useEffect(() => {
    const roaming = office.context.roamingSettings;
    if (!showNote || !roaming) return;
    rememberClientNote(roaming, note).catch((error: unknown) =>
      reportProblem("settings", problemOf("settings", "roamingSettings.saveAsync", error)),
    );
  }, [office, showNote, note, reportProblem]);

  React.useEffect(() => {
    let runs = 0;
    const follower = followSelectedItem(office, async (item, signal) => {
      runs += 1;
      if (runs > 1) setFollowed(true);
      currentItem.current = item;
      reportProblem("report", undefined);
      reportProblem("warning-bar", undefined);
      if (!item) {
        setState({ kind: "no-item" });
        return;
      }
      // The message the first card was painted for is not read again.
      const taken = firstCheck.current?.item === item ? firstCheck.current : undefined;
      firstCheck.current = undefined;
      if (!taken) setState({ kind: "loading" });
      try {
        const [{ problems }, verdict] = taken
          ? [taken.read, taken.verdict]
          : await Promise.all([readMessage(item, office), loadClassifier()]).then(
              ([read, { classify }]) => [read, classify(read.message)] as const,
            );
        if (signal.aborted) return;
        setState({ kind: "ready", verdict, problems, item });
        const barProblem = await updateWarningBar(office, item, verdict, settingsRef.current);
        if (!signal.aborted) reportProblem("warning-bar", barProblem);
      } catch (error) {
        if (!signal.aborted)
          setState({ kind: "failed", detail: error instanceof Error ? error.message : String(error) });
      }
    });
    return () => void follower.then((active) => active.stop());
  }, [office, reportProblem]);

  const readProblems = state.kind === "ready" ? state.problems : undefined;
  const diagnostics = React.useMemo(
    () =>
      collectDiagnostics(office, [
        ...(readProblems ?? []),
        ...Object.values(paneProblems).filter((problem) => problem !== undefined),
      ]),
    [office, readProblems, paneProblems],
  );

  const theme = currentTheme(office.context.officeTheme?.bodyBackgroundColor);

  const onReport = async (item: Office.MessageRead, verdict: Verdict, address: string) => {
    const outcome = await openReport(office, item, {
      address,
      subject: item.subject ?? "",
      pattern: verdict.patterns[0]?.id,
      generalRule: verdict.generalRule,
    });
    reportProblem("report", outcome.kind === "opened" ? undefined : outcome.problem);
    const template =
      outcome.kind === "opened"
        ? PANE_WORDS[catalogue.language].platform.reportOpened
        : outcome.kind === "failed"
          ? PANE_WORDS[catalogue.language].platform.reportFailed
          : PANE_WORDS[catalogue.language].platform.reportUnavailable;
    setReportStatus({ item, text: format(template, { address }) });
  };

  const report: CardReport | undefined =
    state.kind === "ready"
      ? {
          onReport: () => void onReport(state.item, state.verdict, settings.reportAddress),
          client,
          ...(reportStatus?.item === state.item ? { status: reportStatus.text } : {}),
        }
      : undefined;

  const onSave = async (next: Settings): Promise<SaveOutcome> => {
    setSettings(next);
    const nextCatalogue = CATALOGUES[pickLanguage(office.context.displayLanguage, next.language)];
    if (state.kind === "ready") {
      const item = state.item;
      const barProblem = await updateWarningBar(office, item, state.verdict, next);
      if (currentItem.current === item) reportProblem("warning-bar", barProblem);
    }
    const roaming = office.context.roamingSettings;
    try {
      if (!roaming) throw new OfficeCallError("roamingSettings", "unsupported", "no roaming settings");
      await saveSettings(roaming, next);
      reportProblem("settings", undefined);
      return { kept: true };
    } catch (error) {
      reportProblem("settings", problemOf("settings", "roamingSettings.saveAsync", error));
      return { kept: false, message: PANE_WORDS[nextCatalogue.language].platform.settingsNotKept };
    }
  };

  const noteText = client.pinning
    ? followed
      ? undefined
      : PANE_WORDS[catalogue.language].platform.pinHint
    : PANE_WORDS[catalogue.language].platform.checksWhenAsked;

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
            {...(report ? { report } : {})}
          />
        ) : null}
        {showNote && noteText ? (
          <MessageBar
            intent="info"
            layout="multiline"
            data-client-note={note}
            style={{ margin: "0 12px 12px" }}
          >
            <MessageBarBody>{noteText}</MessageBarBody>
          </MessageBar>
        ) : null}
        <SettingsPanel settings={settings} catalogue={catalogue} onSave={onSave} />
        <DiagnosticsPanel diagnostics={diagnostics} catalogue={catalogue} />
      </main>
    </FluentProvider>
  );
}

/**
 * Shows the Outlook pane in `container`. With a first check painted there (startOutlook.ts), the
 * pane renders beside it, hidden, and replaces it once it shows its own card: no blank moment.
 */
export function mountOutlookApp(container: HTMLElement, office: typeof Office, first?: FirstCheck): void {
  const host = document.createElement("div");
  host.hidden = first !== undefined;
  container.append(host);
  const shown = (): void => {
    for (const child of Array.from(container.children)) if (child !== host) child.remove();
    host.hidden = false;
  };
  renderInto(host, <OutlookApp office={office} first={first} onShown={shown} />);
}
