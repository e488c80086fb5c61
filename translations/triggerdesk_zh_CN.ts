<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CredentialEditor</name>
    <message>
        <location filename="../ui/credentialeditor.ui" line="+9"/>
        <location line="+15"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No credentials yet. Add makes one: a personal access token, an external application&apos;s client credentials, or a person&apos;s sign-in in the browser.</source>
        <translation>还没有凭据。“添加”可创建一个：个人访问令牌、外部应用程序的客户端凭据，或由个人在浏览器中登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a credential</source>
        <translation>添加凭据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected credential and its secret</source>
        <translation>删除所选凭据及其机密</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production tenant robot</source>
        <translation>生产租户机器人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Identity URL:</source>
        <translation>Identity URL(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where access tokens come from. Leave it empty to use the identity server of the trigger&apos;s host.</source>
        <translation>访问令牌的来源。留空则使用触发器所在主机的 Identity 服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lient ID:</source>
        <translation>客户端 ID(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The App ID of the external application (Admin &gt; External Applications).</source>
        <translation>外部应用程序的应用程序 ID（“管理”&gt;“外部应用程序”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sco&amp;pes:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OR.Jobs</source>
        <translation>OR.Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application scopes, separated by spaces: &quot;OR.Jobs&quot; (what launching and watching jobs needs), or &quot;OR.Default&quot; for an application with fine-grained permissions.</source>
        <translation>应用程序范围，以空格分隔：“OR.Jobs”（启动和监控作业所需），或对于具有细粒度权限的应用程序使用“OR.Default”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identity C&amp;A file:</source>
        <translation>身份服务器 CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>无：使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file of the certificate authorities the identity server&apos;s certificate may be signed by (an on-premises identity server with a private CA)</source>
        <translation>身份服务器证书可由其签名的证书颁发机构的 PEM 文件（使用私有 CA 的本地身份服务器）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identity pinne&amp;d certificate:</source>
        <translation>身份服务器固定的证书(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SHA-256 fingerprint of the identity server&apos;s certificate, as your administrator gives it: then only that certificate is accepted</source>
        <translation>身份服务器证书的 SHA-256 指纹（由管理员提供）：设置后只接受该证书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect p&amp;ort:</source>
        <translation>重定向端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port of the redirect URI registered in the external application: the browser comes back to TriggerDesk there</source>
        <translation>外部应用程序中注册的重定向 URI 的端口：浏览器通过该端口返回 TriggerDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect URI, for the administrator who registers the external application</source>
        <translation>复制重定向 URI，提供给注册外部应用程序的管理员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign In in the B&amp;rowser…</source>
        <translation>在浏览器中登录(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the identity server&apos;s sign-in page in your browser; the session is kept in the keychain when you save</source>
        <translation>在浏览器中打开身份服务器的登录页面；保存时会话将保存在密钥存储中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign O&amp;ut</source>
        <translation>注销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the session: jobs of this credential need a new sign-in</source>
        <translation>忘记会话：此凭据的作业需要重新登录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Secret:</source>
        <translation>机密(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>E&amp;xpires on:</source>
        <translation>到期日期(&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expiry date Orchestrator showed when the token was made: TriggerDesk warns a week before.</source>
        <translation>生成令牌时 Orchestrator 显示的到期日期：TriggerDesk 会提前一周提醒。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Used by:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Trigger URL:</source>
        <translation>触发器 URL(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</source>
        <translation>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trigger to test against: the token is sent to its Orchestrator only.</source>
        <translation>用于测试的触发器：令牌仅发送到该触发器的 Orchestrator。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a token with these values and ask the trigger&apos;s Orchestrator for one job. Nothing is launched.</source>
        <translation>使用这些值获取令牌，并向触发器的 Orchestrator 查询一个作业。不会启动任何作业。</translation>
    </message>
</context>
<context>
    <name>JobDatabase</name>
    <message>
        <location filename="../src/core/jobdatabase.cpp" line="+94"/>
        <source>There is no job history database in %1.</source>
        <translation>%1 中没有作业历史记录数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动程序 (QSQLITE)。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>It was made by a newer version of TriggerDesk (schema %1; this version knows %2).</source>
        <translation>它由更新版本的 TriggerDesk 创建（架构 %1；此版本仅支持 %2）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The job history database is not open.</source>
        <translation>作业历史记录数据库未打开。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A job record without an id cannot be saved.</source>
        <translation>无法保存没有 ID 的作业记录。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job %1 in %2 could not be read: %3</source>
        <translation>无法读取 %2 中的作业 %1：%3</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A job record without an id in %1 was left as it is.</source>
        <translation>%1 中一条没有 ID 的作业记录保持原样。</translation>
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
        <translation>&lt;b&gt;触发器配置文件&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trigger profiles</source>
        <translation>触发器配置文件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pr&amp;eset:</source>
        <translation>预设(&amp;E)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Copies:</source>
        <translation>作业数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Launch this many jobs at once with the same arguments.</source>
        <translation>使用相同的参数一次启动这么多个作业。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+212"/>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;作业&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Show jobs in this state</source>
        <translation>显示处于此状态的作业</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Profile</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Job</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import profiles…</source>
        <translation>导入配置文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport profiles…</source>
        <translation>导出配置文件(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export jobs as &amp;CSV…</source>
        <translation>将作业导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export jobs as &amp;JSON…</source>
        <translation>将作业导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New profile…</source>
        <translation>新建配置文件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit profile…</source>
        <translation>编辑配置文件(&amp;E)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Filter jobs</source>
        <translation>筛选作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter jobs (profile, state, output, server message…)</source>
        <translation>筛选作业 (配置文件、状态、输出、服务器消息…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the jobs whose profile, state, times, ids, output, error, or the server&apos;s message or error code contain these words</source>
        <translation>显示配置文件、状态、时间、ID、输出、错误，或服务器消息、错误代码中包含这些文字的作业</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Create a trigger profile</source>
        <translation>创建触发器配置文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected profile</source>
        <translation>编辑所选配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health…</source>
        <translation>健康状况(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the profile&apos;s jobs have gone: their durations and outcomes over time, as charts and in words</source>
        <translation>此配置文件的作业情况：随时间变化的持续时间和结果，以图表和文字显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause Pro&amp;bes</source>
        <translation>暂停探测(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop running the selected profile&apos;s probe schedule until you resume it</source>
        <translation>停止运行所选配置文件的探测计划，直到您恢复它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Credentials…</source>
        <translation>凭据(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access tokens and OAuth client credentials; their secrets stay in the system keychain</source>
        <translation>个人访问令牌和 OAuth 客户端凭据；其机密保存在系统密钥存储中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du&amp;plicate profile</source>
        <translation>复制配置文件(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename profile</source>
        <translation>重命名配置文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete profile…</source>
        <translation>删除配置文件(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
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
        <translation>下移(&amp;D)</translation>
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
        <translation>停止监控(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching</source>
        <translation>停止监控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching the selected jobs (they may still run on the server)</source>
        <translation>停止监控所选作业（这些作业可能仍在服务器上运行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res&amp;ume watching</source>
        <translation>恢复监控(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume watching</source>
        <translation>恢复监控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the selected jobs again (Unknown, timed out, or no longer watched)</source>
        <translation>再次监控所选作业 (未知、超时或已停止监控)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find this job among the jobs Orchestrator created, and watch it there (then it can be stopped there too)</source>
        <translation>在 Orchestrator 创建的作业中找到此作业，并在那里监控它（之后也可以在那里停止它）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top in Orchestrator…</source>
        <translation>在 Orchestrator 中停止(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop in Orchestrator</source>
        <translation>在 Orchestrator 中停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Orchestrator to stop this job at its next &quot;Should Stop&quot; check (SoftStop)</source>
        <translation>请求 Orchestrator 在此作业下次执行“Should Stop”检查时将其停止（SoftStop）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kill in Orchestrator…</source>
        <translation>在 Orchestrator 中强制终止(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill in Orchestrator</source>
        <translation>在 Orchestrator 中强制终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Orchestrator to end the robot&apos;s process of this job at once (Kill)</source>
        <translation>请求 Orchestrator 立即结束此作业的机器人流程（Kill）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in Orchestrator&apos;s &amp;web page</source>
        <translation>在 Orchestrator 网页中打开(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Orchestrator</source>
        <translation>在 Orchestrator 中打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this job&apos;s page in Orchestrator&apos;s web interface, in your browser</source>
        <translation>在浏览器中打开此作业在 Orchestrator 网页界面中的页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server certificat&amp;e…</source>
        <translation>服务器证书(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the certificate the server presented when the connection was refused for it, and trust it for the profile</source>
        <translation>显示因证书而拒绝连接时服务器出示的证书，并可为该配置文件信任它</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy request &amp;as curl</source>
        <translation>将请求复制为 curl(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-&amp;run with the same arguments</source>
        <translation>使用相同参数重新运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new job with the selected job&apos;s profile and arguments</source>
        <translation>使用所选作业的配置文件和参数启动新作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in &amp;Orchestrator…</source>
        <translation>在 Orchestrator 中检查(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in Orchestrator</source>
        <translation>在 Orchestrator 中检查</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Copy output</source>
        <translation>复制输出(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy output</source>
        <translation>复制输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the trigger call as a curl command; the token is read from $TRIGGERDESK_TOKEN</source>
        <translation>将触发器调用复制为 curl 命令；令牌从 $TRIGGERDESK_TOKEN 读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove &amp;finished jobs</source>
        <translation>移除已结束的作业(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the finished jobs the table shows, from the table and from the job history</source>
        <translation>从表格和作业历史记录中删除表格中显示的已结束作业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About TriggerDesk</source>
        <translation>关于 TriggerDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="+9"/>
        <source>Trigger profile</source>
        <translation>触发器配置文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month-end invoices</source>
        <translation>月末发票</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full slug &amp;URL:</source>
        <translation>完整 slug URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</source>
        <translation>https://cloud.uipath.com/org/tenant/orchestrator_/t/folder-key/slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the URL from Orchestrator&apos;s &quot;Copy full slug URL&quot;.</source>
        <translation>粘贴在 Orchestrator 中通过“复制完整 slug URL”获得的 URL。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTTP &amp;verb:</source>
        <translation>HTTP 谓词(&amp;V)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call &amp;mode:</source>
        <translation>调用模式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Poll interval:</source>
        <translation>轮询间隔(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slow down for long &amp;jobs</source>
        <translation>长时间作业降低轮询频率(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll every interval at first, then every fifth of the time the job has run (at most every 30 s): a 15-minute job costs about 45 requests instead of 900, and its end is reported within a fifth of its running time, 30 s at most</source>
        <translation>起初按间隔轮询，之后按作业已运行时间的五分之一轮询（最长每 30 秒一次）：15 分钟的作业约需 45 个请求而非 900 个，其结束会在其运行时间的五分之一内（最多 30 秒）报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Long-poll &amp;deadline:</source>
        <translation>长轮询截止时间(&amp;D)：</translation>
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
        <translation>请求无活动超时(&amp;I)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alert when running longer t&amp;han:</source>
        <translation>运行超过此时长时提醒(&amp;H)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long a job of this trigger usually takes. A job running longer is marked in the table and notified once; it is still watched.</source>
        <translation>此触发器的作业通常需要的时长。运行超过此时长的作业会在表中标出并通知一次；仍会继续监控。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Credential:</source>
        <translation>凭据(&amp;C)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the token comes from. The profile keeps only a reference; the secret stays in the keychain.</source>
        <translation>令牌的来源。配置文件仅保存对凭据的引用；机密保存在密钥存储中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New cr&amp;edential…</source>
        <translation>新建凭据(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a personal access token or OAuth client credentials, and use it for this profile</source>
        <translation>添加个人访问令牌或 OAuth 客户端凭据，并将其用于此配置文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted &amp;origins:</source>
        <translation>受信任的源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One origin per line, for example https://status.example.com. The token also goes to these.</source>
        <translation>每行一个源，例如 https://status.example.com。令牌也会发送到这些源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send the token on redirects (status and output calls)</source>
        <translation>重定向时发送令牌（状态和输出调用）(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder id:</source>
        <translation>文件夹 ID(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder&apos;s id in Orchestrator (X-UIPATH-OrganizationUnitId), for &quot;Check in Orchestrator&quot;. Leave it at &quot;found from the URL&quot; to look it up by the URL&apos;s folder key.</source>
        <translation>Orchestrator 中文件夹的 ID（X-UIPATH-OrganizationUnitId），用于“在 Orchestrator 中检查”。保持为“从 URL 获取”即可按 URL 中的文件夹键查找。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found from the URL</source>
        <translation>从 URL 获取</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA fi&amp;le:</source>
        <translation>CA 文件(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>无：仅使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file of certificate authorities to trust as well, for every request of this profile&apos;s jobs: an on-premises Orchestrator&apos;s private CA.</source>
        <translation>额外信任的证书颁发机构的 PEM 文件，适用于此配置文件中作业的每个请求：用于本地部署的 Orchestrator 的私有 CA。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pinned cer&amp;tificate:</source>
        <translation>固定的证书(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None, or the server certificate&apos;s SHA-256 fingerprint</source>
        <translation>无，或服务器证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a fingerprint, only the server certificate that has it is accepted, even a self-signed one; nothing is sent to any other. An expired certificate, or one for another host, is still refused.</source>
        <translation>指定指纹后，仅接受具有该指纹的服务器证书（即使是自签名证书）；不会向出示其他证书的服务器发送任何内容。已过期的证书或颁发给其他主机的证书仍会被拒绝。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application&apos;s: the system&apos;s proxy unless network/proxy says otherwise</source>
        <translation>应用程序的设置：使用系统代理，除非 network/proxy 另有指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;system&quot;, &quot;none&quot;, or a proxy URL such as http://proxy.example.com:3128 (http://user@host:port when it asks for credentials; the password comes from TRIGGERDESK_PROXY_PASSWORD). Loopback addresses never go through a proxy.</source>
        <translation>&quot;system&quot;、&quot;none&quot; 或代理 URL，例如 http://proxy.example.com:3128（代理要求提供凭据时使用 http://user@host:port，密码取自 TRIGGERDESK_PROXY_PASSWORD）。环回地址始终不经过代理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correlation ar&amp;gument:</source>
        <translation>关联参数(&amp;G)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of a String In argument of the process. Each launch fills it with a fresh UUID (shown in the job&apos;s arguments), so a job whose answer was lost is found exactly in Orchestrator, and looked for there at once when it ends Unknown.</source>
        <translation>流程的一个 String In 参数的名称。每次启动都会用新的 UUID 填充它（显示在作业的参数中），因此即使应答丢失，也能在 Orchestrator 中准确找到作业；作业以“未知”结束时会立即在那里查找。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;be every:</source>
        <translation>探测间隔(&amp;B)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A health check: the profile runs itself this often with its first preset&apos;s arguments (else the defaults); the jobs are marked as probes, and a failed or Unknown probe is notified.</source>
        <translation>健康检查：配置文件按此间隔使用其第一个预设的参数（否则使用默认值）自行运行；这些作业标记为探测，失败或未知的探测会发出通知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>O&amp;kay to start a real job in Orchestrator at each probe</source>
        <translation>确认每次探测都会在 Orchestrator 中启动真实作业(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or at times of da&amp;y:</source>
        <translation>或在每天这些时间(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (for example 08:00, 13:30)</source>
        <translation>无（例如 08:00, 13:30）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times of day, in this computer&apos;s time zone, separated by commas: the profile probes at each of them instead of every so many minutes.</source>
        <translation>一天中的时间（本计算机的时区），以逗号分隔：配置文件在其中每个时间进行探测，而不是每隔若干分钟。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add argument</source>
        <translation>添加参数(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Infer from JSON example…</source>
        <translation>从 JSON 示例推断(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+53"/>
        <source>Launch Orchestrator jobs through API triggers and watch them live.</source>
        <translation>通过 API 触发器启动 Orchestrator 作业并实时监控。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the local simulator and its demo profiles, even when profiles exist.</source>
        <translation>启动本地模拟器及其演示配置文件（即使已有配置文件）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read and save the profiles in FILE.</source>
        <translation>在 FILE 中读取和保存配置文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the window after N milliseconds and print what its status bar shows (a smoke test).</source>
        <translation>N 毫秒后关闭窗口，并输出其状态栏显示的内容（冒烟测试）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--quit-after-ms needs a number of milliseconds, 0 or more.</source>
        <translation>--quit-after-ms 需要一个毫秒数，0 或更大。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>TriggerDesk is already running: its window is shown.</source>
        <translation>TriggerDesk 已在运行：已显示其窗口。</translation>
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
        <translation>不发送</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This trigger takes no arguments.</source>
        <translation>此触发器没有参数。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Required.</source>
        <translation>%1。必填。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>whole number, for example 42</source>
        <translation>整数，例如 42</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number, for example 3.14</source>
        <translation>数字，例如 3.14</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked: the argument is not sent.</source>
        <translation>未选中时不发送此参数。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(choose one)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not sent)</source>
        <translation>（不发送）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send %1</source>
        <translation>发送 %1</translation>
    </message>
</context>
<context>
    <name>td::ArgumentSpec</name>
    <message>
        <location filename="../src/core/argumentspec.cpp" line="+38"/>
        <source>Invalid JSON at character %1: %2</source>
        <translation>第 %1 个字符处的 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected exactly one value</source>
        <translation>应当只有一个值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a whole number. Type digits only, for example 42 or -7.</source>
        <translation>“%1”不是整数。请只输入数字，例如 42 或 -7。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number. Use a dot for decimals, for example 3.14.</source>
        <translation>“%1”不是数字。小数请使用点号，例如 3.14。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a boolean. Type true or false.</source>
        <translation>“%1”不是布尔值。请输入 true 或 false。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a date and time. Use ISO 8601, for example 2026-11-22T14:30:00Z.</source>
        <translation>“%1”不是日期和时间。请使用 ISO 8601 格式，例如 2026-11-22T14:30:00Z。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be text.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a JSON object, written in braces: {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>%1 必须是 JSON 对象，用花括号书写：{&quot;key&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a JSON array, written in brackets: [1, 2, 3].</source>
        <translation>%1 必须是 JSON 数组，用方括号书写：[1, 2, 3]。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be an ISO 8601 date and time, for example 2026-11-22T14:30:00Z.</source>
        <translation>%1 必须是 ISO 8601 格式的日期和时间，例如 2026-11-22T14:30:00Z。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下值之一：%2。</translation>
    </message>
</context>
<context>
    <name>td::BrowserSignIn</name>
    <message>
        <location filename="../src/engine/browsersignin.cpp" line="+106"/>
        <source>The identity server could not be reached: %1</source>
        <translation>无法连接到身份服务器：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity server refused the sign-in (%1): %2</source>
        <translation>身份服务器拒绝了登录 (%1)：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The sign-in failed: the identity server&apos;s answer could not be used (Qt&apos;s error %1).</source>
        <translation>登录失败：无法使用身份服务器的响应（Qt 错误 %1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in was not completed (%1): %2</source>
        <translation>登录未完成 (%1)：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Port %1 on this computer is in use, so the browser cannot come back to TriggerDesk there. Close what uses it, or register another redirect URI (another port) in the external application and in the credential.</source>
        <translation>此计算机上的端口 %1 已被占用，因此浏览器无法通过该端口返回 TriggerDesk。请关闭占用它的程序，或在外部应用程序和凭据中注册另一个重定向 URI（另一个端口）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TriggerDesk has your sign-in. You can close this page.</source>
        <translation>TriggerDesk 已收到您的登录。您可以关闭此页面。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The browser came back from another sign-in (its state did not match): nothing was accepted. Sign in again.</source>
        <translation>浏览器返回的是另一次登录（其 state 不匹配）：未接受任何内容。请重新登录。</translation>
    </message>
</context>
<context>
    <name>td::CallMode</name>
    <message>
        <location filename="../src/core/callmode.cpp" line="+48"/>
        <source>Trigger default</source>
        <translation>触发器默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Async polling</source>
        <translation>异步轮询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fire and forget</source>
        <translation>触发与忽略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long polling</source>
        <translation>长轮询</translation>
    </message>
</context>
<context>
    <name>td::CertificateDialog</name>
    <message>
        <location filename="../src/gui/certificatedialog.cpp" line="+51"/>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>生效时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Compare the fingerprint with the one your administrator gives you (for example read with &quot;openssl x509 -noout -fingerprint -sha256&quot; on the server). Once it matches, the profile &quot;%1&quot; can trust this one certificate: its requests will then go only to servers that present it.</source>
        <translation>请将此指纹与管理员提供的指纹进行比较（例如在服务器上使用“openssl x509 -noout -fingerprint -sha256”读取）。一致后，配置文件“%1”即可信任这一个证书：此后其请求只会发送到出示该证书的服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It replaces the fingerprint the profile pins now: make sure the server&apos;s certificate was really renewed.</source>
        <translation>它将替换配置文件当前固定的指纹：请确认服务器的证书确实已更新。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust It and Run Again</source>
        <translation>信任并重新运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust It</source>
        <translation>信任</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusting this certificate would not help: it has expired, is not valid yet, or was made for another server. Ask the server&apos;s administrator for a valid certificate.</source>
        <translation>信任此证书也无济于事：它已过期、尚未生效，或是为其他服务器颁发的。请向服务器管理员索取有效的证书。</translation>
    </message>
</context>
<context>
    <name>td::ConnectionTest</name>
    <message>
        <location filename="../src/engine/connectiontest.cpp" line="+34"/>
        <source>No credential to test.</source>
        <translation>没有要测试的凭据。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Got a token, and Orchestrator at %1 accepts it (it may read jobs).</source>
        <translation>已获取令牌，%1 上的 Orchestrator 接受该令牌（可以读取作业）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Got a token, and Orchestrator at %1 accepts it, but it may not read jobs (403): watching needs Jobs.View in the trigger&apos;s folder.</source>
        <translation>已获取令牌，%1 上的 Orchestrator 接受该令牌，但该令牌不能读取作业（403）：监控需要触发器所在文件夹中的 Jobs.View。</translation>
    </message>
</context>
<context>
    <name>td::Credential</name>
    <message>
        <location filename="../src/core/credential.cpp" line="+37"/>
        <source>Give the credential a name.</source>
        <translation>请为凭据指定名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of the external application (Admin &gt; External Applications).</source>
        <translation>请输入外部应用程序的客户端 ID（“管理”&gt;“外部应用程序”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity URL is not valid, for example https://cloud.uipath.com/identity_.</source>
        <translation>Identity URL 无效，应类似于 https://cloud.uipath.com/identity_。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The redirect port must be from 1024 to 65535, as registered in the external application.</source>
        <translation>重定向端口必须在 1024 到 65535 之间，并与外部应用程序中注册的一致。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The personal access token of &quot;%1&quot; expired on %2. Generate a new one in Orchestrator (Preferences &gt; Personal Access Tokens) and paste it in the credential, with its new expiry date.</source>
        <translation>“%1”的个人访问令牌已于 %2 到期。请在 Orchestrator 中生成新令牌（首选项 &gt; 个人访问令牌），并将其连同新的到期日期粘贴到凭据中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The personal access token of &quot;%1&quot; expires today.</source>
        <translation>“%1”的个人访问令牌今天到期。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The personal access token of &quot;%1&quot; expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>“%1”的个人访问令牌将于 %2 到期，还剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regenerate it in Orchestrator (Preferences &gt; Personal Access Tokens) before then, since an expired token cannot be regenerated, and paste the new one in the credential.</source>
        <translation>请在此之前在 Orchestrator 中重新生成它（首选项 &gt; 个人访问令牌），因为已到期的令牌无法重新生成，然后将新令牌粘贴到凭据中。</translation>
    </message>
</context>
<context>
    <name>td::CredentialAuth</name>
    <message>
        <location filename="../src/engine/credentialauth.cpp" line="+30"/>
        <source>No secret store is available.</source>
        <translation>没有可用的机密存储。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is signed in with &quot;%1&quot;: sign in first (Profile &gt; Credentials &gt; Sign In, or triggerdesk-cli credentials login &quot;%1&quot;).</source>
        <translation>尚无人使用“%1”登录：请先登录（配置文件 &gt; 凭据 &gt; 登录，或 triggerdesk-cli credentials login &quot;%1&quot;）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of the credential &quot;%1&quot; could not be read: %2 Enter it again in the credential editor.</source>
        <translation>无法读取凭据“%1”的机密：%2 请在凭据编辑器中重新输入。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The credential &quot;%1&quot;: %2</source>
        <translation>凭据“%1”：%2</translation>
    </message>
</context>
<context>
    <name>td::CredentialEditor</name>
    <message>
        <location filename="../src/gui/credentialeditor.cpp" line="+48"/>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client credentials (external application)</source>
        <translation>OAuth 客户端凭据（外部应用程序）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available: secrets are kept for this session only and never written to disk.</source>
        <translation>没有可用的密钥存储：机密仅在本次会话中保留，绝不会写入磁盘。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>There is already a credential named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的凭据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client secret.</source>
        <translation>请输入客户端密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the personal access token.</source>
        <translation>请输入个人访问令牌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>OAuth client</source>
        <translation>OAuth 客户端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 · %n profile(s)</source>
        <translation>
            <numerusform>%1 · %n 个配置文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+274"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>No secret store is available.</source>
        <translation>没有可用的机密存储。</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+289"/>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Sign in with browser (a person&apos;s account)</source>
        <translation>使用浏览器登录（个人帐户）</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Browser sign-in</source>
        <translation>浏览器登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 until %2</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in: Save keeps the session in the keychain.</source>
        <translation>已登录：保存后会话将保存在密钥存储中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: Save keeps the session for this session only.</source>
        <translation>已登录：保存后会话仅在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in: the session is kept in the keychain and renewed as jobs use it.</source>
        <translation>已登录：会话保存在密钥存储中，并在作业使用时续期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in: jobs of this credential will ask for a sign-in.</source>
        <translation>未登录：此凭据的作业将要求登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored in the keychain when you save.</source>
        <translation>保存时存储到密钥存储中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for this session only when you save, never written to disk.</source>
        <translation>保存时仅在本次会话中保留，绝不会写入磁盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the stored secret when you save.</source>
        <translation>保存时替换已存储的机密。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Paste the client secret</source>
        <translation>粘贴客户端密钥</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Paste the personal access token</source>
        <translation>粘贴个人访问令牌</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>It is stored in the keychain, never in a file.</source>
        <translation>它存储在密钥存储中，绝不会存储在文件中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is kept for this session only, never written to disk.</source>
        <translation>它仅在本次会话中保留，绝不会写入磁盘。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind changed: enter the secret for it.</source>
        <translation>类型已更改：请输入该类型的机密。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the keychain</source>
        <translation>已存储在密钥存储中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A secret is stored in the keychain. Leave this empty to keep it, or type a new one to replace it.</source>
        <translation>密钥存储中已存储机密。留空则保留该机密，输入新机密则将其替换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret is kept for this session only. Leave this empty to keep it, or type a new one to replace it.</source>
        <translation>已有机密仅在本次会话中保留。留空则保留该机密，输入新机密则将其替换。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret is stored for this credential: enter it.</source>
        <translation>此凭据未存储任何机密：请输入机密。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of this credential could not be read: %1 Enter it again.</source>
        <translation>无法读取此凭据的机密：%1 请重新输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the secret in the keychain…</source>
        <translation>正在密钥存储中查找机密…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Looking for the secret…</source>
        <translation>正在查找机密…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No profile uses it.</source>
        <translation>没有配置文件使用此凭据。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n profile(s): %1</source>
        <translation>
            <numerusform>%n 个配置文件：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of them refer to it by its old name &quot;%1&quot; and will not find it until you choose it again in their profile.</source>
        <translation>
            <numerusform>其中 %n 个配置文件通过旧名称“%1”引用此凭据，在您于这些配置文件中重新选择它之前，它们将找不到此凭据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty: the trigger host&apos;s, e.g. https://cloud.uipath.com/identity_</source>
        <translation>留空：使用触发器主机的 Identity URL，例如 https://cloud.uipath.com/identity_</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: %1 (from the trigger URL)</source>
        <translation>留空：%1（根据触发器 URL）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New credential</source>
        <translation>新凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New credential %1</source>
        <translation>新凭据 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the credential &quot;%1&quot; and its secret?</source>
        <translation>是否删除凭据“%1”及其机密？</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n profile(s) use it (%1) and will have no credential until you choose another.</source>
        <translation>
            <numerusform>%n 个配置文件使用此凭据（%1），在您选择其他凭据之前，这些配置文件将没有凭据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete credential</source>
        <translation>删除凭据</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the identity URL, or a trigger URL below to take it from.</source>
        <translation>请输入 Identity URL，或在下方输入触发器 URL 以从中获取。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting for the browser… If it did not open, open this page: %1</source>
        <translation>正在等待浏览器… 如果浏览器未打开，请打开此页面：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The identity server gave no refresh token, so the session would end within the hour: add offline_access to the scopes.</source>
        <translation>身份服务器未提供刷新令牌，会话将在一小时内结束：请在范围中添加 offline_access。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter the trigger&apos;s full slug URL to test against.</source>
        <translation>请输入要测试的触发器的完整 slug URL。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the secret to test with.</source>
        <translation>请输入用于测试的机密。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No secret store is available: the secrets were not saved.</source>
        <translation>没有可用的机密存储：机密未保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of &quot;%1&quot; was not saved: %2</source>
        <translation>“%1”的机密未保存：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The secret of the deleted credential &quot;%1&quot; was not removed: %2</source>
        <translation>已删除的凭据“%1”的机密未移除：%2</translation>
    </message>
</context>
<context>
    <name>td::DemoSimulator</name>
    <message>
        <location filename="../src/gui/demosimulator.cpp" line="+67"/>
        <source>Customer whose invoices are processed</source>
        <translation>要处理其发票的客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices (async polling)</source>
        <translation>发票（异步轮询）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many invoices to process</source>
        <translation>要处理的发票数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue priority</source>
        <translation>队列优先级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process without posting to the ledger</source>
        <translation>处理但不过账到分类账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify (fire and forget)</source>
        <translation>通知（触发与忽略）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello from TriggerDesk</source>
        <translation>来自 TriggerDesk 的问候</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text the robot posts</source>
        <translation>机器人发布的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote (long polling)</source>
        <translation>报价（长轮询）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra settings as a JSON object</source>
        <translation>以 JSON 对象表示的额外设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month-end report (slow long poll)</source>
        <translation>月末报表（慢速长轮询）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the reporting period</source>
        <translation>报告期的结束时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets to include</source>
        <translation>要包含的工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import workbook (faults)</source>
        <translation>导入工作簿（出错）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook the robot opens</source>
        <translation>机器人打开的工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer lookup (GET)</source>
        <translation>客户查询（GET）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name to look up</source>
        <translation>要查询的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most results to return</source>
        <translation>最多返回的结果数</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The demo simulator could not be started (%1): %2</source>
        <translation>无法启动演示模拟器（%1）：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it crashed</source>
        <translation>模拟器崩溃</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it exited with code %1</source>
        <translation>模拟器已退出，退出代码为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo simulator stopped: %1.</source>
        <translation>演示模拟器已停止：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo simulator stopped: %1.
%2</source>
        <translation>演示模拟器已停止：%1。
%2</translation>
    </message>
</context>
<context>
    <name>td::DesktopNotifications</name>
    <message>
        <location filename="../src/gui/desktopnotifications.cpp" line="+41"/>
        <source>Show TriggerDesk</source>
        <translation>显示 TriggerDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the job</source>
        <translation>显示作业</translation>
    </message>
</context>
<context>
    <name>td::Engine</name>
    <message>
        <location filename="../src/engine/httpmessages.cpp" line="+58"/>
        <source>The server rejected the request as invalid (400). Check the arguments.</source>
        <translation>服务器认为请求无效并拒绝了它（400）。请检查参数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the token (401): it is missing, wrong or expired. Check the credential.</source>
        <translation>服务器拒绝了令牌（401）：令牌缺失、错误或已过期。请检查凭据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access denied (403): the token lacks a scope or a folder permission (Jobs.Create to launch, Jobs.View to watch).</source>
        <translation>访问被拒绝（403）：令牌缺少某个范围或文件夹权限（启动需要 Jobs.Create，监控需要 Jobs.View）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The trigger was not found (error 1623). Check the folder key in the URL.</source>
        <translation>未找到触发器（错误 1623）。请检查 URL 中的文件夹键。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found (404): %1. Check the URL.</source>
        <translation>未找到（404）：%1。请检查 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trigger does not accept %1 (405). Check the profile&apos;s HTTP verb.</source>
        <translation>触发器不接受 %1（405）。请检查配置文件的 HTTP 谓词。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy asks for credentials (407), or refused the ones it was given. In the window, sign in when it asks; on the command line, put the user name in the proxy URL (http://user@host:port) and the password in the TRIGGERDESK_PROXY_PASSWORD environment variable.</source>
        <translation>代理要求提供凭据 (407)，或拒绝了所提供的凭据。在窗口中，请在提示时登录；在命令行中，请将用户名放入代理 URL (http://user@host:port)，并将密码放入 TRIGGERDESK_PROXY_PASSWORD 环境变量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server reported a conflict (409).</source>
        <translation>服务器报告了冲突（409）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests (429): the server is rate limiting. Wait before trying again.</source>
        <translation>请求过多（429）：服务器正在限制速率。请稍候再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad gateway (502) from the server&apos;s front end. The job may be running: check it in Orchestrator.</source>
        <translation>服务器前端返回了 502 Bad Gateway。作业可能已在运行：请在 Orchestrator 中检查其状态。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is unavailable (503).</source>
        <translation>服务不可用（503）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway timeout (504). The job may be running: check it in Orchestrator.</source>
        <translation>网关超时（504）。作业可能已在运行：请在 Orchestrator 中检查其状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server replied %1 to %2 %3.</source>
        <translation>服务器对 %2 %3 返回了 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: &quot;%1&quot; (error %2)</source>
        <translation>服务器：“%1”（错误 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: &quot;%1&quot;</source>
        <translation>服务器：“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>%1 在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: the connection was refused. Is the server running?</source>
        <translation>无法连接到 %1：连接被拒绝。服务器是否正在运行？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host %1 was not found. Check the URL and your network.</source>
        <translation>找不到主机 %1。请检查 URL 和网络。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 在响应之前关闭了连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 timed out.</source>
        <translation>与 %1 的连接超时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL scheme of %1 is not supported: use https or http.</source>
        <translation>不支持 %1 的 URL 方案：请使用 https 或 http。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network error with %1: %2</source>
        <translation>与 %1 通信时出现网络错误：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The proxy %1 could not be used: %2</source>
        <translation>无法使用代理 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the connection ended before the handshake finished (does the server speak https?)</source>
        <translation>握手完成前连接已结束（服务器是否支持 https？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer from %1 is larger than the %2 MB limit: only its first %2 MB were read.</source>
        <translation>来自 %1 的响应超过了 %2 MB 的上限：只读取了前 %2 MB。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answer from %1 was incomplete: nothing more arrived for %2 s (after %3 bytes).</source>
        <translation>来自 %1 的响应不完整：%2 秒内没有收到更多数据（已收到 %3 字节）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer from %1 was incomplete: the connection closed after %2 bytes.</source>
        <translation>来自 %1 的响应不完整：连接在 %2 字节后关闭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer from %1 was incomplete: %2</source>
        <translation>来自 %1 的响应不完整：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refused to send the token over plain http to %1: anyone on the way could read it. Use https, or add %2 to the profile&apos;s trusted origins.</source>
        <translation>已拒绝通过明文 http 向 %1 发送令牌：途中的任何人都能读取它。请使用 https，或将 %2 添加到配置文件的受信任的源。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token contains a control character or a space (a line break?), so it could add headers to the request: it was not sent. Check the credential.</source>
        <translation>令牌包含控制字符或空格（换行？），可能会向请求添加标头：未发送。请检查凭据。</translation>
    </message>
    <message>
        <location filename="../src/engine/jobpolicy.cpp" line="+63"/>
        <source>The server redirected to an unusable address: %1</source>
        <translation>服务器重定向到了无法使用的地址：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused a redirect from https to plain http (%1): it would expose the request.</source>
        <translation>已拒绝从 https 到明文 http 的重定向（%1）：这会暴露请求。</translation>
    </message>
    <message>
        <location filename="../src/engine/tlspolicy.cpp" line="+37"/>
        <source>Its certificate: %1, issued by %2, valid from %3 to %4, SHA-256 fingerprint %5.</source>
        <translation>服务器证书：%1，由 %2 颁发，有效期为 %3 至 %4，SHA-256 指纹为 %5。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its certificate is not signed by an authority this computer trusts</source>
        <translation>服务器证书未经此计算机信任的证书颁发机构签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its certificate expired on %1</source>
        <translation>服务器证书已于 %1 过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate is not valid before %1</source>
        <translation>服务器证书在 %1 之前尚未生效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its certificate is for %1, not for %2</source>
        <translation>服务器证书是颁发给 %1 的，而不是 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its certificate was revoked</source>
        <translation>服务器证书已被吊销</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CA file %1 cannot be read: %2.</source>
        <translation>无法读取 CA 文件 %1：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CA file %1 holds no PEM certificate (a block starting &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>CA 文件 %1 中没有 PEM 证书（以 &quot;-----BEGIN CERTIFICATE-----&quot; 开头的块）。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>If your company runs its own certificate authority, add its PEM file to the profile (CA file), or pin this fingerprint once your administrator has confirmed it.</source>
        <translation>如果公司使用自己的证书颁发机构，请将其 PEM 文件添加到配置文件（“CA 文件”），或在管理员确认此指纹后将其固定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server did not present the pinned certificate, so nothing was sent to it.</source>
        <translation>服务器未出示固定的证书，因此未向其发送任何内容。</translation>
    </message>
    <message>
        <location filename="../src/engine/httpexchange.cpp" line="+358"/>
        <source>The proxy answered 401 with its own Basic challenge to the credentials sent to it: read as 407, the proxy refusing them.</source>
        <translation>代理对发送给它的凭据返回了 401 及其自己的 Basic 质询：视为 407，即代理拒绝了这些凭据。</translation>
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
        <translation>%1 的健康状况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All jobs kept</source>
        <translation>保留的所有作业</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Jobs:</source>
        <translation>作业(&amp;J)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All jobs</source>
        <translation>所有作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe runs</source>
        <translation>探测运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched by people</source>
        <translation>由人启动</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration of each job</source>
        <translation>每个作业的持续时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Chart as PNG...</source>
        <translation>将图表导出为 PNG(&amp;C)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Data as CSV...</source>
        <translation>将数据导出为 CSV(&amp;D)...</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No job of %1 ended in this period.</source>
        <translation>此期间内 %1 没有已结束的作业。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) ended, launched %1 to %2.</source>
        <translation>
            <numerusform>%n 个作业已结束，启动于 %1 至 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them probe run(s).</source>
        <translation>
            <numerusform>其中 %n 个为探测运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No duration: none of these jobs ran to a known end.</source>
        <translation>无持续时间：这些作业都没有已知的结束。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Duration of the %n job(s) that ran to an end: median (p50) %1, p90 %2, p99 %3; fastest %4, slowest %5.</source>
        <translation>
            <numerusform>运行至结束的 %n 个作业的持续时间：中位数 (p50) %1，p90 %2，p99 %3；最快 %4，最慢 %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The durations chart draws %1 of these %n jobs, evenly spread (each rare outcome whole); the figures count them all.</source>
        <translation>
            <numerusform>耗时图表在这 %n 个作业中均匀抽取绘制了 %1 个（每种少见的结果全部绘制）；各项数字统计全部作业。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n job(s) followed longer than the slowest that ran to an end, without a known end of their own, are drawn on the top edge.</source>
        <translation>
            <numerusform>%n 个作业没有已知的结束，且跟踪时间超过运行到结束的最慢作业，绘制在顶部边缘。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Launched</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (s)</source>
        <translation>持续时间（秒）</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Hour launched</source>
        <translation>启动的小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day launched</source>
        <translation>启动的日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data could not be written to %1.</source>
        <translation>无法将数据写入 %1。</translation>
    </message>
</context>
<context>
    <name>td::JobController</name>
    <message>
        <location filename="../src/gui/jobcontroller.cpp" line="+121"/>
        <source>The credential of &quot;%1&quot; no longer exists, so its calls would carry no token. Choose one in the profile (Profile &gt; Edit profile…).</source>
        <translation>“%1”的凭据已不存在，因此其调用将不带令牌。请在配置文件中选择一个凭据（“配置文件”&gt;“编辑配置文件…”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names no credential and TRIGGERDESK_TOKEN is not set, so its calls would carry no token and Orchestrator would refuse them (401). Choose a credential in the profile (Profile &gt; Edit profile…; Profile &gt; Credentials… adds one), or set TRIGGERDESK_TOKEN before starting TriggerDesk.</source>
        <translation>“%1”未指定凭据，且未设置 TRIGGERDESK_TOKEN，因此其调用将不带令牌，Orchestrator 会拒绝（401）。请在配置文件中选择凭据（“配置文件”&gt;“编辑配置文件…”；“配置文件”&gt;“凭据…”可添加凭据），或在启动 TriggerDesk 之前设置 TRIGGERDESK_TOKEN。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The job has ended: there is nothing left to watch.</source>
        <translation>作业已结束：没有可监控的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job is being watched.</source>
        <translation>该作业正在监控中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server never said where to watch this job (no status URI): check it in Orchestrator.</source>
        <translation>服务器从未告知在哪里监控此作业（没有状态 URI）：请在 Orchestrator 中检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its status URI carried a secret, which is not kept on disk: check the job in Orchestrator.</source>
        <translation>其状态 URI 含有机密信息，而机密信息不保存在磁盘上：请在 Orchestrator 中检查该作业。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ran on a demo simulator that has stopped, and its jobs with it.</source>
        <translation>它运行在已停止的演示模拟器上，其作业也随之消失。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, launched %2</source>
        <translation>%1，启动于 %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Could not look for job %1 (%2) in Orchestrator by its correlation id: %3</source>
        <translation>无法通过关联 ID 在 Orchestrator 中查找作业 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No job in Orchestrator carries the correlation id %1 of job %2 (%3): searched the jobs created from %4 to %5, at %6. It stays Unknown.</source>
        <translation>Orchestrator 中没有作业带有作业 %2（%3）的关联 ID %1：已于 %6 搜索了 %4 至 %5 之间创建的作业。该作业保持“未知”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found job %1 (%2) in Orchestrator by its correlation id: job %3, watched there.</source>
        <translation>已通过关联 ID 在 Orchestrator 中找到作业 %1（%2）：作业 %3，正在那里监控。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found job %1 (%2) in Orchestrator by its correlation id: job %3, which another row watches already.</source>
        <translation>已通过关联 ID 在 Orchestrator 中找到作业 %1（%2）：作业 %3，另一行已在监控它。</translation>
    </message>
</context>
<context>
    <name>td::JobDetailsView</name>
    <message numerus="yes">
        <location filename="../src/gui/jobdetailsview.cpp" line="+77"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 个成员}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a job to see its arguments, hops and output.</source>
        <translation>选择一个作业以查看其参数、跃点和输出。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job actions</source>
        <translation>作业操作</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output as a tree</source>
        <translation>输出 (树)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output as text</source>
        <translation>输出 (文本)</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hops</source>
        <translation>跃点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP hops</source>
        <translation>HTTP 跃点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hop</source>
        <translation>跃点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transitions</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State transitions</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Argument</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments sent</source>
        <translation>已发送的参数</translation>
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
        <translation>服务器消息：%1
错误代码：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transitions (%1)</source>
        <translation>状态转换（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n time(s) in a row, the last at %1</source>
        <translation>
            <numerusform>连续 %n 次，最后一次在 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>through the proxy %1</source>
        <translation>通过代理 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting…</source>
        <translation>等待响应…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Next request in %1 s, at %2</source>
        <translation>%1 秒后发送下一个请求，时间为 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hops (%1)</source>
        <translation>跃点（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/stateappearance.cpp" line="+77"/>
        <source>Fire and forget: the server started the job and returns no output.</source>
        <translation>触发与忽略：服务器已启动作业，不会返回输出。</translation>
    </message>
    <message>
        <location filename="../src/gui/jobdetailsview.cpp" line="+24"/>
        <source>No output.</source>
        <translation>无输出。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent to the server yet.</source>
        <translation>尚未发送到服务器。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent to the server yet (%1).</source>
        <translation>尚未发送到服务器 (%1)。</translation>
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
        <translation>尚无输出：作业仍在运行。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More than %1 values: the rest is in the raw text.</source>
        <translation>超过 %1 个值：其余内容见原始文本。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Still running. Last status:
%1</source>
        <translation>仍在运行。最新状态：
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
        <translation>参数（%1）</translation>
    </message>
</context>
<context>
    <name>td::JobHistory</name>
    <message>
        <location filename="../src/gui/jobhistory.cpp" line="+309"/>
        <source>The job history database %1 could not be written: %2. Jobs are kept as files in %3 until it can be.</source>
        <translation>无法写入作业历史记录数据库 %1：%2。在可以写入之前，作业以文件形式保存在 %3 中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job history could not be saved in %1: %2</source>
        <translation>无法将作业历史记录保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>td::JobLookupDialog</name>
    <message>
        <location filename="../src/gui/joblookupdialog.cpp" line="+17"/>
        <source>Check in Orchestrator</source>
        <translation>在 Orchestrator 中检查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the trigger call of &lt;b&gt;%1&lt;/b&gt; (launched %2) never arrived whole, so the job may or may not exist. These are the jobs Orchestrator created in the trigger&apos;s folder around that time.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（启动于 %2）的触发器调用的响应未完整到达，因此作业可能存在也可能不存在。以下是 Orchestrator 在该时间前后于触发器文件夹中创建的作业。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are the jobs Orchestrator created in the trigger&apos;s folder around the launch of &lt;b&gt;%1&lt;/b&gt; (%2). Attach the one it started to watch it there, with Orchestrator&apos;s own state, and to be able to stop it.</source>
        <translation>以下是 Orchestrator 在 &lt;b&gt;%1&lt;/b&gt;（%2）启动前后于触发器文件夹中创建的作业。将此次启动所创建的作业关联到此行，即可在那里按 Orchestrator 自身的状态监控它，并且可以停止它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking Orchestrator…</source>
        <translation>正在询问 Orchestrator…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs found in Orchestrator</source>
        <translation>在 Orchestrator 中找到的作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attach to this row</source>
        <translation>关联到此行(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch the chosen job until it ends, in this job&apos;s row</source>
        <translation>在此作业的行中监控所选作业，直到其结束</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Orchestrator has no job in this folder from around the launch: the trigger call most likely never created one. Launching again is safe.</source>
        <translation>Orchestrator 在此文件夹中没有启动时间前后的作业：触发器调用很可能从未创建作业。再次启动是安全的。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The job carrying this launch&apos;s correlation id %1 is marked ★: it is this job.</source>
        <translation>带有此次启动的关联 ID %1 的作业标有 ★：就是此作业。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No job carries this launch&apos;s correlation id %1; the nearest in time come first.</source>
        <translation>没有作业带有此次启动的关联 ID %1；按时间远近排列，最近的在前。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n job(s) with the same arguments, marked ★ and listed first.</source>
        <translation>
            <numerusform>有 %n 个作业的参数相同，以 ★ 标记并排在最前。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No job has the same arguments; the nearest in time come first.</source>
        <translation>没有参数相同的作业；按时间远近排列，最近的在前。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (in another row)</source>
        <translation>%1（在另一行中）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watched in another row already: %1</source>
        <translation>已在另一行中监控：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n job(s) watched in another row already are greyed out.</source>
        <translation>
            <numerusform>已在另一行中监控的 %n 个作业显示为灰色。</numerusform>
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
        <translation>%1：超过预期时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running for more than %1; TriggerDesk goes on watching it.</source>
        <translation>已运行超过 %1；TriggerDesk 将继续监控。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probe of %1: %2</source>
        <translation>%1 的探测：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n job(s) ended</source>
        <translation>
            <numerusform>%n 个作业已结束</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 succeeded, %2 did not.</source>
        <translation>%1 个成功，%2 个未成功。</translation>
    </message>
</context>
<context>
    <name>td::JobPanel</name>
    <message>
        <location filename="../src/gui/jobpanel.cpp" line="+99"/>
        <source>All jobs</source>
        <translation>所有作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a job</source>
        <translation>查找作业</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%1 of %n job(s) shown</source>
        <translation>
            <numerusform>显示 %n 个作业中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No jobs yet. Choose a profile on the left, fill in its arguments and press Launch (%1).</source>
        <translation>还没有作业。在左侧选择一个配置文件，填写参数，然后按“启动”(%1)。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No job matches the filter. Clear the text or choose &quot;All jobs&quot; to see all %n.</source>
        <translation>
            <numerusform>没有与筛选条件匹配的作业。清除文本或选择“所有作业”即可查看全部 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Watch the job again from its status URI</source>
        <translation>从其状态 URI 重新监控该作业</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Running: %1 · Finished: %2</source>
        <translation>运行中：%1 · 已结束：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This job cannot be watched again once you stop: the server has not said yet where to follow it (a long poll&apos;s call is still held, or its call has no answer yet).</source>
        <translation>停止后将无法再次监控此作业：服务器尚未告知在哪里跟踪它（长轮询的调用仍被挂起，或其调用尚无应答）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of these jobs cannot be watched again once you stop: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet).</source>
        <translation>
            <numerusform>停止后，其中 %n 个作业将无法再次监控：服务器尚未告知在哪里跟踪它们（长轮询的调用仍被挂起，或调用尚无应答）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop watching?</source>
        <translation>停止监控？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job may still run in Orchestrator; Check in Orchestrator finds it there.</source>
        <translation>该作业可能仍在 Orchestrator 中运行；“在 Orchestrator 中检查”可以在那里找到它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop watching</source>
        <translation>停止监控(&amp;S)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No token for this profile</source>
        <translation>此配置文件没有令牌</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again?</source>
        <translation>再次运行？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of these jobs may still be running, or may have finished, on the server: TriggerDesk cannot tell. Running again starts a new job, which may do the same work twice (a duplicate job).

Check in Orchestrator first if that matters. Run again anyway?</source>
        <translation>
            <numerusform>其中 %n 个作业可能仍在服务器上运行，也可能已经完成：TriggerDesk 无法判断。再次运行会启动一个新作业，可能会把同样的工作做两次（重复作业）。

如果这很重要，请先在 Orchestrator 中检查。仍要再次运行吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Job not attached</source>
        <translation>作业未关联</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job %1 is watched in another row already: %2.</source>
        <translation>作业 %1 已在另一行中监控：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watching job %1 in Orchestrator.</source>
        <translation>正在 Orchestrator 中监控作业 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kill job %1 in Orchestrator?</source>
        <translation>要在 Orchestrator 中强制终止作业 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop job %1 in Orchestrator?</source>
        <translation>要在 Orchestrator 中停止作业 %1 吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orchestrator ends the robot&apos;s process at once: the work in progress is not finished or cleaned up.</source>
        <translation>Orchestrator 会立即结束机器人的流程：正在进行的工作不会完成，也不会被清理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orchestrator asks the process to stop at its next &quot;Should Stop&quot; check; a process that never checks goes on running (Kill ends it at once).</source>
        <translation>Orchestrator 会请求流程在下次执行“Should Stop”检查时停止；从不检查的流程会继续运行（Kill 会立即结束它）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The job then ends Stopped.</source>
        <translation>随后作业以“已停止”状态结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the job?</source>
        <translation>要强制终止该作业吗？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the job?</source>
        <translation>要停止该作业吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kill the job</source>
        <translation>强制终止作业(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stop the job</source>
        <translation>停止作业(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking Orchestrator to stop job %1 (%2)…</source>
        <translation>正在请求 Orchestrator 停止作业 %1（%2）…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orchestrator is stopping job %1 (%2).</source>
        <translation>Orchestrator 正在停止作业 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not stop the job</source>
        <translation>无法停止作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orchestrator did not take the request to stop job %1: %2</source>
        <translation>Orchestrator 未接受停止作业 %1 的请求：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No browser opened</source>
        <translation>未打开浏览器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for %1. The address is copied: paste it into one.</source>
        <translation>无法为 %1 打开网页浏览器。地址已复制：请将其粘贴到浏览器中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened job %1 in Orchestrator&apos;s web page.</source>
        <translation>已在 Orchestrator 网页中打开作业 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the request. Set $%1 to your token before running it.</source>
        <translation>已复制请求。运行前请将 $%1 设置为您的令牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export jobs as JSON</source>
        <translation>将作业导出为 JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export jobs as CSV</source>
        <translation>将作业导出为 CSV</translation>
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
        <translation>作业未导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n job(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个作业导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobRecord</name>
    <message>
        <location filename="../src/core/jobrecord.cpp" line="+176"/>
        <source>%1 (error %2)</source>
        <translation>%1（错误 %2）</translation>
    </message>
</context>
<context>
    <name>td::JobRun</name>
    <message>
        <location filename="../src/engine/jobrun.cpp" line="+78"/>
        <source>The job was not started: %1</source>
        <translation>作业未启动：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Waiting for a free long-poll connection</source>
        <translation>正在等待空闲的长轮询连接</translation>
    </message>
    <message>
        <location filename="../src/engine/asyncpollflow.cpp" line="+10"/>
        <location filename="../src/engine/longpollflow.cpp" line="+21"/>
        <source>Watching again</source>
        <translation>重新监控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted; polling the status URI</source>
        <translation>已接受；正在轮询状态 URI</translation>
    </message>
    <message>
        <location filename="../src/engine/longpollflow.cpp" line="+1"/>
        <source>The job is running; following the long poll</source>
        <translation>作业正在运行；正在进行长轮询</translation>
    </message>
    <message>
        <location filename="../src/engine/flows.cpp" line="+14"/>
        <source>The job may be running: check it in Orchestrator before launching again.</source>
        <translation>作业可能已在运行：请先在 Orchestrator 中检查其状态，再重新启动。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server answered %1 without a Location header, so the job cannot be followed.</source>
        <translation>服务器返回了 %1 但没有 Location 标头，因此无法跟踪该作业。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The job has finished; see its whole result in Orchestrator.</source>
        <translation>作业已完成；请在 Orchestrator 中查看其完整结果。</translation>
    </message>
    <message>
        <location filename="../src/engine/triggerflow.cpp" line="+108"/>
        <source>The server is rate limiting (429)</source>
        <translation>服务器正在限制速率（429）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, so no job was created: calling again at %2 (retry %3 of %4)</source>
        <translation>%1，因此未创建作业：将于 %2 再次调用（第 %3 次重试，共 %4 次）</translation>
    </message>
    <message>
        <location filename="../src/engine/jobrun.cpp" line="+320"/>
        <location filename="../src/engine/triggerflow.cpp" line="+13"/>
        <source>None of the %1 calls created a job.</source>
        <translation>%1 次调用均未创建作业。</translation>
    </message>
    <message>
        <location filename="../src/engine/asyncpollflow.cpp" line="+33"/>
        <source>Lost track of the job&apos;s status.</source>
        <translation>无法再跟踪作业的状态。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The status URI kept redirecting (%1 times), so the job&apos;s result could not be read. Resume watching later, or see the job in Orchestrator.</source>
        <translation>状态 URI 不断重定向（%1 次），因此无法读取作业结果。请稍后恢复监控，或在 Orchestrator 中查看该作业。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The output URI kept redirecting (%1 times), so the job&apos;s result could not be read. Resume watching later, or see the job in Orchestrator.</source>
        <translation>输出 URI 不断重定向（%1 次），因此无法读取作业结果。请稍后恢复监控，或在 Orchestrator 中查看该作业。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the job&apos;s result.</source>
        <translation>无法读取作业结果。</translation>
    </message>
    <message>
        <location filename="../src/engine/longpollflow.cpp" line="+19"/>
        <source>Lost track of the long poll.</source>
        <translation>无法再跟踪长轮询。</translation>
    </message>
    <message>
        <location filename="../src/engine/orchestratorwatchflow.cpp" line="+18"/>
        <source>Pending in Orchestrator: waiting for a robot</source>
        <translation>Orchestrator 中为“待定”：正在等待机器人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping in Orchestrator</source>
        <translation>Orchestrator 中正在停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminating in Orchestrator (killed)</source>
        <translation>Orchestrator 中正在终止（已强制终止）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended in Orchestrator: waiting to be resumed</source>
        <translation>Orchestrator 中已挂起：等待恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed in Orchestrator</source>
        <translation>Orchestrator 中已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in Orchestrator</source>
        <translation>Orchestrator 中为 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Watching job %1 in Orchestrator</source>
        <translation>正在 Orchestrator 中监控作业 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lost track of the job in Orchestrator.</source>
        <translation>在 Orchestrator 中失去了对该作业的跟踪。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The job was stopped in Orchestrator.</source>
        <translation>作业已在 Orchestrator 中被停止。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The job faulted in Orchestrator.</source>
        <translation>作业在 Orchestrator 中出错。</translation>
    </message>
    <message>
        <location filename="../src/engine/jobrun.cpp" line="-355"/>
        <source>Watching cannot resume: %1</source>
        <translation>无法恢复监控：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TriggerDesk stopped before the server said where to watch this job, so it cannot be resumed. Look for it in Orchestrator: trigger %1, launched %2.</source>
        <translation>在服务器告知在哪里监控此作业之前 TriggerDesk 已停止，因此无法恢复。请在 Orchestrator 中查找：触发器 %1，启动于 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The status URI carried a secret, which is never stored on disk, so watching cannot resume. Check the job in Orchestrator.</source>
        <translation>状态 URI 含有机密信息，而机密信息从不保存到磁盘，因此无法恢复监控。请在 Orchestrator 中检查该作业。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The job is running; waiting for a free long-poll connection</source>
        <translation>作业正在运行；正在等待空闲的长轮询连接</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Retry-After %1 is beyond %2 s: waiting %2 s</source>
        <translation>Retry-After %1 超过 %2 秒：等待 %2 秒</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The job may still be running; resume watching later or check it in Orchestrator.</source>
        <translation>作业可能仍在运行；请稍后恢复监控，或在 Orchestrator 中检查其状态。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The long-poll deadline of %1 s passed before the trigger call was answered.</source>
        <translation>在触发器调用得到响应之前，已超过 %1 秒的长轮询截止时间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused the call, so no job was created.</source>
        <translation>服务器拒绝了调用，因此未创建作业。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trigger was not called, so no job was created.</source>
        <translation>未调用触发器，因此未创建作业。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at the long-poll deadline</source>
        <translation>已在长轮询截止时间停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The long-poll deadline of %1 s passed while the job was running.</source>
        <translation>作业运行期间已超过 %1 秒的长轮询截止时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It may still finish: resume watching to go on.</source>
        <translation>作业仍可能完成：请恢复监控以继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may still run: check it in Orchestrator.</source>
        <translation>作业可能仍在运行：请在 Orchestrator 中检查其状态。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at the watch limit</source>
        <translation>已在监控时限停止</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
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
        <translation>TriggerDesk 已监控此作业 %1（即监控时限），现已停止。作业可能仍在运行：请恢复监控以继续，或在 Orchestrator 中检查其状态。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped watching</source>
        <translation>已停止监控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped watching (the job may still be running).</source>
        <translation>已停止监控 (作业可能仍在运行)。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server refused the token (401). %1</source>
        <translation>服务器拒绝了该令牌 (401)。%1</translation>
    </message>
    <message>
        <location filename="../src/engine/flows.cpp" line="-18"/>
        <source>The job faulted (its result came with HTTP %1).</source>
        <translation>作业出错（其结果随 HTTP %1 返回）。</translation>
    </message>
</context>
<context>
    <name>td::JobState</name>
    <message>
        <location filename="../src/core/callmode.cpp" line="+19"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggering</source>
        <translation>正在触发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faulted</source>
        <translation>出错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped watching</source>
        <translation>已停止监控</translation>
    </message>
</context>
<context>
    <name>td::JobStore</name>
    <message>
        <location filename="../src/core/jobstore.cpp" line="+30"/>
        <source>A job record without an id cannot be saved.</source>
        <translation>无法保存没有 ID 的作业记录。</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Probe: %1</source>
        <translation>探测：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, longer than expected</source>
        <translation>%1，超过预期时长</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Longer than the %1 its profile expects</source>
        <translation>超过其配置文件预期的 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since the job&apos;s start, as Orchestrator recorded it</source>
        <translation>自作业开始起，按 Orchestrator 记录的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the launch</source>
        <translation>自启动起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the job&apos;s start to its end, as Orchestrator recorded them</source>
        <translation>从作业开始到结束，按 Orchestrator 记录的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the launch to the end TriggerDesk saw</source>
        <translation>从启动到 TriggerDesk 看到结束为止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orchestrator job %1
TriggerDesk id %2</source>
        <translation>Orchestrator 作业 %1
TriggerDesk ID %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls</source>
        <translation>轮询次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hops</source>
        <translation>跃点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output or error</source>
        <translation>输出或错误</translation>
    </message>
</context>
<context>
    <name>td::JsonFile</name>
    <message>
        <location filename="../src/core/jsonfile.cpp" line="+17"/>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 字节处：%3）。</translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+164"/>
        <source>No keychain: secrets kept for this session only</source>
        <translation>无密钥存储：机密仅在本次会话中保留</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Start a job with these arguments (%1)</source>
        <translation>使用这些参数启动作业（%1）</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>About TriggerDesk</source>
        <translation>关于 TriggerDesk</translation>
    </message>
    <message numerus="yes">
        <location line="-136"/>
        <source>%n job(s) still running. They go on running on the server, and TriggerDesk resumes watching them the next time it starts.</source>
        <translation>
            <numerusform>%n 个作业仍在运行。它们会继续在服务器上运行，TriggerDesk 下次启动时将恢复监控。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to resize the panes</source>
        <translation>拖动以调整窗格大小</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resize the window</source>
        <translation>调整窗口大小</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The setting network/proxy was ignored: %1</source>
        <translation>已忽略设置 network/proxy：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A probe of %1 was skipped: the one before is still running.</source>
        <translation>已跳过 %1 的一次探测：上一次探测仍在运行。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n probe(s) of %1 did not run while the computer slept.</source>
        <translation>
            <numerusform>计算机休眠期间，%1 有 %n 次探测未运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The probe of %1 did not run: %2</source>
        <translation>%1 的探测未运行：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign In as &quot;%1&quot;…</source>
        <translation>以“%1”登录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in with &quot;%1&quot;, or its session ended: its jobs fail until someone signs in. Opens the identity server&apos;s page in your browser.</source>
        <translation>尚无人使用“%1”登录，或其会话已结束：在有人登录前，其作业都会失败。将在浏览器中打开身份服务器的页面。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jobs of &quot;%1&quot; need a sign-in: use the Sign In button in the status bar.</source>
        <translation>“%1”的作业需要登录：请使用状态栏中的登录按钮。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A job of &quot;%1&quot; has run longer than the %2 its profile expects; still watching it.</source>
        <translation>“%1”的一个作业运行时间已超过其配置文件预期的 %2；仍在监控。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No token for this profile</source>
        <translation>此配置文件没有令牌</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n job(s) cannot be watched again after a restart: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet). They may go on running; the next time, find them with Check in Orchestrator.</source>
        <translation>
            <numerusform>%n 个作业在重启后无法再次监控：服务器尚未告知在哪里跟踪它们（长轮询的调用仍被挂起，或调用尚无应答）。它们可能继续运行；下次启动时，请用“在 Orchestrator 中检查”找到它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n demo job(s) still running. They end with the demo simulator, which stops with this window.</source>
        <translation>
            <numerusform>%n 个演示作业仍在运行。演示模拟器随此窗口停止，这些作业也随之结束。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit TriggerDesk?</source>
        <translation>退出 TriggerDesk？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs still running</source>
        <translation>作业仍在运行</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The job history database %1 could not be opened: %2

This session&apos;s jobs are saved as files in %3 and move into the database the next time it opens. If the database is damaged, move it away: TriggerDesk then starts a new one and keeps the files&apos; jobs.</source>
        <translation>无法打开作业历史记录数据库 %1：%2

本次会话的作业以文件形式保存在 %3 中，并在下次数据库能够打开时移入数据库。如果数据库已损坏，请将其移走：TriggerDesk 随后会新建一个数据库，并保留这些文件中的作业。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job history not opened</source>
        <translation>未打开作业历史记录</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n job record(s) in %1 could not be read and were left as they are.</source>
        <translation>
            <numerusform>%1 中有 %n 个作业记录无法读取，已保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Watching %n job(s) again that were running when TriggerDesk closed.</source>
        <translation>
            <numerusform>正在恢复监控 TriggerDesk 关闭时仍在运行的 %n 个作业。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) could not be watched again: select them and use Check in Orchestrator.</source>
        <translation>
            <numerusform>%n 个作业无法再次监控：请选中它们并使用“在 Orchestrator 中检查”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The saved profiles could not be read from %1.

%2

TriggerDesk starts without them; the unreadable file is not overwritten.</source>
        <translation>无法从 %1 读取已保存的配置文件。

%2

TriggerDesk 将在不加载这些配置文件的情况下启动；无法读取的文件不会被覆盖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles not loaded</source>
        <translation>未加载配置文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting the demo simulator…</source>
        <translation>正在启动演示模拟器…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo simulator: %1</source>
        <translation>演示模拟器：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo simulator not running</source>
        <translation>演示模拟器未运行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TriggerDesk %1
Launch Orchestrator jobs through API triggers and watch them live.

Built with Qt %2, running on Qt %3 (%4).
Settings: %5
Job history: %6</source>
        <translation>TriggerDesk %1
通过 API 触发器启动 Orchestrator 作业并实时监控。

使用 Qt %2 构建，运行于 Qt %3 (%4)。
设置: %5
作业历史: %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language changes the next time TriggerDesk starts.</source>
        <translation>语言将在 TriggerDesk 下次启动时切换。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Tab goes from the profile list to the form, Copies, Launch, the job filter and the table.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;Tab 键依次经过配置文件列表、表单、作业数、启动、作业筛选和表格。&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-222"/>
        <source>Launched %n job(s) of %1.</source>
        <translation>
            <numerusform>已启动 %1 的 %n 个作业。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::OAuthClientCredentialsProvider</name>
    <message>
        <location filename="../src/engine/oauthprovider.cpp" line="+81"/>
        <source>Refused to send the client secret over plain http to %1: anyone on the way could read it. Use an https identity URL.</source>
        <translation>已拒绝通过明文 http 向 %1 发送客户端密钥：途中的任何人都能读取它。请使用 https 身份 URL。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not get a token from %1.
%2</source>
        <translation>无法从 %1 获取令牌。
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not a token: this is not a token endpoint. Check the identity URL: https://{host}/identity_ on Automation Cloud and Automation Suite, {Orchestrator URL}/identity on a standalone Orchestrator.</source>
        <translation>%1 返回的是网页而不是令牌：这不是令牌端点。请检查 Identity URL：在 Automation Cloud 和 Automation Suite 上为 https://{host}/identity_，在独立 Orchestrator 上为 {Orchestrator URL}/identity。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sign-in has ended: the identity server no longer renews it (%1). Sign in again: Profile &gt; Credentials &gt; Sign In, or triggerdesk-cli credentials login.</source>
        <translation>登录已结束：身份服务器不再续期 (%1)。请重新登录：配置文件 &gt; 凭据 &gt; 登录，或 triggerdesk-cli credentials login。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the client id and secret of the external application.</source>
        <translation>请检查外部应用程序的客户端 ID 和密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the scopes: the external application must be granted each one (for example OR.Jobs, or OR.Default for an application with fine-grained permissions).</source>
        <translation>请检查范围：必须向外部应用程序授予每个范围（例如 OR.Jobs；对于具有细粒度权限的应用程序为 OR.Default）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the identity URL and the external application.</source>
        <translation>请检查 Identity URL 和外部应用程序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity server refused the client credentials (%1): %2
%3</source>
        <translation>Identity 服务器拒绝了客户端凭据（%1）：%2
%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The identity server at %1 sent an access token with a control character or a space (a line break?): it was refused, so it cannot add headers to requests.</source>
        <translation>%1 的身份服务器发送了包含控制字符或空格（换行？）的访问令牌：已拒绝，使其无法向请求添加标头。</translation>
    </message>
</context>
<context>
    <name>td::OrchestratorApi</name>
    <message>
        <location filename="../src/engine/orchestratorapi.cpp" line="+36"/>
        <source>The trigger URL names no folder key, so the folder cannot be found: enter the folder id in the profile.</source>
        <translation>触发器 URL 中没有文件夹键，因此无法找到文件夹：请在配置文件中输入文件夹 ID。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>TriggerDesk is closing.</source>
        <translation>TriggerDesk 正在关闭。</translation>
    </message>
</context>
<context>
    <name>td::ProfileActions</name>
    <message>
        <location filename="../src/gui/profileactions.cpp" line="+62"/>
        <source>New trigger</source>
        <translation>新触发器</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit profile</source>
        <translation>编辑配置文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+69"/>
        <location line="+24"/>
        <source>Profile not saved</source>
        <translation>配置文件未保存</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Credentials not saved</source>
        <translation>凭据未保存</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved &quot;%1&quot;. It still calls the demo simulator, which has another address at every start: Profile &gt; Edit profile points it at your own trigger.</source>
        <translation>已保存“%1”。它仍调用演示模拟器，而演示模拟器每次启动时地址都会变化：请用“配置文件 &gt; 编辑配置文件”让它指向您自己的触发器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate not saved</source>
        <translation>未保存证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; no longer exists. To trust the certificate in another profile, paste its fingerprint into Pinned certificate in that profile&apos;s editor: %2</source>
        <translation>配置文件“%1”已不存在。要在其他配置文件中信任该证书，请将其指纹粘贴到该配置文件编辑器的“固定的证书”中：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; now trusts the server certificate %2.</source>
        <translation>“%1”现在信任服务器证书 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename profile</source>
        <translation>重命名配置文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile not renamed</source>
        <translation>配置文件未重命名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its presets are deleted with it.</source>
        <translation>要删除配置文件“%1”吗？其预设也将一并删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile not deleted</source>
        <translation>配置文件未删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile order not saved</source>
        <translation>配置文件顺序未保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import profiles</source>
        <translation>导入配置文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile could be imported from %1.
%2</source>
        <translation>无法从 %1 导入任何配置文件。
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some profiles were not imported</source>
        <translation>部分配置文件未导入</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>已导入 %n 个配置文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export profiles</source>
        <translation>导出配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiles not exported</source>
        <translation>配置文件未导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the profiles to %1.</source>
        <translation>已将配置文件导出到 %1。</translation>
    </message>
</context>
<context>
    <name>td::ProfileEditor</name>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="+86"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (comma-separated)</source>
        <translation>选项（以逗号分隔）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Certificate authorities to trust</source>
        <translation>要信任的证书颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>argument%1</source>
        <translation>argument%1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(none: use $TRIGGERDESK_TOKEN)</source>
        <translation>（无：使用 $TRIGGERDESK_TOKEN）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (OAuth client credentials)</source>
        <translation>%1（OAuth 客户端凭据）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (signs in with the browser)</source>
        <translation>%1（使用浏览器登录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (personal access token)</source>
        <translation>%1（个人访问令牌）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>Demo simulator token</source>
        <translation>演示模拟器令牌</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Argument %1 needs a name.</source>
        <translation>参数 %1 需要名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default of %1: %2</source>
        <translation>%1 的默认值：%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a time of day: write the probe times like 08:00, 13:30.</source>
        <translation>“%1”不是一天中的时间：请按 08:00, 13:30 的格式填写探测时间。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的配置文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each probe starts a real job in Orchestrator: tick &quot;Okay to start a real job&quot; to keep the schedule, or set Probe every to Never and clear the times.</source>
        <translation>每次探测都会在 Orchestrator 中启动真实作业：勾选“确认每次探测都会在 Orchestrator 中启动真实作业”以保留计划，或将探测间隔设为“从不”并清除时间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an origin. Write it as https://host or https://host:port.</source>
        <translation>“%1”不是源。请写成 https://host 或 https://host:port。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credential &quot;%1&quot; does not exist: choose another, or add it in the credential editor.</source>
        <translation>凭据“%1”不存在：请选择其他凭据，或在凭据编辑器中添加它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste the trigger&apos;s full slug URL.</source>
        <translation>粘贴触发器的完整 slug URL。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not a GUID: check that this is the folder key)</source>
        <translation>（不是 GUID：请确认这是文件夹键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(standalone)</source>
        <translation>（独立）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Tenant: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; Folder: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Slug: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>组织：&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 租户：&lt;b&gt;%2&lt;/b&gt; &amp;nbsp; 文件夹：&lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Slug：&lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The example is not valid JSON (character %1: %2).</source>
        <translation>示例不是有效的 JSON（第 %1 个字符：%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The example must be a JSON object, like {&quot;customer&quot;: &quot;ACME&quot;, &quot;count&quot;: 3}.</source>
        <translation>示例必须是 JSON 对象，例如 {&quot;customer&quot;: &quot;ACME&quot;, &quot;count&quot;: 3}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Infer arguments</source>
        <translation>推断参数</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paste an example request body (a JSON object). One argument is made per member, typed from its value.</source>
        <translation>粘贴示例请求正文（一个 JSON 对象）。每个成员生成一个参数，其类型由值推断。</translation>
    </message>
</context>
<context>
    <name>td::ProfileListModel</name>
    <message>
        <location filename="../src/gui/profilelistmodel.cpp" line="+43"/>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
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
        <translation>用于本地模拟器的演示配置文件，不会被保存。如需保留，请复制一份。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A profile needs a name.</source>
        <translation>配置文件需要名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的配置文件。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file holds no profiles.</source>
        <translation>该文件不包含任何配置文件。</translation>
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
        <translation>将表单中的值保存为命名预设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen preset</source>
        <translation>删除所选预设</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Probe every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟探测一次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probe at %1</source>
        <translation>在 %1 探测</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: paused (Profile &gt; Pause Probes)</source>
        <translation>%1：已暂停（配置文件 &gt; 暂停探测）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; the next at %2</source>
        <translation>%1；下一次在 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last probe %1: %2</source>
        <translation>上次探测 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last probe %1: still running</source>
        <translation>上次探测 %1：仍在运行</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Create a profile for a trigger to launch it.</source>
        <translation>为触发器创建配置文件后即可启动它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%2 · %3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;%2 · %3&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo profile: not saved, gone when TriggerDesk closes. Profile &gt; Duplicate profile keeps a copy to point at your own trigger.</source>
        <translation>演示配置文件：不会保存，TriggerDesk 关闭后即消失。“配置文件 &gt; 复制配置文件”可保留一份副本，再让它指向您自己的触发器。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a profile first.</source>
        <translation>请先选择一个配置文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a job with these arguments (%1)</source>
        <translation>使用这些参数启动作业（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no presets saved)</source>
        <translation>（无预设）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(choose a preset)</source>
        <translation>（选择预设）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preset not saved</source>
        <translation>预设未保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>要删除预设“%1”吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preset not deleted</source>
        <translation>预设未删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Launch a burst?</source>
        <translation>批量启动？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Launch %n jobs of &quot;%1&quot; at once? Each one is a real job on the server.</source>
        <translation>
            <numerusform>一次启动 %n 个“%1”作业？每一个都是服务器上的真实作业。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ProfileStore</name>
    <message>
        <location filename="../src/core/profilestore.cpp" line="+49"/>
        <source>Profile %1: %2</source>
        <translation>配置文件 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file does not hold a list of profiles.</source>
        <translation>该文件不包含配置文件列表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was written by a newer TriggerDesk (format %1; this version reads format %2). Update TriggerDesk to use it.</source>
        <translation>该文件由更新版本的 TriggerDesk 写入（格式 %1；此版本读取格式 %2）。请更新 TriggerDesk 后再使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s &quot;profiles&quot; is not a list of profiles.</source>
        <translation>文件中的 &quot;profiles&quot; 不是配置文件列表。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1
The file %2 was left untouched.</source>
        <translation>%1
文件 %2 未被改动。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1
The file was kept as %2.</source>
        <translation>%1
该文件已保留为 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
A copy could not be kept; the file was left untouched.</source>
        <translation>%1
无法保留副本；该文件未被改动。</translation>
    </message>
</context>
<context>
    <name>td::ProxySetting</name>
    <message>
        <location filename="../src/core/proxysetting.cpp" line="+21"/>
        <source>The proxy must be &quot;system&quot;, &quot;none&quot; or a URL like http://proxy.example.com:3128 (http://user@host:port for a user).</source>
        <translation>代理必须是 &quot;system&quot;、&quot;none&quot; 或类似 http://proxy.example.com:3128 的 URL（指定用户时使用 http://user@host:port）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the password out of the proxy URL: it would be saved in clear. Set TRIGGERDESK_PROXY_PASSWORD instead.</source>
        <translation>请勿在代理 URL 中包含密码：否则密码将以明文形式保存。请改为设置 TRIGGERDESK_PROXY_PASSWORD。</translation>
    </message>
</context>
<context>
    <name>td::ProxySignIn</name>
    <message>
        <location filename="../src/gui/proxysignin.cpp" line="+67"/>
        <source>Proxy sign-in</source>
        <translation>代理登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407). Nothing went past it: the jobs it refused were not started in Orchestrator, and run again once you sign in.</source>
        <translation>代理 %1 要求提供用户名和密码 (HTTP 407)。请求未通过代理：被拒绝的作业未在 Orchestrator 中启动，登录后将重新运行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>在系统密钥存储中记住(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain answered, so the password is kept for this session only: %1</source>
        <translation>没有可用的密钥存储，因此密码仅在本次会话中保留：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign In and Run Again</source>
        <translation>登录并重新运行</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Not signed in to the proxy %1: %n job(s) it refused stay Failed. Re-run asks again.</source>
        <translation>
            <numerusform>未登录代理 %1：被其拒绝的 %n 个作业仍为“失败”。重新运行时会再次询问。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Signed in to the proxy %1 as %2: %n job(s) it refused run again.</source>
        <translation>
            <numerusform>已以 %2 身份登录代理 %1：被其拒绝的 %n 个作业重新运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy password not kept</source>
        <translation>未保留代理密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password for %1 is kept for this session only: %2</source>
        <translation>%1 的密码仅在本次会话中保留：%2</translation>
    </message>
</context>
<context>
    <name>td::SecretStore</name>
    <message>
        <location filename="../src/engine/secretstore.cpp" line="+17"/>
        <location line="+59"/>
        <location filename="../src/gui/credentialeditor.cpp" line="-695"/>
        <source>No secret is stored under this name.</source>
        <translation>此名称下未存储任何机密。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No keychain is available on this system (%1). Secrets are kept for this session only.</source>
        <translation>此系统上没有可用的密钥存储（%1）。机密仅在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused: %1</source>
        <translation>密钥存储拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>td::SecretStoreFactory</name>
    <message>
        <location filename="../src/gui/secretstorefactory.cpp" line="+88"/>
        <source>No keychain answered.</source>
        <translation>没有密钥存储响应。</translation>
    </message>
</context>
<context>
    <name>td::TlsTrust</name>
    <message>
        <location filename="../src/core/tlstrust.cpp" line="+25"/>
        <source>The pinned certificate fingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits (colons allowed).</source>
        <translation>固定的证书指纹必须是 SHA-256 指纹：64 位十六进制数字（允许使用冒号）。</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryButton</name>
    <message>
        <location filename="../src/gui/tokenexpirybutton.cpp" line="+47"/>
        <source>Token of &quot;%1&quot; expired</source>
        <translation>“%1”的令牌已到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token of &quot;%1&quot; expires today</source>
        <translation>“%1”的令牌今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Token of &quot;%1&quot; expires in %n day(s)</source>
        <translation>
            <numerusform>“%1”的令牌 %n 天后到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TriggerEngine</name>
    <message>
        <location filename="../src/engine/triggerengine.cpp" line="+70"/>
        <source>Resuming</source>
        <translation>正在恢复</translation>
    </message>
</context>
<context>
    <name>td::TriggerProfile</name>
    <message>
        <location filename="../src/core/triggerprofile.cpp" line="+45"/>
        <source>This is not a valid URL. Paste the full slug URL that Orchestrator copies for the trigger.</source>
        <translation>这不是有效的 URL。请粘贴 Orchestrator 为该触发器复制的完整 slug URL。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URL must start with https:// (or http:// for a local test server).</source>
        <translation>URL 必须以 https:// 开头（本地测试服务器可使用 http://）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The path must end in /t/{folder key}/{slug}, as in Orchestrator&apos;s &quot;copy full slug URL&quot;.</source>
        <translation>路径必须以 /t/{文件夹键}/{slug} 结尾，与 Orchestrator 中“复制完整 slug URL”得到的 URL 一致。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the trigger URL: the full slug URL that Orchestrator copies.</source>
        <translation>请粘贴触发器 URL：Orchestrator 复制的完整 slug URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trigger URL is not a valid URL (%1). Paste the full slug URL that Orchestrator copies.</source>
        <translation>触发器 URL 不是有效的 URL (%1)。请粘贴 Orchestrator 复制的完整 slug URL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trigger URL must start with https:// (or http:// for a local test server).</source>
        <translation>触发器 URL 必须以 https:// 开头（本地测试服务器可使用 http://）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trigger URL has no host name. Paste the full slug URL that Orchestrator copies.</source>
        <translation>触发器 URL 中没有主机名。请粘贴 Orchestrator 复制的完整 slug URL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTTP verb must be GET, POST, PUT or DELETE.</source>
        <translation>HTTP 谓词必须是 GET、POST、PUT 或 DELETE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll interval must be at least %1 ms.</source>
        <translation>轮询间隔必须至少为 %1 毫秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The long-poll deadline must be from one second to %1 hours.</source>
        <translation>长轮询截止时间必须介于 1 秒到 %1 小时之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The expected duration must be from 0 (none) to %1 days.</source>
        <translation>预期时长必须在 0（无）到 %1 天之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The probe interval must be from 0 (never) to %1 minutes.</source>
        <translation>探测间隔必须为 0（从不）到 %1 分钟。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A probe runs every so many minutes or at set times, not both: clear one of them.</source>
        <translation>探测要么每隔若干分钟运行，要么在设定的时间运行，不能两者兼有：请清除其中之一。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The correlation argument must be an argument name (no spaces, not starting with $): %1.</source>
        <translation>关联参数必须是参数名称（不含空格，不以 $ 开头）：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every argument needs a name.</source>
        <translation>每个参数都需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The argument %1 is defined twice.</source>
        <translation>参数 %1 被定义了两次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument names cannot start with $: %1.</source>
        <translation>参数名称不能以 $ 开头：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The argument %1 is the correlation argument: TriggerDesk fills it at each launch, so it cannot be in the form too.</source>
        <translation>参数 %1 是关联参数：TriggerDesk 会在每次启动时填充它，因此它不能同时出现在表单中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The choice argument %1 needs at least one choice.</source>
        <translation>选项类型的参数 %1 至少需要一个选项。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A profile needs at least a &quot;name&quot; and a &quot;url&quot;.</source>
        <translation>配置文件至少需要 &quot;name&quot; 和 &quot;url&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This profile was written by a newer TriggerDesk (format %1).</source>
        <translation>此配置文件由较新版本的 TriggerDesk 写入（格式 %1）。</translation>
    </message>
</context>
<context>
    <name>td::cli</name>
    <message>
        <location filename="../src/cli/cliio.cpp" line="+24"/>
        <source>Run triggerdesk-cli --help for usage.</source>
        <translation>运行 triggerdesk-cli --help 查看用法。</translation>
    </message>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+59"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is not set (or empty): set it to your token, or pass --no-auth to call without one.</source>
        <translation>%1 未设置（或为空）：请将其设置为你的令牌，或传递 --no-auth 以不带令牌调用。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not create the folder %1 for --state-dir.</source>
        <translation>无法为 --state-dir 创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write in %1 (--state-dir): %2</source>
        <translation>无法在 %1（--state-dir）中写入：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+292"/>
        <source>give either --token-env or --no-auth, not both</source>
        <translation>请只指定 --token-env 或 --no-auth 之一，不要同时指定</translation>
    </message>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="-73"/>
        <source>the profile&apos;s credential &quot;%1&quot; is not in %2</source>
        <translation>配置文件的凭据 &quot;%1&quot; 不在 %2 中</translation>
    </message>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="-241"/>
        <source>The trigger&apos;s HTTP verb: GET, POST, PUT or DELETE.</source>
        <translation>触发器的 HTTP 谓词：GET、POST、PUT 或 DELETE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call mode: AsyncRequestReply, FireAndForget, LongPolling or default (the trigger&apos;s own; the default for a URL).</source>
        <translation>调用模式：AsyncRequestReply、FireAndForget、LongPolling 或 default（使用触发器自身的设置；指定 URL 时的默认值）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An input argument, typed like JSON (123, true, {&quot;a&quot;:1}), else a string. Repeatable.</source>
        <translation>一个输入参数，按 JSON 推断类型（123、true、{&quot;a&quot;:1}），否则作为字符串。可重复指定。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Run a saved profile instead of a URL (jobs: the profile&apos;s Orchestrator and folder).</source>
        <translation>运行已保存的配置文件，而不是 URL（jobs：使用该配置文件的 Orchestrator 和文件夹）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the jobs of this profile (by name).</source>
        <translation>仅统计此配置文件（按名称）的作业。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the jobs launched at or after this date or time (2026-12-01, 2026-12-01T08:00:00Z).</source>
        <translation>仅统计在此日期或时间及之后启动的作业（2026-12-01、2026-12-01T08:00:00Z）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the job records that run --state-dir DIR kept, instead of the window&apos;s history.</source>
        <translation>读取 run --state-dir DIR 保存的作业记录，而不是窗口的历史记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the figures as one JSON object.</source>
        <translation>以一个 JSON 对象输出统计数据。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Input arguments as one JSON object (jobs find: the arguments the job was launched with).</source>
        <translation>以一个 JSON 对象表示的输入参数（jobs find：启动作业时使用的参数）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs find: when the trigger was called (default: now); jobs created from 2 minutes before to 10 minutes after are listed.</source>
        <translation>jobs find：调用触发器的时间（默认：现在）；列出从该时间前 2 分钟到后 10 分钟内创建的作业。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs find: the correlation id the job was launched with (the profile&apos;s correlation argument): only the job carrying it matches.</source>
        <translation>jobs find：启动作业时使用的关联 ID（配置文件的关联参数）：只有带有该 ID 的作业才匹配。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs stop: end the robot&apos;s process at once (Kill) instead of asking the process to stop (SoftStop).</source>
        <translation>jobs stop：立即结束机器人的流程（Kill），而不是请求流程停止（SoftStop）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment variable holding the token (default TRIGGERDESK_TOKEN); wins over a profile&apos;s credential.</source>
        <translation>包含令牌的环境变量（默认为 TRIGGERDESK_TOKEN）；优先于配置文件的凭据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call without a token.</source>
        <translation>不带令牌调用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status poll interval in milliseconds.</source>
        <translation>状态轮询间隔（毫秒）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to poll the status: adaptive (every interval at first, then a fifth of the time the job has run, at most 30 s), or every MS milliseconds.</source>
        <translation>如何轮询状态：adaptive（起初按间隔，之后按作业已运行时间的五分之一，最长 30 秒），或每 MS 毫秒一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long-poll deadline in seconds (at most 86400).</source>
        <translation>长轮询截止时间（秒，最多 86400）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a JSON record of each job here; resume reads them back.</source>
        <translation>在此处保存每个作业的 JSON 记录；resume 会读回这些记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object per job on standard output.</source>
        <translation>在标准输出上为每个作业输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Launch N copies at once (a load test); one report per job, the worst exit code.</source>
        <translation>一次启动 N 个副本（负载测试）；每个作业输出一份报告，退出代码取其中最差的一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long polls held at once per server (default 50); more wait as Queued.</source>
        <translation>每个服务器同时保持的长轮询数（默认为 50）；超出的作业以 Queued 状态等待。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop watching any job after N hours (default 24); it ends TimedOut and can be resumed.</source>
        <translation>任何作业监控 N 小时（默认为 24）后即停止监控；该作业以 TimedOut 结束，之后可以恢复监控。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the certificate authorities in this PEM file too (an on-premises Orchestrator&apos;s private CA); &quot;&quot; for none.</source>
        <translation>同时信任此 PEM 文件中的证书颁发机构（本地部署的 Orchestrator 的私有 CA）；指定 &quot;&quot; 表示不使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept only the server certificate with this SHA-256 fingerprint (64 hex digits, colons allowed), even self-signed; &quot;&quot; for none.</source>
        <translation>仅接受具有此 SHA-256 指纹（64 位十六进制数字，允许使用冒号）的服务器证书，即使是自签名证书；指定 &quot;&quot; 表示不使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy for profiles that name none: system (default: http_proxy, https_proxy, no_proxy), none, or http://[user@]host:port (password in TRIGGERDESK_PROXY_PASSWORD). Loopback never goes through a proxy.</source>
        <translation>未指定代理的配置文件所用的代理：system（默认值，使用 http_proxy、https_proxy、no_proxy）、none 或 http://[user@]host:port（密码取自 TRIGGERDESK_PROXY_PASSWORD）。环回地址始终不经过代理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials add: a personal access token.</source>
        <translation>credentials add：个人访问令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credentials add --pat: the token&apos;s expiry date, as Orchestrator showed it; runs warn from a week before.</source>
        <translation>credentials add --pat: 令牌的到期日期（即 Orchestrator 显示的日期）；运行时会提前一周提醒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentials add: OAuth client credentials.</source>
        <translation>credentials add：OAuth 客户端凭据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials add: a person signs in in the system browser (authorization code with PKCE), then with credentials login NAME.</source>
        <translation>credentials add：个人在系统浏览器中登录（使用 PKCE 的授权代码），随后执行 credentials login NAME。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentials add --browser: the port of the redirect URI http://127.0.0.1:N/ registered in the external application (default 8765).</source>
        <translation>credentials add --browser：外部应用程序中注册的重定向 URI http://127.0.0.1:N/ 的端口（默认为 8765）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentials add --oauth|--browser: the application id.</source>
        <translation>credentials add --oauth|--browser：应用程序 ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials add --oauth|--browser: the scopes (default OR.Jobs; with --browser also offline_access).</source>
        <translation>credentials add --oauth|--browser：范围（默认为 OR.Jobs；使用 --browser 时还包括 offline_access）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credentials add|login: the identity server (default: /identity_ on the trigger&apos;s host for Automation Cloud and Suite, {Orchestrator URL}/identity for a standalone Orchestrator).</source>
        <translation>credentials add|login：Identity 服务器（默认：Automation Cloud 和 Suite 为触发器所在主机的 /identity_，独立 Orchestrator 为 {Orchestrator URL}/identity）。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--since takes a date or a date and time in ISO 8601 (2026-12-01, 2026-12-01T08:00:00Z), got &quot;%1&quot;</source>
        <translation>--since 需要 ISO 8601 格式的日期或日期时间（2026-12-01、2026-12-01T08:00:00Z），收到的是“%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--expires takes a date such as 2027-01-31</source>
        <translation>--expires 需要一个日期，例如 2027-01-31</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>--poll takes adaptive or a number of milliseconds, got &quot;%1&quot;</source>
        <translation>--poll 接受 adaptive 或毫秒数，收到的是“%1”</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Options of stats (the window&apos;s history, or --state-dir; jobs that ended):</source>
        <translation>stats 的选项（窗口的历史记录或 --state-dir；已结束的作业）：</translation>
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
        <translation>配置文件有凭据时使用该凭据（除非指定了 --token-env）；其机密从系统密钥存储中读取。
&quot;credentials add&quot; 从标准输入读取机密，从不从参数读取。恢复的作业使用启动它时所用配置文件的凭据。

否则，从 --token-env 指定的环境变量（默认为 TRIGGERDESK_TOKEN）读取令牌；没有令牌时将拒绝运行，
除非用 --no-auth 指明不带令牌调用。
退出代码：0 Successful 或 Started，1 Faulted，2 用法或输入错误，3 Failed，4 Unknown，
5 TimedOut 或 Cancelled，6 无法写入作业记录或配置文件，7 在 Orchestrator 中已停止。
jobs watch 和 jobs stop 的退出代码与 run 相同；jobs find 列出作业时退出代码为 0，未找到作业时为 4。
stats 有统计数据时退出代码为 0，没有已结束的作业时为 4。
stats 给出每个配置文件的结果，以及运行至结束的作业（Successful、Faulted 或 Stopped）
持续时间的最近秩百分位数（p50、p90、p99）。
</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>--%1 takes a whole number, got &quot;%2&quot;</source>
        <translation>--%1 需要一个整数，但收到的是 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 takes a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，但收到的是 &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>give either --args-json or --correlation, not both</source>
        <translation>请只指定 --args-json 或 --correlation 之一，不要同时指定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--around takes a date and time in ISO 8601 (2026-12-04T10:15:00Z), got &quot;%1&quot;</source>
        <translation>--around 需要 ISO 8601 格式的日期和时间（例如 2026-12-04T10:15:00Z），但收到的是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resume needs --state-dir DIR</source>
        <translation>resume 需要 --state-dir DIR</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--args-json must be a JSON object (%1)</source>
        <translation>--args-json 必须是一个 JSON 对象（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an object</source>
        <translation>不是对象</translation>
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
        <translation>用法：
  triggerdesk-cli run URL [run 的选项]
  triggerdesk-cli run --profile NAME [run 的选项]
  triggerdesk-cli resume --state-dir DIR [resume 的选项]
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
        <translation>jobs 的选项（由触发器 URL 或配置文件指定 Orchestrator 和文件夹）：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Options of run:</source>
        <translation>run 的选项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options of resume:</source>
        <translation>resume 的选项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options of credentials add:</source>
        <translation>credentials add 的选项：</translation>
    </message>
    <message>
        <location filename="../src/cli/resumecommand.cpp" line="+27"/>
        <source>No unfinished jobs in %1.</source>
        <translation>%1 中没有未结束的作业。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1 (%2) is left for later: %3</source>
        <translation>作业 %1（%2）暂不恢复，留待以后：%3</translation>
    </message>
    <message>
        <location filename="../src/cli/resultformat.cpp" line="+116"/>
        <source>Status URI: %1</source>
        <translation>状态 URI：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation id: %1 (jobs find --correlation %1)</source>
        <translation>关联 ID：%1（jobs find --correlation %1）</translation>
    </message>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="+31"/>
        <source>no profile named &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的配置文件</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported %n profile(s) into %1.</source>
        <translation>
            <numerusform>已将 %n 个配置文件导入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>profiles takes list, show NAME, import FILE or export FILE</source>
        <translation>profiles 接受 list、show NAME、import FILE 或 export FILE</translation>
    </message>
    <message>
        <location filename="../src/cli/credentialscommand.cpp" line="+114"/>
        <source>no credential named &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的凭据</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>credentials takes list, add NAME --pat|--oauth --client-id ID|--browser --client-id ID, login NAME, logout NAME, or remove NAME</source>
        <translation>credentials 接受 list、add NAME --pat|--oauth --client-id ID|--browser --client-id ID、login NAME、logout NAME 或 remove NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a credential named &quot;%1&quot; exists already</source>
        <translation>名为 &quot;%1&quot; 的凭据已存在</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>give the secret on standard input</source>
        <translation>请通过标准输入提供机密</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the credential &quot;%1&quot;; its secret is in the system keychain.</source>
        <translation>已保存凭据 &quot;%1&quot;；其机密位于系统密钥存储中。</translation>
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
        <translation>%1：1 个作业，启动于 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 jobs, launched %3 to %4</source>
        <translation>%1：%2 个作业，启动于 %3 至 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No duration: none of these jobs ran to a known end.</source>
        <translation>无持续时间：这些作业都没有已知的结束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration of the %1 that ran to an end: p50 %2, p90 %3, p99 %4 (fastest %5, slowest %6)</source>
        <translation>运行至结束的 %1 的持续时间：p50 %2，p90 %3，p99 %4（最快 %5，最慢 %6）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 job</source>
        <translation>1 个作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 jobs</source>
        <translation>%1 个作业</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job history database %1 could not be read: %2</source>
        <translation>无法读取作业历史记录数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No ended jobs in %1.</source>
        <translation>%1 中没有已结束的作业。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ended jobs of &quot;%1&quot; in %2.</source>
        <translation>%2 中没有“%1”的已结束作业。</translation>
    </message>
</context>
</TS>
