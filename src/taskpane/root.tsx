// The pane's single React root, shared by the Outlook pane and the demo page.

import type * as React from "react";
import { createRoot, type Root } from "react-dom/client";

let root: Root | undefined;

export function renderInto(container: HTMLElement, element: React.ReactNode): void {
  root ??= createRoot(container);
  root.render(element);
}
