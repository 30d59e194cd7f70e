// The card's "more" sections, loaded after the first card is on screen: how the scam works, who
// really sent the message (Microsoft's own verdict first), the evidence grouped by signal, help for
// someone who already acted, and where Outlook's own Report button is.

import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence, Verdict } from "../classifier/types";
import type { AttachmentRisk } from "../classifier/data/attachments";
import { CATALOGUES, type Catalogue, type DetailsCatalogue, type Language } from "../i18n";
import { DETAILS } from "../i18n/details";
import { linkLabel } from "./cardText";
import { explainMicrosoftVerdict } from "./verdictLines";
import { useSharedStyles, type SharedStyles } from "./cardStyles";
import { evidenceRows, factKey, factKind, senderView, type EvidenceRow } from "./evidenceModel";
import { linkView, wrapPoints } from "./linkView";
import { FilledTemplate, VisibleText } from "./cardParts";
import type { CardReport } from "../office/report";

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    "& dt": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
    "& dd": { margin: 0, marginBottom: tokens.spacingVerticalXS, minWidth: 0 },
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupHeading: {
    margin: 0,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: "uppercase",
    letterSpacing: "0.02em",
  },
  rows: { margin: 0, padding: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
  row: { minWidth: 0 },
  rowLabel: { fontWeight: tokens.fontWeightSemibold },
  items: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
  owner: { fontWeight: tokens.fontWeightBold },
  toggle: { marginLeft: tokens.spacingHorizontalXS },
  paragraph: { margin: 0 },
  block: { display: "block" },
  threat: { fontWeight: tokens.fontWeightSemibold },
});

type Styles = ReturnType<typeof useStyles>;

interface Words {
  catalogue: Catalogue;
  details: DetailsCatalogue;
  styles: Styles;
  shared: SharedStyles;
}

const QUOTE_MARKS: Record<Language, readonly [string, string]> = { en: ["“", "”"], ja: ["「", "」"] };

/** An address or host that may wrap only after its punctuation. */
function Wrapped({ text }: { text: string }) {
  return (
    <>
      {wrapPoints(text).map((piece, index) => (
        <React.Fragment key={index}>
          {piece}
          <wbr />
        </React.Fragment>
      ))}
    </>
  );
}

function LinkDestination({ evidence, words }: { evidence: Evidence; words: Words }) {
  const [full, setFull] = React.useState(false);
  const destination = evidence.detail ?? evidence.text;
  const view = linkView(destination);
  const { shared, styles, details } = words;
  const [open, close] = QUOTE_MARKS[words.catalogue.language];
  // The text the reader clicks, as a sentence quotes it; left out when it is the destination itself.
  const label = linkLabel(evidence.text);
  const sameAsDestination =
    label === destination || (view !== undefined && label === view.subdomain + view.registrable);
  return (
    <li data-fact={destination}>
      {sameAsDestination ? null : (
        <>
          <span className={shared.quote}>
            {open}
            <VisibleText text={label} label={words.catalogue.hiddenCharacter} styles={shared} />
            {close}
          </span>{" "}
          →{" "}
        </>
      )}
      {view ? (
        <span className={shared.mono}>
          <Wrapped text={view.subdomain} />
          <span className={styles.owner} data-owner={view.registrable}>
            <Wrapped text={view.registrable} />
          </span>
          {view.hasPath && !full ? "/…" : null}
        </span>
      ) : (
        <span className={shared.mono}>
          <Wrapped text={destination} />
        </span>
      )}
      {view?.hasPath ? (
        <Link as="button" className={styles.toggle} aria-expanded={full} onClick={() => setFull(!full)}>
          {full ? details.link.hideFull : details.link.showFull}
        </Link>
      ) : null}
      {full ? (
        <div className={shared.mono} data-full-url>
          <Wrapped text={destination} />
        </div>
      ) : null}
    </li>
  );
}

/** Where a quote was found, when the row's label does not already say it. */
const IMPLIED_LOCATION: Partial<Record<Evidence["signal"], Evidence["location"]>> = {
  "brand-in-subject": "subject",
  "brand-in-display-name": "from-name",
  "brand-in-heading": "heading",
  "brand-in-image": "image",
  "brand-in-signature": "signature",
};

function EvidenceItem({ evidence, words }: { evidence: Evidence; words: Words }) {
  const { catalogue, details, shared } = words;
  switch (factKind(evidence)) {
    case "link":
      return <LinkDestination evidence={evidence} words={words} />;
    case "phone":
    case "address":
      return (
        <li data-fact={evidence.detail ?? evidence.text}>
          <span className={shared.mono}>
            <Wrapped text={evidence.text} />
          </span>
        </li>
      );
    case "file": {
      const kind = evidence.detail as AttachmentRisk | undefined;
      return (
        <li data-fact={evidence.text}>
          <span className={shared.mono}>
            <VisibleText text={evidence.text} label={catalogue.hiddenCharacter} styles={shared} />
          </span>
          {kind && kind in details.attachmentKind ? (
            <span className={shared.muted}> ({details.attachmentKind[kind]})</span>
          ) : null}
        </li>
      );
    }
    case "quote": {
      const showWhere =
        evidence.location !== "body" && IMPLIED_LOCATION[evidence.signal] !== evidence.location;
      return (
        <li>
          <span className={shared.quote}>
            {QUOTE_MARKS[catalogue.language][0]}
            <VisibleText text={evidence.text} label={catalogue.hiddenCharacter} styles={shared} />
            {QUOTE_MARKS[catalogue.language][1]}
          </span>
          {showWhere ? <span className={shared.muted}> ({details.location[evidence.location]})</span> : null}
        </li>
      );
    }
  }
}

function Row({ row, words }: { row: EvidenceRow; words: Words }) {
  return (
    <li className={words.styles.row} data-signal={row.signal}>
      <span className={words.styles.rowLabel}>{words.details.signal[row.signal]}</span>
      <ul className={words.styles.items}>
        {row.items.map((evidence) => (
          <EvidenceItem key={factKey(evidence)} evidence={evidence} words={words} />
        ))}
      </ul>
    </li>
  );
}

function EvidenceSection({ verdict, words }: { verdict: Verdict; words: Words }) {
  const rows = evidenceRows(verdict);
  const groups = (["asks", "claim", "story"] as const).filter((group) =>
    rows.some((row) => row.group === group),
  );
  return (
    <>
      {groups.map((group) => (
        <section key={group} className={words.styles.group} data-group={group}>
          <h4 className={words.styles.groupHeading}>{words.details.evidenceGroup[group]}</h4>
          <ul className={words.styles.rows}>
            {rows
              .filter((row) => row.group === group)
              .map((row) => (
                <Row key={row.signal} row={row} words={words} />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** An address with the part that names its owner emphasised. */
function Address({ address, domain, words }: { address: string; domain: string; words: Words }) {
  const at =
    domain && address.toLowerCase().endsWith(domain.toLowerCase()) ? address.length - domain.length : -1;
  return (
    <span className={words.shared.mono} data-fact={address}>
      {at < 0 ? (
        <Wrapped text={address} />
      ) : (
        <>
          <Wrapped text={address.slice(0, at)} />
          <span className={words.styles.owner}>
            <Wrapped text={address.slice(at)} />
          </span>
        </>
      )}
    </span>
  );
}

function SenderSection({ verdict, words }: { verdict: Verdict; words: Words }) {
  const { catalogue, details, styles, shared } = words;
  const view = senderView(verdict);
  const microsoft = verdict.origin.microsoftVerdict;
  const lines = microsoft ? explainMicrosoftVerdict(microsoft, details.microsoftVerdict) : [];
  return (
    <dl className={styles.facts}>
      {lines.length > 0 ? (
        <>
          <dt>{details.sender.microsoftFilter}</dt>
          <dd data-testid="microsoft-verdict">
            {lines.map((line) => (
              <p
                key={line.field}
                className={`${styles.paragraph} ${line.threat ? styles.threat : ""}`}
                data-field={line.field}
              >
                {line.text}
              </p>
            ))}
          </dd>
        </>
      ) : null}
      {view.saysItIs ? (
        <>
          <dt>{details.sender.saysItIs}</dt>
          <dd className={shared.quote}>
            <VisibleText text={view.saysItIs} label={catalogue.hiddenCharacter} styles={shared} />
          </dd>
        </>
      ) : null}
      {view.address ? (
        <>
          <dt>{details.sender.sentFrom}</dt>
          <dd>
            <Address address={view.address} domain={view.domain} words={words} />
          </dd>
        </>
      ) : null}
      {view.checks.length > 0 ? (
        <>
          <dt>{details.sender.checks}</dt>
          <dd>
            {view.checks.map((check) => (
              <p key={check.key} className={styles.paragraph} data-check={check.key}>
                <FilledTemplate
                  template={details.sender[check.key]}
                  values={
                    verdict.origin.carrier
                      ? { ...check.values, service: catalogue.carrier[verdict.origin.carrier] }
                      : check.values
                  }
                  catalogue={catalogue}
                  styles={shared}
                  markFacts={false}
                />
              </p>
            ))}
          </dd>
        </>
      ) : null}
      {view.replyTo ? (
        <>
          <dt>{details.sender.repliesTo}</dt>
          <dd>
            <Address address={view.replyTo} domain="" words={words} />
            <p className={`${styles.paragraph} ${shared.muted}`}>{details.sender.repliesElsewhere}</p>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function HowSection({ verdict, words }: { verdict: Verdict; words: Words }) {
  const { catalogue, details, styles, shared } = words;
  if (verdict.patterns.length === 0) return <p className={styles.paragraph}>{details.generalRule}</p>;
  return (
    <>
      {verdict.patterns.map((match) => (
        <section key={match.id} data-pattern={match.id} className={styles.group}>
          <h4 className={shared.heading}>{catalogue.patternTitle[match.id]}</h4>
          <p className={styles.paragraph}>{details.patternExplanation[match.id]}</p>
        </section>
      ))}
    </>
  );
}

function AfterActingSection({ verdict, words }: { verdict: Verdict; words: Words }) {
  const { details, styles, shared } = words;
  return (
    <>
      {verdict.afterActing.map((id) => (
        <section key={id} data-after={id} className={styles.group}>
          <h4 className={shared.heading}>{details.afterActing[id].title}</h4>
          <ul className={shared.list}>
            {details.afterActing[id].steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className={styles.group} data-testid="help">
        <h4 className={shared.heading}>{details.help.title}</h4>
        <ul className={shared.list}>
          {details.help.contacts.map((contact) => (
            <li key={contact.name}>
              <span className={shared.fact}>{contact.name}</span>
              {contact.phone ? (
                <>
                  {" "}
                  <span className={shared.fact} data-fact={contact.phone}>
                    {contact.phone}
                  </span>
                </>
              ) : null}
              {contact.url ? (
                <>
                  {" "}
                  <Link href={contact.url} target="_blank" rel="noopener noreferrer">
                    <Wrapped text={contact.url.replace(/^https:\/\//, "")} />
                  </Link>
                </>
              ) : null}
              <span className={styles.block}>{contact.what}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ReportSection({ report, words }: { report: CardReport; words: Words }) {
  const { details, styles } = words;
  const guidance = details.outlookReport;
  const { accountKind, reportPlace } = report.client;
  return (
    <div data-account={accountKind} data-place={reportPlace} className={styles.group}>
      <p className={styles.paragraph}>{guidance.ourButton}</p>
      <p className={styles.paragraph}>{guidance.intro}</p>
      {accountKind === "personal" ? (
        <p className={styles.paragraph} data-testid="outlook-report">
          {guidance.personal}
        </p>
      ) : (
        <>
          {accountKind === "unknown" ? <p className={styles.paragraph}>{guidance.unknownAccount}</p> : null}
          <p className={styles.paragraph} data-testid="outlook-report">
            {guidance.work[reportPlace]}
          </p>
          <p className={styles.paragraph}>{guidance.workEffect}</p>
        </>
      )}
    </div>
  );
}

export type DetailsSection = "how" | "sender" | "evidence" | "after" | "report";

export function VerdictDetails({
  section,
  verdict,
  language,
  report,
}: {
  section: DetailsSection;
  verdict: Verdict;
  language: Language;
  report: CardReport | undefined;
}) {
  const words: Words = {
    catalogue: CATALOGUES[language],
    details: DETAILS[language],
    styles: useStyles(),
    shared: useSharedStyles(),
  };
  switch (section) {
    case "how":
      return <HowSection verdict={verdict} words={words} />;
    case "sender":
      return <SenderSection verdict={verdict} words={words} />;
    case "evidence":
      return <EvidenceSection verdict={verdict} words={words} />;
    case "after":
      return <AfterActingSection verdict={verdict} words={words} />;
    case "report":
      return report ? <ReportSection report={report} words={words} /> : null;
  }
}
