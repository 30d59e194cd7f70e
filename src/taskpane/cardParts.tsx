// Small pieces both the first screen and the "more" sections use: text with hidden characters made
// visible, and a catalogue template filled in with its facts emphasised.

import * as React from "react";
import type { Catalogue } from "../i18n";
import { FACT_KEYS, splitHidden, templateParts } from "./cardText";
import type { SharedStyles } from "./cardStyles";

/** Text with the characters a reader cannot see shown as marks. */
export function VisibleText({ text, label, styles }: { text: string; label: string; styles: SharedStyles }) {
  return (
    <>
      {splitHidden(text).map((part, index) =>
        part.hidden ? (
          <span key={index} className={styles.hidden} role="img" aria-label={label} title={label}>
            ·
          </span>
        ) : (
          <React.Fragment key={index}>{part.text}</React.Fragment>
        ),
      )}
    </>
  );
}

/** A catalogue template with its values filled in as elements: facts emphasised, quotes as text. */
export function FilledTemplate({
  template,
  values,
  catalogue,
  styles,
  markFacts = true,
}: {
  template: string;
  values: Record<string, string>;
  catalogue: Catalogue;
  styles: SharedStyles;
  /** Off where the fact repeats one shown beside it (the sender's domain after its address). */
  markFacts?: boolean;
}) {
  return (
    <>
      {templateParts(template).map((part, index) => {
        if ("text" in part) return <React.Fragment key={index}>{part.text}</React.Fragment>;
        const value = values[part.key] ?? "";
        if (FACT_KEYS.has(part.key))
          return (
            <span key={index} className={styles.fact} data-fact={markFacts ? value : undefined}>
              {value}
            </span>
          );
        return (
          <span key={index} className={styles.quote}>
            <VisibleText text={value} label={catalogue.hiddenCharacter} styles={styles} />
          </span>
        );
      })}
    </>
  );
}
