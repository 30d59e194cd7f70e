// A native <details> section whose content renders only once opened, so closed panels
// (settings, diagnostics) cost nothing before the first card.

import * as React from "react";

export function Collapsible({
  summary,
  testId,
  children,
}: {
  summary: string;
  testId: string;
  children: () => React.ReactNode;
}) {
  const [opened, setOpened] = React.useState(false);
  return (
    <details
      data-testid={testId}
      style={{ padding: "0 12px 12px" }}
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened ? children() : null}
    </details>
  );
}
