// Words only the demo page shows (its introduction, its file and paste controls, and why a file
// could not be read). They load with the demo page, not with the pane inside Outlook, whose first
// card carries only the reader's catalogue.

import type { MailParseError } from "../mail/parseEml";
import type { Language } from "./catalogue";

export interface DemoWords {
  errors: {
    /** Why a file could not be read as an email, by MailParseError reason. */
    parse: Record<MailParseError["reason"], string>;
    /** Any other failure while reading a file. */
    unreadable: string;
    sampleFailed: string;
  };
  demo: {
    title: string;
    /** One short sentence: what the add-in is. */
    intro: string;
    languageLabel: string;
    pickSample: string;
    ownMessage: string;
    dropFile: string;
    chooseFile: string;
    pasteLabel: string;
    analysePasted: string;
    notSent: string;
  };
}

export const DEMO_WORDS: Record<Language, DemoWords> = {
  en: {
    errors: {
      parse: {
        "not-email": "This file is not an email: it has no email headers such as sender, subject or date.",
        malformed: "This file looks like an email, but it is damaged and could not be read.",
        "too-large": "This file is too large to be an email.",
      },
      unreadable: "This file could not be read.",
      sampleFailed: "The sample message could not be loaded. Reload the page to try again.",
    },
    demo: {
      title: "Impostor Guard",
      intro: "An Outlook add-in that tells you when an email misuses Microsoft's name, and what to do.",
      languageLabel: "Language",
      pickSample: "Sample message",
      ownMessage: "Check your own message",
      dropFile: "Drop an .eml file here, or",
      chooseFile: "open one",
      pasteLabel: "Or paste the message source",
      analysePasted: "Check pasted message",
      notSent: "Messages are checked in this page and sent nowhere.",
    },
  },
  ja: {
    errors: {
      parse: {
        "not-email":
          "このファイルはメールではありません。差出人・件名・日付などのメールのヘッダーがありません。",
        malformed: "メールのようですが、ファイルが壊れていて読み取れませんでした。",
        "too-large": "メールとしては大きすぎるファイルです。",
      },
      unreadable: "このファイルを読み取れませんでした。",
      sampleFailed: "サンプル メールを読み込めませんでした。ページを再読み込みしてください。",
    },
    demo: {
      title: "Impostor Guard",
      intro: "マイクロソフトの名前を悪用したメールを見分け、どうすればよいかを伝える Outlook アドインです。",
      languageLabel: "言語",
      pickSample: "サンプル メール",
      ownMessage: "自分のメールを確認する",
      dropFile: ".eml ファイルをここにドロップするか、",
      chooseFile: "ファイルを開く",
      pasteLabel: "またはメールのソースを貼り付け",
      analysePasted: "貼り付けたメールを確認",
      notSent: "メールはこのページの中で確認し、どこにも送信しません。",
    },
  },
};
