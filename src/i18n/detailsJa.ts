// カードの「詳しく」の部分の日本語の文言。文はすべて独自に書いたもの。事実の出典（2026-11-29 確認）:
//   seed      ../shared/seed（マイクロソフトの社名を無断使用した詐欺についての消費者向けガイダンス）:
//             一般原則と 5 つの手口。
//   MS-TSS    https://learn.microsoft.com/defender-endpoint/malware/support-scams（サポート詐欺に情報を
//             渡してしまった場合: 入れさせられたアプリの削除、フル スキャン、パスワード変更、サインインの
//             監視、銀行への連絡。報告は www.microsoft.com/reportascam）。
//   MS-PW     https://support.microsoft.com/help/4026838（Microsoft アカウントのパスワード変更、
//             account.microsoft.com）。
//   FTC-GIFT  米国連邦取引委員会のギフトカード詐欺の案内 https://www.ftc.gov/giftcards（発行会社へすぐに
//             連絡し、カードとレシートを保管し、返金を求める）。
//   IPA       https://www.ipa.go.jp/security/anshin/（情報セキュリティ安心相談窓口: ウイルスや不正アクセス
//             についての技術的な相談。パソコンの調査・修理はしない）。
//   #9110     警察相談専用電話。全国共通、電話をかけた地域の警察本部の相談窓口につながる。受付時間は
//             都道府県警察ごとに異なる（政府広報・各都道府県警察の案内による）。
//   188       消費者ホットライン「いやや」。最寄りの消費生活センターなどを案内する全国共通の番号
//             （政府広報オンライン https://www.gov-online.go.jp/useful/article/201807/1.html）。
//   MS-REPORT /work/notes/platform.md §6: Outlook の組み込みの [報告] ボタン（対応クライアントと組織での
//             動作）。個人用アカウントについてはマイクロソフトの資料が見つからないため、何も主張しない。

import type { DetailsCatalogue } from "./catalogue";

export const detailsJa: DetailsCatalogue = {
  language: "ja",
  patternExplanation: {
    "tech-support":
      "マイクロソフトのサポートを名乗り、パソコンの不具合や身に覚えのない請求を告げて、電話をかけさせたりパソコンに遠隔接続させたりしようとします。マイクロソフトが、頼まれてもいないのにパソコンの修理のために連絡してくることはありません。",
    lottery:
      "マイクロソフトの宝くじや賞品に当選したと伝え、手数料や銀行口座・身元の情報を求めます。マイクロソフトの宝くじは存在しません。",
    "license-validation":
      "Windows・Office・Microsoft 365 のライセンスや支払いに問題があるとして、カード情報や個人情報を求めます。Windows が正規品かどうかの確認で、カード番号や本人を特定する情報を求められることはありません。",
    "security-update":
      "頼んでいないセキュリティ更新プログラムを、添付ファイルやマイクロソフト以外のサイトからのダウンロードで配ろうとします。マイクロソフトはセキュリティ通知を登録した人にだけ送り、ソフトウェアを添付することはなく、通知はすべて自社の Web サイトにも掲載しています。",
    "account-credential":
      "Microsoft アカウント・Outlook・Microsoft 365 を口実に（不審なサインイン、メールボックスの容量不足、パスワードの期限切れ、アカウント停止、ファイル共有など）、マイクロソフト以外へ向かうリンクからサインインさせたり情報を送らせたりしようとします。",
  },
  generalRule:
    "マイクロソフトが、個人情報や金融情報を送らせたりリンクをクリックさせたりするメールを突然送ることはなく、パソコンを直すために電話をかけてくることもありません。マイクロソフトの名前でこうしたことを求めるメールは、マイクロソフトからのものではありません。削除してください。",
  evidenceGroup: {
    asks: "させようとしていること",
    claim: "マイクロソフトを装っている点",
    story: "メールの筋書き",
  },
  signal: {
    "brand-in-display-name": "差出人名にマイクロソフトの名前",
    "brand-in-heading": "見出しにマイクロソフトの名前",
    "brand-in-image": "マイクロソフトのものとされた画像",
    "logo-colours": "色付きの四角で描いたマイクロソフトのロゴ",
    "brand-in-signature": "マイクロソフトのチームとして署名",
    "brand-in-subject": "件名にマイクロソフトの名前",
    "account-reference": "あなたの Microsoft アカウントや製品に言及",
    "brand-in-story": "マイクロソフトの名前で話を進めている",
    "disguised-brand": "マイクロソフトの名前を細工した表記",
    "lookalike-sender-domain": "マイクロソフトに見せかけた送信元ドメイン",
    "microsoft-address-unverified": "確認できないマイクロソフトのアドレス",
    "microsoft-filter-verdict": "マイクロソフト自身のフィルター",
    "sent-by-microsoft": "マイクロソフトが送信",
    "microsoft-service-carries-content": "マイクロソフトのサービスが他人の文面を配信",
    "sender-not-microsoft": "マイクロソフトではないドメインから送信",
    "free-mail-sender": "フリーメールのアドレスから送信",
    "microsoft-address-failed-authentication": "送信元の検査に不合格のマイクロソフトのアドレス",
    "reply-to-elsewhere": "返信先が別のアドレス",
    "lookalike-return-path": "配信エラーの返送先がなりすましドメイン",
    "delivery-report": "配信エラーの通知",
    "microsoft-never-attaches-programs": "プログラムの添付（マイクロソフトはプログラムをメールで送りません）",
    "link-lookalike-domain": "マイクロソフトに見せかけたサイトへのリンク",
    "link-text-mismatch": "表示と違うサイトを開くリンク",
    "brand-link-off-microsoft": "マイクロソフトと書かれた別のサイトへのリンク",
    "link-script": "スクリプトを実行するリンク",
    "link-ip-address": "名前ではなく番号で示したサーバーへのリンク",
    "link-shortener": "行き先を隠す短縮リンク",
    "link-microsoft-hosted": "マイクロソフトのサービス上に他人が作ったページへのリンク",
    "link-off-microsoft": "マイクロソフト以外へのリンク",
    "call-number": "電話するよう求めている番号",
    "phone-number": "メールの中の電話番号",
    "remote-access": "パソコンへの遠隔接続を求めている",
    "risky-attachment": "プログラムを動かせる添付ファイル",
    "document-attachment": "添付された文書",
    "install-request": "インストールや実行を求めている",
    "card-request": "カード情報や口座情報を求めている",
    "payment-request": "支払いを求めている",
    "reply-with-data": "情報を返信するよう求めている",
    "personal-data-request": "個人情報を求めている",
    "sign-in-request": "サインインやアカウントの確認を求めている",
    "scan-qr-code": "読み取らせようとしている QR コード",
    "write-to-address": "メールを送るよう求めているアドレス",
    "virus-alarm": "ウイルス・セキュリティの警告",
    "support-offer": "テクニカル サポートの申し出",
    "invoice-renewal": "請求・更新・課金の通知",
    "prize-win": "当選したと伝えている",
    "licence-problem": "ライセンス・認証の問題",
    "billing-problem": "請求・支払いの問題",
    "update-pretext": "セキュリティ更新・脆弱性",
    "account-threat": "アカウント停止などで脅している",
    "mailbox-storage": "メールボックスの容量不足・保留中のメッセージ",
    "password-expiry": "パスワードの期限切れ・リセット",
    "terms-update": "新しい規約への同意",
    "shared-document": "共有された文書・保護されたメッセージ",
    "voice-message": "ボイス メッセージ",
    "unread-message": "未読のメッセージ・チャット",
    urgency: "急がせている",
  },
  attachmentKind: {
    executable: "プログラム",
    script: "スクリプト",
    archive: "圧縮フォルダー（プログラムを隠せます）",
    "disk-image": "ディスク イメージ（プログラムを隠せます）",
    html: "ブラウザーで開く Web ページ",
    "macro-document": "マクロ付きの文書",
  },
  location: {
    subject: "件名",
    "from-name": "差出人名",
    "from-address": "差出人アドレス",
    "reply-to": "返信先",
    "return-path": "配信エラーの返送先",
    heading: "見出し",
    image: "画像",
    signature: "署名",
    body: "本文",
    link: "リンク",
    header: "配送情報",
    attachment: "添付ファイル",
  },
  link: { showFull: "アドレス全体を表示", hideFull: "アドレス全体を隠す" },
  sender: {
    saysItIs: "名乗っている名前",
    sentFrom: "実際の送信元",
    checks: "送信元の検査で分かること",
    repliesTo: "返信先",
    microsoftFilter: "マイクロソフト自身のフィルター",
    verified: "{domain} から送られたことが確認されています。",
    verifiedMicrosoft: "マイクロソフト自身のドメイン {domain} から送られたことが確認されています。",
    verifiedNotMicrosoft:
      "{domain} から送られたことが確認されていますが、これはマイクロソフトではありません。分かるのは誰が送ったかだけで、内容が正直かどうかではありません。",
    notVerified:
      "{domain} が送ったことは検査で確認できません。差出人アドレスは偽装されているかもしれません。",
    microsoftAddressFailed:
      "マイクロソフトのアドレスを表示していますが、送信元の検査に不合格でした。マイクロソフトは送っていません。",
    microsoftAddressUnchecked:
      "マイクロソフトのアドレスを表示していますが、配送時の記録にそれを確かめるものがありません。",
    noChecks: "受信したメール サーバーは、送信元の検査結果を記録していません。",
    freeMail: "{domain} はフリーメールのサービスで、誰でもアドレスを作れます。",
    lookalike: "{domain} は、マイクロソフトに見せかけた名前です。",
    lookalikeReturnPath: "配信エラーの返送先 {domain} は、マイクロソフトに見せかけた名前です。",
    carrier: "マイクロソフトの {service} が別の人に代わって配信しました。本文を書いたのはその人です。",
    deliveryReport: "あなたのメール システムからの配信エラーの通知です。",
    ownOrganisation: "あなたの組織の内部から送られたメールです。",
    repliesElsewhere: "返信すると、差出人ではなくこのアドレスに届きます。",
  },
  afterActing: {
    "called-hang-up-no-remote": {
      title: "電話をかけてしまった場合",
      steps: [
        "電話を切り、かけ直さないでください。",
        "何を言われても、ソフトをインストールしたり、パソコンに接続させたりしないでください。",
        "スマートフォンやメールに届いたコードを伝えないでください。",
      ],
    },
    "remote-disconnect": {
      title: "パソコンに接続させてしまった場合",
      steps: [
        "パソコンをインターネットから切断してください（Wi-Fi をオフにするか、ケーブルを抜く）。",
        "入れるよう言われたソフト（AnyDesk、TeamViewer など）をアンインストールするか、クイック アシストを閉じてください。",
        "Microsoft Defender などのセキュリティ ソフトでフル スキャンを行い、更新プログラムをすべて入れてください。",
        "別の機器から、接続されている間に入力したパスワードをすべて変更してください。",
      ],
    },
    "paid-contact-card-issuer": {
      title: "支払ってしまった、カードや口座の情報を伝えてしまった場合",
      steps: [
        "カードや利用明細に書かれた番号でカード会社や銀行にすぐ電話し、カードの停止と請求の取り消しを相談してください。",
        "メール、領収書、伝えられた電話番号を残しておいてください。",
      ],
    },
    "gift-card-contact-issuer": {
      title: "ギフトカードで支払ってしまった場合",
      steps: [
        "カードの番号とレシートを用意して、ギフトカードの発行会社にすぐ連絡し、返金を求めてください。",
        "何を言われても、追加のカードは買わないでください。",
      ],
    },
    "password-change": {
      title: "パスワードを入力してしまった場合",
      steps: [
        "すぐに変更してください。個人の Microsoft アカウントなら account.microsoft.com を自分で入力し、セキュリティの項目で変更します。職場や学校のアカウントなら IT 担当者に連絡してください。",
        "同じパスワードを使っているほかのサービスでも変更してください。",
        "2 段階認証を有効にし、最近のサインインの記録を確認してください。",
      ],
    },
    "opened-attachment-scan": {
      title: "添付ファイルを開いてしまった場合",
      steps: [
        "パソコンをインターネットから切断してください。",
        "Microsoft Defender などのセキュリティ ソフトでフル スキャンを行ってください。",
        "職場なら、すぐに IT 担当者に知らせてください。",
      ],
    },
    "sent-data-watch": {
      title: "個人情報を送ってしまった場合",
      steps: [
        "銀行やカードの明細、各サービスのアカウントに、身に覚えのない動きがないか確認してください。",
        "送った情報を使った別の詐欺が続くことがあります。情報を知っているというだけで電話やメールを信用しないでください。",
      ],
    },
  },
  help: {
    title: "相談先",
    contacts: [
      {
        name: "カード会社・銀行",
        what: "カードや利用明細に書かれた番号へ。カードの停止や請求の取り消しを相談できます。",
      },
      {
        name: "警察相談専用電話",
        phone: "#9110",
        what: "お金の被害や、犯罪かどうか分からないときの相談。つながる窓口と受付時間は都道府県によって異なります。",
      },
      {
        name: "消費者ホットライン",
        phone: "188",
        what: "支払いなどのトラブルの相談。最寄りの消費生活センターなどにつながります。",
      },
      {
        name: "IPA 情報セキュリティ安心相談窓口",
        url: "https://www.ipa.go.jp/security/anshin/",
        what: "ウイルスや不正アクセス、遠隔操作されたパソコンについての技術的な相談。",
      },
      {
        name: "マイクロソフトへの詐欺の報告",
        url: "https://www.microsoft.com/reportascam",
        what: "マイクロソフトの名前をかたる詐欺を報告できます。",
      },
      { name: "職場の IT 担当者", what: "職場や学校のアカウントなら、すぐに知らせてください。" },
    ],
  },
  outlookReport: {
    intro: "Outlook にも独自の [報告] ボタンがあります。",
    work: {
      web: "Outlook on the web では、メールを選んで [報告] › [フィッシングを報告] を選びます。",
      "new-outlook":
        "新しい Outlook for Windows では、メールを選んで [報告] › [フィッシングを報告] を選びます。",
      "classic-windows":
        "従来の Outlook for Windows（Microsoft 365 のバージョン 16.0.17827.15010 以降、または Outlook 2021 のバージョン 2407 以降）では、メールを選んで [報告] › [フィッシングを報告] を選びます。それより古いバージョンでは、組織が導入していれば [メッセージを報告] › [フィッシング] を使います（簡易リボンでは [その他のコマンド] › [保護] › [メッセージを報告]）。",
      mac: "Outlook for Mac（バージョン 16.89 以降）では、メールを選んで [報告] › [フィッシングを報告] を選びます。",
      mobile: "スマートフォンの Outlook では、組織が導入していれば [メッセージを報告] アドインを使います。",
      unknown:
        "メールを選んで [報告] › [フィッシングを報告] を選びます（古い従来の Outlook for Windows では [メッセージを報告] › [フィッシング]）。",
    },
    workEffect:
      "このボタンは組織が有効にしている場合に表示されます。報告は組織の設定によって、組織のセキュリティ担当、マイクロソフト、またはその両方に届きます。フィッシングとして報告したメールは削除され、迷惑メールとして報告したメールは迷惑メール フォルダーに移ります。",
    personal:
      "個人用アカウントについては、私たちが参照しているマイクロソフトの資料に Outlook の [報告] ボタンの動作が書かれていないため、報告がどこに届くかはお伝えできません。",
    unknownAccount: "Outlook からアカウントの種類が分かりませんでした。職場や学校のアカウントの場合:",
    ourButton:
      "このカードの [フィッシングとして報告] は、このメールを添付した報告メールを報告先のアドレス宛てに開くので、送る内容を確かめてから送信できます。",
  },
};
