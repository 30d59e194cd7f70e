// The Diagnostics section: what a "headers missing" report needs (host, version, account type,
// sets, failed calls).

import * as React from "react";
import type { Diagnostics } from "../office/diagnostics";
import { Collapsible } from "./Collapsible";
import type { Catalogue } from "../i18n";

export function DiagnosticsPanel({
  diagnostics,
  catalogue,
}: {
  diagnostics: Diagnostics;
  catalogue: Catalogue;
}) {
  const sets = Object.entries(diagnostics.mailboxSets)
    .map(([version, supported]) => `${version}${supported ? "✓" : "✗"}`)
    .join(" ");
  return (
    <Collapsible summary={catalogue.sections.diagnostics} testId="diagnostics">
      {() => (
        <dl style={{ margin: 0, fontFamily: "monospace", fontSize: 12 }}>
          <dt>host / platform / version</dt>
          <dd>
            {diagnostics.host || "?"} / {diagnostics.platform || "?"} / {diagnostics.version || "?"}
          </dd>
          <dt>hostName / accountType</dt>
          <dd>
            {diagnostics.hostName || "?"} / {diagnostics.accountType || "?"}
          </dd>
          <dt>displayLanguage</dt>
          <dd>{diagnostics.displayLanguage || "?"}</dd>
          <dt>Mailbox</dt>
          <dd>{sets}</dd>
          {diagnostics.problems.map((problem, index) => (
            <React.Fragment key={index}>
              <dt>
                {problem.part}: {problem.api}
              </dt>
              <dd data-problem={problem.part}>
                {problem.reason} — {problem.detail}
              </dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </Collapsible>
  );
}
