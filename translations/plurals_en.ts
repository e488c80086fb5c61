<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>td::Credential</name>
    <message numerus="yes">
        <location filename="../src/core/credential.cpp" line="+73"/>
        <source>The personal access token of &quot;%1&quot; expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>The personal access token of &quot;%1&quot; expires on %2, in %n day.</numerusform>
            <numerusform>The personal access token of &quot;%1&quot; expires on %2, in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::CredentialEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/credentialeditor.cpp" line="+221"/>
        <source>%1 · %n profile(s)</source>
        <translation>
            <numerusform>%1 · %n profile</numerusform>
            <numerusform>%1 · %n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+217"/>
        <source>%n profile(s): %1</source>
        <translation>
            <numerusform>%n profile: %1</numerusform>
            <numerusform>%n profiles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of them refer to it by its old name &quot;%1&quot; and will not find it until you choose it again in their profile.</source>
        <translation>
            <numerusform>%n of them refers to it by its old name &quot;%1&quot; and will not find it until you choose it again in that profile.</numerusform>
            <numerusform>%n of them refer to it by its old name &quot;%1&quot; and will not find it until you choose it again in their profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n profile(s) use it (%1) and will have no credential until you choose another.</source>
        <translation>
            <numerusform>%n profile uses it (%1) and will have no credential until you choose another.</numerusform>
            <numerusform>%n profiles use it (%1) and will have no credential until you choose another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::HealthDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/healthdialog.cpp" line="+228"/>
        <source>%n job(s) ended, launched %1 to %2.</source>
        <translation>
            <numerusform>%n job ended, launched %1 to %2.</numerusform>
            <numerusform>%n jobs ended, launched %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them probe run(s).</source>
        <translation>
            <numerusform>%n of them a probe run.</numerusform>
            <numerusform>%n of them probe runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Duration of the %n job(s) that ran to an end: median (p50) %1, p90 %2, p99 %3; fastest %4, slowest %5.</source>
        <translation>
            <numerusform>Duration of the %n job that ran to an end: median (p50) %1, p90 %2, p99 %3; fastest %4, slowest %5.</numerusform>
            <numerusform>Duration of the %n jobs that ran to an end: median (p50) %1, p90 %2, p99 %3; fastest %4, slowest %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The durations chart draws %1 of these %n jobs, evenly spread (each rare outcome whole); the figures count them all.</source>
        <translation>
            <numerusform>The durations chart draws %1 of this %n job, evenly spread (each rare outcome whole); the figures count them all.</numerusform>
            <numerusform>The durations chart draws %1 of these %n jobs, evenly spread (each rare outcome whole); the figures count them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n job(s) followed longer than the slowest that ran to an end, without a known end of their own, are drawn on the top edge.</source>
        <translation>
            <numerusform>%n job followed longer than the slowest that ran to an end, without a known end of its own, is drawn on the top edge.</numerusform>
            <numerusform>%n jobs followed longer than the slowest that ran to an end, without a known end of their own, are drawn on the top edge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobDetailsView</name>
    <message numerus="yes">
        <location filename="../src/gui/jobdetailsview.cpp" line="+77"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+237"/>
        <source>%n time(s) in a row, the last at %1</source>
        <translation>
            <numerusform>%n time in a row, the last at %1</numerusform>
            <numerusform>%n times in a row, the last at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobLookupDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/joblookupdialog.cpp" line="+90"/>
        <source>%n job(s) with the same arguments, marked ★ and listed first.</source>
        <translation>
            <numerusform>%n job with the same arguments, marked ★ and listed first.</numerusform>
            <numerusform>%n jobs with the same arguments, marked ★ and listed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n job(s) watched in another row already are greyed out.</source>
        <translation>
            <numerusform>%n job watched in another row already is greyed out.</numerusform>
            <numerusform>%n jobs watched in another row already are greyed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobNotifier</name>
    <message numerus="yes">
        <location filename="../src/gui/jobnotifier.cpp" line="+87"/>
        <source>%n job(s) ended</source>
        <translation>
            <numerusform>%n job ended</numerusform>
            <numerusform>%n jobs ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/jobpanel.cpp" line="+182"/>
        <source>%1 of %n job(s) shown</source>
        <translation>
            <numerusform>%1 of %n job shown</numerusform>
            <numerusform>%1 of %n jobs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No job matches the filter. Clear the text or choose &quot;All jobs&quot; to see all %n.</source>
        <translation>
            <numerusform>No job matches the filter. Clear the text or choose &quot;All jobs&quot; to see the %n job.</numerusform>
            <numerusform>No job matches the filter. Clear the text or choose &quot;All jobs&quot; to see all %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n of these jobs cannot be watched again once you stop: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet).</source>
        <translation>
            <numerusform>%n of these jobs cannot be watched again once you stop: the server has not said yet where to follow it (a long poll&apos;s call is still held, or its call has no answer yet).</numerusform>
            <numerusform>%n of these jobs cannot be watched again once you stop: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n of these jobs may still be running, or may have finished, on the server: TriggerDesk cannot tell. Running again starts a new job, which may do the same work twice (a duplicate job).

Check in Orchestrator first if that matters. Run again anyway?</source>
        <translation>
            <numerusform>%n of these jobs may still be running, or may have finished, on the server: TriggerDesk cannot tell. Running again starts a new job, which may do the same work twice (a duplicate job).

Check in Orchestrator first if that matters. Run again anyway?</numerusform>
            <numerusform>%n of these jobs may still be running, or may have finished, on the server: TriggerDesk cannot tell. Running again starts a new job, which may do the same work twice (a duplicate job).

Check in Orchestrator first if that matters. Run again anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Exported %n job(s) to %1.</source>
        <translation>
            <numerusform>Exported %n job to %1.</numerusform>
            <numerusform>Exported %n jobs to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::JobRun</name>
    <message numerus="yes">
        <location filename="../src/engine/jobrun.cpp" line="+480"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="+184"/>
        <source>%n probe(s) of %1 did not run while the computer slept.</source>
        <translation>
            <numerusform>%n probe of %1 did not run while the computer slept.</numerusform>
            <numerusform>%n probes of %1 did not run while the computer slept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+153"/>
        <source>%n job(s) still running. They go on running on the server, and TriggerDesk resumes watching them the next time it starts.</source>
        <translation>
            <numerusform>%n job is still running. It goes on running on the server, and TriggerDesk resumes watching it the next time it starts.</numerusform>
            <numerusform>%n jobs are still running. They go on running on the server, and TriggerDesk resumes watching them the next time it starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n job(s) cannot be watched again after a restart: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet). They may go on running; the next time, find them with Check in Orchestrator.</source>
        <translation>
            <numerusform>%n job cannot be watched again after a restart: the server has not said yet where to follow it (a long poll&apos;s call is still held, or its call has no answer yet). It may go on running; the next time, find it with Check in Orchestrator.</numerusform>
            <numerusform>%n jobs cannot be watched again after a restart: the server has not said yet where to follow them (a long poll&apos;s call is still held, or a call has no answer yet). They may go on running; the next time, find them with Check in Orchestrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n demo job(s) still running. They end with the demo simulator, which stops with this window.</source>
        <translation>
            <numerusform>%n demo job is still running. It ends with the demo simulator, which stops with this window.</numerusform>
            <numerusform>%n demo jobs are still running. They end with the demo simulator, which stops with this window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n job record(s) in %1 could not be read and were left as they are.</source>
        <translation>
            <numerusform>%n job record in %1 could not be read and was left as it is.</numerusform>
            <numerusform>%n job records in %1 could not be read and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Watching %n job(s) again that were running when TriggerDesk closed.</source>
        <translation>
            <numerusform>Watching %n job again that was running when TriggerDesk closed.</numerusform>
            <numerusform>Watching %n jobs again that were running when TriggerDesk closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) could not be watched again: select them and use Check in Orchestrator.</source>
        <translation>
            <numerusform>%n job could not be watched again: select it and use Check in Orchestrator.</numerusform>
            <numerusform>%n jobs could not be watched again: select them and use Check in Orchestrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-114"/>
        <source>Launched %n job(s) of %1.</source>
        <translation>
            <numerusform>Launched %n job of %1.</numerusform>
            <numerusform>Launched %n jobs of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ProfileActions</name>
    <message numerus="yes">
        <location filename="../src/gui/profileactions.cpp" line="+267"/>
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ProfilePanel</name>
    <message numerus="yes">
        <location filename="../src/gui/profilepanel.cpp" line="+58"/>
        <source>Probe every %n minute(s)</source>
        <translation>
            <numerusform>Probe every %n minute</numerusform>
            <numerusform>Probe every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>Launch %n jobs of &quot;%1&quot; at once? Each one is a real job on the server.</source>
        <translation>
            <numerusform>Launch %n job of &quot;%1&quot;? It is a real job on the server.</numerusform>
            <numerusform>Launch %n jobs of &quot;%1&quot; at once? Each one is a real job on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ProxySignIn</name>
    <message numerus="yes">
        <location filename="../src/gui/proxysignin.cpp" line="+113"/>
        <source>Not signed in to the proxy %1: %n job(s) it refused stay Failed. Re-run asks again.</source>
        <translation>
            <numerusform>Not signed in to the proxy %1: the job it refused stays Failed. Re-run asks again.</numerusform>
            <numerusform>Not signed in to the proxy %1: %n jobs it refused stay Failed. Re-run asks again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Signed in to the proxy %1 as %2: %n job(s) it refused run again.</source>
        <translation>
            <numerusform>Signed in to the proxy %1 as %2: the job it refused runs again.</numerusform>
            <numerusform>Signed in to the proxy %1 as %2: %n jobs it refused run again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryButton</name>
    <message numerus="yes">
        <location filename="../src/gui/tokenexpirybutton.cpp" line="+49"/>
        <source>Token of &quot;%1&quot; expires in %n day(s)</source>
        <translation>
            <numerusform>Token of &quot;%1&quot; expires in %n day</numerusform>
            <numerusform>Token of &quot;%1&quot; expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli</name>
    <message numerus="yes">
        <location filename="../src/cli/profilescommand.cpp" line="+52"/>
        <source>Imported %n profile(s) into %1.</source>
        <translation>
            <numerusform>Imported %n profile into %1.</numerusform>
            <numerusform>Imported %n profiles into %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
