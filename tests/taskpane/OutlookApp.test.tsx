/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { act, configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { OutlookApp } from "../../src/taskpane/OutlookApp";
import { pickTheme } from "../../src/taskpane/theme";
import { mockOutlook, scriptedItem, type NotificationCall } from "../helpers/outlookMock";

// The first card waits for the classifier chunk; under a full parallel test run that can take
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

const SCAM = {
  subject: "Unusual sign-in activity",
  from: { displayName: "Microsoft account team", emailAddress: "no-reply@acct-alerts.example" },
  html: '<p>Unusual sign-in activity. Verify your account within 24 hours.</p><a href="https://acct-alerts.example/x">Review</a>',
  text: "Unusual sign-in activity",
  headers: "Authentication-Results: spf=pass; dmarc=none",
};

describe("OutlookApp with a scripted Outlook", () => {
  it("shows the card, adds the warning bar, and applies settings at once", async () => {
    const calls: NotificationCall[] = [];
    const outlook = mockOutlook(scriptedItem(SCAM, calls));
    const { container } = render(<OutlookApp office={outlook.office} />);
    await waitFor(() =>
      expect(container.querySelector("[data-verdict]")).toHaveAttribute("data-verdict", "danger"),
    );
    await waitFor(() =>
      expect(calls.at(-1)).toMatchObject({ action: "replace", details: { type: "errorMessage" } }),
    );

    await userEvent.click(screen.getByText("Settings"));
    await userEvent.click(screen.getByRole("switch", { name: "Show a warning bar inside the message" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "ja");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(calls.at(-1)).toMatchObject({ action: "remove" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
        "マイクロソフトをかたる詐欺メールです",
      ),
    );
    expect(outlook.roaming.get("impostorGuardSettings")).toEqual({
      reportAddress: "phish@office365.microsoft.com",
      showInfoBar: false,
      language: "ja",
    });
  });

  it("opens the report with the original attached, and says in the reader's words that it must be sent", async () => {
    const outlook = mockOutlook(scriptedItem({ ...SCAM, itemId: "AAMk-42" }));
    render(<OutlookApp office={outlook.office} />);
    await userEvent.click(await screen.findByRole("button", { name: "Report as phishing" }));
    expect(outlook.newMessageForms).toEqual([
      expect.objectContaining({
        toRecipients: ["phish@office365.microsoft.com"],
        subject: "Phishing: Unusual sign-in activity",
        attachments: [{ type: "item", itemId: "AAMk-42", name: "Unusual sign-in activity" }],
      }),
    ]);
    expect(await screen.findByRole("status")).toHaveTextContent(
      "A report to phish@office365.microsoft.com is open with this message attached. Send it to finish.",
    );
  });

  it("reports to the address and in the language chosen in Settings", async () => {
    const outlook = mockOutlook(scriptedItem({ ...SCAM, itemId: "AAMk-43" }));
    outlook.roaming.set("impostorGuardSettings", {
      reportAddress: "info@antiphishing.jp",
      showInfoBar: true,
      language: "ja",
    });
    render(<OutlookApp office={outlook.office} />);
    await userEvent.click(await screen.findByRole("button", { name: "フィッシングとして報告" }));
    expect(outlook.newMessageForms).toEqual([
      expect.objectContaining({ toRecipients: ["info@antiphishing.jp"] }),
    ]);
    expect(await screen.findByRole("status")).toHaveTextContent(
      "このメールを添付した info@antiphishing.jp 宛ての報告メールを開きました。",
    );
  });

  it("tells the reader to forward by hand when Outlook refuses the report, and shows why in Diagnostics", async () => {
    const outlook = mockOutlook(scriptedItem({ ...SCAM, itemId: "AAMk-44" }));
    outlook.formFailure.message = "The operation is not supported.";
    render(<OutlookApp office={outlook.office} />);
    await userEvent.click(await screen.findByRole("button", { name: "Report as phishing" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Outlook did not open the report. Forward this message as an attachment to phish@office365.microsoft.com yourself",
    );
    await userEvent.click(screen.getByText("Diagnostics"));
    expect(screen.getByTestId("diagnostics").querySelector('[data-problem="report"]')).toHaveTextContent(
      "The operation is not supported.",
    );
  });

  it("says the report cannot be opened in an Outlook without the message form (below Mailbox 1.6)", async () => {
    const outlook = mockOutlook(scriptedItem({ ...SCAM, itemId: "AAMk-45" }), "1.5");
    render(<OutlookApp office={outlook.office} />);
    await userEvent.click(await screen.findByRole("button", { name: "Report as phishing" }));
    expect(await screen.findByRole("status")).toHaveTextContent(
      "This Outlook cannot open a report from Impostor Guard. Forward this message as an attachment",
    );
    expect(outlook.newMessageForms).toEqual([]);
  });

  it("asks to select a message when none is selected", async () => {
    const outlook = mockOutlook(null);
    render(<OutlookApp office={outlook.office} />);
    expect(await screen.findByText("Select a message to check it.")).toBeInTheDocument();
  });
});

describe("OutlookApp: how it runs in this Outlook", () => {
  const CHECKS_WHEN_ASKED = "In this Outlook, Impostor Guard checks a message only when you ask";
  const PIN_HINT = "Pin this pane (the pin at its top)";

  it("says once, for a personal account, that this Outlook checks a message when asked", async () => {
    const outlook = mockOutlook(scriptedItem(SCAM), "1.14", { accountType: "outlookCom" });
    const first = render(<OutlookApp office={outlook.office} />);
    expect(await screen.findByText(new RegExp(CHECKS_WHEN_ASKED))).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(PIN_HINT.replace(/[()]/g, "\\$&")))).toBeNull();
    await waitFor(() => expect(outlook.roaming.get("impostorGuardClientNote")).toBe("checks-when-asked"));
    first.unmount();

    render(<OutlookApp office={outlook.office} />);
    await screen.findByRole("heading", { level: 2 });
    expect(screen.queryByText(new RegExp(CHECKS_WHEN_ASKED))).toBeNull();
  });

  it("offers the pin hint to a work account until the pane follows a second message", async () => {
    const outlook = mockOutlook(scriptedItem(SCAM), "1.14", { accountType: "office365" });
    const { container } = render(<OutlookApp office={outlook.office} />);
    expect(await screen.findByText(/Pin this pane \(the pin at its top\)/)).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(CHECKS_WHEN_ASKED))).toBeNull();
    act(() => outlook.select(scriptedItem({ ...SCAM, subject: "Second" })));
    await waitFor(() => expect(container.querySelector("[data-client-note]")).toBeNull());
  });

  it("says it in Japanese when Outlook speaks Japanese", async () => {
    const outlook = mockOutlook(scriptedItem(SCAM), "1.14", { accountType: "outlookCom" });
    outlook.office.context.displayLanguage = "ja-JP";
    render(<OutlookApp office={outlook.office} />);
    expect(
      await screen.findByText(/確認したいメールごとに［詐欺チェック］を選んでください/),
    ).toBeInTheDocument();
  });
});

describe("OutlookApp: failures the reader is told about", () => {
  function withNoteSeen(outlook: ReturnType<typeof mockOutlook>) {
    outlook.roaming.set("impostorGuardClientNote", "pin-hint");
    return outlook;
  }

  async function saveWithWarningBarOff() {
    await userEvent.click(screen.getByText("Settings"));
    await userEvent.click(screen.getByRole("switch", { name: "Show a warning bar inside the message" }));
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
  }

  it("tells the reader when Outlook does not keep the settings, keeps them for now, and shows why in Diagnostics", async () => {
    const calls: NotificationCall[] = [];
    const outlook = withNoteSeen(mockOutlook(scriptedItem(SCAM, calls)));
    outlook.saveFailures.push(9019, 9019);
    render(<OutlookApp office={outlook.office} />);
    await screen.findByRole("heading", { level: 2 });
    await saveWithWarningBarOff();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Outlook did not keep your settings. They apply until you close this pane",
    );
    expect(outlook.saveCalls()).toBe(2);
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ action: "remove" }));
    await userEvent.click(screen.getByText("Diagnostics"));
    expect(screen.getByTestId("diagnostics").querySelector('[data-problem="settings"]')).toHaveTextContent(
      "GenericSettingsError 9019",
    );
  });

  it("says Saved after a save that passed on the second try", async () => {
    const outlook = withNoteSeen(mockOutlook(scriptedItem(SCAM)));
    outlook.saveFailures.push(9019);
    render(<OutlookApp office={outlook.office} />);
    await screen.findByRole("heading", { level: 2 });
    await saveWithWarningBarOff();
    expect(await screen.findByRole("button", { name: "Saved" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(outlook.roaming.get("impostorGuardSettings")).toMatchObject({ showInfoBar: false });
  });

  it("shows a warning bar Outlook refused in Diagnostics", async () => {
    const item = scriptedItem(SCAM);
    item.notificationMessages.replaceAsync = (_key, _details, callback) =>
      callback({
        status: "failed",
        error: { name: "GenericResponseError", code: 9041, message: "NumberOfNotificationMessagesExceeded" },
      });
    const outlook = withNoteSeen(mockOutlook(item));
    render(<OutlookApp office={outlook.office} />);
    await screen.findByRole("heading", { level: 2 });
    await userEvent.click(screen.getByText("Diagnostics"));
    await waitFor(() =>
      expect(
        screen.getByTestId("diagnostics").querySelector('[data-problem="warning-bar"]'),
      ).toHaveTextContent("NumberOfNotificationMessagesExceeded"),
    );
  });
});

describe("pickTheme", () => {
  it("follows Outlook's dark and light body colours, and the system's high contrast first", () => {
    expect(pickTheme("#1f1f1f", false, false)).toBe(webDarkTheme);
    expect(pickTheme("#ffffff", false, true)).toBe(webLightTheme);
    expect(pickTheme(undefined, false, true)).toBe(webDarkTheme);
    expect(pickTheme("#ffffff", true, false)).toBe(teamsHighContrastTheme);
  });
});
