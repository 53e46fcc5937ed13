<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Portico::BackendsPage</name>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers behind your sites, grouped in pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backends yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends are the servers that run your applications; a pool groups the ones that serve the same application. The configuration file %1 has none yet, and editing pools in Portico comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool / backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list shows the configured backends. Health checks come in a later version, so Portico cannot yet tell whether a backend is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Where a pool is used: site name and path prefix.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CachePage</name>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses Portico keeps so that backends do not have to send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page will show how much the cache holds, how often it answers requests, and let you empty it. This version of Portico caches nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates that let your sites use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page will list the certificates of your sites, whether imported or obtained automatically, with their expiry dates. This version of Portico serves plain HTTP only and keeps no certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Portico is doing right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time, 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time, 99th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1xx informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all in Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your configuration file could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico moved it to %1 so that nothing overwrites it, and runs with the default configuration instead. Correct the file and move it back to %2, then restart Portico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was left where it is, and Portico runs with the default configuration until it is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker thread(s)</source>
        <translation>
            <numerusform>%n worker thread</numerusform>
            <numerusform>%n worker threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listeners are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an address to open it in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live figures from the engine, updated every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first figures arrive one second after the engine starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is stopped; these are its last figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures appear once the engine is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of these figures will come in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the engine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests in the last second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::ErrorText</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has configuration version %1, but this Portico reads only up to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a setting Portico knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting must be of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already configured as the listener at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one site can be the default site, and %1 already is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pool named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name (use a name like host.example.com or *.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the place in the configuration file, e.g. listeners[0].port; %2 the problem.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program may already use this port, or the address does not belong to this computer. Stop the other program or choose another port in the configuration file, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that your user account may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and that your user account may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path prefix (it must start with / and contain no spaces, ?, # or segments that are . or ..)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable address to redirect to (it must be an absolute http:// or https:// URL with a host, and have no ? or # when the request path is appended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is not allowed when %1 is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::EventText</name>
    <message numerus="yes">
        <source>Engine started with %n worker(s)</source>
        <translation>
            <numerusform>Engine started with %n worker</numerusform>
            <numerusform>Engine started with %n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration applied: %1, %2, %3</source>
        <extracomment>%1, %2 and %3 are &quot;2 listeners&quot;, &quot;1 site&quot;, &quot;3 pools&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n listener</numerusform>
            <numerusform>%n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Configuration rejected with %n problem(s); the previous configuration stays in force. First problem: %1</source>
        <extracomment>%1 is the first problem, in English as the engine reported it.</extracomment>
        <translation>
            <numerusform>Configuration rejected with %n problem; the previous configuration stays in force. First problem: %1</numerusform>
            <numerusform>Configuration rejected with %n problems; the previous configuration stays in force. First problem: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to %1 takes effect when the engine next starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine reported since Portico started, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). Portico keeps the newest %1 while it runs; a log of individual requests comes in a later version.</source>
        <translation>
            <numerusform>%n event. Portico keeps the newest %1 while it runs; a log of individual requests comes in a later version.</numerusform>
            <numerusform>%n events. Portico keeps the newest %1 while it runs; a log of individual requests comes in a later version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portico::MainWindow</name>
    <message>
        <source>Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the engine with the current configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop accepting connections and finish the requests in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::NumberText</name>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate, e.g. &quot;1.2 KiB/s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;3 h 05 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portico::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may reach your sites, and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security rules are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page will hold access rules, rate limits and blocked addresses. This version of Portico applies none of them; it only refuses requests whose headers are larger than the limits in the configuration file allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Portico app looks and behaves on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change applies immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Portico running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Portico from the tray menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Portico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites, pools and listeners are read from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not exist yet; Portico uses its default configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico %1 — a reverse-proxy manager for small offices. Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SitesPage</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web addresses Portico answers, and where it sends their requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you add a site, Portico answers every request with its welcome page. A site ties names like intranet.example.com to the servers that run the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard for adding sites comes in a later version of Portico. Until then, sites are added by editing the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding sites here comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1. Editing sites in Portico comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name no other site claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A route: path prefix, then the pool its requests go to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → redirect (%2) to %3</source>
        <extracomment>A redirect route: path prefix, HTTP status, target URL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::StateText</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::TrayIcon</name>
    <message>
        <source>Portico is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was closed, but Portico keeps serving your sites. To stop it, choose Quit Portico in the menu of this icon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
