// The pane's single React root, shared by the Outlook pane and the demo page. One root at a time:
// rendering into another container unmounts the root of the first.

import type * as React from "react";
import { createRoot, type Root } from "react-dom/client";

let current: { container: HTMLElement; root: Root } | undefined;

export function renderInto(container: HTMLElement, element: React.ReactNode): void {
  if (current?.container !== container) {
    unmountRoot();
    current = { container, root: createRoot(container) };
  }
  current.root.render(element);
}

/** Unmounts the pane's React root, if any, and leaves its container empty. */
export function unmountRoot(): void {
  if (!current) return;
  current.root.unmount();
  current.container.replaceChildren();
  current = undefined;
}
