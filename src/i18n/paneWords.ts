// Words only the full pane inside Outlook shows, after the first card: the warning bar it adds to
// the message, its settings panel and its notes on what this Outlook lets it do (pinning, the
// report form, keeping settings). They load with the full pane, not with the first card's
// catalogue.

import type { Language } from "./catalogue";

export interface PaneWords {
  /** In-message warning bar (at most 150 characters after filling in). */
  infoBar: { danger: string; caution: string; filter: string };
  settingsLabels: {
    reportAddress: string;
    showInfoBar: string;
    language: string;
    languageAuto: string;
    save: string;
    saved: string;
  };
  /** What this Outlook lets the pane do: pinning, the report form, keeping settings. */
  platform: {
    /** Where the pane can be pinned: said once. */
    pinHint: string;
    /** Where it cannot: said once, in plain words. */
    checksWhenAsked: string;
    reportOpened: string;
    reportFailed: string;
    reportUnavailable: string;
    settingsNotKept: string;
  };
}

export const PANE_WORDS: Record<Language, PaneWords> = {
  en: {
    infoBar: {
      filter: "Impostor Guard: Microsoft's own filter flagged this message. Check before you act.",
      danger: "Impostor Guard: scam in Microsoft's name ({pattern}). Do not click links or reply.",
      caution:
        "Impostor Guard: this message claims to be Microsoft but does not add up. Check before you act.",
    },
    settingsLabels: {
      reportAddress: "Send reports to",
      showInfoBar: "Show a warning bar inside the message",
      language: "Language",
      languageAuto: "Same as Outlook",
      save: "Save",
      saved: "Saved",
    },
    platform: {
      pinHint:
        "Pin this pane (the pin at its top) and Impostor Guard checks every message you select by itself.",
      checksWhenAsked:
        "In this Outlook, Impostor Guard checks a message only when you ask: select Check for scam on each message you want checked.",
      reportOpened: "A report to {address} is open with this message attached. Send it to finish.",
      reportFailed:
        "Outlook did not open the report. Forward this message as an attachment to {address} yourself; Diagnostics shows why.",
      reportUnavailable:
        "This Outlook cannot open a report from Impostor Guard. Forward this message as an attachment to {address} yourself.",
      settingsNotKept:
        "Outlook did not keep your settings. They apply until you close this pane; select Save to try again. Diagnostics shows why.",
    },
  },
  ja: {
    infoBar: {
      filter:
        "Impostor Guard: マイクロソフトのフィルターがこのメールを危険と判定しています。行動する前に確かめてください。",
      danger:
        "Impostor Guard: マイクロソフトをかたる詐欺（{pattern}）です。リンクを開いたり返信したりしないでください。",
      caution:
        "Impostor Guard: マイクロソフトを名乗っていますが不審な点があります。行動する前に確かめてください。",
    },
    settingsLabels: {
      reportAddress: "報告の送信先",
      showInfoBar: "メールの上部に警告バーを表示する",
      language: "表示言語",
      languageAuto: "Outlook と同じ",
      save: "保存",
      saved: "保存しました",
    },
    platform: {
      pinHint: "このウィンドウを上部のピンで固定すると、選んだメールを Impostor Guard が自動で確認します。",
      checksWhenAsked:
        "この Outlook では、Impostor Guard はご自身が頼んだときだけメールを確認します。確認したいメールごとに［詐欺チェック］を選んでください。",
      reportOpened:
        "このメールを添付した {address} 宛ての報告メールを開きました。送信すると報告が完了します。",
      reportFailed:
        "Outlook が報告メールを開けませんでした。このメールを添付ファイルとして {address} にご自身で転送してください。理由は［診断情報］に表示されます。",
      reportUnavailable:
        "この Outlook では Impostor Guard から報告メールを開けません。このメールを添付ファイルとして {address} にご自身で転送してください。",
      settingsNotKept:
        "Outlook に設定を保存できませんでした。このウィンドウを閉じるまでは有効です。もう一度［保存］を選んでください。理由は［診断情報］に表示されます。",
    },
  },
};
