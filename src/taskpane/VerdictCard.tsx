// The card: renders one Verdict (it never computes one). Message content is shown only as text.
// The first screen answers three questions without a tap: what is this (headline), why we think so
// (at most three reasons, from the verdict's `reasons`), and what to do now (the first two steps).
// Everything else is one tap away, in sections whose content loads after the first card is shown.

import * as React from "react";
import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import {
  ErrorCircle24Filled,
  Flag20Regular,
  Info24Filled,
  Open16Regular,
  Warning24Filled,
} from "@fluentui/react-icons";
// Types only from the classifier: its code loads in its own chunk (see index.ts).
import type { Level, Reason, Verdict } from "../classifier/types";
import { OFFICIAL_GUIDANCE_URL } from "../classifier/data/microsoft";
import type { CardReport } from "../office/report";
import type { ReadProblem } from "../office/readMessage";
import type { Catalogue } from "../i18n";
import { FIRST_STEPS, headlineOf, reasonValues, senderNote, stepsOf, subtitleOf } from "./cardText";
import { evidenceRows } from "./evidenceModel";
import { FilledTemplate } from "./cardParts";
import { useSharedStyles, type SharedStyles } from "./cardStyles";

const loadDetails = () => import(/* webpackChunkName: "card-details" */ "./VerdictDetails.js");
const VerdictDetails = React.lazy(() => loadDetails().then((module) => ({ default: module.VerdictDetails })));

/**
 * Reporting, as the Outlook pane wires it (the demo page passes nothing and shows neither part).
 * - The card shows "Report as phishing" on a flagged message (and in "Reporting it in Outlook" on
 *   any message) and calls `onReport` when it is pressed. The pane forwards the message as an
 *   attachment to the reader's reporting address, in a new message the reader sends, and passes
 *   back `status`: one sentence, already in the reader's language, shown under the button.
 * - `client` says which Outlook and which kind of account the reader has, so the card can say where
 *   Outlook's own Report button is and what it does there (src/office/client.ts reads it).
 * The shape is CardReport in src/office/report.ts, which the pane fills.
 */
export interface VerdictCardProps {
  verdict: Verdict;
  catalogue: Catalogue;
  /** Parts Outlook could not hand over; only these are listed as "not checked". */
  problems?: readonly ReadProblem[];
  report?: CardReport | undefined;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  headline: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid`,
  },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderLeftColor: tokens.colorStatusDangerBorder2,
    "& svg": { color: tokens.colorStatusDangerForeground1 },
  },
  caution: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    borderLeftColor: tokens.colorStatusWarningBorder2,
    "& svg": { color: tokens.colorStatusWarningForeground1 },
  },
  none: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeftColor: tokens.colorNeutralStroke1,
    "& svg": { color: tokens.colorNeutralForeground2 },
  },
  icon: { flexShrink: 0, marginTop: "2px" },
  headlineText: { minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightBold,
  },
  subtitle: { margin: 0, marginTop: tokens.spacingVerticalXXS },
  paragraph: { margin: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  report: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "flex-start",
  },
  note: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
});

const ICON: Record<Level, React.ReactElement> = {
  danger: <ErrorCircle24Filled aria-hidden="true" />,
  caution: <Warning24Filled aria-hidden="true" />,
  none: <Info24Filled aria-hidden="true" />,
};

function ReasonItem({
  reason,
  verdict,
  catalogue,
  styles,
}: {
  reason: Reason;
  verdict: Verdict;
  catalogue: Catalogue;
  styles: SharedStyles;
}) {
  return (
    <li data-reason={reason.id}>
      <FilledTemplate
        template={catalogue.reason[reason.id]}
        values={reasonValues(reason, catalogue, verdict.origin.microsoftVerdict)}
        catalogue={catalogue}
        styles={styles}
      />
    </li>
  );
}

/** A "more" section: its summary is on the first screen, its content renders once it is opened. */
export function MoreSection({
  id,
  title,
  styles,
  loading,
  children,
}: {
  id: string;
  title: string;
  styles: SharedStyles;
  loading: string;
  children: () => React.ReactNode;
}) {
  const [opened, setOpened] = React.useState(false);
  return (
    <details
      className={styles.more}
      data-section={id}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{title}</summary>
      {opened ? (
        <div className={styles.moreBody}>
          <React.Suspense fallback={<p className={styles.muted}>{loading}</p>}>{children()}</React.Suspense>
        </div>
      ) : null}
    </details>
  );
}

export function VerdictCard({ verdict, catalogue, problems = [], report }: VerdictCardProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = React.useId();
  // The "more" sections' code and words load once the first card is on screen, not before it.
  React.useEffect(() => void loadDetails(), []);

  const level = verdict.level;
  const flagged = level !== "none";
  const note = senderNote(verdict);
  const subtitle = subtitleOf(verdict, catalogue);
  const { first: firstSteps, more: moreSteps } = stepsOf(verdict);
  const skipped = verdict.analysed.skippedCharacters > 0 || verdict.analysed.skippedLinks > 0;
  const missingParts = [...new Set(problems.map((problem) => problem.part))];
  const details = (section: React.ComponentProps<typeof VerdictDetails>["section"]) => () => (
    <VerdictDetails section={section} verdict={verdict} language={catalogue.language} report={report} />
  );
  const more = { styles: shared, loading: catalogue.sections.loadingDetails };

  return (
    <article
      className={styles.root}
      aria-labelledby={headingId}
      data-verdict={level}
      data-patterns={verdict.patterns.map((match) => match.id).join(" ")}
      lang={catalogue.language}
    >
      <div className={`${styles.headline} ${styles[level]}`} aria-live="polite">
        <span className={styles.icon}>{ICON[level]}</span>
        <div className={styles.headlineText}>
          <h2 id={headingId} className={styles.title}>
            {headlineOf(verdict, catalogue)}
          </h2>
          {subtitle ? <p className={styles.subtitle}>{subtitle}</p> : null}
        </div>
      </div>

      {problems.length > 0 ? <p className={styles.note}>{catalogue.status.officeFailed}</p> : null}

      {note ? (
        <p className={styles.paragraph} data-note={note.template}>
          <FilledTemplate
            template={catalogue[note.template]}
            values={{ domain: note.domain }}
            catalogue={catalogue}
            styles={shared}
          />
        </p>
      ) : null}

      {verdict.reasons.length > 0 ? (
        <section className={styles.section} aria-labelledby={`${headingId}-why`} data-testid="reasons">
          <h3 id={`${headingId}-why`} className={shared.heading}>
            {catalogue.sections.why}
          </h3>
          <ul className={shared.list}>
            {verdict.reasons.map((reason) => (
              <ReasonItem
                key={reason.id}
                reason={reason}
                verdict={verdict}
                catalogue={catalogue}
                styles={shared}
              />
            ))}
          </ul>
        </section>
      ) : (
        <p className={styles.paragraph}>{catalogue.summary[level]}</p>
      )}

      {firstSteps.length > 0 ? (
        <section className={styles.section} aria-labelledby={`${headingId}-do`} data-testid="steps">
          <h3 id={`${headingId}-do`} className={shared.heading}>
            {catalogue.sections.whatToDo}
          </h3>
          <ol className={shared.list}>
            {firstSteps.map((id) => (
              <li key={id} data-advice={id}>
                {catalogue.advice[id]}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {report && flagged ? (
        <div className={styles.report}>
          <Button appearance="primary" icon={<Flag20Regular />} onClick={report.onReport}>
            {catalogue.report.button}
          </Button>
          <p className={`${styles.paragraph} ${shared.muted}`} role="status">
            {report.status ?? catalogue.report.explain}
          </p>
        </div>
      ) : null}

      <div>
        {moreSteps.length > 0 ? (
          <MoreSection id="steps" title={catalogue.sections.moreSteps} {...more}>
            {() => (
              <ol className={shared.list} start={FIRST_STEPS + 1}>
                {moreSteps.map((id) => (
                  <li key={id} data-advice={id}>
                    {catalogue.advice[id]}
                  </li>
                ))}
              </ol>
            )}
          </MoreSection>
        ) : null}
        {verdict.patterns.length > 0 || verdict.generalRule ? (
          <MoreSection id="how" title={catalogue.sections.howItWorks} {...more}>
            {details("how")}
          </MoreSection>
        ) : null}
        {verdict.analysed.sender ? (
          <MoreSection id="sender" title={catalogue.sections.sender} {...more}>
            {details("sender")}
          </MoreSection>
        ) : null}
        {evidenceRows(verdict).length > 0 ? (
          <MoreSection id="evidence" title={catalogue.sections.evidence} {...more}>
            {details("evidence")}
          </MoreSection>
        ) : null}
        {verdict.afterActing.length > 0 ? (
          <MoreSection id="after" title={catalogue.sections.afterActing} {...more}>
            {details("after")}
          </MoreSection>
        ) : null}
        {report ? (
          <MoreSection id="report" title={catalogue.sections.reportInOutlook} {...more}>
            {details("report")}
          </MoreSection>
        ) : null}
        {missingParts.length > 0 || skipped ? (
          <MoreSection id="unchecked" title={catalogue.sections.notChecked} {...more}>
            {() => (
              <ul className={shared.list}>
                {missingParts.map((part) => (
                  <li key={part} data-missing={part}>
                    {catalogue.parts[part]}
                  </li>
                ))}
                {verdict.analysed.skippedCharacters > 0 ? (
                  <li>
                    <FilledTemplate
                      template={catalogue.status.skippedCharacters}
                      values={{
                        count: verdict.analysed.skippedCharacters.toLocaleString(catalogue.language),
                      }}
                      catalogue={catalogue}
                      styles={shared}
                    />
                  </li>
                ) : null}
                {verdict.analysed.skippedLinks > 0 ? (
                  <li>
                    <FilledTemplate
                      template={catalogue.status.skippedLinks}
                      values={{ count: verdict.analysed.skippedLinks.toLocaleString(catalogue.language) }}
                      catalogue={catalogue}
                      styles={shared}
                    />
                  </li>
                ) : null}
              </ul>
            )}
          </MoreSection>
        ) : null}
      </div>

      <Link href={OFFICIAL_GUIDANCE_URL[catalogue.language]} target="_blank" rel="noopener noreferrer">
        {catalogue.sections.officialGuidance} <Open16Regular aria-hidden="true" />
      </Link>
    </article>
  );
}
