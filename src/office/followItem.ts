// Follows the selected message in a pinned task pane: every change starts a fresh read and
// cancels the one before, so a quick A -> B -> A ends on A's card.

import { callOffice } from "./officeCall";
import type { OfficeHost } from "./readMessage";

export type ItemHandler = (item: Office.MessageRead | null, signal: AbortSignal) => void | Promise<void>;

export interface ItemFollower {
  /** Runs the handler for the item shown now. */
  refresh(): void;
  stop(): Promise<void>;
  /** False where the client cannot tell the pane that the item changed (no Mailbox 1.5). */
  following: boolean;
}

type FollowHost = OfficeHost & Pick<typeof Office, "EventType">;

export async function followSelectedItem(office: FollowHost, handler: ItemHandler): Promise<ItemFollower> {
  let current: AbortController | undefined;
  const run = (): void => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const item = (office.context.mailbox.item ?? null) as Office.MessageRead | null;
    void Promise.resolve()
      .then(() => handler(item, controller.signal))
      .catch(() => undefined);
  };
  let following = false;
  const mailbox = office.context.mailbox;
  if (typeof mailbox.addHandlerAsync === "function") {
    try {
      await callOffice<void>("addHandlerAsync(ItemChanged)", (callback) =>
        mailbox.addHandlerAsync(office.EventType.ItemChanged, run, callback),
      );
      following = true;
    } catch {
      following = false;
    }
  }
  run();
  return {
    refresh: run,
    following,
    async stop() {
      current?.abort();
      if (!following) return;
      await callOffice<void>("removeHandlerAsync(ItemChanged)", (callback) =>
        mailbox.removeHandlerAsync(office.EventType.ItemChanged, callback),
      ).catch(() => undefined);
    },
  };
}
