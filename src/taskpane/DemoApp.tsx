// Demo mode, outside Outlook: opens with a bundled sample already checked, switches between English
// and Japanese, and checks an .eml file the visitor opens, drops or pastes. Parsing and classifying
// happen in this page (analyseEml, as the command line does); nothing is sent anywhere.

import * as React from "react";
import {
  Button,
  Field,
  FluentProvider,
  Select,
  Textarea,
  makeStaticStyles,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Verdict } from "../classifier/types";
import { analyseEml } from "../mail/analyse";
import { MailParseError } from "../mail/parseEml";
import { CATALOGUES, LANGUAGES, pickLanguage, type Language } from "../i18n";
import { DEMO_WORDS, type DemoWords } from "../i18n/demoWords";
import { useSharedStyles } from "./cardStyles";
import { SAMPLES } from "./samples";
import { currentTheme } from "./theme";
import { renderInto, unmountRoot } from "./root";
import { VerdictCard } from "./VerdictCard";

// The demo is the whole page: its theme reaches the edges.
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  page: { minHeight: "100vh" },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "40rem",
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  paragraph: { margin: 0 },
  languages: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // The picker takes the pane's width, however long its sample names: nothing scrolls sideways.
  picker: { width: "100%", minWidth: 0 },
  pickerSelect: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  card: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  drop: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    outlineOffset: `-${tokens.strokeWidthThick}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  dragging: { outlineColor: tokens.colorBrandStroke1 },
  fileInput: { position: "absolute", width: "1px", height: "1px", opacity: 0 },
  chooseFile: { textDecoration: "underline", cursor: "pointer", color: tokens.colorBrandForegroundLink },
  error: { margin: 0, color: tokens.colorStatusDangerForeground1 },
});

type DemoError =
  { kind: "parse"; reason: MailParseError["reason"] } | { kind: "unreadable" } | { kind: "sample" };

function errorText(error: DemoError, words: DemoWords): string {
  if (error.kind === "parse") return words.errors.parse[error.reason];
  return error.kind === "sample" ? words.errors.sampleFailed : words.errors.unreadable;
}

/** The sample the demo opens with: the first in the visitor's language. */
function firstSample(language: Language): string {
  return (SAMPLES.find((sample) => sample.file.endsWith(`-${language}.eml`)) ?? SAMPLES[0])?.file ?? "";
}

export function DemoApp({ displayLanguage }: { displayLanguage: string }) {
  usePageStyles();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [language, setLanguage] = React.useState<Language>(() => pickLanguage(displayLanguage));
  const catalogue = CATALOGUES[language];
  const words = DEMO_WORDS[language];
  const [verdict, setVerdict] = React.useState<Verdict | undefined>();
  const [error, setError] = React.useState<DemoError | undefined>();
  const [pasted, setPasted] = React.useState("");
  const [sample, setSample] = React.useState(() => firstSample(pickLanguage(displayLanguage)));
  const [dragging, setDragging] = React.useState(false);
  // Only the latest request may show its result: a slow sample must not replace a newer file.
  const latest = React.useRef(0);

  const analyse = React.useCallback(async (read: () => Promise<Uint8Array | string>) => {
    const request = ++latest.current;
    let outcome: { verdict: Verdict } | { error: DemoError };
    try {
      outcome = { verdict: (await analyseEml(await read())).verdict };
    } catch (failure) {
      outcome = {
        error:
          failure instanceof MailParseError
            ? { kind: "parse", reason: failure.reason }
            : failure instanceof SampleError
              ? { kind: "sample" }
              : { kind: "unreadable" },
      };
    }
    if (request !== latest.current) return;
    setVerdict("verdict" in outcome ? outcome.verdict : undefined);
    setError("error" in outcome ? outcome.error : undefined);
  }, []);

  const openSample = React.useCallback(
    (file: string) =>
      analyse(async () => {
        const response = await fetch(`samples/${encodeURIComponent(file)}`);
        if (!response.ok) throw new SampleError();
        return new Uint8Array(await response.arrayBuffer());
      }),
    [analyse],
  );

  // The opening sample is checked once (openSample never changes); later choices call it themselves.
  const opening = React.useRef(sample);
  React.useEffect(() => {
    if (opening.current) void openSample(opening.current);
  }, [openSample]);

  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const readFile = (file: File | undefined): void => {
    if (file) void analyse(async () => new Uint8Array(await file.arrayBuffer()));
  };

  return (
    <FluentProvider theme={currentTheme()} lang={language} className={styles.page}>
      <main className={styles.root} lang={language}>
        <header className={styles.header}>
          <h1 className={styles.title}>{words.demo.title}</h1>
          <p className={styles.paragraph}>{words.demo.intro}</p>
          <div className={styles.languages} role="group" aria-label={words.demo.languageLabel}>
            {LANGUAGES.map((option) => (
              <Button
                key={option}
                size="small"
                appearance={option === language ? "primary" : "secondary"}
                aria-pressed={option === language}
                lang={option}
                onClick={() => setLanguage(option)}
              >
                {CATALOGUES[option].languageName}
              </Button>
            ))}
          </div>
        </header>

        <Field label={words.demo.pickSample}>
          <Select
            data-testid="sample-picker"
            className={styles.picker}
            select={{ className: styles.pickerSelect }}
            value={sample}
            onChange={(_, data) => {
              setSample(data.value);
              void openSample(data.value);
            }}
          >
            {SAMPLES.map((entry) => (
              <option key={entry.file} value={entry.file}>
                {entry.label[language]}
              </option>
            ))}
          </Select>
        </Field>

        {error ? (
          <p role="alert" data-testid="demo-error" className={styles.error}>
            {errorText(error, words)}
          </p>
        ) : null}

        {verdict ? (
          <div className={styles.card}>
            <VerdictCard verdict={verdict} catalogue={catalogue} />
          </div>
        ) : null}

        <details className={shared.more} data-section="own-message">
          <summary>{words.demo.ownMessage}</summary>
          <div className={shared.moreBody}>
            <div
              data-testid="drop-zone"
              className={`${styles.drop} ${dragging ? styles.dragging : ""}`}
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(event) => {
                event.preventDefault();
                setDragging(false);
                readFile(event.dataTransfer.files[0]);
              }}
            >
              {words.demo.dropFile}{" "}
              <label>
                <span className={styles.chooseFile}>{words.demo.chooseFile}</span>
                <input
                  type="file"
                  accept=".eml,message/rfc822"
                  className={styles.fileInput}
                  onChange={(event) => readFile(event.target.files?.[0])}
                />
              </label>
            </div>
            <Field label={words.demo.pasteLabel}>
              <Textarea
                value={pasted}
                onChange={(_, data) => setPasted(data.value)}
                rows={4}
                resize="vertical"
              />
            </Field>
            <div>
              <Button onClick={() => void analyse(async () => pasted)} disabled={!pasted.trim()}>
                {words.demo.analysePasted}
              </Button>
            </div>
            <p className={`${styles.paragraph} ${shared.muted}`}>{words.demo.notSent}</p>
          </div>
        </details>
      </main>
    </FluentProvider>
  );
}

/** A bundled sample that could not be fetched (the page was moved, the server is gone). */
class SampleError extends Error {}

/** Takes the demo page down, for Office.js that became ready after the demo was shown. */
export function unmountDemoApp(): void {
  unmountRoot();
}

/** Shows the demo page in `container` (outside Outlook). */
export function mountDemoApp(container: HTMLElement, displayLanguage: string): void {
  renderInto(container, <DemoApp displayLanguage={displayLanguage} />);
}
