// Demo mode, outside Outlook: pick a bundled sample or open, drop or paste an .eml file, and see
// the same card. Parsing and classifying happen in this page; nothing is sent anywhere.

import * as React from "react";
import { Button, Field, FluentProvider, Select, Text, Textarea } from "@fluentui/react-components";
import { classify, type Verdict } from "../classifier";
import { MailParseError, parseEml } from "../mail/parseEml";
import { CATALOGUES, format, pickLanguage } from "../i18n";
import { SAMPLES } from "./samples";
import { currentTheme } from "./theme";
import { renderInto } from "./root";
import { VerdictCard } from "./VerdictCard";

export function DemoApp({ displayLanguage }: { displayLanguage: string }) {
  const language = pickLanguage(displayLanguage);
  const catalogue = CATALOGUES[language];
  const [verdict, setVerdict] = React.useState<Verdict | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [pasted, setPasted] = React.useState("");
  const [sample, setSample] = React.useState<string | undefined>();
  const [dragging, setDragging] = React.useState(false);

  const analyse = React.useCallback(
    async (raw: Uint8Array | string) => {
      try {
        setVerdict(classify(await parseEml(raw)));
        setError(undefined);
      } catch (failure) {
        setVerdict(undefined);
        const reason = failure instanceof MailParseError ? failure.message : String(failure);
        setError(format(catalogue.demo.unreadable, { reason }));
      }
    },
    [catalogue],
  );

  const openSample = async (file: string): Promise<void> => {
    setSample(file);
    const response = await fetch(`samples/${encodeURIComponent(file)}`);
    await analyse(new Uint8Array(await response.arrayBuffer()));
  };

  const readFile = async (file: File | undefined): Promise<void> => {
    if (file) await analyse(new Uint8Array(await file.arrayBuffer()));
  };

  const theme = currentTheme();

  return (
    <FluentProvider theme={theme} lang={language}>
      <main style={{ display: "flex", flexDirection: "column", gap: 12, padding: 12 }}>
        <h1 style={{ fontSize: 20, margin: 0 }}>{catalogue.demo.title}</h1>
        <Text>{catalogue.demo.intro}</Text>
        <Field label={catalogue.demo.pickSample}>
          <Select
            data-testid="sample-picker"
            value={sample ?? ""}
            onChange={(_, data) => {
              if (data.value) void openSample(data.value);
            }}
          >
            <option value="" disabled>
              —
            </option>
            {SAMPLES.map((entry) => (
              <option key={entry.file} value={entry.file}>
                {entry.label[language]}
              </option>
            ))}
          </Select>
        </Field>
        <div
          data-testid="drop-zone"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void readFile(event.dataTransfer.files[0]);
          }}
          style={{ border: `2px dashed ${dragging ? "#0078d4" : "#8a8886"}`, padding: 12, borderRadius: 4 }}
        >
          <Text>{catalogue.demo.dropFile}</Text>{" "}
          <label>
            <span style={{ textDecoration: "underline", cursor: "pointer" }}>
              {catalogue.demo.chooseFile}
            </span>
            <input
              type="file"
              accept=".eml,message/rfc822"
              style={{ position: "absolute", width: 1, height: 1, opacity: 0 }}
              onChange={(event) => void readFile(event.target.files?.[0])}
            />
          </label>
        </div>
        <Field label={catalogue.demo.pasteLabel}>
          <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} rows={4} resize="vertical" />
        </Field>
        <Button onClick={() => void analyse(pasted)} disabled={!pasted.trim()}>
          {catalogue.demo.analysePasted}
        </Button>
        {error ? (
          <Text role="alert" data-testid="demo-error">
            {error}
          </Text>
        ) : null}
      </main>
      {verdict ? <VerdictCard verdict={verdict} catalogue={catalogue} /> : null}
    </FluentProvider>
  );
}

/** Shows the demo page in `container` (outside Outlook). */
export function mountDemoApp(container: HTMLElement, displayLanguage: string): void {
  renderInto(container, <DemoApp displayLanguage={displayLanguage} />);
}
