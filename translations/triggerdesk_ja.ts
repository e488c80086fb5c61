<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CredentialEditor</name>
    <message>
        <location filename="../ui/credentialeditor.ui" line="+9"/>
        <location line="+15"/>
        <source>Credentials</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No credentials yet. Add makes one: a personal access token, an external application&apos;s client credentials, or a person&apos;s sign-in in the browser.</source>
        <translation>まだ資格情報がありません。[追加] で作成できます: 個人用アクセス トークン、外部アプリケーションのクライアント資格情報、またはブラウザーでの個人のサインイン。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a credential</source>
        <translation>資格情報を追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected credential and its secret</source>
        <translation>選択した資格情報とそのシークレットを削除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Credential</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production tenant robot</source>
        <translation>本番テナントのロボット</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Identity URL:</source>
        <translation>Identity の URL(&amp;I):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where access tokens come from. Leave it empty to use the identity server of the trigger&apos;s host.</source>
        <translation>アクセス トークンの取得元です。空のままにすると、トリガーのホストの Identity サーバーを使用します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lient ID:</source>
        <translation>クライアント ID(&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The App ID of the external application (Admin &gt; External Applications).</source>
        <translation>外部アプリケーションのアプリ ID です ([管理] &gt; [外部アプリケーション])。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OR.Jobs</source>
        <translation>OR.Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application scopes, separated by spaces: &quot;OR.Jobs&quot; (what launching and watching jobs needs), or &quot;OR.Default&quot; for an application with fine-grained permissions.</source>
        <translation>アプリケーション スコープ (スペース区切り): 「OR.Jobs」(ジョブの開始と監視に必要)、またはきめ細かな権限を持つアプリケーションの場合は「OR.Default」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identity C&amp;A file:</source>
        <translation>ID サーバーの CA ファイル(&amp;A):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>なし: システムの証明機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file of the certificate authorities the identity server&apos;s certificate may be signed by (an on-premises identity server with a private CA)</source>
        <translation>ID サーバーの証明書に署名している可能性のある証明機関の PEM ファイル (プライベート CA を使うオンプレミスの ID サーバー)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identity pinne&amp;d certificate:</source>
        <translation>ID サーバーのピン留めする証明書(&amp;D):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SHA-256 fingerprint of the identity server&apos;s certificate, as your administrator gives it: then only that certificate is accepted</source>
        <translation>管理者から提供された ID サーバー証明書の SHA-256 フィンガープリント。設定すると、その証明書のみが受け入れられます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect p&amp;ort:</source>
        <translation>リダイレクト ポート(&amp;O):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port of the redirect URI registered in the external application: the browser comes back to TriggerDesk there</source>
        <translation>外部アプリケーションに登録したリダイレクト URI のポートです。ブラウザーはこのポートで TriggerDesk に戻ります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect URI, for the administrator who registers the external application</source>
        <translation>外部アプリケーションを登録する管理者のために、リダイレクト URI をコピーします</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign In in the B&amp;rowser…</source>
        <translation>ブラウザーでサインイン(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the identity server&apos;s sign-in page in your browser; the session is kept in the keychain when you save</source>
        <translation>ID サーバーのサインイン ページをブラウザーで開きます。保存するとセッションはキーチェーンに保存されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign O&amp;ut</source>
        <translation>サインアウト(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the session: jobs of this credential need a new sign-in</source>
        <translation>セッションを破棄します。この資格情報のジョブには新しいサインインが必要になります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>E&amp;xpires on:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expiry date Orchestrator showed when the token was made: TriggerDesk warns a week before.</source>
        <translation>トークンの生成時に Orchestrator が表示した有効期限です。TriggerDesk は 1 週間前から警告します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Used by:</source>
        <translation>使用元:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Trigger URL:</source>
        <translation>トリガー URL(&amp;T):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</source>
        <translation>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trigger to test against: the token is sent to its Orchestrator only.</source>
        <translation>テストに使用するトリガーです。トークンはこのトリガーの Orchestrator にのみ送信されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test &amp;connection</source>
        <translation>接続をテスト(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a token with these values and ask the trigger&apos;s Orchestrator for one job. Nothing is launched.</source>
        <translation>これらの値でトークンを取得し、トリガーの Orchestrator にジョブを 1 件照会します。ジョブは開始されません。</translation>
    </message>
</context>
<context>
    <name>JobDatabase</name>
    <message>
        <location filename="../src/core/jobdatabase.cpp" line="+94"/>
        <source>There is no job history database in %1.</source>
        <translation>%1 にジョブ履歴のデータベースがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt の SQLite ドライバー (QSQLITE) がインストールされていません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>It was made by a newer version of TriggerDesk (schema %1; this version knows %2).</source>
        <translation>新しいバージョンの TriggerDesk で作成されています (スキーマ %1。このバージョンが扱えるのは %2 です)。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The job history database is not open.</source>
        <translation>ジョブ履歴のデータベースが開かれていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A job record without an id cannot be saved.</source>
        <translation>ID のないジョブ記録は保存できません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job %1 in %2 could not be read: %3</source>
        <translation>%2 のジョブ %1 を読み取れませんでした: %3</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A job record without an id in %1 was left as it is.</source>
        <translation>%1 内の ID のないジョブ記録はそのままにしました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+9"/>
        <source>TriggerDesk</source>
        <translation>TriggerDesk</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Trigger profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;トリガー プロファイル&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trigger profiles</source>
        <translation>トリガー プロファイル</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pr&amp;eset:</source>
        <translation>プリセット(&amp;E):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Copies:</source>
        <translation>ジョブ数(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Launch this many jobs at once with the same arguments.</source>
        <translation>同じ引数で、この数のジョブを一度に開始します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+212"/>
        <source>&amp;Launch</source>
        <translation>開始(&amp;L)</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;ジョブ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Show jobs in this state</source>
        <translation>このステートのジョブを表示</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Job</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main toolbar</source>
        <translation>メイン ツールバー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import profiles…</source>
        <translation>プロファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport profiles…</source>
        <translation>プロファイルをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export jobs as &amp;CSV…</source>
        <translation>ジョブを CSV としてエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export jobs as &amp;JSON…</source>
        <translation>ジョブを JSON としてエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON</source>
        <translation>JSON をエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New profile…</source>
        <translation>新しいプロファイル(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit profile…</source>
        <translation>プロファイルを編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Filter jobs</source>
        <translation>ジョブを絞り込む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter jobs (profile, state, output, server message…)</source>
        <translation>絞り込み (プロファイル、ステート、出力、メッセージ…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the jobs whose profile, state, times, ids, output, error, or the server&apos;s message or error code contain these words</source>
        <translation>プロファイル、ステート、時刻、ID、出力、エラー、またはサーバーのメッセージやエラー コードにこの文字列を含むジョブを表示します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Create a trigger profile</source>
        <translation>トリガー プロファイルを作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected profile</source>
        <translation>選択したプロファイルを編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health…</source>
        <translation>ヘルス(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the profile&apos;s jobs have gone: their durations and outcomes over time, as charts and in words</source>
        <translation>プロファイルのジョブの状況: 実行時間と結果の推移をグラフと文章で表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause Pro&amp;bes</source>
        <translation>プローブを一時停止(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop running the selected profile&apos;s probe schedule until you resume it</source>
        <translation>再開するまで、選択したプロファイルのプローブ スケジュールの実行を停止します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Credentials…</source>
        <translation>資格情報(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access tokens and OAuth client credentials; their secrets stay in the system keychain</source>
        <translation>個人用アクセス トークンと OAuth クライアント資格情報。シークレットはシステムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du&amp;plicate profile</source>
        <translation>プロファイルを複製(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename profile</source>
        <translation>プロファイル名を変更(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete profile…</source>
        <translation>プロファイルを削除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop watching</source>
        <translation>監視を停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching</source>
        <translation>監視を停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching the selected jobs (they may still run on the server)</source>
        <translation>選択したジョブの監視を停止します (ジョブはサーバー上で引き続き実行される可能性があります)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res&amp;ume watching</source>
        <translation>監視を再開(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume watching</source>
        <translation>監視を再開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the selected jobs again (Unknown, timed out, or no longer watched)</source>
        <translation>選択したジョブ (不明、タイムアウト、監視停止) を再び監視します</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find this job among the jobs Orchestrator created, and watch it there (then it can be stopped there too)</source>
        <translation>Orchestrator が作成したジョブの中からこのジョブを探し、そこで監視します (その後、そこで停止することもできます)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top in Orchestrator…</source>
        <translation>Orchestrator で停止(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop in Orchestrator</source>
        <translation>Orchestrator で停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Orchestrator to stop this job at its next &quot;Should Stop&quot; check (SoftStop)</source>
        <translation>次の「Should Stop」の確認時にこのジョブを停止するよう Orchestrator に要求します (SoftStop)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kill in Orchestrator…</source>
        <translation>Orchestrator で強制終了(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill in Orchestrator</source>
        <translation>Orchestrator で強制終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Orchestrator to end the robot&apos;s process of this job at once (Kill)</source>
        <translation>このジョブのロボットのプロセスを直ちに終了するよう Orchestrator に要求します (Kill)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in Orchestrator&apos;s &amp;web page</source>
        <translation>Orchestrator の Web ページで開く(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Orchestrator</source>
        <translation>Orchestrator で開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this job&apos;s page in Orchestrator&apos;s web interface, in your browser</source>
        <translation>このジョブの Orchestrator Web インターフェイスのページをブラウザーで開きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server certificat&amp;e…</source>
        <translation>サーバー証明書(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the certificate the server presented when the connection was refused for it, and trust it for the profile</source>
        <translation>証明書が原因で接続が拒否されたときにサーバーが提示した証明書を表示し、プロファイルで信頼できるようにします</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy request &amp;as curl</source>
        <translation>要求を curl としてコピー(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-&amp;run with the same arguments</source>
        <translation>同じ引数で再実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new job with the selected job&apos;s profile and arguments</source>
        <translation>選択したジョブのプロファイルと引数で新しいジョブを開始します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in &amp;Orchestrator…</source>
        <translation>Orchestrator で確認(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in Orchestrator</source>
        <translation>Orchestrator で確認</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Copy output</source>
        <translation>出力をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy output</source>
        <translation>出力をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the trigger call as a curl command; the token is read from $TRIGGERDESK_TOKEN</source>
        <translation>トリガーの呼び出しを curl コマンドとしてコピーします。トークンは $TRIGGERDESK_TOKEN から読み取られます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove &amp;finished jobs</source>
        <translation>終了したジョブを削除(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the finished jobs the table shows, from the table and from the job history</source>
        <translation>表に表示されている終了したジョブを、表とジョブ履歴から削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About TriggerDesk</source>
        <translation>TriggerDesk について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="+9"/>
        <source>Trigger profile</source>
        <translation>トリガー プロファイル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month-end invoices</source>
        <translation>月末の請求書</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full slug &amp;URL:</source>
        <translation>完全な slug URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</source>
        <translation>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the URL from Orchestrator&apos;s &quot;Copy full slug URL&quot;.</source>
        <translation>Orchestrator の [完全な slug URL をコピー] で取得した URL を貼り付けます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTTP &amp;verb:</source>
        <translation>HTTP 動詞(&amp;V):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call &amp;mode:</source>
        <translation>呼び出しモード(&amp;M):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Poll interval:</source>
        <translation>ポーリング間隔(&amp;P):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slow down for long &amp;jobs</source>
        <translation>長いジョブはポーリングを減らす(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll every interval at first, then every fifth of the time the job has run (at most every 30 s): a 15-minute job costs about 45 requests instead of 900, and its end is reported within a fifth of its running time, 30 s at most</source>
        <translation>最初は間隔ごとにポーリングし、その後はジョブの実行時間の 5 分の 1 ごと (最長 30 秒ごと) にポーリングします。15 分のジョブで要求は 900 回ではなく約 45 回になり、終了は実行時間の 5 分の 1 以内 (最大 30 秒) に通知されます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Long-poll &amp;deadline:</source>
        <translation>ロングポーリングの期限(&amp;D):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+16"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Request &amp;inactivity timeout:</source>
        <translation>要求の無通信タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alert when running longer t&amp;han:</source>
        <translation>この時間を超えて実行中なら通知(&amp;H):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long a job of this trigger usually takes. A job running longer is marked in the table and notified once; it is still watched.</source>
        <translation>このトリガーのジョブに通常かかる時間です。これを超えて実行中のジョブは表で示され、1 回通知されます。監視は続きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Credential:</source>
        <translation>資格情報(&amp;C):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the token comes from. The profile keeps only a reference; the secret stays in the keychain.</source>
        <translation>トークンの取得元です。プロファイルには参照だけが保存され、シークレットはキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New cr&amp;edential…</source>
        <translation>新しい資格情報(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a personal access token or OAuth client credentials, and use it for this profile</source>
        <translation>個人用アクセス トークンまたは OAuth クライアント資格情報を追加し、このプロファイルで使用します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted &amp;origins:</source>
        <translation>信頼済みオリジン(&amp;O):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One origin per line, for example https://status.example.com. The token also goes to these.</source>
        <translation>1 行に 1 つのオリジンを指定します (例: https://status.example.com)。トークンはこれらのオリジンにも送信されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send the token on redirects (status and output calls)</source>
        <translation>リダイレクト時にトークンを送信 (ステータスと出力の呼び出し)(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder id:</source>
        <translation>フォルダー ID(&amp;F):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder&apos;s id in Orchestrator (X-UIPATH-OrganizationUnitId), for &quot;Check in Orchestrator&quot;. Leave it at &quot;found from the URL&quot; to look it up by the URL&apos;s folder key.</source>
        <translation>Orchestrator でのフォルダーの ID (X-UIPATH-OrganizationUnitId)。「Orchestrator で確認」で使用します。「URL から取得」のままにすると、URL のフォルダー キーから検索します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found from the URL</source>
        <translation>URL から取得</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA fi&amp;le:</source>
        <translation>CA ファイル(&amp;L):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>なし: システムの証明機関のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file of certificate authorities to trust as well, for every request of this profile&apos;s jobs: an on-premises Orchestrator&apos;s private CA.</source>
        <translation>このプロファイルのジョブのすべての要求で、システムの証明機関に加えて信頼する証明機関の PEM ファイルです。オンプレミスの Orchestrator のプライベート CA を指定します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pinned cer&amp;tificate:</source>
        <translation>ピン留めする証明書(&amp;T):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None, or the server certificate&apos;s SHA-256 fingerprint</source>
        <translation>なし、またはサーバー証明書の SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a fingerprint, only the server certificate that has it is accepted, even a self-signed one; nothing is sent to any other. An expired certificate, or one for another host, is still refused.</source>
        <translation>フィンガープリントを指定すると、そのフィンガープリントを持つサーバー証明書だけが受け入れられます (自己署名証明書も含む)。ほかの証明書を提示したサーバーには何も送信されません。有効期限が切れた証明書や、別のホスト用の証明書は、引き続き拒否されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application&apos;s: the system&apos;s proxy unless network/proxy says otherwise</source>
        <translation>アプリケーションの設定: network/proxy で別途指定しない限り、システムのプロキシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;system&quot;, &quot;none&quot;, or a proxy URL such as http://proxy.example.com:3128 (http://user@host:port when it asks for credentials; the password comes from TRIGGERDESK_PROXY_PASSWORD). Loopback addresses never go through a proxy.</source>
        <translation>&quot;system&quot;、&quot;none&quot;、またはプロキシ URL (例: http://proxy.example.com:3128) を指定します。プロキシが資格情報を要求する場合は http://user@host:port の形式で指定します。パスワードは TRIGGERDESK_PROXY_PASSWORD から取得されます。ループバック アドレスはプロキシを経由しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correlation ar&amp;gument:</source>
        <translation>相関引数(&amp;G):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of a String In argument of the process. Each launch fills it with a fresh UUID (shown in the job&apos;s arguments), so a job whose answer was lost is found exactly in Orchestrator, and looked for there at once when it ends Unknown.</source>
        <translation>プロセスの String In 引数の名前です。開始のたびに新しい UUID が設定され (ジョブの引数に表示)、応答が失われたジョブも Orchestrator で正確に見つけられます。ジョブが「不明」で終了すると、すぐにそこで検索されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;be every:</source>
        <translation>プローブの間隔(&amp;B):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A health check: the profile runs itself this often with its first preset&apos;s arguments (else the defaults); the jobs are marked as probes, and a failed or Unknown probe is notified.</source>
        <translation>ヘルス チェック: プロファイルはこの間隔で、最初のプリセットの引数 (なければ既定値) を使って自動的に実行されます。ジョブはプローブとして示され、失敗または不明のプローブは通知されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>O&amp;kay to start a real job in Orchestrator at each probe</source>
        <translation>プローブのたびに Orchestrator で実際のジョブを開始してよい(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or at times of da&amp;y:</source>
        <translation>または毎日この時刻に(&amp;Y):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (for example 08:00, 13:30)</source>
        <translation>なし (例: 08:00, 13:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times of day, in this computer&apos;s time zone, separated by commas: the profile probes at each of them instead of every so many minutes.</source>
        <translation>このコンピューターのタイム ゾーンでの時刻をコンマ区切りで指定します。プロファイルは一定の分ごとではなく、それぞれの時刻にプローブします。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add argument</source>
        <translation>引数を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Infer from JSON example…</source>
        <translation>JSON の例から推定(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+53"/>
        <source>Launch Orchestrator jobs through API triggers and watch them live.</source>
        <translation>API トリガーを介して Orchestrator のジョブを開始し、リアルタイムで監視します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the local simulator and its demo profiles, even when profiles exist.</source>
        <translation>プロファイルが既にある場合でも、ローカル シミュレーターとそのデモ プロファイルを起動します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read and save the profiles in FILE.</source>
        <translation>プロファイルを FILE から読み込み、FILE に保存します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the window after N milliseconds and print what its status bar shows (a smoke test).</source>
        <translation>N ミリ秒後にウィンドウを閉じ、ステータス バーの表示内容を出力します (スモーク テスト)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--quit-after-ms needs a number of milliseconds, 0 or more.</source>
        <translation>--quit-after-ms には 0 以上のミリ秒数を指定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>TriggerDesk is already running: its window is shown.</source>
        <translation>TriggerDesk はすでに実行中です。そのウィンドウを表示します。</translation>
    </message>
</context>
<context>
    <name>td::ArgumentForm</name>
    <message>
        <location filename="../src/gui/argumentform.cpp" line="+38"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not sent</source>
        <translation>送信しない</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This trigger takes no arguments.</source>
        <translation>このトリガーには引数がありません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Required.</source>
        <translation>%1。必須です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>whole number, for example 42</source>
        <translation>整数 (例: 42)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number, for example 3.14</source>
        <translation>数値 (例: 3.14)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked: the argument is not sent.</source>
        <translation>オフの場合、この引数は送信されません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(choose one)</source>
        <translation>(1 つ選択)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not sent)</source>
        <translation>(送信しない)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send %1</source>
        <translation>%1 を送信</translation>
    </message>
</context>
<context>
    <name>td::ArgumentSpec</name>
    <message>
        <location filename="../src/core/argumentspec.cpp" line="+38"/>
        <source>Invalid JSON at character %1: %2</source>
        <translation>%1 文字目の JSON が無効です: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected exactly one value</source>
        <translation>値はちょうど 1 つである必要があります</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON array</source>
        <translation>JSON 配列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a whole number. Type digits only, for example 42 or -7.</source>
        <translation>「%1」は整数ではありません。数字のみを入力してください (例: 42、-7)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number. Use a dot for decimals, for example 3.14.</source>
        <translation>「%1」は数値ではありません。小数点にはドットを使用してください (例: 3.14)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a boolean. Type true or false.</source>
        <translation>「%1」はブール値ではありません。true または false を入力してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a date and time. Use ISO 8601, for example 2026-11-22T14:30:00Z.</source>
        <translation>「%1」は日時ではありません。ISO 8601 形式を使用してください (例: 2026-11-22T14:30:00Z)。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be text.</source>
        <translation>%1 はテキストである必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 は整数である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a number.</source>
        <translation>%1 は数値である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be true or false.</source>
        <translation>%1 は true または false である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a JSON object, written in braces: {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>%1 は JSON オブジェクトである必要があります。波かっこで囲んで記述してください: {&quot;key&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a JSON array, written in brackets: [1, 2, 3].</source>
        <translation>%1 は JSON 配列である必要があります。角かっこで囲んで記述してください: [1, 2, 3]。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be an ISO 8601 date and time, for example 2026-11-22T14:30:00Z.</source>
        <translation>%1 は ISO 8601 形式の日時である必要があります (例: 2026-11-22T14:30:00Z)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 は次のいずれかである必要があります: %2。</translation>
    </message>
</context>
<context>
    <name>td::BrowserSignIn</name>
    <message>
        <location filename="../src/engine/browsersignin.cpp" line="+106"/>
        <source>The identity server could not be reached: %1</source>
        <translation>ID サーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity server refused the sign-in (%1): %2</source>
        <translation>ID サーバーがサインインを拒否しました (%1): %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The sign-in failed: the identity server&apos;s answer could not be used (Qt&apos;s error %1).</source>
        <translation>サインインに失敗しました。ID サーバーの応答を使用できませんでした (Qt のエラー %1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in was not completed (%1): %2</source>
        <translation>サインインは完了しませんでした (%1): %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Port %1 on this computer is in use, so the browser cannot come back to TriggerDesk there. Close what uses it, or register another redirect URI (another port) in the external application and in the credential.</source>
        <translation>このコンピューターのポート %1 は使用中のため、ブラウザーはそこで TriggerDesk に戻れません。使用しているものを閉じるか、外部アプリケーションと資格情報に別のリダイレクト URI (別のポート) を登録してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TriggerDesk has your sign-in. You can close this page.</source>
        <translation>TriggerDesk がサインインを受け取りました。このページは閉じてかまいません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The browser came back from another sign-in (its state did not match): nothing was accepted. Sign in again.</source>
        <translation>ブラウザーは別のサインインから戻りました (state が一致しません)。何も受け入れていません。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>td::CallMode</name>
    <message>
        <location filename="../src/core/callmode.cpp" line="+48"/>
        <source>Trigger default</source>
        <translation>トリガーの既定値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Async polling</source>
        <translation>非同期ポーリング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fire and forget</source>
        <translation>fire &amp; forget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long polling</source>
        <translation>ロングポーリング</translation>
    </message>
</context>
<context>
    <name>td::CertificateDialog</name>
    <message>
        <location filename="../src/gui/certificatedialog.cpp" line="+51"/>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>発行先:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint</source>
        <translation>フィンガープリントをコピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Compare the fingerprint with the one your administrator gives you (for example read with &quot;openssl x509 -noout -fingerprint -sha256&quot; on the server). Once it matches, the profile &quot;%1&quot; can trust this one certificate: its requests will then go only to servers that present it.</source>
        <translation>このフィンガープリントを管理者から提供されたもの (サーバーで「openssl x509 -noout -fingerprint -sha256」を使って読み取ったものなど) と比較してください。一致すれば、プロファイル「%1」でこの証明書を信頼できます。以後、その要求はこの証明書を提示するサーバーにのみ送信されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It replaces the fingerprint the profile pins now: make sure the server&apos;s certificate was really renewed.</source>
        <translation>プロファイルで現在ピン留めしているフィンガープリントが置き換えられます。サーバーの証明書が本当に更新されたことを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust It and Run Again</source>
        <translation>信頼して再実行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust It</source>
        <translation>信頼する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusting this certificate would not help: it has expired, is not valid yet, or was made for another server. Ask the server&apos;s administrator for a valid certificate.</source>
        <translation>この証明書を信頼しても解決しません。期限切れか、まだ有効になっていないか、別のサーバー用に発行されたものです。サーバーの管理者に有効な証明書を依頼してください。</translation>
    </message>
</context>
<context>
    <name>td::ConnectionTest</name>
    <message>
        <location filename="../src/engine/connectiontest.cpp" line="+34"/>
        <source>No credential to test.</source>
        <translation>テストする資格情報がありません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Got a token, and Orchestrator at %1 accepts it (it may read jobs).</source>
        <translation>トークンを取得しました。%1 の Orchestrator はこのトークンを受け入れます (ジョブの読み取りが可能です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Got a token, and Orchestrator at %1 accepts it, but it may not read jobs (403): watching needs Jobs.View in the trigger&apos;s folder.</source>
        <translation>トークンを取得しました。%1 の Orchestrator はこのトークンを受け入れますが、ジョブの読み取りは許可されていません (403)。監視には、トリガーのフォルダーでの Jobs.View が必要です。</translation>
    </message>
</context>
<context>
    <name>td::Credential</name>
    <message>
        <location filename="../src/core/credential.cpp" line="+37"/>
        <source>Give the credential a name.</source>
        <translation>資格情報に名前を付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of the external application (Admin &gt; External Applications).</source>
        <translation>外部アプリケーションのクライアント ID を入力してください ([管理] &gt; [外部アプリケーション])。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity URL is not valid, for example https://cloud.uipath.com/identity_.</source>
        <translation>Identity の URL が無効です (例: https://cloud.uipath.com/identity_)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The redirect port must be from 1024 to 65535, as registered in the external application.</source>
        <translation>リダイレクト ポートは 1024 から 65535 の間で、外部アプリケーションに登録したものと同じにしてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The personal access token of &quot;%1&quot; expired on %2. Generate a new one in Orchestrator (Preferences &gt; Personal Access Tokens) and paste it in the credential, with its new expiry date.</source>
        <translation>「%1」の個人用アクセス トークンは %2 に期限切れになりました。Orchestrator で新しいトークンを生成し ([設定] &gt; [個人用アクセス トークン])、新しい有効期限とともに資格情報に貼り付けてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The personal access token of &quot;%1&quot; expires today.</source>
        <translation>「%1」の個人用アクセス トークンは今日で期限切れになります。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The personal access token of &quot;%1&quot; expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>「%1」の個人用アクセス トークンは %2 (%n 日後) に期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regenerate it in Orchestrator (Preferences &gt; Personal Access Tokens) before then, since an expired token cannot be regenerated, and paste the new one in the credential.</source>
        <translation>期限が切れたトークンは再生成できないため、それまでに Orchestrator で再生成し ([設定] &gt; [個人用アクセス トークン])、新しいトークンを資格情報に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>td::CredentialAuth</name>
    <message>
        <location filename="../src/engine/credentialauth.cpp" line="+30"/>
        <source>No secret store is available.</source>
        <translation>シークレット ストアを利用できません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is signed in with &quot;%1&quot;: sign in first (Profile &gt; Credentials &gt; Sign In, or triggerdesk-cli credentials login &quot;%1&quot;).</source>
        <translation>「%1」でサインインしているユーザーがいません。先にサインインしてください ([プロファイル] &gt; [資格情報] &gt; [サインイン]、または triggerdesk-cli credentials login &quot;%1&quot;)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of the credential &quot;%1&quot; could not be read: %2 Enter it again in the credential editor.</source>
        <translation>資格情報「%1」のシークレットを読み取れませんでした: %2 資格情報エディターでもう一度入力してください。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The credential &quot;%1&quot;: %2</source>
        <translation>資格情報「%1」: %2</translation>
    </message>
</context>
<context>
    <name>td::CredentialEditor</name>
    <message>
        <location filename="../src/gui/credentialeditor.cpp" line="+48"/>
        <source>Personal access token</source>
        <translation>個人用アクセス トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client credentials (external application)</source>
        <translation>OAuth クライアント資格情報 (外部アプリケーション)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available: secrets are kept for this session only and never written to disk.</source>
        <translation>キーチェーンを利用できません。シークレットはこのセッションの間だけ保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>There is already a credential named &quot;%1&quot;.</source>
        <translation>「%1」という名前の資格情報は既に存在します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client secret.</source>
        <translation>クライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the personal access token.</source>
        <translation>個人用アクセス トークンを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>OAuth client</source>
        <translation>OAuth クライアント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 · %n profile(s)</source>
        <translation>
            <numerusform>%1 · %n 件のプロファイル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+274"/>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>No secret store is available.</source>
        <translation>シークレット ストアを利用できません。</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+289"/>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Sign in with browser (a person&apos;s account)</source>
        <translation>ブラウザーでサインイン (個人のアカウント)</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Browser sign-in</source>
        <translation>ブラウザー サインイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 until %2</source>
        <translation>%1 (%2 まで)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in: Save keeps the session in the keychain.</source>
        <translation>サインインしました。保存するとセッションがキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: Save keeps the session for this session only.</source>
        <translation>サインインしました。保存するとセッションはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in: the session is kept in the keychain and renewed as jobs use it.</source>
        <translation>サインイン済みです。セッションはキーチェーンに保存され、ジョブが使うたびに更新されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in: jobs of this credential will ask for a sign-in.</source>
        <translation>サインインしていません。この資格情報のジョブはサインインを求めます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored in the keychain when you save.</source>
        <translation>保存時にキーチェーンに格納されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for this session only when you save, never written to disk.</source>
        <translation>保存時にこのセッションの間だけ保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the stored secret when you save.</source>
        <translation>保存時に、格納されているシークレットを置き換えます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Paste the client secret</source>
        <translation>クライアント シークレットを貼り付け</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Paste the personal access token</source>
        <translation>個人用アクセス トークンを貼り付け</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>It is stored in the keychain, never in a file.</source>
        <translation>シークレットはキーチェーンに格納され、ファイルには保存されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is kept for this session only, never written to disk.</source>
        <translation>シークレットはこのセッションの間だけ保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind changed: enter the secret for it.</source>
        <translation>種類が変更されました。この種類のシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the keychain</source>
        <translation>キーチェーンに格納済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept for this session only</source>
        <translation>このセッションの間だけ保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secret is stored in the keychain. Leave this empty to keep it, or type a new one to replace it.</source>
        <translation>シークレットはキーチェーンに格納されています。そのまま使用するにはこの欄を空のままにし、置き換えるには新しいシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret is kept for this session only. Leave this empty to keep it, or type a new one to replace it.</source>
        <translation>シークレットはこのセッションの間だけ保持されています。そのまま使用するにはこの欄を空のままにし、置き換えるには新しいシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret is stored for this credential: enter it.</source>
        <translation>この資格情報のシークレットは格納されていません。入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of this credential could not be read: %1 Enter it again.</source>
        <translation>この資格情報のシークレットを読み取れませんでした: %1 もう一度入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the secret in the keychain…</source>
        <translation>キーチェーンでシークレットを検索しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Looking for the secret…</source>
        <translation>シークレットを検索しています…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No profile uses it.</source>
        <translation>この資格情報を使用しているプロファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n profile(s): %1</source>
        <translation>
            <numerusform>%n 件のプロファイル: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of them refer to it by its old name &quot;%1&quot; and will not find it until you choose it again in their profile.</source>
        <translation>
            <numerusform>そのうち %n 件は旧名「%1」でこの資格情報を参照しているため、プロファイルで再度選択するまで見つけられません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty: the trigger host&apos;s, e.g. https://cloud.uipath.com/identity_</source>
        <translation>空の場合: トリガーのホストのもの (例: https://cloud.uipath.com/identity_)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: %1 (from the trigger URL)</source>
        <translation>空の場合: %1 (トリガー URL から)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New credential</source>
        <translation>新しい資格情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New credential %1</source>
        <translation>新しい資格情報 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the credential &quot;%1&quot; and its secret?</source>
        <translation>資格情報「%1」とそのシークレットを削除しますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n profile(s) use it (%1) and will have no credential until you choose another.</source>
        <translation>
            <numerusform>%n 件のプロファイル (%1) がこの資格情報を使用しています。別の資格情報を選択するまで、これらのプロファイルには資格情報がありません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete credential</source>
        <translation>資格情報を削除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the identity URL, or a trigger URL below to take it from.</source>
        <translation>Identity の URL を入力するか、下にトリガー URL を入力してそこから取得してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting for the browser… If it did not open, open this page: %1</source>
        <translation>ブラウザーを待っています… 開かない場合は、このページを開いてください: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The identity server gave no refresh token, so the session would end within the hour: add offline_access to the scopes.</source>
        <translation>ID サーバーがリフレッシュ トークンを返さなかったため、セッションは 1 時間以内に終了します。スコープに offline_access を追加してください。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter the trigger&apos;s full slug URL to test against.</source>
        <translation>テストに使用するトリガーの完全な slug URL を入力してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the secret to test with.</source>
        <translation>テストに使用するシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No secret store is available: the secrets were not saved.</source>
        <translation>シークレット ストアを利用できません。シークレットは保存されませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of &quot;%1&quot; was not saved: %2</source>
        <translation>「%1」のシークレットは保存されませんでした: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The secret of the deleted credential &quot;%1&quot; was not removed: %2</source>
        <translation>削除した資格情報「%1」のシークレットは削除されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>td::DemoSimulator</name>
    <message>
        <location filename="../src/gui/demosimulator.cpp" line="+67"/>
        <source>Customer whose invoices are processed</source>
        <translation>請求書を処理する顧客</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices (async polling)</source>
        <translation>請求書 (非同期ポーリング)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many invoices to process</source>
        <translation>処理する請求書の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue priority</source>
        <translation>キューの優先度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process without posting to the ledger</source>
        <translation>台帳に転記せずに処理する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify (fire and forget)</source>
        <translation>通知 (fire &amp; forget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello from TriggerDesk</source>
        <translation>TriggerDesk からこんにちは</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text the robot posts</source>
        <translation>ロボットが投稿するテキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote (long polling)</source>
        <translation>見積もり (ロングポーリング)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra settings as a JSON object</source>
        <translation>JSON オブジェクト形式の追加設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month-end report (slow long poll)</source>
        <translation>月末レポート (低速なロングポーリング)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the reporting period</source>
        <translation>レポート期間の終了日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets to include</source>
        <translation>含めるシート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import workbook (faults)</source>
        <translation>ブックをインポート (エラー)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook the robot opens</source>
        <translation>ロボットが開くブック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer lookup (GET)</source>
        <translation>顧客の検索 (GET)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name to look up</source>
        <translation>検索する名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most results to return</source>
        <translation>返す結果の最大数</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The demo simulator could not be started (%1): %2</source>
        <translation>デモ シミュレーターを起動できませんでした (%1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it exited with code %1</source>
        <translation>終了コード %1 で終了しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo simulator stopped: %1.</source>
        <translation>デモ シミュレーターが停止しました: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo simulator stopped: %1.
%2</source>
        <translation>デモ シミュレーターが停止しました: %1。
%2</translation>
    </message>
</context>
<context>
    <name>td::DesktopNotifications</name>
    <message>
        <location filename="../src/gui/desktopnotifications.cpp" line="+41"/>
        <source>Show TriggerDesk</source>
        <translation>TriggerDesk を表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the job</source>
        <translation>ジョブを表示</translation>
    </message>
</context>
<context>
    <name>td::Engine</name>
    <message>
        <location filename="../src/engine/httpmessages.cpp" line="+58"/>
        <source>The server rejected the request as invalid (400). Check the arguments.</source>
        <translation>サーバーは要求を無効として拒否しました (400)。引数を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the token (401): it is missing, wrong or expired. Check the credential.</source>
        <translation>サーバーがトークンを拒否しました (401)。トークンがないか、誤っているか、期限切れです。資格情報を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access denied (403): the token lacks a scope or a folder permission (Jobs.Create to launch, Jobs.View to watch).</source>
        <translation>アクセスが拒否されました (403)。トークンにスコープまたはフォルダーの権限がありません (開始には Jobs.Create、監視には Jobs.View が必要です)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The trigger was not found (error 1623). Check the folder key in the URL.</source>
        <translation>トリガーが見つかりませんでした (エラー 1623)。URL のフォルダー キーを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found (404): %1. Check the URL.</source>
        <translation>見つかりません (404): %1。URL を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trigger does not accept %1 (405). Check the profile&apos;s HTTP verb.</source>
        <translation>トリガーは %1 を受け付けません (405)。プロファイルの HTTP 動詞を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy asks for credentials (407), or refused the ones it was given. In the window, sign in when it asks; on the command line, put the user name in the proxy URL (http://user@host:port) and the password in the TRIGGERDESK_PROXY_PASSWORD environment variable.</source>
        <translation>プロキシが資格情報を要求しているか (407)、渡された資格情報を拒否しました。ウィンドウでは、求められたときにサインインしてください。コマンド ラインでは、ユーザー名をプロキシ URL (http://user@host:port) に、パスワードを環境変数 TRIGGERDESK_PROXY_PASSWORD に指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server reported a conflict (409).</source>
        <translation>サーバーが競合を報告しました (409)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests (429): the server is rate limiting. Wait before trying again.</source>
        <translation>要求が多すぎます (429)。サーバーがレート制限をしています。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad gateway (502) from the server&apos;s front end. The job may be running: check it in Orchestrator.</source>
        <translation>サーバーのフロントエンドから 502 Bad Gateway が返されました。ジョブが実行されている可能性があります。Orchestrator でそのステートを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is unavailable (503).</source>
        <translation>サービスを利用できません (503)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway timeout (504). The job may be running: check it in Orchestrator.</source>
        <translation>ゲートウェイ タイムアウト (504)。ジョブが実行されている可能性があります。Orchestrator でそのステートを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server replied %1 to %2 %3.</source>
        <translation>サーバーは %2 %3 に %1 で応答しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: &quot;%1&quot; (error %2)</source>
        <translation>サーバー: 「%1」 (エラー %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: &quot;%1&quot;</source>
        <translation>サーバー: 「%1」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>%1 から %2 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: the connection was refused. Is the server running?</source>
        <translation>%1 に接続できませんでした。接続が拒否されました。サーバーは実行されていますか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host %1 was not found. Check the URL and your network.</source>
        <translation>ホスト %1 が見つかりませんでした。URL とネットワークを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 とのセキュリティで保護された接続に失敗しました: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 が応答する前に接続を閉じました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 timed out.</source>
        <translation>%1 への接続がタイムアウトしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL scheme of %1 is not supported: use https or http.</source>
        <translation>%1 の URL スキームはサポートされていません。https または http を使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network error with %1: %2</source>
        <translation>%1 との通信でネットワーク エラーが発生しました: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The proxy %1 could not be used: %2</source>
        <translation>プロキシ %1 を使用できませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the connection ended before the handshake finished (does the server speak https?)</source>
        <translation>ハンドシェイクの完了前に接続が終了しました (サーバーは https に対応していますか?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer from %1 is larger than the %2 MB limit: only its first %2 MB were read.</source>
        <translation>%1 からの応答が上限の %2 MB を超えています: 最初の %2 MB だけを読み取りました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answer from %1 was incomplete: nothing more arrived for %2 s (after %3 bytes).</source>
        <translation>%1 からの応答が不完全でした: %2 秒間何も届きませんでした (%3 バイト受信後)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer from %1 was incomplete: the connection closed after %2 bytes.</source>
        <translation>%1 からの応答が不完全でした: %2 バイトの後に接続が閉じられました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer from %1 was incomplete: %2</source>
        <translation>%1 からの応答が不完全でした: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refused to send the token over plain http to %1: anyone on the way could read it. Use https, or add %2 to the profile&apos;s trusted origins.</source>
        <translation>%1 へプレーン http でトークンを送信することを拒否しました: 経路上の誰でも読み取れます。https を使用するか、%2 をプロファイルの信頼済みオリジンに追加してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token contains a control character or a space (a line break?), so it could add headers to the request: it was not sent. Check the credential.</source>
        <translation>トークンに制御文字または空白 (改行?) が含まれているため、要求にヘッダーを追加できてしまいます: 送信しませんでした。資格情報を確認してください。</translation>
    </message>
    <message>
        <location filename="../src/engine/jobpolicy.cpp" line="+63"/>
        <source>The server redirected to an unusable address: %1</source>
        <translation>サーバーが使用できないアドレスにリダイレクトしました: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused a redirect from https to plain http (%1): it would expose the request.</source>
        <translation>https からプレーン http へのリダイレクト (%1) を拒否しました: 要求が漏えいします。</translation>
    </message>
    <message>
        <location filename="../src/engine/tlspolicy.cpp" line="+37"/>
        <source>Its certificate: %1, issued by %2, valid from %3 to %4, SHA-256 fingerprint %5.</source>
        <translation>サーバー証明書: %1 (発行者: %2、有効期間: %3 から %4 まで、SHA-256 フィンガープリント: %5)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its certificate is not signed by an authority this computer trusts</source>
        <translation>サーバー証明書は、このコンピューターが信頼する証明機関によって署名されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its certificate expired on %1</source>
        <translation>サーバー証明書は %1 に有効期限が切れています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate is not valid before %1</source>
        <translation>サーバー証明書は %1 より前には有効になりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its certificate is for %1, not for %2</source>
        <translation>サーバー証明書の対象は %1 で、%2 ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its certificate was revoked</source>
        <translation>サーバー証明書は失効しています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CA file %1 cannot be read: %2.</source>
        <translation>CA ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CA file %1 holds no PEM certificate (a block starting &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>CA ファイル %1 に PEM 証明書 (「-----BEGIN CERTIFICATE-----」で始まるブロック) が含まれていません。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>If your company runs its own certificate authority, add its PEM file to the profile (CA file), or pin this fingerprint once your administrator has confirmed it.</source>
        <translation>社内で独自の証明機関を運用している場合は、その PEM ファイルをプロファイルに追加する ([CA ファイル]) か、管理者がこのフィンガープリントを確認した後でピン留めしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server did not present the pinned certificate, so nothing was sent to it.</source>
        <translation>サーバーがピン留めされた証明書を提示しなかったため、何も送信しませんでした。</translation>
    </message>
    <message>
        <location filename="../src/engine/httpexchange.cpp" line="+358"/>
        <source>The proxy answered 401 with its own Basic challenge to the credentials sent to it: read as 407, the proxy refusing them.</source>
        <translation>プロキシは送信された資格情報に対して独自の Basic チャレンジ付きの 401 を返しました。プロキシが資格情報を拒否した 407 として扱います。</translation>
    </message>
</context>
<context>
    <name>td::HealthDialog</name>
    <message>
        <location filename="../src/gui/healthdialog.cpp" line="+55"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Health of %1</source>
        <translation>%1 のヘルス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All jobs kept</source>
        <translation>保存されているすべてのジョブ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Jobs:</source>
        <translation>ジョブ(&amp;J):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All jobs</source>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe runs</source>
        <translation>プローブ実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched by people</source>
        <translation>人が起動したジョブ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration of each job</source>
        <translation>各ジョブの実行時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Chart as PNG...</source>
        <translation>グラフを PNG としてエクスポート(&amp;C)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Data as CSV...</source>
        <translation>データを CSV としてエクスポート(&amp;D)...</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No job of %1 ended in this period.</source>
        <translation>この期間に終了した %1 のジョブはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) ended, launched %1 to %2.</source>
        <translation>
            <numerusform>%n 件のジョブが終了しました (開始: %1 ～ %2)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them probe run(s).</source>
        <translation>
            <numerusform>うち %n 件はプローブ実行です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No duration: none of these jobs ran to a known end.</source>
        <translation>実行時間なし: 終了が確認できたジョブはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Duration of the %n job(s) that ran to an end: median (p50) %1, p90 %2, p99 %3; fastest %4, slowest %5.</source>
        <translation>
            <numerusform>終了まで実行された %n 件のジョブの実行時間: 中央値 (p50) %1、p90 %2、p99 %3、最速 %4、最遅 %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The durations chart draws %1 of these %n jobs, evenly spread (each rare outcome whole); the figures count them all.</source>
        <translation>
            <numerusform>実行時間のグラフは、これら %n 件のジョブのうち %1 件を均等に間引いて描いています (まれな結果はすべて描画)。数値はすべてのジョブを数えています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n job(s) followed longer than the slowest that ran to an end, without a known end of their own, are drawn on the top edge.</source>
        <translation>
            <numerusform>終了が不明なまま、最後まで実行された最も遅いジョブより長く追跡した %n 件のジョブは、上端に描かれています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Launched</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (s)</source>
        <translation>実行時間 (秒)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Hour launched</source>
        <translation>開始した時間帯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day launched</source>
        <translation>開始した日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Export Chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chart could not be written to %1.</source>
        <translation>グラフを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Export Data</source>
        <translation>データのエクスポート</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data could not be written to %1.</source>
        <translation>データを %1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>td::JobController</name>
    <message>
        <location filename="../src/gui/jobcontroller.cpp" line="+121"/>
        <source>The credential of &quot;%1&quot; no longer exists, so its calls would carry no token. Choose one in the profile (Profile &gt; Edit profile…).</source>
        <translation>「%1」の資格情報はもう存在しないため、呼び出しにトークンが付きません。プロファイルで資格情報を選択してください ([プロファイル] &gt; [プロファイルを編集…])。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names no credential and TRIGGERDESK_TOKEN is not set, so its calls would carry no token and Orchestrator would refuse them (401). Choose a credential in the profile (Profile &gt; Edit profile…; Profile &gt; Credentials… adds one), or set TRIGGERDESK_TOKEN before starting TriggerDesk.</source>
        <translation>「%1」には資格情報が指定されておらず、TRIGGERDESK_TOKEN も設定されていないため、呼び出しにトークンが付かず、Orchestrator に拒否されます (401)。プロファイルで資格情報を選択するか ([プロファイル] &gt; [プロファイルを編集…]。[プロファイル] &gt; [資格情報…] で追加できます)、TriggerDesk を起動する前に TRIGGERDESK_TOKEN を設定してください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The job has ended: there is nothing left to watch.</source>
        <translation>ジョブは終了しています: 監視するものはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job is being watched.</source>
        <translation>ジョブは監視中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server never said where to watch this job (no status URI): check it in Orchestrator.</source>
        <translation>サーバーがこのジョブの監視先を返しませんでした (ステータス URI なし): Orchestrator で確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its status URI carried a secret, which is not kept on disk: check the job in Orchestrator.</source>
        <translation>ステータス URI に秘密情報が含まれており、ディスクには保存されていません: Orchestrator でジョブを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ran on a demo simulator that has stopped, and its jobs with it.</source>
        <translation>停止したデモ シミュレーターで実行されたジョブで、そのジョブも一緒に失われています。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, launched %2</source>
        <translation>%1、開始 %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Could not look for job %1 (%2) in Orchestrator by its correlation id: %3</source>
        <translation>相関 ID でジョブ %1 (%2) を Orchestrator で検索できませんでした: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No job in Orchestrator carries the correlation id %1 of job %2 (%3): searched the jobs created from %4 to %5, at %6. It stays Unknown.</source>
        <translation>ジョブ %2 (%3) の相関 ID %1 を持つジョブは Orchestrator にありません: %6 に、%4 から %5 までに作成されたジョブを検索しました。ジョブは「不明」のままです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found job %1 (%2) in Orchestrator by its correlation id: job %3, watched there.</source>
        <translation>相関 ID でジョブ %1 (%2) を Orchestrator で見つけました: ジョブ %3 をそこで監視しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found job %1 (%2) in Orchestrator by its correlation id: job %3, which another row watches already.</source>
        <translation>相関 ID でジョブ %1 (%2) を Orchestrator で見つけました: ジョブ %3 は別の行で既に監視しています。</translation>
    </message>
</context>
<context>
    <name>td::JobDetailsView</name>
    <message numerus="yes">
        <location filename="../src/gui/jobdetailsview.cpp" line="+77"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 項目]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n メンバー}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a job to see its arguments, hops and output.</source>
        <translation>ジョブを選択すると、その引数、ホップ、出力が表示されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job actions</source>
        <translation>ジョブの操作</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output as a tree</source>
        <translation>出力 (ツリー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output as text</source>
        <translation>出力 (テキスト)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hops</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP hops</source>
        <translation>HTTP ホップ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>ステート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hop</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transitions</source>
        <translation>ステート遷移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State transitions</source>
        <translation>ステート遷移</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Argument</source>
        <translation>引数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments sent</source>
        <translation>送信した引数</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;%2 &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%3 · %4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;%2 &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%3 · %4&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server message: %1
Error code: %2</source>
        <translation>サーバー メッセージ: %1
エラー コード: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message: %1</source>
        <translation>サーバー メッセージ: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transitions (%1)</source>
        <translation>ステート遷移 (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n time(s) in a row, the last at %1</source>
        <translation>
            <numerusform>%n 回連続、最後は %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>through the proxy %1</source>
        <translation>プロキシ %1 経由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting…</source>
        <translation>応答待ち…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Next request in %1 s, at %2</source>
        <translation>次の要求は %1 秒後、%2 に送信します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hops (%1)</source>
        <translation>ホップ (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/stateappearance.cpp" line="+77"/>
        <source>Fire and forget: the server started the job and returns no output.</source>
        <translation>fire &amp; forget: サーバーはジョブを開始しました。出力は返されません。</translation>
    </message>
    <message>
        <location filename="../src/gui/jobdetailsview.cpp" line="+24"/>
        <source>No output.</source>
        <translation>出力はありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent to the server yet.</source>
        <translation>まだサーバーに送信されていません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent to the server yet (%1).</source>
        <translation>まだサーバーに送信されていません (%1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.</source>
        <comment>the engine&apos;s words, as a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No output yet: the job is still running.</source>
        <translation>まだ出力はありません: ジョブは実行中です。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More than %1 values: the rest is in the raw text.</source>
        <translation>値が %1 個を超えています: 残りは生テキストにあります。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Still running. Last status:
%1</source>
        <translation>まだ実行中です。最新のステータス:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments (%1)</source>
        <translation>引数 (%1)</translation>
    </message>
</context>
<context>
    <name>td::JobHistory</name>
    <message>
        <location filename="../src/gui/jobhistory.cpp" line="+309"/>
        <source>The job history database %1 could not be written: %2. Jobs are kept as files in %3 until it can be.</source>
        <translation>ジョブ履歴のデータベース %1 に書き込めませんでした: %2。書き込めるようになるまで、ジョブは %3 にファイルとして保存されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job history could not be saved in %1: %2</source>
        <translation>ジョブ履歴を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>td::JobLookupDialog</name>
    <message>
        <location filename="../src/gui/joblookupdialog.cpp" line="+17"/>
        <source>Check in Orchestrator</source>
        <translation>Orchestrator で確認</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the trigger call of &lt;b&gt;%1&lt;/b&gt; (launched %2) never arrived whole, so the job may or may not exist. These are the jobs Orchestrator created in the trigger&apos;s folder around that time.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (開始 %2) のトリガー呼び出しへの応答が完全には届かなかったため、ジョブが存在するかどうかわかりません。以下は、その前後にトリガーのフォルダーで Orchestrator が作成したジョブです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are the jobs Orchestrator created in the trigger&apos;s folder around the launch of &lt;b&gt;%1&lt;/b&gt; (%2). Attach the one it started to watch it there, with Orchestrator&apos;s own state, and to be able to stop it.</source>
        <translation>以下は、&lt;b&gt;%1&lt;/b&gt; の開始 (%2) の前後にトリガーのフォルダーで Orchestrator が作成したジョブです。この開始で作成されたジョブを関連付けると、Orchestrator 自身のステートでそのジョブを監視でき、停止することもできます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking Orchestrator…</source>
        <translation>Orchestrator に問い合わせています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs found in Orchestrator</source>
        <translation>Orchestrator で見つかったジョブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <translation>ジョブ ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>ステート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attach to this row</source>
        <translation>この行に関連付け(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the chosen job until it ends, in this job&apos;s row</source>
        <translation>選択したジョブを、このジョブの行で終了まで監視します</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Orchestrator has no job in this folder from around the launch: the trigger call most likely never created one. Launching again is safe.</source>
        <translation>開始時刻の前後に、このフォルダーで作成されたジョブは Orchestrator にありません: トリガー呼び出しはジョブを作成しなかった可能性が高いです。もう一度開始しても安全です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The job carrying this launch&apos;s correlation id %1 is marked ★: it is this job.</source>
        <translation>この開始の相関 ID %1 を持つジョブに ★ が付いています: それがこのジョブです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No job carries this launch&apos;s correlation id %1; the nearest in time come first.</source>
        <translation>この開始の相関 ID %1 を持つジョブはありません。時刻が近い順に表示しています。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n job(s) with the same arguments, marked ★ and listed first.</source>
        <translation>
            <numerusform>同じ引数のジョブが %n 件あります (★ 印、先頭に表示)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No job has the same arguments; the nearest in time come first.</source>
        <translation>同じ引数のジョブはありません。時刻が近い順に表示しています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (in another row)</source>
        <translation>%1 (別の行)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watched in another row already: %1</source>
        <translation>別の行で既に監視中: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n job(s) watched in another row already are greyed out.</source>
        <translation>
            <numerusform>別の行で既に監視中の %n 件のジョブはグレー表示です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobNotifier</name>
    <message>
        <location filename="../src/gui/jobnotifier.cpp" line="+35"/>
        <source>TriggerDesk</source>
        <translation>TriggerDesk</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: longer than expected</source>
        <translation>%1: 想定より長時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running for more than %1; TriggerDesk goes on watching it.</source>
        <translation>%1 を超えて実行中です。TriggerDesk は監視を続けます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probe of %1: %2</source>
        <translation>%1 のプローブ: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n job(s) ended</source>
        <translation>
            <numerusform>%n 件のジョブが終了しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 succeeded, %2 did not.</source>
        <translation>%1 件が成功し、%2 件は成功しませんでした。</translation>
    </message>
</context>
<context>
    <name>td::JobPanel</name>
    <message>
        <location filename="../src/gui/jobpanel.cpp" line="+99"/>
        <source>All jobs</source>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a job</source>
        <translation>ジョブを検索</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%1 of %n job(s) shown</source>
        <translation>
            <numerusform>%n 件のジョブのうち %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No jobs yet. Choose a profile on the left, fill in its arguments and press Launch (%1).</source>
        <translation>ジョブはまだありません。左でプロファイルを選び、引数を入力して [開始] (%1) を押してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No job matches the filter. Clear the text or choose &quot;All jobs&quot; to see all %n.</source>
        <translation>
            <numerusform>絞り込み条件に一致するジョブはありません。%n 件すべてを表示するには、テキストを消去するか [すべてのジョブ] を選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Watch the job again from its status URI</source>
        <translation>ステータス URI からジョブの監視を再開します</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Running: %1 · Finished: %2</source>
        <translation>実行中: %1 · 終了: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This job cannot be watched again once you stop: the server has not said yet where to follow it (a long poll&apos;s call is still held, or its call has no answer yet).</source>
        <translation>停止すると、このジョブは再び監視できません。サーバーがまだ追跡先を返していません (ロングポーリングの呼び出しが保留中か、呼び出しにまだ応答がありません)。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of these jobs cannot be watched again once you stop: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet).</source>
        <translation>
            <numerusform>停止すると、このうち %n 件のジョブは再び監視できません。サーバーがまだ追跡先を返していません (ロングポーリングの呼び出しが保留中か、呼び出しにまだ応答がありません)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop watching?</source>
        <translation>監視を停止しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job may still run in Orchestrator; Check in Orchestrator finds it there.</source>
        <translation>ジョブは Orchestrator で実行を続けている可能性があります。「Orchestrator で確認」でそこから見つけられます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop watching</source>
        <translation>監視を停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No token for this profile</source>
        <translation>このプロファイルにはトークンがありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again?</source>
        <translation>もう一度実行しますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of these jobs may still be running, or may have finished, on the server: TriggerDesk cannot tell. Running again starts a new job, which may do the same work twice (a duplicate job).

Check in Orchestrator first if that matters. Run again anyway?</source>
        <translation>
            <numerusform>これらのうち %n 件のジョブは、サーバー上でまだ実行中か、すでに完了している可能性があります: TriggerDesk には判別できません。もう一度実行すると新しいジョブが開始され、同じ処理が 2 回行われる (重複ジョブ) おそれがあります。

問題になる場合は、先に Orchestrator で確認してください。それでも実行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Job not attached</source>
        <translation>ジョブを関連付けませんでした</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job %1 is watched in another row already: %2.</source>
        <translation>ジョブ %1 は別の行で既に監視しています: %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watching job %1 in Orchestrator.</source>
        <translation>Orchestrator でジョブ %1 を監視しています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kill job %1 in Orchestrator?</source>
        <translation>Orchestrator でジョブ %1 を強制終了しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop job %1 in Orchestrator?</source>
        <translation>Orchestrator でジョブ %1 を停止しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orchestrator ends the robot&apos;s process at once: the work in progress is not finished or cleaned up.</source>
        <translation>Orchestrator はロボットのプロセスを直ちに終了します: 実行中の処理は完了もクリーンアップもされません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orchestrator asks the process to stop at its next &quot;Should Stop&quot; check; a process that never checks goes on running (Kill ends it at once).</source>
        <translation>Orchestrator は、次の「Should Stop」の確認時に停止するようプロセスに要求します。確認を行わないプロセスは実行を続けます (Kill ならすぐに終了します)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The job then ends Stopped.</source>
        <translation>その後、ジョブのステートは「停止済み」になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the job?</source>
        <translation>ジョブを強制終了しますか?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the job?</source>
        <translation>ジョブを停止しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kill the job</source>
        <translation>ジョブを強制終了(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stop the job</source>
        <translation>ジョブを停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Orchestrator to stop job %1 (%2)…</source>
        <translation>Orchestrator にジョブ %1 (%2) の停止を要求しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orchestrator is stopping job %1 (%2).</source>
        <translation>Orchestrator がジョブ %1 (%2) を停止しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not stop the job</source>
        <translation>ジョブを停止できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orchestrator did not take the request to stop job %1: %2</source>
        <translation>Orchestrator はジョブ %1 の停止要求を受け付けませんでした: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No browser opened</source>
        <translation>ブラウザーを開けませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for %1. The address is copied: paste it into one.</source>
        <translation>%1 を開く Web ブラウザーを起動できませんでした。アドレスをコピーしたので、ブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened job %1 in Orchestrator&apos;s web page.</source>
        <translation>ジョブ %1 を Orchestrator の Web ページで開きました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the request. Set $%1 to your token before running it.</source>
        <translation>要求をコピーしました。実行する前に、$%1 にトークンを設定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export jobs as JSON</source>
        <translation>ジョブを JSON としてエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export jobs as CSV</source>
        <translation>ジョブを CSV としてエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jobs not exported</source>
        <translation>ジョブはエクスポートされませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n job(s) to %1.</source>
        <translation>
            <numerusform>%n 件のジョブを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobRecord</name>
    <message>
        <location filename="../src/core/jobrecord.cpp" line="+176"/>
        <source>%1 (error %2)</source>
        <translation>%1 (エラー %2)</translation>
    </message>
</context>
<context>
    <name>td::JobRun</name>
    <message>
        <location filename="../src/engine/jobrun.cpp" line="+78"/>
        <source>The job was not started: %1</source>
        <translation>ジョブは開始されませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Waiting for a free long-poll connection</source>
        <translation>空いているロングポーリング接続を待機しています</translation>
    </message>
    <message>
        <location filename="../src/engine/asyncpollflow.cpp" line="+10"/>
        <location filename="../src/engine/longpollflow.cpp" line="+21"/>
        <source>Watching again</source>
        <translation>監視を再開しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted; polling the status URI</source>
        <translation>受け付けられました。ステータス URI をポーリングしています</translation>
    </message>
    <message>
        <location filename="../src/engine/longpollflow.cpp" line="+1"/>
        <source>The job is running; following the long poll</source>
        <translation>ジョブは実行中です。ロングポーリングを続けています</translation>
    </message>
    <message>
        <location filename="../src/engine/flows.cpp" line="+14"/>
        <source>The job may be running: check it in Orchestrator before launching again.</source>
        <translation>ジョブが実行されている可能性があります。もう一度開始する前に、Orchestrator でそのステートを確認してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server answered %1 without a Location header, so the job cannot be followed.</source>
        <translation>サーバーが Location ヘッダーなしで %1 を返したため、ジョブを追跡できません。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The job has finished; see its whole result in Orchestrator.</source>
        <translation>ジョブは完了しています。結果の全体は Orchestrator で確認してください。</translation>
    </message>
    <message>
        <location filename="../src/engine/triggerflow.cpp" line="+108"/>
        <source>The server is rate limiting (429)</source>
        <translation>サーバーがレート制限をしています (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, so no job was created: calling again at %2 (retry %3 of %4)</source>
        <translation>%1。ジョブは作成されていません。%2 に再度呼び出します (再試行 %3/%4)</translation>
    </message>
    <message>
        <location filename="../src/engine/jobrun.cpp" line="+320"/>
        <location filename="../src/engine/triggerflow.cpp" line="+13"/>
        <source>None of the %1 calls created a job.</source>
        <translation>%1 回の呼び出しのいずれもジョブを作成しませんでした。</translation>
    </message>
    <message>
        <location filename="../src/engine/asyncpollflow.cpp" line="+33"/>
        <source>Lost track of the job&apos;s status.</source>
        <translation>ジョブのステータスを追跡できなくなりました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The status URI kept redirecting (%1 times), so the job&apos;s result could not be read. Resume watching later, or see the job in Orchestrator.</source>
        <translation>ステータス URI がリダイレクトを繰り返した (%1 回) ため、ジョブの結果を読み取れませんでした。後で監視を再開するか、Orchestrator でジョブを確認してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The output URI kept redirecting (%1 times), so the job&apos;s result could not be read. Resume watching later, or see the job in Orchestrator.</source>
        <translation>出力 URI がリダイレクトを繰り返した (%1 回) ため、ジョブの結果を読み取れませんでした。後で監視を再開するか、Orchestrator でジョブを確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the job&apos;s result.</source>
        <translation>ジョブの結果を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../src/engine/longpollflow.cpp" line="+19"/>
        <source>Lost track of the long poll.</source>
        <translation>ロングポーリングを追跡できなくなりました。</translation>
    </message>
    <message>
        <location filename="../src/engine/orchestratorwatchflow.cpp" line="+18"/>
        <source>Pending in Orchestrator: waiting for a robot</source>
        <translation>Orchestrator で保留中: ロボットを待っています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping in Orchestrator</source>
        <translation>Orchestrator で停止中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminating in Orchestrator (killed)</source>
        <translation>Orchestrator で終了中 (強制終了)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended in Orchestrator: waiting to be resumed</source>
        <translation>Orchestrator で中断中: 再開を待っています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed in Orchestrator</source>
        <translation>Orchestrator で再開済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in Orchestrator</source>
        <translation>Orchestrator で %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Watching job %1 in Orchestrator</source>
        <translation>Orchestrator でジョブ %1 を監視中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lost track of the job in Orchestrator.</source>
        <translation>Orchestrator でジョブを見失いました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The job was stopped in Orchestrator.</source>
        <translation>ジョブは Orchestrator で停止されました。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The job faulted in Orchestrator.</source>
        <translation>ジョブは Orchestrator でエラーになりました。</translation>
    </message>
    <message>
        <location filename="../src/engine/jobrun.cpp" line="-355"/>
        <source>Watching cannot resume: %1</source>
        <translation>監視を再開できません: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TriggerDesk stopped before the server said where to watch this job, so it cannot be resumed. Look for it in Orchestrator: trigger %1, launched %2.</source>
        <translation>サーバーがこのジョブの監視先を返す前に TriggerDesk が停止したため、再開できません。Orchestrator で探してください: トリガー %1、開始 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The status URI carried a secret, which is never stored on disk, so watching cannot resume. Check the job in Orchestrator.</source>
        <translation>ステータス URI に秘密情報が含まれていました。秘密情報はディスクに保存しないため、監視を再開できません。Orchestrator でジョブを確認してください。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The job is running; waiting for a free long-poll connection</source>
        <translation>ジョブは実行中です。空いているロングポーリング接続を待機しています</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Retry-After %1 is beyond %2 s: waiting %2 s</source>
        <translation>Retry-After %1 は %2 秒を超えています: %2 秒待機します</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The job may still be running; resume watching later or check it in Orchestrator.</source>
        <translation>ジョブはまだ実行中の可能性があります。後で監視を再開するか、Orchestrator でそのステートを確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The long-poll deadline of %1 s passed before the trigger call was answered.</source>
        <translation>トリガーの呼び出しへの応答を受け取る前にロングポーリングの期限 (%1 秒) が過ぎました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused the call, so no job was created.</source>
        <translation>サーバーが呼び出しを拒否したため、ジョブは作成されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trigger was not called, so no job was created.</source>
        <translation>トリガーが呼び出されていないため、ジョブは作成されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at the long-poll deadline</source>
        <translation>ロングポーリングの期限で停止しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The long-poll deadline of %1 s passed while the job was running.</source>
        <translation>ジョブの実行中にロングポーリングの期限 (%1 秒) が過ぎました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It may still finish: resume watching to go on.</source>
        <translation>ジョブはまだ完了する可能性があります。続けるには監視を再開してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may still run: check it in Orchestrator.</source>
        <translation>ジョブはまだ実行中の可能性があります。Orchestrator でそのステートを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at the watch limit</source>
        <translation>監視時間の上限で停止しました</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TriggerDesk watched this job for %1, its limit, and stopped. It may still run: resume watching to go on, or check it in Orchestrator.</source>
        <translation>TriggerDesk はこのジョブを上限の %1 まで監視し、停止しました。ジョブはまだ実行中の可能性があります。続けるには監視を再開するか、Orchestrator でそのステートを確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped watching</source>
        <translation>監視を停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped watching (the job may still be running).</source>
        <translation>監視を停止しました (ジョブはまだ実行中の可能性があります)。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server refused the token (401). %1</source>
        <translation>サーバーがトークンを拒否しました (401)。%1</translation>
    </message>
    <message>
        <location filename="../src/engine/flows.cpp" line="-18"/>
        <source>The job faulted (its result came with HTTP %1).</source>
        <translation>ジョブがエラーで終了しました (結果は HTTP %1 で返されました)。</translation>
    </message>
</context>
<context>
    <name>td::JobState</name>
    <message>
        <location filename="../src/core/callmode.cpp" line="+19"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggering</source>
        <translation>トリガー呼び出し中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulted</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped watching</source>
        <translation>監視停止</translation>
    </message>
</context>
<context>
    <name>td::JobStore</name>
    <message>
        <location filename="../src/core/jobstore.cpp" line="+30"/>
        <source>A job record without an id cannot be saved.</source>
        <translation>ID のないジョブ レコードは保存できません。</translation>
    </message>
</context>
<context>
    <name>td::JobTableModel</name>
    <message>
        <location filename="../src/gui/jobtablemodel.cpp" line="+85"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Probe: %1</source>
        <translation>プローブ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, longer than expected</source>
        <translation>%1 (想定より長時間)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Longer than the %1 its profile expects</source>
        <translation>プロファイルで想定した %1 を超えています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since the job&apos;s start, as Orchestrator recorded it</source>
        <translation>Orchestrator が記録したジョブの開始から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the launch</source>
        <translation>開始から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the job&apos;s start to its end, as Orchestrator recorded them</source>
        <translation>Orchestrator が記録したジョブの開始から終了まで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the launch to the end TriggerDesk saw</source>
        <translation>開始から TriggerDesk が終了を確認するまで</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orchestrator job %1
TriggerDesk id %2</source>
        <translation>Orchestrator のジョブ %1
TriggerDesk の ID %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>ステート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls</source>
        <translation>ポーリング回数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hops</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <translation>ジョブ ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output or error</source>
        <translation>出力またはエラー</translation>
    </message>
</context>
<context>
    <name>td::JsonFile</name>
    <message>
        <location filename="../src/core/jsonfile.cpp" line="+17"/>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 は有効な JSON ではありません (%2 バイト目: %3)。</translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+164"/>
        <source>No keychain: secrets kept for this session only</source>
        <translation>キーチェーンなし: シークレットはこのセッションの間だけ保持されます</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Start a job with these arguments (%1)</source>
        <translation>これらの引数でジョブを開始します (%1)</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>About TriggerDesk</source>
        <translation>TriggerDesk について</translation>
    </message>
    <message numerus="yes">
        <location line="-136"/>
        <source>%n job(s) still running. They go on running on the server, and TriggerDesk resumes watching them the next time it starts.</source>
        <translation>
            <numerusform>%n 件のジョブがまだ実行中です。ジョブはサーバー上で実行を続け、TriggerDesk は次回の起動時に監視を再開します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Menu bar</source>
        <translation>メニュー バー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to resize the panes</source>
        <translation>ドラッグしてペインのサイズを変更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resize the window</source>
        <translation>ウィンドウのサイズを変更</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The setting network/proxy was ignored: %1</source>
        <translation>設定 network/proxy は無視されました: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A probe of %1 was skipped: the one before is still running.</source>
        <translation>%1 のプローブを 1 回スキップしました: 前回のプローブがまだ実行中です。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n probe(s) of %1 did not run while the computer slept.</source>
        <translation>
            <numerusform>コンピューターのスリープ中に %1 のプローブが %n 回実行されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The probe of %1 did not run: %2</source>
        <translation>%1 のプローブは実行されませんでした: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign In as &quot;%1&quot;…</source>
        <translation>「%1」としてサインイン…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in with &quot;%1&quot;, or its session ended: its jobs fail until someone signs in. Opens the identity server&apos;s page in your browser.</source>
        <translation>「%1」でサインインしているユーザーがいないか、セッションが終了しました。誰かがサインインするまで、そのジョブは失敗します。ID サーバーのページをブラウザーで開きます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jobs of &quot;%1&quot; need a sign-in: use the Sign In button in the status bar.</source>
        <translation>「%1」のジョブにはサインインが必要です。ステータス バーのサインイン ボタンを使ってください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A job of &quot;%1&quot; has run longer than the %2 its profile expects; still watching it.</source>
        <translation>「%1」のジョブが、プロファイルで想定した %2 を超えて実行されています。監視を続けています。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No token for this profile</source>
        <translation>このプロファイルにはトークンがありません</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n job(s) cannot be watched again after a restart: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet). They may go on running; the next time, find them with Check in Orchestrator.</source>
        <translation>
            <numerusform>%n 件のジョブは再起動後に再び監視できません。サーバーがまだ追跡先を返していません (ロングポーリングの呼び出しが保留中か、呼び出しにまだ応答がありません)。ジョブは実行を続ける可能性があります。次回は「Orchestrator で確認」で見つけてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n demo job(s) still running. They end with the demo simulator, which stops with this window.</source>
        <translation>
            <numerusform>%n 件のデモ ジョブがまだ実行中です。デモ シミュレーターはこのウィンドウと共に停止するため、これらのジョブも終了します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit TriggerDesk?</source>
        <translation>TriggerDesk を終了しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs still running</source>
        <translation>実行中のジョブがあります</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The job history database %1 could not be opened: %2

This session&apos;s jobs are saved as files in %3 and move into the database the next time it opens. If the database is damaged, move it away: TriggerDesk then starts a new one and keeps the files&apos; jobs.</source>
        <translation>ジョブ履歴のデータベース %1 を開けませんでした: %2

このセッションのジョブは %3 にファイルとして保存され、次にデータベースを開けたときにデータベースへ移されます。データベースが破損している場合は、別の場所へ移動してください。TriggerDesk は新しいデータベースを作成し、ファイルのジョブを保持します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job history not opened</source>
        <translation>ジョブ履歴を開けませんでした</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n job record(s) in %1 could not be read and were left as they are.</source>
        <translation>
            <numerusform>%1 内の %n 件のジョブ記録を読み取れなかったため、そのままにしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Watching %n job(s) again that were running when TriggerDesk closed.</source>
        <translation>
            <numerusform>TriggerDesk の終了時に実行中だった %n 件のジョブの監視を再開しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) could not be watched again: select them and use Check in Orchestrator.</source>
        <translation>
            <numerusform>%n 件のジョブは再び監視できませんでした。選択して「Orchestrator で確認」を使ってください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The saved profiles could not be read from %1.

%2

TriggerDesk starts without them; the unreadable file is not overwritten.</source>
        <translation>保存されたプロファイルを %1 から読み込めませんでした。

%2

TriggerDesk はプロファイルなしで起動します。読み込めなかったファイルは上書きされません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles not loaded</source>
        <translation>プロファイルは読み込まれませんでした</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting the demo simulator…</source>
        <translation>デモ シミュレーターを起動しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo simulator: %1</source>
        <translation>デモ シミュレーター: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo simulator not running</source>
        <translation>デモ シミュレーターは実行されていません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TriggerDesk %1
Launch Orchestrator jobs through API triggers and watch them live.

Built with Qt %2, running on Qt %3 (%4).
Settings: %5
Job history: %6</source>
        <translation>TriggerDesk %1
API トリガーを介して Orchestrator のジョブを開始し、リアルタイムで監視します。

Qt %2 でビルド、Qt %3 で実行中 (%4)。
設定: %5
ジョブ履歴: %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language changes the next time TriggerDesk starts.</source>
        <translation>言語は TriggerDesk の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Tab goes from the profile list to the form, Copies, Launch, the job filter and the table.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Tab キーで、プロファイル一覧、フォーム、ジョブ数、開始、ジョブの絞り込み、表の順に移動します。&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-222"/>
        <source>Launched %n job(s) of %1.</source>
        <translation>
            <numerusform>%1 のジョブを %n 件開始しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::OAuthClientCredentialsProvider</name>
    <message>
        <location filename="../src/engine/oauthprovider.cpp" line="+81"/>
        <source>Refused to send the client secret over plain http to %1: anyone on the way could read it. Use an https identity URL.</source>
        <translation>%1 へプレーン http でクライアント シークレットを送信することを拒否しました: 経路上の誰でも読み取れます。https の ID URL を使用してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not get a token from %1.
%2</source>
        <translation>%1 からトークンを取得できませんでした。
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not a token: this is not a token endpoint. Check the identity URL: https://{host}/identity_ on Automation Cloud and Automation Suite, {Orchestrator URL}/identity on a standalone Orchestrator.</source>
        <translation>%1 はトークンではなく Web ページを返しました: これはトークン エンドポイントではありません。Identity URL を確認してください: Automation Cloud と Automation Suite では https://{host}/identity_、スタンドアロンの Orchestrator では {Orchestrator URL}/identity です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sign-in has ended: the identity server no longer renews it (%1). Sign in again: Profile &gt; Credentials &gt; Sign In, or triggerdesk-cli credentials login.</source>
        <translation>サインインは終了しました。ID サーバーはもう更新しません (%1)。もう一度サインインしてください: [プロファイル] &gt; [資格情報] &gt; [サインイン]、または triggerdesk-cli credentials login。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the client id and secret of the external application.</source>
        <translation>外部アプリケーションのクライアント ID とシークレットを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the scopes: the external application must be granted each one (for example OR.Jobs, or OR.Default for an application with fine-grained permissions).</source>
        <translation>スコープを確認してください。外部アプリケーションには各スコープが付与されている必要があります (例: OR.Jobs、きめ細かな権限を持つアプリケーションの場合は OR.Default)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the identity URL and the external application.</source>
        <translation>Identity の URL と外部アプリケーションを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity server refused the client credentials (%1): %2
%3</source>
        <translation>Identity サーバーがクライアント資格情報を拒否しました (%1): %2
%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The identity server at %1 sent an access token with a control character or a space (a line break?): it was refused, so it cannot add headers to requests.</source>
        <translation>%1 の ID サーバーが制御文字または空白 (改行?) を含むアクセス トークンを送信しました: 要求にヘッダーを追加できないよう、拒否しました。</translation>
    </message>
</context>
<context>
    <name>td::OrchestratorApi</name>
    <message>
        <location filename="../src/engine/orchestratorapi.cpp" line="+36"/>
        <source>The trigger URL names no folder key, so the folder cannot be found: enter the folder id in the profile.</source>
        <translation>トリガーの URL にフォルダー キーが含まれていないため、フォルダーを特定できません: プロファイルにフォルダー ID を入力してください。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>TriggerDesk is closing.</source>
        <translation>TriggerDesk を終了しています。</translation>
    </message>
</context>
<context>
    <name>td::ProfileActions</name>
    <message>
        <location filename="../src/gui/profileactions.cpp" line="+62"/>
        <source>New trigger</source>
        <translation>新しいトリガー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit profile</source>
        <translation>プロファイルを編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+69"/>
        <location line="+24"/>
        <source>Profile not saved</source>
        <translation>プロファイルは保存されませんでした</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Credentials not saved</source>
        <translation>資格情報は保存されませんでした</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved &quot;%1&quot;. It still calls the demo simulator, which has another address at every start: Profile &gt; Edit profile points it at your own trigger.</source>
        <translation>「%1」を保存しました。まだデモ シミュレーターを呼び出します。デモ シミュレーターのアドレスは起動のたびに変わるので、「プロファイル &gt; プロファイルを編集」でご自分のトリガーに向けてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate not saved</source>
        <translation>証明書は保存されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; no longer exists. To trust the certificate in another profile, paste its fingerprint into Pinned certificate in that profile&apos;s editor: %2</source>
        <translation>プロファイル「%1」はもう存在しません。別のプロファイルでこの証明書を信頼するには、そのプロファイルのエディターの [ピン留めする証明書] にフィンガープリントを貼り付けてください: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; now trusts the server certificate %2.</source>
        <translation>「%1」はサーバー証明書 %2 を信頼するようになりました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename profile</source>
        <translation>プロファイル名を変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile not renamed</source>
        <translation>プロファイル名は変更されませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its presets are deleted with it.</source>
        <translation>プロファイル「%1」を削除しますか? そのプリセットも一緒に削除されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile not deleted</source>
        <translation>プロファイルは削除されませんでした</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile order not saved</source>
        <translation>プロファイルの順序は保存されませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import profiles</source>
        <translation>プロファイルをインポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing imported</source>
        <translation>何もインポートされませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile could be imported from %1.
%2</source>
        <translation>%1 からプロファイルを 1 つもインポートできませんでした。
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some profiles were not imported</source>
        <translation>一部のプロファイルはインポートされませんでした</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n 件のプロファイルをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export profiles</source>
        <translation>プロファイルをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json)</source>
        <translation>プロファイル (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiles not exported</source>
        <translation>プロファイルはエクスポートされませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the profiles to %1.</source>
        <translation>プロファイルを %1 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>td::ProfileEditor</name>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="+86"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>選択肢 (コンマ区切り)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Certificate authorities to trust</source>
        <translation>信頼する証明機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>argument%1</source>
        <translation>argument%1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(none: use $TRIGGERDESK_TOKEN)</source>
        <translation>(なし: $TRIGGERDESK_TOKEN を使用)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (OAuth client credentials)</source>
        <translation>%1 (OAuth クライアント資格情報)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (signs in with the browser)</source>
        <translation>%1 (ブラウザーでサインイン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (personal access token)</source>
        <translation>%1 (個人用アクセス トークン)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>Demo simulator token</source>
        <translation>デモ シミュレーターのトークン</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 (not found)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Argument %1 needs a name.</source>
        <translation>引数 %1 には名前が必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default of %1: %2</source>
        <translation>%1 の既定値: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a time of day: write the probe times like 08:00, 13:30.</source>
        <translation>「%1」は時刻ではありません。プローブの時刻は 08:00, 13:30 のように入力してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each probe starts a real job in Orchestrator: tick &quot;Okay to start a real job&quot; to keep the schedule, or set Probe every to Never and clear the times.</source>
        <translation>プローブのたびに Orchestrator で実際のジョブが開始されます。スケジュールを保持するには「プローブのたびに Orchestrator で実際のジョブを開始してよい」をオンにするか、プローブの間隔を「しない」にして時刻を消去してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an origin. Write it as https://host or https://host:port.</source>
        <translation>「%1」はオリジンではありません。https://host または https://host:port の形式で記述してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credential &quot;%1&quot; does not exist: choose another, or add it in the credential editor.</source>
        <translation>資格情報「%1」は存在しません。別の資格情報を選択するか、資格情報エディターで追加してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste the trigger&apos;s full slug URL.</source>
        <translation>トリガーの完全な slug URL を貼り付けてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not a GUID: check that this is the folder key)</source>
        <translation>(GUID ではありません。これがフォルダー キーであることを確認してください)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(standalone)</source>
        <translation>(スタンドアロン)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Tenant: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; Folder: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Slug: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>組織: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; テナント: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; フォルダー: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; slug: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The example is not valid JSON (character %1: %2).</source>
        <translation>例は有効な JSON ではありません (%1 文字目: %2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The example must be a JSON object, like {&quot;customer&quot;: &quot;ACME&quot;, &quot;count&quot;: 3}.</source>
        <translation>例は JSON オブジェクトである必要があります (例: {&quot;customer&quot;: &quot;ACME&quot;, &quot;count&quot;: 3})。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Infer arguments</source>
        <translation>引数を推定</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paste an example request body (a JSON object). One argument is made per member, typed from its value.</source>
        <translation>要求本文の例 (JSON オブジェクト) を貼り付けてください。メンバーごとに引数が 1 つ作成され、型は値から判断されます。</translation>
    </message>
</context>
<context>
    <name>td::ProfileListModel</name>
    <message>
        <location filename="../src/gui/profilelistmodel.cpp" line="+43"/>
        <source>%1 (demo)</source>
        <translation>%1 (デモ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo profile for the local simulator: not saved. Duplicate it to keep a copy.</source>
        <translation>ローカル シミュレーター用のデモ プロファイルです。保存されません。残すには複製してください。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file holds no profiles.</source>
        <translation>このファイルにはプロファイルが含まれていません。</translation>
    </message>
</context>
<context>
    <name>td::ProfilePanel</name>
    <message>
        <location filename="../src/gui/profilepanel.cpp" line="+16"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the values in the form as a named preset</source>
        <translation>フォームの値を名前付きのプリセットとして保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen preset</source>
        <translation>選択したプリセットを削除します</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Probe every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごとにプローブ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probe at %1</source>
        <translation>%1 にプローブ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: paused (Profile &gt; Pause Probes)</source>
        <translation>%1: 一時停止中 (プロファイル &gt; プローブを一時停止)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; the next at %2</source>
        <translation>%1。次回は %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last probe %1: %2</source>
        <translation>前回のプローブ %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last probe %1: still running</source>
        <translation>前回のプローブ %1: 実行中</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Create a profile for a trigger to launch it.</source>
        <translation>トリガーを開始するには、そのプロファイルを作成してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%2 · %3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%2 · %3&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo profile: not saved, gone when TriggerDesk closes. Profile &gt; Duplicate profile keeps a copy to point at your own trigger.</source>
        <translation>デモ プロファイル: 保存されず、TriggerDesk を閉じると消えます。「プロファイル &gt; プロファイルを複製」でコピーを残し、ご自分のトリガーに向けられます。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a profile first.</source>
        <translation>最初にプロファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a job with these arguments (%1)</source>
        <translation>これらの引数でジョブを開始します (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no presets saved)</source>
        <translation>(プリセットなし)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a preset)</source>
        <translation>(プリセットを選択)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preset name:</source>
        <translation>プリセット名:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preset not saved</source>
        <translation>プリセットは保存されませんでした</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>プリセット「%1」を削除しますか?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preset not deleted</source>
        <translation>プリセットは削除されませんでした</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Launch a burst?</source>
        <translation>まとめて開始しますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Launch %n jobs of &quot;%1&quot; at once? Each one is a real job on the server.</source>
        <translation>
            <numerusform>「%1」のジョブを %n 件まとめて開始しますか? どれもサーバー上の実際のジョブです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ProfileStore</name>
    <message>
        <location filename="../src/core/profilestore.cpp" line="+49"/>
        <source>Profile %1: %2</source>
        <translation>プロファイル %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file does not hold a list of profiles.</source>
        <translation>このファイルにはプロファイルの一覧が含まれていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was written by a newer TriggerDesk (format %1; this version reads format %2). Update TriggerDesk to use it.</source>
        <translation>このファイルは新しい TriggerDesk で書き込まれました (形式 %1。このバージョンが読み取れるのは形式 %2)。使用するには TriggerDesk を更新してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s &quot;profiles&quot; is not a list of profiles.</source>
        <translation>ファイルの &quot;profiles&quot; がプロファイルの一覧ではありません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1
The file %2 was left untouched.</source>
        <translation>%1
ファイル %2 は変更していません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1
The file was kept as %2.</source>
        <translation>%1
ファイルは %2 として保持されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
A copy could not be kept; the file was left untouched.</source>
        <translation>%1
コピーを保持できなかったため、ファイルは変更していません。</translation>
    </message>
</context>
<context>
    <name>td::ProxySetting</name>
    <message>
        <location filename="../src/core/proxysetting.cpp" line="+21"/>
        <source>The proxy must be &quot;system&quot;, &quot;none&quot; or a URL like http://proxy.example.com:3128 (http://user@host:port for a user).</source>
        <translation>プロキシには &quot;system&quot;、&quot;none&quot;、または http://proxy.example.com:3128 のような URL を指定する必要があります (ユーザーを指定する場合は http://user@host:port)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the password out of the proxy URL: it would be saved in clear. Set TRIGGERDESK_PROXY_PASSWORD instead.</source>
        <translation>プロキシ URL にパスワードを含めないでください: 暗号化されないまま保存されます。代わりに TRIGGERDESK_PROXY_PASSWORD を設定してください。</translation>
    </message>
</context>
<context>
    <name>td::ProxySignIn</name>
    <message>
        <location filename="../src/gui/proxysignin.cpp" line="+67"/>
        <source>Proxy sign-in</source>
        <translation>プロキシへのサインイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407). Nothing went past it: the jobs it refused were not started in Orchestrator, and run again once you sign in.</source>
        <translation>プロキシ %1 がユーザー名とパスワードを要求しています (HTTP 407)。要求はプロキシを通過していません。拒否されたジョブは Orchestrator で開始されておらず、サインインすると再実行されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain answered, so the password is kept for this session only: %1</source>
        <translation>キーチェーンが応答しないため、パスワードはこのセッションの間だけ保持されます: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign In and Run Again</source>
        <translation>サインインして再実行</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Not signed in to the proxy %1: %n job(s) it refused stay Failed. Re-run asks again.</source>
        <translation>
            <numerusform>プロキシ %1 にサインインしていません: 拒否された %n 個のジョブは失敗のままです。再実行すると再度確認されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Signed in to the proxy %1 as %2: %n job(s) it refused run again.</source>
        <translation>
            <numerusform>%2 としてプロキシ %1 にサインインしました: 拒否された %n 個のジョブを再実行します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy password not kept</source>
        <translation>プロキシのパスワードは保持されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password for %1 is kept for this session only: %2</source>
        <translation>%1 のパスワードはこのセッションの間だけ保持されます: %2</translation>
    </message>
</context>
<context>
    <name>td::SecretStore</name>
    <message>
        <location filename="../src/engine/secretstore.cpp" line="+17"/>
        <location line="+59"/>
        <location filename="../src/gui/credentialeditor.cpp" line="-695"/>
        <source>No secret is stored under this name.</source>
        <translation>この名前で保存されたシークレットはありません。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No keychain is available on this system (%1). Secrets are kept for this session only.</source>
        <translation>このシステムではキーチェーンを利用できません (%1)。シークレットはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused: %1</source>
        <translation>キーチェーンが要求を拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>td::SecretStoreFactory</name>
    <message>
        <location filename="../src/gui/secretstorefactory.cpp" line="+88"/>
        <source>No keychain answered.</source>
        <translation>キーチェーンから応答がありませんでした。</translation>
    </message>
</context>
<context>
    <name>td::TlsTrust</name>
    <message>
        <location filename="../src/core/tlstrust.cpp" line="+25"/>
        <source>The pinned certificate fingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits (colons allowed).</source>
        <translation>ピン留めする証明書のフィンガープリントは SHA-256 フィンガープリントである必要があります: 16 進数 64 桁 (コロンを含めてもかまいません)。</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryButton</name>
    <message>
        <location filename="../src/gui/tokenexpirybutton.cpp" line="+47"/>
        <source>Token of &quot;%1&quot; expired</source>
        <translation>「%1」のトークンは期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token of &quot;%1&quot; expires today</source>
        <translation>「%1」のトークンは今日で期限切れ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Token of &quot;%1&quot; expires in %n day(s)</source>
        <translation>
            <numerusform>「%1」のトークンは %n 日後に期限切れ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TriggerEngine</name>
    <message>
        <location filename="../src/engine/triggerengine.cpp" line="+70"/>
        <source>Resuming</source>
        <translation>再開中</translation>
    </message>
</context>
<context>
    <name>td::TriggerProfile</name>
    <message>
        <location filename="../src/core/triggerprofile.cpp" line="+45"/>
        <source>This is not a valid URL. Paste the full slug URL that Orchestrator copies for the trigger.</source>
        <translation>これは有効な URL ではありません。Orchestrator でトリガー用にコピーされる完全な slug URL を貼り付けてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URL must start with https:// (or http:// for a local test server).</source>
        <translation>URL は https:// で始まる必要があります (ローカルのテスト サーバーの場合は http://)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The path must end in /t/{folder key}/{slug}, as in Orchestrator&apos;s &quot;copy full slug URL&quot;.</source>
        <translation>パスは、Orchestrator の [完全な slug URL をコピー] で得られる URL と同じく、/t/{フォルダー キー}/{slug} で終わる必要があります。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the trigger URL: the full slug URL that Orchestrator copies.</source>
        <translation>トリガーの URL (Orchestrator がコピーする完全な slug URL) を貼り付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trigger URL is not a valid URL (%1). Paste the full slug URL that Orchestrator copies.</source>
        <translation>トリガーの URL が有効な URL ではありません (%1)。Orchestrator がコピーする完全な slug URL を貼り付けてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trigger URL must start with https:// (or http:// for a local test server).</source>
        <translation>トリガーの URL は https:// で始まる必要があります (ローカルのテスト サーバーの場合は http://)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trigger URL has no host name. Paste the full slug URL that Orchestrator copies.</source>
        <translation>トリガーの URL にホスト名がありません。Orchestrator がコピーする完全な slug URL を貼り付けてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTTP verb must be GET, POST, PUT or DELETE.</source>
        <translation>HTTP 動詞は GET、POST、PUT、DELETE のいずれかである必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll interval must be at least %1 ms.</source>
        <translation>ポーリング間隔は %1 ミリ秒以上である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The long-poll deadline must be from one second to %1 hours.</source>
        <translation>ロングポーリングの期限は 1 秒以上 %1 時間以下である必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expected duration must be from 0 (none) to %1 days.</source>
        <translation>想定時間は 0 (なし) から %1 日の間で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The probe interval must be from 0 (never) to %1 minutes.</source>
        <translation>プローブの間隔は 0 (しない) から %1 分の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A probe runs every so many minutes or at set times, not both: clear one of them.</source>
        <translation>プローブは一定の分ごと、または指定した時刻のどちらかで実行されます。両方は指定できないため、一方を消去してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The correlation argument must be an argument name (no spaces, not starting with $): %1.</source>
        <translation>相関引数は引数の名前にしてください (スペースを含まず、$ で始まらないこと): %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every argument needs a name.</source>
        <translation>すべての引数に名前が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The argument %1 is defined twice.</source>
        <translation>引数 %1 が 2 回定義されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument names cannot start with $: %1.</source>
        <translation>引数名を $ で始めることはできません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The argument %1 is the correlation argument: TriggerDesk fills it at each launch, so it cannot be in the form too.</source>
        <translation>引数 %1 は相関引数です: TriggerDesk が開始のたびに設定するため、フォームに含めることはできません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The choice argument %1 needs at least one choice.</source>
        <translation>選択肢型の引数 %1 には少なくとも 1 つの選択肢が必要です。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A profile needs at least a &quot;name&quot; and a &quot;url&quot;.</source>
        <translation>プロファイルには少なくとも &quot;name&quot; と &quot;url&quot; が必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This profile was written by a newer TriggerDesk (format %1).</source>
        <translation>このプロファイルは新しいバージョンの TriggerDesk で作成されました (形式 %1)。</translation>
    </message>
</context>
<context>
    <name>td::cli</name>
    <message>
        <location filename="../src/cli/cliio.cpp" line="+24"/>
        <source>Run triggerdesk-cli --help for usage.</source>
        <translation>使用方法を表示するには triggerdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+59"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is not set (or empty): set it to your token, or pass --no-auth to call without one.</source>
        <translation>%1 が設定されていません (または空です): トークンを設定するか、トークンなしで呼び出す場合は --no-auth を指定してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not create the folder %1 for --state-dir.</source>
        <translation>--state-dir のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write in %1 (--state-dir): %2</source>
        <translation>%1 (--state-dir) に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+292"/>
        <source>give either --token-env or --no-auth, not both</source>
        <translation>--token-env と --no-auth はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="-73"/>
        <source>the profile&apos;s credential &quot;%1&quot; is not in %2</source>
        <translation>プロファイルの資格情報 &quot;%1&quot; は %2 にありません</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="-241"/>
        <source>The trigger&apos;s HTTP verb: GET, POST, PUT or DELETE.</source>
        <translation>トリガーの HTTP 動詞: GET、POST、PUT、DELETE のいずれか。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call mode: AsyncRequestReply, FireAndForget, LongPolling or default (the trigger&apos;s own; the default for a URL).</source>
        <translation>呼び出しモード: AsyncRequestReply、FireAndForget、LongPolling、default (トリガー自身の設定。URL を指定した場合の既定値) のいずれか。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An input argument, typed like JSON (123, true, {&quot;a&quot;:1}), else a string. Repeatable.</source>
        <translation>入力引数。型は JSON として解釈し (123、true、{&quot;a&quot;:1})、解釈できない場合は文字列になります。複数回指定できます。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Run a saved profile instead of a URL (jobs: the profile&apos;s Orchestrator and folder).</source>
        <translation>URL の代わりに保存済みのプロファイルを実行します (jobs: プロファイルの Orchestrator とフォルダーを使用)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the jobs of this profile (by name).</source>
        <translation>このプロファイル (名前で指定) のジョブのみ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the jobs launched at or after this date or time (2026-12-01, 2026-12-01T08:00:00Z).</source>
        <translation>この日付または日時以降に開始したジョブのみ (2026-12-01、2026-12-01T08:00:00Z)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the job records that run --state-dir DIR kept, instead of the window&apos;s history.</source>
        <translation>ウィンドウの履歴ではなく、run --state-dir DIR が保存したジョブ記録を読み取ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the figures as one JSON object.</source>
        <translation>数値を 1 つの JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Input arguments as one JSON object (jobs find: the arguments the job was launched with).</source>
        <translation>1 つの JSON オブジェクト形式の入力引数 (jobs find: ジョブの開始時に使用した引数)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs find: when the trigger was called (default: now); jobs created from 2 minutes before to 10 minutes after are listed.</source>
        <translation>jobs find: トリガーを呼び出した日時 (既定: 現在)。その 2 分前から 10 分後までに作成されたジョブを一覧表示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs find: the correlation id the job was launched with (the profile&apos;s correlation argument): only the job carrying it matches.</source>
        <translation>jobs find: ジョブの開始時の相関 ID (プロファイルの相関引数)。その ID を持つジョブだけが一致します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs stop: end the robot&apos;s process at once (Kill) instead of asking the process to stop (SoftStop).</source>
        <translation>jobs stop: プロセスに停止を要求する (SoftStop) 代わりに、ロボットのプロセスを直ちに終了します (Kill)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment variable holding the token (default TRIGGERDESK_TOKEN); wins over a profile&apos;s credential.</source>
        <translation>トークンを格納した環境変数 (既定: TRIGGERDESK_TOKEN)。プロファイルの資格情報より優先されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call without a token.</source>
        <translation>トークンなしで呼び出します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status poll interval in milliseconds.</source>
        <translation>ステータスのポーリング間隔 (ミリ秒)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to poll the status: adaptive (every interval at first, then a fifth of the time the job has run, at most 30 s), or every MS milliseconds.</source>
        <translation>ステータスのポーリング方法: adaptive (最初は間隔ごと、その後はジョブの実行時間の 5 分の 1 ごと、最長 30 秒)、または MS ミリ秒ごと。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long-poll deadline in seconds (at most 86400).</source>
        <translation>ロングポーリングの期限 (秒、最大 86400)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a JSON record of each job here; resume reads them back.</source>
        <translation>各ジョブの JSON 記録をここに保存します。resume はそれを読み込みます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object per job on standard output.</source>
        <translation>ジョブごとに JSON オブジェクトを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Launch N copies at once (a load test); one report per job, the worst exit code.</source>
        <translation>N 件のコピーを一度に開始します (負荷テスト)。ジョブごとに 1 つの報告を出力し、最も悪い終了コードで終了します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long polls held at once per server (default 50); more wait as Queued.</source>
        <translation>サーバーごとに同時に保持するロングポーリングの数 (既定: 50)。これを超えるジョブは Queued として待機します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop watching any job after N hours (default 24); it ends TimedOut and can be resumed.</source>
        <translation>どのジョブも N 時間 (既定: 24) が経過したら監視を停止します。ジョブは TimedOut で終わり、監視を再開できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the certificate authorities in this PEM file too (an on-premises Orchestrator&apos;s private CA); &quot;&quot; for none.</source>
        <translation>この PEM ファイル内の証明機関も信頼します (オンプレミスの Orchestrator のプライベート CA)。使用しない場合は &quot;&quot; を指定します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept only the server certificate with this SHA-256 fingerprint (64 hex digits, colons allowed), even self-signed; &quot;&quot; for none.</source>
        <translation>この SHA-256 フィンガープリント (16 進数 64 桁、コロン可) を持つサーバー証明書だけを受け入れます (自己署名証明書も含む)。使用しない場合は &quot;&quot; を指定します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy for profiles that name none: system (default: http_proxy, https_proxy, no_proxy), none, or http://[user@]host:port (password in TRIGGERDESK_PROXY_PASSWORD). Loopback never goes through a proxy.</source>
        <translation>プロキシを指定していないプロファイルで使用するプロキシ: system (既定: http_proxy、https_proxy、no_proxy を使用)、none、または http://[user@]host:port (パスワードは TRIGGERDESK_PROXY_PASSWORD から取得)。ループバック アドレスはプロキシを経由しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials add: a personal access token.</source>
        <translation>credentials add: 個人用アクセス トークン。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credentials add --pat: the token&apos;s expiry date, as Orchestrator showed it; runs warn from a week before.</source>
        <translation>credentials add --pat: Orchestrator が表示したトークンの有効期限。実行時に 1 週間前から警告します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentials add: OAuth client credentials.</source>
        <translation>credentials add: OAuth クライアント資格情報。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials add: a person signs in in the system browser (authorization code with PKCE), then with credentials login NAME.</source>
        <translation>credentials add: 個人がシステムのブラウザーでサインインします (PKCE 付き認可コード)。その後 credentials login NAME を実行します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentials add --browser: the port of the redirect URI http://127.0.0.1:N/ registered in the external application (default 8765).</source>
        <translation>credentials add --browser: 外部アプリケーションに登録したリダイレクト URI http://127.0.0.1:N/ のポート (既定: 8765)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentials add --oauth|--browser: the application id.</source>
        <translation>credentials add --oauth|--browser: アプリケーション ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials add --oauth|--browser: the scopes (default OR.Jobs; with --browser also offline_access).</source>
        <translation>credentials add --oauth|--browser: スコープ (既定: OR.Jobs。--browser では offline_access も)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credentials add|login: the identity server (default: /identity_ on the trigger&apos;s host for Automation Cloud and Suite, {Orchestrator URL}/identity for a standalone Orchestrator).</source>
        <translation>credentials add|login: Identity サーバー (既定: Automation Cloud と Suite ではトリガーのホストの /identity_、スタンドアロンの Orchestrator では {Orchestrator URL}/identity)。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--since takes a date or a date and time in ISO 8601 (2026-12-01, 2026-12-01T08:00:00Z), got &quot;%1&quot;</source>
        <translation>--since には ISO 8601 形式の日付または日時 (2026-12-01、2026-12-01T08:00:00Z) を指定します。指定値:「%1」</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--expires takes a date such as 2027-01-31</source>
        <translation>--expires には 2027-01-31 のような日付を指定してください</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>--poll takes adaptive or a number of milliseconds, got &quot;%1&quot;</source>
        <translation>--poll には adaptive かミリ秒数を指定してください。指定された値: 「%1」</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Options of stats (the window&apos;s history, or --state-dir; jobs that ended):</source>
        <translation>stats のオプション (ウィンドウの履歴または --state-dir、終了したジョブ):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A profile&apos;s credential is used when it has one (unless --token-env is given); its secret is read
from the system keychain. &quot;credentials add&quot; reads the secret from standard input, never from
arguments. A resumed job uses the credential of the profile it was launched with.

Otherwise the token is read from the environment variable --token-env names (default
TRIGGERDESK_TOKEN); a run without one is refused unless --no-auth says to call without a token.
Exit codes: 0 Successful or Started, 1 Faulted, 2 bad usage or input, 3 Failed, 4 Unknown,
5 TimedOut or Cancelled, 6 the job records or profiles could not be written, 7 Stopped in
Orchestrator. jobs watch and jobs stop exit as run does; jobs find exits 0 when it lists a job
and 4 when it finds none; stats exits 0 when it has figures and 4 when no job ended.
stats gives each profile&apos;s outcomes and the nearest-rank percentiles (p50, p90, p99) of the
durations of its jobs that ran to an end (Successful, Faulted or Stopped).
</source>
        <translation>プロファイルに資格情報がある場合は、その資格情報を使用します (--token-env を指定した場合を除く)。
シークレットはシステムのキーチェーンから読み取ります。&quot;credentials add&quot; はシークレットを
標準入力から読み取り、引数からは読み取りません。再開したジョブは、開始時のプロファイルの
資格情報を使用します。

それ以外の場合、トークンは --token-env で指定した環境変数 (既定: TRIGGERDESK_TOKEN) から
読み取ります。トークンがない場合、--no-auth でトークンなしの呼び出しを指定しない限り、
実行は拒否されます。
終了コード: 0 Successful または Started、1 Faulted、2 使用方法または入力の誤り、3 Failed、
4 Unknown、5 TimedOut または Cancelled、6 ジョブの記録またはプロファイルを書き込めなかった、7 Orchestrator で停止された。
jobs watch と jobs stop の終了コードは run と同じです。jobs find はジョブを一覧表示した場合は 0、
見つからなかった場合は 4 で終了します。
stats は数値がある場合は 0、終了したジョブがない場合は 4 で終了します。
stats は各プロファイルの結果と、終了まで実行されたジョブ (Successful、Faulted、Stopped) の
実行時間の最近接順位パーセンタイル (p50、p90、p99) を示します。
</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>--%1 takes a whole number, got &quot;%2&quot;</source>
        <translation>--%1 には整数を指定してください (指定された値: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 takes a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください (指定された値: &quot;%4&quot;)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>give either --args-json or --correlation, not both</source>
        <translation>--args-json と --correlation はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--around takes a date and time in ISO 8601 (2026-12-04T10:15:00Z), got &quot;%1&quot;</source>
        <translation>--around には ISO 8601 形式の日時 (例: 2026-12-04T10:15:00Z) を指定してください (指定された値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resume needs --state-dir DIR</source>
        <translation>resume には --state-dir DIR が必要です</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--args-json must be a JSON object (%1)</source>
        <translation>--args-json には JSON オブジェクトを指定してください (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage:
  triggerdesk-cli run URL [options of run]
  triggerdesk-cli run --profile NAME [options of run]
  triggerdesk-cli resume --state-dir DIR [options of resume]
  triggerdesk-cli profiles list|show NAME|import FILE|export FILE
  triggerdesk-cli credentials list
  triggerdesk-cli credentials add NAME --pat
  triggerdesk-cli credentials add NAME --oauth --client-id ID [--scopes S] [--identity-url URL]
  triggerdesk-cli credentials add NAME --browser --client-id ID [--scopes S] [--identity-url URL] [--redirect-port N]
  triggerdesk-cli credentials login|logout NAME [--identity-url URL]
  triggerdesk-cli credentials remove NAME
  triggerdesk-cli jobs find (URL | --profile NAME) [--around ISO-8601] [--args-json JSON | --correlation UUID]
  triggerdesk-cli jobs watch ID (URL | --profile NAME)
  triggerdesk-cli jobs stop ID (URL | --profile NAME) [--kill]
  triggerdesk-cli stats [--profile NAME] [--since ISO-8601] [--state-dir DIR] [--json]
</source>
        <translation>使用方法:
  triggerdesk-cli run URL [run のオプション]
  triggerdesk-cli run --profile NAME [run のオプション]
  triggerdesk-cli resume --state-dir DIR [resume のオプション]
  triggerdesk-cli profiles list|show NAME|import FILE|export FILE
  triggerdesk-cli credentials list
  triggerdesk-cli credentials add NAME --pat
  triggerdesk-cli credentials add NAME --oauth --client-id ID [--scopes S] [--identity-url URL]
  triggerdesk-cli credentials add NAME --browser --client-id ID [--scopes S] [--identity-url URL] [--redirect-port N]
  triggerdesk-cli credentials login|logout NAME [--identity-url URL]
  triggerdesk-cli credentials remove NAME
  triggerdesk-cli jobs find (URL | --profile NAME) [--around ISO-8601] [--args-json JSON | --correlation UUID]
  triggerdesk-cli jobs watch ID (URL | --profile NAME)
  triggerdesk-cli jobs stop ID (URL | --profile NAME) [--kill]
  triggerdesk-cli stats [--profile NAME] [--since ISO-8601] [--state-dir DIR] [--json]
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Options of jobs (the trigger URL or profile names the Orchestrator and folder):</source>
        <translation>jobs のオプション (Orchestrator とフォルダーはトリガーの URL またはプロファイルで指定します):</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Options of run:</source>
        <translation>run のオプション:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options of resume:</source>
        <translation>resume のオプション:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options of credentials add:</source>
        <translation>credentials add のオプション:</translation>
    </message>
    <message>
        <location filename="../src/cli/resumecommand.cpp" line="+27"/>
        <source>No unfinished jobs in %1.</source>
        <translation>%1 に未完了のジョブはありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1 (%2) is left for later: %3</source>
        <translation>ジョブ %1 (%2) は今回は再開せず、後に残します: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/resultformat.cpp" line="+116"/>
        <source>Status URI: %1</source>
        <translation>ステータス URI: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation id: %1 (jobs find --correlation %1)</source>
        <translation>相関 ID: %1 (jobs find --correlation %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="+31"/>
        <source>no profile named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のプロファイルはありません</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported %n profile(s) into %1.</source>
        <translation>
            <numerusform>%n 件のプロファイルを %1 にインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>profiles takes list, show NAME, import FILE or export FILE</source>
        <translation>profiles には list、show NAME、import FILE、export FILE のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../src/cli/credentialscommand.cpp" line="+114"/>
        <source>no credential named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前の資格情報はありません</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>credentials takes list, add NAME --pat|--oauth --client-id ID|--browser --client-id ID, login NAME, logout NAME, or remove NAME</source>
        <translation>credentials には list、add NAME --pat|--oauth --client-id ID|--browser --client-id ID、login NAME、logout NAME、remove NAME のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a credential named &quot;%1&quot; exists already</source>
        <translation>&quot;%1&quot; という名前の資格情報は既に存在します</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>give the secret on standard input</source>
        <translation>シークレットを標準入力から指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the credential &quot;%1&quot;; its secret is in the system keychain.</source>
        <translation>資格情報 &quot;%1&quot; を保存しました。シークレットはシステムのキーチェーンに格納されています。</translation>
    </message>
    <message>
        <location filename="../src/cli/statscommand.cpp" line="+23"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: 1 job, launched %2</source>
        <translation>%1: ジョブ 1 件、%2 に開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 jobs, launched %3 to %4</source>
        <translation>%1: ジョブ %2 件、%3 から %4 に開始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No duration: none of these jobs ran to a known end.</source>
        <translation>実行時間なし: 終了が確認できたジョブはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration of the %1 that ran to an end: p50 %2, p90 %3, p99 %4 (fastest %5, slowest %6)</source>
        <translation>終了まで実行された %1 の実行時間: p50 %2、p90 %3、p99 %4 (最速 %5、最遅 %6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 job</source>
        <translation>ジョブ 1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 jobs</source>
        <translation>ジョブ %1 件</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job history database %1 could not be read: %2</source>
        <translation>ジョブ履歴のデータベース %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No ended jobs in %1.</source>
        <translation>%1 に終了したジョブはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ended jobs of &quot;%1&quot; in %2.</source>
        <translation>%2 に「%1」の終了したジョブはありません。</translation>
    </message>
</context>
</TS>
