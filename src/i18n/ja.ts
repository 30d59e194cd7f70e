// 日本語の文言。文はすべて独自に書いたもの（事実はマイクロソフトの消費者向けガイダンスによる）。

import type { Catalogue } from "./catalogue";

export const ja: Catalogue = {
  language: "ja",
  appName: "Impostor Guard",
  headline: {
    danger: "マイクロソフトをかたる詐欺メールです",
    caution: "注意: マイクロソフトの名前が悪用されている可能性があります",
    none: "既知の詐欺パターンは見つかりませんでした",
  },
  summary: {
    danger:
      "このメールはマイクロソフトからのように見せかけ、よく知られた詐欺の手口に当てはまります。指示に従わないでください。",
    caution:
      "このメールはマイクロソフトを名乗っていますが、つじつまの合わない点があります。行動する前に確かめてください。",
    none: "マイクロソフトの名前を悪用した詐欺の兆候は見つかりませんでした。安全であることを保証するものではありません。",
  },
  genuineMicrosoft:
    "マイクロソフト自身のドメイン {domain} から送られ、受信サーバーで送信元が確認されています。",
  patternTitle: {
    "tech-support": "偽のマイクロソフト テクニカル サポート",
    lottery: "偽のマイクロソフト宝くじ・賞金",
    "license-validation": "偽のライセンス・支払い確認",
    "security-update": "偽のセキュリティ更新プログラム",
    "account-credential": "偽の Microsoft アカウント / Microsoft 365 の通知",
  },
  patternExplanation: {
    "tech-support":
      "マイクロソフトのサポートを名乗り、パソコンの不具合や身に覚えのない請求を告げて、電話をかけさせたりパソコンに遠隔接続させたりしようとします。マイクロソフトが、頼まれてもいないのにパソコンの修理のために連絡してくることはありません。",
    lottery:
      "マイクロソフトの宝くじや賞品に当選したと伝え、手数料や銀行口座・身元の情報を求めます。マイクロソフトの宝くじは存在しません。",
    "license-validation":
      "Windows・Office・Microsoft 365 のライセンスや支払いに問題があるとして、カード情報や個人情報を求めます。Windows が正規品かどうかの確認で、カード番号や本人を特定する情報を求められることはありません。",
    "security-update":
      "頼んでいないセキュリティ更新プログラムを、添付ファイルやマイクロソフト以外のサイトからのダウンロードで配ろうとします。マイクロソフトはセキュリティ通知を登録者にだけ送り、ソフトウェアを添付することはなく、通知はすべて自社の Web サイトにも掲載しています。",
    "account-credential":
      "Microsoft アカウント・Outlook・Microsoft 365 を口実に（不審なサインイン、メールボックスの容量不足、パスワードの期限切れ、アカウント停止、ファイル共有など）、マイクロソフト以外へ向かうリンクからサインインさせたり情報を送らせたりしようとします。",
  },
  confidence: { high: "強く一致", medium: "一部一致", low: "弱い一致" },
  signal: {
    "brand-in-display-name": "差出人名がマイクロソフトを名乗っている",
    "brand-in-subject": "件名にマイクロソフトの名前",
    "claim-signature": "マイクロソフトのチームとして署名",
    "account-reference": "あなたの Microsoft アカウントや製品に言及",
    "microsoft-address-unverified": "確認できないマイクロソフトのアドレスを使用",
    "microsoft-address-failed-authentication": "マイクロソフトのアドレスを使っているが送信元の検証に失敗",
    "disguised-brand": "マイクロソフトの名前を偽装した表記",
    "lookalike-domain-confusable-characters": "なりすましドメイン（文字や数字の置き換え）",
    "lookalike-domain-punycode": "なりすましドメイン（外国の文字）",
    "lookalike-domain-misspelt-brand": "なりすましドメイン（つづり違い）",
    "lookalike-domain-brand-in-domain": "他人のドメインにマイクロソフトの名前",
    "free-mail-sender": "フリーメールのアドレスから送信",
    "sender-not-microsoft": "マイクロソフトではないドメインから送信",
    "reply-to-elsewhere": "返信先が別のアドレス",
    "link-text-mismatch": "リンクの表示と実際の行き先が違う",
    "link-shortener": "短縮 URL で行き先を隠している",
    "link-ip-address": "IP アドレスへのリンク",
    "link-script": "スクリプトを実行するリンク",
    "brand-link-off-microsoft": "マイクロソフトと書かれたリンクが別のサイトへ",
    "link-off-microsoft": "マイクロソフト以外へのリンク",
    "microsoft-never-attaches-programs":
      "プログラムが添付されている（マイクロソフトはプログラムをメールで送りません）",
    "virus-alarm": "ウイルス・セキュリティの警告",
    "support-offer": "テクニカル サポートの申し出",
    "invoice-renewal": "請求・更新・課金の通知",
    "call-request": "電話をかけるよう求めている",
    "remote-access": "パソコンへの遠隔接続を求めている",
    "phone-number": "電話番号",
    "prize-win": "当選したと伝えている",
    "release-fee": "手数料や賞金の受け取り手続きを求めている",
    "licence-problem": "ライセンス・認証・支払いの問題",
    "card-request": "カード情報や口座情報を求めている",
    "personal-data-request": "個人情報を求めている",
    "update-pretext": "セキュリティ更新・脆弱性",
    "install-request": "ファイルのインストールや実行を求めている",
    "account-threat": "アカウント停止などで脅している",
    "mailbox-storage": "メールボックスの容量不足・保留中のメッセージ",
    "password-expiry": "パスワードの期限切れ・リセット",
    "terms-update": "新しい規約やポリシーへの同意",
    "shared-document": "共有ドキュメント",
    "verify-request": "サインインや確認を求めている",
    urgency: "急がせている",
    "attachment-executable": "プログラムの添付",
    "attachment-script": "スクリプトの添付",
    "attachment-archive": "圧縮ファイルの添付",
    "attachment-disk-image": "ディスク イメージの添付",
    "attachment-html": "Web ページの添付",
    "attachment-macro-document": "マクロ付き文書の添付",
  },
  location: {
    subject: "件名",
    "from-name": "差出人名",
    "from-address": "差出人アドレス",
    sender: "送信者",
    "reply-to": "返信先",
    "return-path": "リターン パス",
    body: "本文",
    link: "リンク",
    header: "ヘッダー",
    attachment: "添付ファイル",
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
  infoBar: {
    danger:
      "Impostor Guard: マイクロソフトをかたる詐欺（{pattern}）です。リンクを開いたり返信したりしないでください。",
    caution:
      "Impostor Guard: マイクロソフトを名乗っていますが不審な点があります。行動する前に確かめてください。",
  },
  sections: {
    claim: "マイクロソフトを名乗っている根拠",
    evidence: "このメールの中の証拠",
    whatToDo: "今すべきこと",
    otherSignals: "その他の危険な兆候",
    authentication: "送信元の検証",
    notChecked: "確認できなかった項目",
    diagnostics: "診断情報",
    settings: "設定",
    officialGuidance: "マイクロソフトの社名を悪用した詐欺についてのマイクロソフトの案内",
    realDestination: "実際の行き先",
    sentFrom: "送信元",
    moreEvidence: "ほか {count} 件を表示",
  },
  parts: {
    headers: "インターネット ヘッダー",
    authentication: "送信元の認証結果",
    sender: "差出人",
    subject: "件名",
    text: "テキスト本文",
    html: "HTML 本文",
    attachments: "添付ファイル",
  },
  status: {
    loading: "このメールを確認しています…",
    noItem: "確認するメールを選択してください。",
    officeFailed:
      "Outlook からこのメールの一部を読み取れませんでした。以下は読み取れた部分だけに基づく結果です。",
    skippedCharacters: "メールが非常に長いため、末尾の {count} 文字は確認していません。",
    skippedLinks: "先頭以降の {count} 個のリンクは確認していません。",
  },
  demo: {
    title: "Impostor Guard を試す",
    intro:
      "Outlook の外で開いています。サンプルのメールを選ぶか、.eml ファイルを開く・貼り付けてください。確認はこのブラウザーの中だけで行い、どこにも送信しません。",
    pickSample: "サンプル メール",
    dropFile: ".eml ファイルをここにドロップ",
    chooseFile: ".eml ファイルを開く",
    pasteLabel: "またはメールのソースを貼り付け",
    analysePasted: "貼り付けたメールを確認",
    unreadable: "このファイルはメールとして読み取れませんでした: {reason}",
  },
  report: {
    button: "フィッシングとして報告",
    sent: "このメールを添付した {address} 宛ての報告メールを開きました。送信すると報告が完了します。",
    failed: "報告できませんでした: {reason}",
    reportOpenedMovedToJunk:
      "このメールを添付した {address} 宛ての報告メールを開きました。送信してください。このメールは迷惑メール フォルダーに移動します。",
    reportNotPrepared:
      "報告メールを準備できませんでした（{reason}）。このメールを添付ファイルとして {address} に転送してください。",
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
    reportOpened: "このメールを添付した {address} 宛ての報告メールを開きました。送信すると報告が完了します。",
    reportFailed:
      "Outlook が報告メールを開けませんでした。このメールを添付ファイルとして {address} にご自身で転送してください。理由は［診断情報］に表示されます。",
    reportUnavailable:
      "この Outlook では Impostor Guard から報告メールを開けません。このメールを添付ファイルとして {address} にご自身で転送してください。",
    settingsNotKept:
      "Outlook に設定を保存できませんでした。このウィンドウを閉じるまでは有効です。もう一度［保存］を選んでください。理由は［診断情報］に表示されます。",
  },
};
