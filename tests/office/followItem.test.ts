import { followSelectedItem } from "../../src/office/followItem";
import { readMessage } from "../../src/office/readMessage";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

describe("followSelectedItem", () => {
  it("re-reads on every item change, including none selected", async () => {
    const first = scriptedItem({ subject: "first" });
    const outlook = mockOutlook(first);
    const seen: Array<string | null> = [];
    const follower = await followSelectedItem(outlook.office, (item) => {
      seen.push(item ? item.subject : null);
    });
    expect(follower.following).toBe(true);
    outlook.select(scriptedItem({ subject: "second" }));
    outlook.select(null);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(["first", "second", null]);
    await follower.stop();
  });

  it("ends on A's result when switching A -> B -> A quickly, never on B's", async () => {
    const slowA = scriptedItem({ subject: "A", html: "<p>A</p>", text: "A", delay: 30 });
    const slowB = scriptedItem({ subject: "B", html: "<p>B</p>", text: "B", delay: 60 });
    const outlook = mockOutlook(slowA);
    const shown: string[] = [];
    const follower = await followSelectedItem(outlook.office, async (item, signal) => {
      if (!item) return;
      const { message } = await readMessage(item, outlook.office);
      if (!signal.aborted) shown.push(message.subject ?? "");
    });
    outlook.select(slowB);
    outlook.select(slowA);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(shown).toEqual(["A"]);
    await follower.stop();
  });
});
