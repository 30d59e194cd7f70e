// 最初の画面・作業ウィンドウ・デモ・報告ダイアログの日本語の文言。文はすべて独自に書いたもの（事実は
// マイクロソフトの消費者向けガイダンス ../shared/seed と、フィルター判定については
// src/classifier/data/microsoftVerdict.ts が出典として挙げるマイクロソフトのドキュメントによる）。

import type { Catalogue } from "./catalogue";

export const ja: Catalogue = {
  language: "ja",
  languageName: "日本語",
  appName: "Impostor Guard",
  headline: {
    danger: "マイクロソフトをかたる詐欺メールです",
    caution: "注意: マイクロソフトの名前が悪用されている可能性があります",
    none: "既知の詐欺パターンは見つかりませんでした",
  },
  filterHeadline: "注意: マイクロソフト自身のフィルターがこのメールを危険と判定しています",
  summary: {
    danger: "このメールはマイクロソフトからのように見せかけています。指示に従わないでください。",
    caution: "つじつまの合わない点があります。行動する前に確かめてください。",
    none: "マイクロソフトの名前を悪用した詐欺の兆候は見つかりませんでした。安全であることを保証するものではありません。",
  },
  genuineMicrosoft:
    "マイクロソフトが送ったメールです。{domain} から送られたことを受信サーバーが確認しています。",
  protectedContent:
    "本文はマイクロソフトのメッセージ暗号化で保護され、マイクロソフトのサイトで表示されるため、内容は確認していません。{domain} からの保護されたメッセージに心当たりがあるときだけ開いてください。",
  patternTitle: {
    "tech-support": "偽のマイクロソフト テクニカル サポート",
    lottery: "偽のマイクロソフト宝くじ・賞金",
    "license-validation": "偽のライセンス・支払い確認",
    "security-update": "偽のセキュリティ更新プログラム",
    "account-credential": "偽の Microsoft アカウント / Microsoft 365 の通知",
  },
  generalRuleTitle: "マイクロソフト以外の者がマイクロソフトの名前で送ったメール",
  reason: {
    // 文そのものは下の filterThreat から、フィルターが見つけた脅威の種類のものを使う。
    "filter-verdict": "{verdict}",
    "claims-but-sent-from": "マイクロソフトを名乗っていますが、実際の送信元は {domain} です。",
    "claims-but-unverified":
      "マイクロソフトのアドレス {address} を表示していますが、マイクロソフトが送ったことは確認できません。",
    "lookalike-sender": "送信元の {domain} は、マイクロソフトに見せかけた名前です。",
    "disguised-brand":
      "マイクロソフトの名前を「{text}」と細工して書き、フィルターをすり抜けようとしています。",
    "link-goes-to": "「{label}」のリンク先は {host} で、マイクロソフトではありません。",
    "asks-to-call":
      "{number} に電話するよう求めています。マイクロソフトがメールで電話をかけるよう求めることはありません。",
    "attachment-program":
      "{name} が添付されています。プログラムを動かせるファイルです。マイクロソフトがプログラムや更新プログラムをメールで送ることはありません。",
    "attachment-document": "添付ファイル {name} を開かせようとしています。",
    "asks-to-scan-qr":
      "QR コードを読み取らせようとしています。スマートフォンで開くサイトは、事前に確かめられません。",
    "asks-to-write": "{address} にメールを送るよう求めています。マイクロソフトのアドレスではありません。",
    "asks-for-card":
      "カード情報や口座情報、支払いを求めています。マイクロソフトがメールでこれらを求めることはありません。",
    "asks-for-data":
      "個人情報を送るよう求めています。マイクロソフトが突然のメールで個人情報を求めることはありません。",
    "asks-for-remote-access":
      "パソコンに遠隔接続させようとしています。偽のサポートがパソコンを乗っ取る手口です。",
    "no-lottery": "マイクロソフトの宝くじは存在しません。マイクロソフトの名前での当選はすべて作り話です。",
    "carried-by-service": "マイクロソフトの {service} が配信していますが、本文を書いたのは別の人です。",
  },
  carrier: {
    sharepoint: "SharePoint / OneDrive",
    teams: "Teams",
    "azure-invitation": "招待サービス",
    forms: "Forms",
    encryption: "メッセージ暗号化",
  },
  advice: {
    "do-not-click": "このメールのリンクやボタンはクリックしないでください。",
    "do-not-reply-with-data": "パスワード、カード番号、個人情報を返信で送らないでください。",
    "do-not-call": "メールに書かれた電話番号には電話しないでください。",
    "hang-up": "マイクロソフトのサポートを名乗る電話がかかってきたら、すぐに切ってください。",
    "do-not-open-attachment": "添付ファイルは開かないでください。",
    "do-not-scan-qr": "QR コードをスマートフォンで読み取らないでください。",
    "no-lottery": "マイクロソフトの宝くじは存在しません。当選の話はすべて作り話です。",
    "genuine-validation-never-asks-card":
      "Windows の正規品確認で、カード情報や本人を特定する情報が必要になることはありません。",
    "updates-only-from-windows-update":
      "更新プログラムは Windows Update かマイクロソフトの Web サイトからだけ入手してください。",
    "sign-in-directly":
      "アカウントを確認するときは、リンクを使わず account.microsoft.com を自分で入力してください。",
    delete: "このメールは削除してください。",
    report: "フィッシングとして報告してください。",
    "if-paid-contact-bank":
      "すでに支払ったりカード情報を伝えたりした場合は、すぐにカード会社や銀行に連絡してください。",
    "police-report":
      "金銭の被害にあった場合は警察に届け出てください。届け出はマイクロソフトと捜査機関の協力にも役立ちます。",
  },
  filterThreat: {
    phish: "マイクロソフト自身のフィルターが、このメールをフィッシングと判定しています。",
    "high-confidence-phish":
      "マイクロソフト自身のフィルターが、このメールはほぼ確実にフィッシングだと判定しています。",
    spoof: "マイクロソフト自身のフィルターが、差出人のアドレスは偽装されている可能性が高いと判定しています。",
    impersonation:
      "マイクロソフト自身のフィルターが、差出人が有名なブランドや知り合いなど別の人や組織になりすましていると判定しています。",
    malware: "マイクロソフト自身のフィルターが、このメールにマルウェアが含まれていると判定しています。",
  },
  sections: {
    why: "そう判断した理由",
    whatToDo: "今すべきこと",
    moreSteps: "ほかにすべきこと",
    howItWorks: "この詐欺の手口",
    sender: "本当の送信元",
    evidence: "このメールの中の証拠",
    afterActing: "すでにクリック・電話・支払いをしてしまった場合",
    reportInOutlook: "Outlook での報告",
    notChecked: "確認できなかった項目",
    diagnostics: "診断情報",
    settings: "設定",
    officialGuidance: "マイクロソフトの社名を悪用した詐欺についてのマイクロソフトの案内",
    loadingDetails: "読み込んでいます…",
  },
  hiddenCharacter: "見えない文字",
  parts: {
    headers: "本当の送信元（Outlook がメールの配送情報を渡しませんでした）",
    sender: "差出人",
    subject: "件名",
    text: "本文（テキスト）",
    html: "本文（書式付き）",
    attachments: "添付ファイル",
  },
  status: {
    loading: "このメールを確認しています…",
    loadingPane: "報告ボタンと詳細を読み込んでいます…",
    noItem: "確認するメールを選択してください。",
    officeFailed:
      "Outlook からこのメールの一部を読み取れませんでした。以下は読み取れた部分だけに基づく結果です。",
    skippedCharacters: "メールが非常に長いため、末尾の {count} 文字は確認していません。",
    skippedLinks: "先頭以降の {count} 個のリンクは確認していません。",
  },
  report: {
    button: "フィッシングとして報告",
    explain: "このメールを添付した報告メールを、報告先のアドレス宛てに開きます。送信はご自身で行います。",
  },
};
