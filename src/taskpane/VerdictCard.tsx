// The card: renders one Verdict (it never computes one). Message content is shown only as text.

import * as React from "react";
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Flag20Regular, Open16Regular } from "@fluentui/react-icons";
// Types only from the classifier's index: its code loads in its own chunk (see OutlookApp).
import type { Evidence, PatternMatch, Verdict } from "../classifier";
import { OFFICIAL_GUIDANCE_URL } from "../classifier/data/microsoft";
import type { ReadProblem } from "../office/readMessage";
import type { CardReport } from "../office/report";
import { format, type Catalogue } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  pattern: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  quote: {
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: "break-all",
    color: tokens.colorNeutralForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  label: { fontWeight: tokens.fontWeightSemibold },
});

type Styles = ReturnType<typeof useStyles>;

/** One piece of evidence: plain elements (many per card), styled by the card's classes. */
function EvidenceItem({
  evidence,
  catalogue,
  styles,
}: {
  evidence: Evidence;
  catalogue: Catalogue;
  styles: Styles;
}) {
  const label = catalogue.signal[evidence.signal] ?? evidence.signal;
  const where = catalogue.location[evidence.location] ?? evidence.location;
  const showDetail = evidence.detail && evidence.detail !== evidence.text;
  const detailLabel =
    evidence.location === "link"
      ? catalogue.sections.realDestination
      : evidence.location === "from-name"
        ? catalogue.sections.sentFrom
        : "→";
  return (
    <li data-signal={evidence.signal}>
      <span className={styles.label}>{label}</span> <span className={styles.muted}>({where})</span>
      <br />
      <span className={styles.quote}>“{evidence.text}”</span>
      {showDetail ? (
        <>
          {" "}
          <span className={styles.muted}>{detailLabel}</span>{" "}
          <span className={styles.quote}>{evidence.detail}</span>
        </>
      ) : null}
    </li>
  );
}

/** A titled part of the card, announced to screen readers by its heading. */
function CardSection({
  id,
  title,
  styles,
  children,
}: {
  id: string;
  title: string;
  styles: Styles;
  children: React.ReactNode;
}) {
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={styles.heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** How many pieces of evidence a list shows before "more"; the first are the checkable facts. */
const VISIBLE_EVIDENCE = 6;

function EvidenceList({
  evidence,
  catalogue,
  styles,
}: {
  evidence: readonly Evidence[];
  catalogue: Catalogue;
  styles: Styles;
}) {
  const [expanded, setExpanded] = React.useState(false);
  const shown = expanded ? evidence : evidence.slice(0, VISIBLE_EVIDENCE);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((item, index) => (
          <EvidenceItem key={index} evidence={item} catalogue={catalogue} styles={styles} />
        ))}
      </ul>
      {evidence.length > shown.length ? (
        <Link as="button" onClick={() => setExpanded(true)}>
          {format(catalogue.sections.moreEvidence, { count: evidence.length - shown.length })}
        </Link>
      ) : null}
    </>
  );
}

function PatternSection({
  match,
  catalogue,
  styles,
}: {
  match: PatternMatch;
  catalogue: Catalogue;
  styles: Styles;
}) {
  const headingId = `pattern-${match.id}`;
  return (
    <section className={styles.pattern} aria-labelledby={headingId} data-pattern={match.id}>
      <h3 id={headingId} className={styles.heading}>
        {catalogue.patternTitle[match.id]}{" "}
        <Badge appearance="tint" color={match.confidence === "high" ? "danger" : "warning"}>
          {catalogue.confidence[match.confidence]}
        </Badge>
      </h3>
      <Text>{catalogue.patternExplanation[match.id]}</Text>
      <h4 className={styles.heading}>{catalogue.sections.evidence}</h4>
      <EvidenceList evidence={match.evidence} catalogue={catalogue} styles={styles} />
    </section>
  );
}

export interface VerdictCardProps {
  verdict: Verdict;
  catalogue: Catalogue;
  /** Parts Outlook could not hand over. */
  problems?: readonly ReadProblem[];
  /** Extra controls under the advice. */
  actions?: React.ReactNode;
  /** Report as phishing: the action, its outcome, and the client's facts for Outlook's own Report button. */
  report?: CardReport;
}

const INTENT = { danger: "error", caution: "warning", none: "info" } as const;

export function VerdictCard({ verdict, catalogue, problems = [], actions, report }: VerdictCardProps) {
  const styles = useStyles();
  // Placeholder until the card's own report section lands (the card's branch renders the Outlook
  // Report guidance from report.client): the button and its outcome.
  const reportControls =
    report && verdict.level !== "none" ? (
      <div>
        <Button appearance="primary" icon={<Flag20Regular />} onClick={report.onReport}>
          {catalogue.report.button}
        </Button>
        {report.status ? <Text role="status">{report.status}</Text> : null}
      </div>
    ) : null;
  const missingParts = (["headers", "authentication", "subject", "sender"] as const).filter(
    (part) => !verdict.analysed[part],
  );
  return (
    <div
      className={styles.root}
      data-verdict={verdict.level}
      data-patterns={verdict.patterns.map((match) => match.id).join(" ")}
      lang={catalogue.language}
      aria-live="polite"
    >
      <MessageBar intent={INTENT[verdict.level]} layout="multiline">
        <MessageBarBody>
          <h2 style={{ margin: 0, fontSize: "inherit", fontWeight: 600 }}>
            <MessageBarTitle>{catalogue.headline[verdict.level]}</MessageBarTitle>
          </h2>
          {catalogue.summary[verdict.level]}
        </MessageBarBody>
      </MessageBar>

      {problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{catalogue.status.officeFailed}</MessageBarBody>
        </MessageBar>
      ) : null}

      {verdict.origin.fromMicrosoft ? (
        <Text>{format(catalogue.genuineMicrosoft, { domain: verdict.origin.sender.fromDomain })}</Text>
      ) : null}

      {verdict.patterns.map((match) => (
        <PatternSection key={match.id} match={match} catalogue={catalogue} styles={styles} />
      ))}

      {verdict.claim.evidence.length > 0 && verdict.impersonatesMicrosoft ? (
        <CardSection id="claim" title={catalogue.sections.claim} styles={styles}>
          <EvidenceList evidence={verdict.claim.evidence} catalogue={catalogue} styles={styles} />
        </CardSection>
      ) : null}

      {verdict.level !== "none" && verdict.asks.evidence.length + verdict.origin.evidence.length > 0 ? (
        <CardSection id="signals" title={catalogue.sections.otherSignals} styles={styles}>
          <EvidenceList evidence={[...verdict.asks.evidence, ...verdict.origin.evidence]} catalogue={catalogue} styles={styles} />
        </CardSection>
      ) : null}

      {verdict.advice.length > 0 ? (
        <CardSection id="advice" title={catalogue.sections.whatToDo} styles={styles}>
          <ol className={styles.list}>
            {verdict.advice.map((id) => (
              <li key={id} data-advice={id}>
                {catalogue.advice[id]}
              </li>
            ))}
          </ol>
          {actions}
          {reportControls}
        </CardSection>
      ) : (
        <>
          {actions}
          {reportControls}
        </>
      )}

      {missingParts.length > 0 ||
      verdict.analysed.skippedCharacters > 0 ||
      verdict.analysed.skippedLinks > 0 ? (
        <CardSection id="unchecked" title={catalogue.sections.notChecked} styles={styles}>
          <ul className={styles.list}>
            {missingParts.map((part) => (
              <li key={part} data-missing={part}>
                {catalogue.parts[part]}
              </li>
            ))}
            {verdict.analysed.skippedCharacters > 0 ? (
              <li>
                {format(catalogue.status.skippedCharacters, { count: verdict.analysed.skippedCharacters })}
              </li>
            ) : null}
            {verdict.analysed.skippedLinks > 0 ? (
              <li>{format(catalogue.status.skippedLinks, { count: verdict.analysed.skippedLinks })}</li>
            ) : null}
          </ul>
        </CardSection>
      ) : null}

      <Link href={OFFICIAL_GUIDANCE_URL[catalogue.language]} target="_blank" rel="noopener noreferrer">
        {catalogue.sections.officialGuidance} <Open16Regular aria-hidden="true" />
      </Link>
    </div>
  );
}
