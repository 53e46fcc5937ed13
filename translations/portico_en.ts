<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Portico::BackendEditDialog</name>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 of the pool &quot;%2&quot;. Save applies the change at once and keeps the previous configuration in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: use only while no other server of the pool can take requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::BackendRowWidget</name>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large a share of the requests this server gets, relative to the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server and ask it for a page, as a health check would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The answer of the Test button: a mark (✓ or ✗) and what happened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico&apos;s engine did not report a result, so nothing is known about this server yet. Try again; you can also go on without a test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::BackendTableModel</name>
    <message>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, standing by as backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A backend&apos;s health and why, e.g. &quot;Down: HTTP 500 on /health&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (slow start)</source>
        <extracomment>Weight during slow start: the weight in use now, then the configured one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Portico last found out about the server, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you set: enabled, draining (no new visitors) or in maintenance (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed connections, timeouts and 5xx answers since the engine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in progress now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the requests in the last second were answered faster than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 of 100 requests in the last second were answered faster than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th pct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::BackendsPage</name>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backends yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers behind your sites, whether they are healthy, and how busy they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends are the servers that run your applications; a pool groups the ones that serve the same application. Add a site on the Sites page to add its servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to this server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no new visitors; requests in progress and visitors who stick to it finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server out of service, for an upgrade for instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is stopped, so there is nothing to tell about the servers&apos; health and traffic. Press Start to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine has not reported figures for the servers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are updated every second. Errors count since the engine started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server above to see its health and its recent changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in pool %2</source>
        <extracomment>Detail title: server (host:port) and its pool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: used only while no other server of the pool can take requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n connection(s) at once</source>
        <translation>
            <numerusform>At most %n connection at once</numerusform>
            <numerusform>At most %n connections at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a free connection</source>
        <translation>
            <numerusform>%n request waiting for a free connection</numerusform>
            <numerusform>%n requests waiting for a free connection</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active check has run; the pool has none, or the first is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>Timeline entry: time, then the change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since the engine started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s state was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server %1 from the pool &quot;%2&quot;? Requests in progress finish; new ones go to the pool&apos;s other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1, the only server of the pool &quot;%2&quot;? The sites that use the pool will answer with an error page until you add another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::BalanceText</name>
    <message>
        <source>Spread requests evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread requests by each server&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each request to the least busy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each visitor on the same server (by address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each visitor on the same server (with a cookie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers take turns, one request each. Good when they are alike and the application keeps no session on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server with weight 3 gets three times the requests of one with weight 1. Good when some servers are stronger than others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request goes to the server with the fewest requests in progress, allowing for weight. Good when some requests take much longer than others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s IP address (or a header or cookie, under Advanced) picks the server, so the same visitor keeps reaching the same server without a cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico sets a cookie that remembers the visitor&apos;s server. Good for applications that keep logins or carts on one server. If that server goes down, the visitor moves to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep trying all servers (a check may be wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with an error page (503) at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by the %2 &quot;%3&quot;</source>
        <extracomment>%1 is e.g. &quot;Keep each visitor on the same server (by address)&quot;; %2 the header or cookie name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <comment>hashed on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie</source>
        <comment>hashed on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cookie &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular checks; servers are taken out only when real requests to them fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every %1 that each server accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks %1 %2 every %3; healthy is HTTP %4</source>
        <extracomment>%1 method, %2 path, %3 interval, %4 status range such as 200-399.</extracomment>
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
    <name>Portico::ChangeText</name>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n connection(s)</source>
        <translation>
            <numerusform>at most %n connection</numerusform>
            <numerusform>at most %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A server and its settings: &quot;10.0.0.5:8080 (weight 2, backup)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the site &quot;%1&quot;; Portico no longer answers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removes the pool &quot;%1&quot; and its %n server(s).</source>
        <translation>
            <numerusform>Removes the pool &quot;%1&quot; and its %n server.</numerusform>
            <numerusform>Removes the pool &quot;%1&quot; and its %n servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico also listens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico stops listening on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes settings that have no plain description here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the site &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the site &quot;%1&quot;, answering %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the default site: it also answers names no other site claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests under %1 go to the pool &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; also answers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; no longer answers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the default site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer the default site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routes of the site &quot;%1&quot; change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adds the pool &quot;%1&quot; with %n server(s): %2</source>
        <translation>
            <numerusform>Adds the pool &quot;%1&quot; with %n server: %2</numerusform>
            <numerusform>Adds the pool &quot;%1&quot; with %n servers: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Balancing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the server %1 to the pool &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server %1 in the pool &quot;%2&quot; to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the server %1 from the pool &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool &quot;%1&quot; now balances: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool &quot;%1&quot; now checks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other settings of the pool &quot;%1&quot; change.</source>
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
    <message>
        <source>This setting is required when %1 is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be less than %1 (now %2)</source>
        <extracomment>%1 is another setting, e.g. pools[0].healthCheck.intervalMs; %2 its value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be at least %1 (now %2)</source>
        <extracomment>%1 is another setting, e.g. pools[0].passiveHealth.ejectMs; %2 its value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name here (use letters, digits and - _ . only, no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid request path (it must start with /, may end in a ?query, and contain no spaces, # or non-ASCII characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code or range (write 200, or 200-399; codes go from 100 to 599)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server is marked as a backup; at least one must be a regular server</source>
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
    <message numerus="yes">
        <source>Server %1 is up again after %n passed check(s): %2</source>
        <extracomment>%1 pool/host:port; %2 the last check&apos;s result.</extracomment>
        <translation>
            <numerusform>Server %1 is up again after %n passed check: %2</numerusform>
            <numerusform>Server %1 is up again after %n passed checks: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server %1 is down after %n failed check(s): %2</source>
        <extracomment>%1 pool/host:port; %2 the last check&apos;s result.</extracomment>
        <translation>
            <numerusform>Server %1 is down after %n failed check: %2</numerusform>
            <numerusform>Server %1 is down after %n failed checks: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server %1 is taken out for %2 after %n failed request(s) in a row</source>
        <extracomment>%1 pool/host:port, %2 how long it stays out.</extracomment>
        <translation>
            <numerusform>Server %1 is taken out for %2 after %n failed request in a row</numerusform>
            <numerusform>Server %1 is taken out for %2 after %n failed requests in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1 is back in rotation after its cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server of pool %1 is down; its sites answer with an error page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server of pool %1 is down; Portico keeps trying them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 has a working server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 changed from %2 to %3</source>
        <extracomment>%1 pool/host:port, %2 and %3 &quot;enabled&quot;, &quot;drain&quot; or &quot;maintenance&quot; as worded by adminStateName().</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::HealthText</name>
    <message>
        <source>HTTP %1 on %2 in %3</source>
        <extracomment>A passed check: HTTP status, the path asked for, the time it took.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed before a full answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 on %2</source>
        <extracomment>A failed check: the HTTP status received and the path asked for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer lacks &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: it accepted a connection in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2 (server: %3)</source>
        <extracomment>%3 is the Server header the backend sent, e.g. &quot;nginx/1.22&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on this port. Is the application running, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepted the connection but closed it without a full answer. Is this an HTTP server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1. The server may be overloaded, or a firewall drops the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host name is not known. Check the spelling, or use the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no route to the host. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered HTTP %1 on %2, which does not count as healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered, but the page lacks &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers on this port, but not with HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <extracomment>A backend without active health checks that has not failed recently.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out</source>
        <extracomment>Taken out of rotation for a while because real requests to it failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining</source>
        <extracomment>Admin state: gets no new visitors, finishes what it has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed request(s) in a row; out for %1</source>
        <translation>
            <numerusform>%n failed request in a row; out for %1</numerusform>
            <numerusform>%n failed requests in a row; out for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cool-down is over; back in rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, or its health settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>A state change of a backend: old state, new state, why.</extracomment>
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
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::RouteTestText</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address with a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; answers: its server name %2 matches the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; answers: its wildcard %2 matches the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server name matches, so the default site &quot;%1&quot; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site serves %1 and there is no default site, so Portico answers 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 is the longest path prefix that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route of the site matches %1, so Portico answers 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route redirects with status %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; picks the server: %2</source>
        <extracomment>%1 pool name, %2 how it balances, e.g. &quot;Spread requests evenly&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 is passed over: %2</source>
        <extracomment>%1 a backend (host:port), %2 why it is passed over, e.g. &quot;it is down&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no %1 to pick a server by, so any server may answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is picked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid %1 cookie: a server is picked and the cookie set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cookie points to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server is down; the pool tries them all anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 would answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server can take the request, so Portico answers 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server of the pool answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico redirects (%1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico answers %1 itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its health checks fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was taken out after failed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is draining and takes no new visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a backup and other servers are up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has reached its connection limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its host name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::RouteTesterDialog</name>
    <message>
        <source>Route tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which site, route and server would answer a request? Portico works it out with the configuration in force and the servers&apos; current health; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://intranet.example.com/some/page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, one per line, e.g.
Cookie: portico_sticky=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Portico decides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header line %1 is not of the form Name: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method must be one word, such as GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server is asked for %2)</source>
        <extracomment>A route and the path the backend gets: &quot;/app → sent to the server as /index.html&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine gave no explanation for this answer.</source>
        <translation type="unfinished"></translation>
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
    <name>Portico::SiteBackendsPage</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which servers run the application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico passes the site&apos;s requests on to these servers. Give each one&apos;s host name or IP address and the port the application listens on, and press Test to see that it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SiteBalancingPage</name>
    <message>
        <source>Balancing and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Portico share the requests, and how does it notice a server is down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check regularly that each server answers, and stop sending requests to one that does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to ask for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ or a status page such as /health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▾ Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same server by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header or cookie name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When every server is down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that comes back gets its full share of requests only after this long; 0 gives it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a page (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only connecting (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server&apos;s own host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200-399</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page must contain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: any page will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Suffix of a spin box in milliseconds; keep the leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed checks in a row to count as up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks in a row to count as down:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SiteHostnamesPage</name>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which web addresses belong to this site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors reach the site by these names. Each name must point to this computer in your DNS or hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranet.example.com, wiki.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate names with commas. *.example.com covers every name under example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also answer requests for names no other site claims (default site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for lists, e.g. intranet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address Portico listens on (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address Portico listens on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also listen on another address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site is reachable on every address Portico listens on. Use 0.0.0.0 to listen on all network interfaces of this computer; port 80 is the usual one for http://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SiteReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what changes when you press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the configuration in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico will add the following to the configuration in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply takes effect at once, without dropping connections, and saves the configuration to %1. The previous version is kept in its history folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SiteTableModel</name>
    <message>
        <source>%1 (default site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name no other site claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → redirect (%2) to %3</source>
        <extracomment>A redirect route: path prefix, HTTP status, target URL.</extracomment>
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
    <message numerus="yes">
        <source>%1 (%n server(s))</source>
        <translation>
            <numerusform>%1 (%n server)</numerusform>
            <numerusform>%1 (%n servers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers with status 5xx since the engine started, Portico&apos;s own included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second over the last second</source>
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
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SiteWizard</name>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test routes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out which site, route and server would answer an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1. Changes take effect at once; earlier versions are kept in its history folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the site &quot;%1&quot;? Portico stops answering its names at once. Its pool is removed too unless another site uses it. The configuration file keeps the previous version in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was not removed</source>
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
