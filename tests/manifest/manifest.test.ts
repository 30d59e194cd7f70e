// Checks manifest.xml offline: structure and element order, ids, URLs, icons, ja-JP strings,
// pinning, and that Outlook's own Report button is left alone (the Office validator needs the network).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

const ROOT = join(__dirname, "..", "..");
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
type Node = Record<string, unknown>;

const ordered = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  preserveOrder: true,
}).parse(XML) as Node[];
const tree = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) =>
    [
      "bt:Image",
      "bt:Url",
      "bt:String",
      "ExtensionPoint",
      "Option",
      "Override",
      "bt:Override",
      "Control",
    ].includes(name),
}).parse(XML) as Node;
const app = tree["OfficeApp"] as Node;
const outer = app["VersionOverrides"] as Node;
const inner = outer["VersionOverrides"] as Node;

function elementNames(nodes: Node[]): string[] {
  return nodes.flatMap((node) =>
    Object.keys(node).filter((key) => key !== ":@" && key !== "#text" && key !== "#comment"),
  );
}

function childrenOf(nodes: Node[], name: string): Node[] {
  return (nodes.find((node) => name in node)?.[name] as Node[] | undefined) ?? [];
}

/** Every value of attribute `name` anywhere below `node`. */
function attributeValues(node: unknown, name: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child) => attributeValues(child, name));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node as Node).flatMap(([key, value]) =>
    key === name && typeof value === "string" ? [value] : attributeValues(value, name),
  );
}

function resources(versionOverrides: Node): Map<string, Node> {
  const all = versionOverrides["Resources"] as Node;
  const entries: Array<[string, Node]> = [];
  for (const group of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
    const container = all[group] as Node;
    const items = (container["bt:Image"] ?? container["bt:Url"] ?? container["bt:String"] ?? []) as Node[];
    for (const item of items) entries.push([`${group}:${item["@id"] as string}`, item]);
  }
  return new Map(entries);
}

describe("manifest.xml", () => {
  it("is a MailApp whose top-level elements follow the schema's order", () => {
    expect(app["@xsi:type"]).toBe("MailApp");
    const top = elementNames(childrenOf(ordered, "OfficeApp"));
    expect(top).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "FormSettings",
      "Permissions",
      "Rule",
      "DisableEntityHighlighting",
      "VersionOverrides",
    ]);
  });

  it("has a GUID id, a four-part version equal to package.json's, and ReadItem permission only", () => {
    expect(app["Id"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const packageVersion = (
      JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
    ).version;
    expect(app["Version"]).toBe(`${packageVersion}.0`);
    expect(app["Permissions"]).toBe("ReadItem");
  });

  it("declares a low minimum (Mailbox 1.1), 1.3 for the ribbon button and 1.5 for the pinnable pane", () => {
    expect(((app["Requirements"] as Node)["Sets"] as Node)["Set"]).toMatchObject({
      "@Name": "Mailbox",
      "@MinVersion": "1.1",
    });
    expect(((outer["Requirements"] as Node)["bt:Sets"] as Node)["@DefaultMinVersion"]).toBe("1.3");
    expect(((inner["Requirements"] as Node)["bt:Sets"] as Node)["@DefaultMinVersion"]).toBe("1.5");
    expect(XML).toContain('<Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>');
  });

  it("opens a pinnable task pane from a button on the message read surface", () => {
    const desktop = ((inner["Hosts"] as Node)["Host"] as Node)["DesktopFormFactor"] as Node;
    const points = desktop["ExtensionPoint"] as Node[];
    const read = points.find((point) => point["@xsi:type"] === "MessageReadCommandSurface") as Node;
    const control = (((read["OfficeTab"] as Node)["Group"] as Node)["Control"] as Node[])[0] as Node;
    expect(control["Action"]).toMatchObject({ "@xsi:type": "ShowTaskpane", SupportsPinning: true });
  });

  it("declares no integrated spam reporting, function file or event runtime, so Outlook's Report button stays", () => {
    for (const marker of [
      'xsi:type="ReportPhishingCommandSurface"',
      "<ReportPhishingCustomization",
      "<FunctionFile",
      "<Runtimes",
      'xsi:type="ExecuteFunction"',
      "LaunchEvent",
    ]) {
      expect([marker, XML.includes(marker)]).toEqual([marker, false]);
    }
    for (const versionOverrides of [outer, inner]) {
      const points = (((versionOverrides["Hosts"] as Node)["Host"] as Node)["DesktopFormFactor"] as Node)[
        "ExtensionPoint"
      ] as Node[];
      expect(points.map((point) => point["@xsi:type"])).toEqual(["MessageReadCommandSurface"]);
    }
  });

  it.each([
    ["VersionOverrides 1.0", outer],
    ["VersionOverrides 1.1", inner],
  ])("defines every resource id %s refers to", (_, versionOverrides) => {
    const defined = new Set(
      [...resources(versionOverrides).keys()].map((key) => key.split(":").slice(2).join(":")),
    );
    const { Resources: _resources, VersionOverrides: _nested, ...rest } = versionOverrides;
    for (const resid of attributeValues(rest, "@resid")) expect(defined).toContain(resid);
  });

  it("uses only https URLs on the development origin, and every image exists at its size", () => {
    const urls = [...attributeValues(app, "@DefaultValue"), ...attributeValues(app, "@Value")].filter(
      (value) => /^[a-z]+:\/\//i.test(value),
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
    const buttonImages = ((outer["Resources"] as Node)["bt:Images"] as Node)["bt:Image"] as Node[];
    const images: Array<[string, number]> = [
      [(app["IconUrl"] as Node)["@DefaultValue"] as string, 64],
      [(app["HighResolutionIconUrl"] as Node)["@DefaultValue"] as string, 128],
      ...buttonImages.map((image): [string, number] => [
        image["@DefaultValue"] as string,
        Number((image["@id"] as string).split("x").pop()),
      ]),
    ];
    expect(images.map(([, size]) => size).sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
    for (const [url, size] of images) {
      const png = readFileSync(join(ROOT, url.replace("https://localhost:3000/", "")));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("has a ja-JP override for every string a person reads, within Outlook's length limits", () => {
    for (const element of ["DisplayName", "Description", "SupportUrl"]) {
      expect(((app[element] as Node)["Override"] as Node[]).map((override) => override["@Locale"])).toEqual([
        "ja-JP",
      ]);
    }
    for (const versionOverrides of [outer, inner]) {
      for (const [key, entry] of resources(versionOverrides)) {
        if (key.startsWith("bt:Images")) continue;
        if (key.startsWith("bt:Urls")) continue;
        const overrides = (entry["bt:Override"] as Node[] | undefined) ?? [];
        expect([key, overrides.map((override) => override["@Locale"])]).toEqual([key, ["ja-JP"]]);
        const limit = key.startsWith("bt:ShortStrings") ? 125 : 250;
        for (const text of [entry["@DefaultValue"], ...overrides.map((override) => override["@Value"])]) {
          expect((text as string).length).toBeLessThanOrEqual(limit);
        }
      }
    }
  });
});
