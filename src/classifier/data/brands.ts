// The words a message uses to speak as Microsoft: Microsoft's company and product names, the role
// words that turn a product name into a sender ("Windows Security Center", "Outlook チーム"), and
// the nouns that make a product name "your account". Folded form (see normalize.ts): lower case,
// NFKC (so full-width "ＭＩＣＲＯＳＯＦＴ" is "microsoft"), no spaces around Japanese.
// Sources (taken 2026-11-29): the seed (マイクロソフト, Windows, Microsoft Update, テクニカル サポート);
// Microsoft's product pages and Microsoft Support's "How to tell if an email from the Microsoft
// account team is genuine" (kind "microsoft-docs") for product and team names; the katakana
// names Japanese mail writes them in (kind "scam-language").
// Left out on purpose: Word, Excel, Edge, Store, Copilot and Surface alone, which ordinary mail
// uses as plain words; they count inside "Microsoft …" through the company name.

import type { SourceKind } from "./sources";

export interface BrandGroup {
  source: SourceKind;
  /**
   * unambiguous: a Microsoft name wherever it stands ("Microsoft", "OneDrive", "マイクロソフト").
   * service: a Microsoft mail or web service people name in passing ("write to me at …@hotmail.com",
   * "if you read this in Outlook"): a name in a sender line or heading, never a story's teller.
   * product-word: a common word that names Microsoft only beside role words or another brand
   * ("Windows", "Office", "Teams", "Defender": "Windows Security" is a sender, "Windows and
   * doors" is not).
   */
  kind: "unambiguous" | "service" | "product-word";
  names: readonly string[];
}

export const BRAND_GROUPS: readonly BrandGroup[] = [
  {
    source: "seed",
    kind: "unambiguous",
    names: ["microsoft", "マイクロソフト", "ﾏｲｸﾛｿﾌﾄ", "microsoft update", "windows update"],
  },
  {
    source: "microsoft-docs",
    kind: "unambiguous",
    names: [
      "microsoft account",
      "microsoft 365",
      "microsoft365",
      "m365",
      "office 365",
      "office365",
      "o365",
      "onedrive",
      "one drive",
      "sharepoint",
      "share point",
      "microsoft teams",
      "windows defender",
      "microsoft defender",
      "windows security",
      "windows live",
      "xbox",
      "azure",
      "exchange online",
      "outlook web app",
    ],
  },
  {
    source: "microsoft-docs",
    kind: "service",
    names: ["outlook", "hotmail", "skype", "msn", "bing", "owa", "live.com", "outlook.com", "hotmail.com"],
  },
  {
    source: "scam-language",
    kind: "unambiguous",
    names: [
      "ワンドライブ",
      "シェアポイント",
      "エックスボックス",
      "アジュール",
      "ウィンドウズアップデート",
      "ウインドウズアップデート",
    ],
  },
  {
    source: "scam-language",
    kind: "service",
    names: ["アウトルック", "ホットメール", "スカイプ"],
  },
  {
    source: "seed",
    kind: "product-word",
    names: ["windows", "ウィンドウズ", "ウインドウズ", "office", "オフィス"],
  },
  {
    source: "microsoft-docs",
    kind: "product-word",
    names: ["teams", "チームズ", "defender", "ディフェンダー", "genuine advantage"],
  },
];

/**
 * Words a sender name, heading, logo or signature puts beside a brand to name a Microsoft team or
 * service: "Microsoft account team", "The Outlook Team", "Windows サポートセンター". A line made
 * only of a brand, these and neutral words speaks as Microsoft. Source: scam-language (how fake
 * and genuine notices sign), microsoft-docs (team names).
 */
export const ROLE_WORDS: readonly string[] = [
  "team",
  "teams",
  "support",
  "service",
  "services",
  "center",
  "centre",
  "help",
  "helpdesk",
  "desk",
  "security",
  "safety",
  "account",
  "accounts",
  "admin",
  "administrator",
  "administration",
  "notification",
  "notifications",
  "notice",
  "alert",
  "alerts",
  "billing",
  "bill",
  "update",
  "updates",
  "mail",
  "email",
  "e mail",
  "message",
  "messages",
  "online",
  "web",
  "app",
  "technical",
  "tech",
  "customer",
  "care",
  "department",
  "dept",
  "protection",
  "store",
  "rewards",
  "verification",
  "no reply",
  "noreply",
  "do not reply",
  "system",
  "systems",
  "cloud",
  "storage",
  "license",
  "licence",
  "licensing",
  "activation",
  "privacy",
  "enterprise",
  "365",
  "pro",
  "plus",
  "community",
  "partner network",
  "operations",
  "it",
  "payments",
  "payment",
  "invoice",
  "invoicing",
  "sign in",
  "login",
  "id",
  "verify",
  "portal",
  "shield",
  "firewall",
  "antivirus",
  "チーム",
  "サポート",
  "センター",
  "サポートセンター",
  "サービス",
  "セキュリティ",
  "セキュリティー",
  "アカウント",
  "事務局",
  "運営",
  "運営事務局",
  "管理者",
  "管理",
  "管理センター",
  "通知",
  "お知らせ",
  "窓口",
  "担当",
  "担当者",
  "部",
  "カスタマー",
  "カスタマーサポート",
  "カスタマーサービス",
  "テクニカル",
  "テクニカルサポート",
  "技術",
  "技術サポート",
  "ヘルプデスク",
  "更新",
  "アップデート",
  "認証",
  "ライセンス",
  "ストア",
  "請求",
  "本部",
  "オンライン",
  "メール",
  "サインイン",
  "ログイン",
  "認証センター",
  "ライセンスセンター",
  "セキュリティセンター",
  "抽選事務局",
  "カスタマーセンター",
];

/**
 * Words that may stand beside a brand and its role words in a sender line without changing what
 * it says: articles, sign-offs, the company form, Microsoft's postal address, a logo's "logo".
 * Alone beside a product word ("Office: 03-1234-5678") they name nobody. Source: scam-language.
 */
export const NEUTRAL_WORDS: readonly string[] = [
  "the",
  "your",
  "and",
  "&",
  "via",
  "from",
  "by",
  "logo",
  "icon",
  "regards",
  "sincerely",
  "thanks",
  "thank you",
  "best regards",
  "kind regards",
  "warm regards",
  "wa",
  "usa",
  "japan",
  "jp",
  "global",
  "worldwide",
  "international",
  "official",
  "の",
  "より",
  "から",
  "敬具",
  "以上",
  "よろしくお願いいたします",
  "日本",
  "公式",
  "business",
];

/**
 * The company form and Microsoft's postal address: a footer line made of these and a brand
 * ("© 2026 Microsoft Corporation. All rights reserved.", "Microsoft Corporation, One Microsoft Way,
 * Redmond, WA 98052", "日本マイクロソフト株式会社") signs a message as Microsoft's. Source:
 * microsoft-docs (Microsoft's own mail footers), scam-language (the copies).
 */
export const CORPORATE_WORDS: readonly string[] = [
  "corporation",
  "corp",
  "inc",
  "llc",
  "ltd",
  "limited",
  "copyright",
  "all rights reserved",
  "one microsoft way",
  "redmond",
  "株式会社",
  "合同会社",
];

/**
 * Nouns that make a brand name "your account": "your Microsoft account", "your Office 365
 * subscription", "お客様の Microsoft アカウント". A reference to the reader's Microsoft account
 * speaks as the one who runs it. Source: scam-language.
 */
export const ACCOUNT_NOUNS: readonly string[] = [
  "account",
  "accounts",
  "subscription",
  "subscriptions",
  "license",
  "licence",
  "licenses",
  "product key",
  "mailbox",
  "storage",
  "password",
  "profile",
  "membership",
  "plan",
  "billing",
  "payment",
  "order",
  "invoice",
  "copy",
  "computer",
  "pc",
  "device",
  "email",
  "inbox",
  "アカウント",
  "サブスクリプション",
  "ライセンス",
  "プロダクトキー",
  "メールボックス",
  "ストレージ",
  "容量",
  "パスワード",
  "契約",
  "お支払い",
  "支払い",
  "請求",
  "ご注文",
  "プラン",
  "パソコン",
  "コンピューター",
  "pc",
];

/** Possessives before a brand that address the reader's own account ("your", "お客様の"). Source: scam-language. */
export const POSSESSIVES: readonly string[] = [
  "your",
  "お客様の",
  "お客さまの",
  "あなたの",
  "ご利用の",
  "ご利用中の",
  "ご契約の",
  "お使いの",
  "貴方の",
];
