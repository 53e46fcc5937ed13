<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Portico::AccessLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <extracomment>Size of the response sent to the client.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::ApplyBanner</name>
    <message>
        <source>%1%</source>
        <extracomment>A share of requests, e.g. &quot;18%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the change, %1 of requests fail (before: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the change, %1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the change, no server of the pool &quot;%1&quot; can take requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous configuration is back in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n s)</source>
        <extracomment>Seconds left to undo a change.</extracomment>
        <translation>
            <numerusform>(%n s)</numerusform>
            <numerusform>(%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo possible for %n more second(s)</source>
        <translation>
            <numerusform>Undo possible for %n more second</numerusform>
            <numerusform>Undo possible for %n more seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning about the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the configuration before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
</context>
<context>
    <name>Portico::BackendHealthPanel</name>
    <message>
        <source>Backends appear here once the engine runs with at least one pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1</source>
        <extracomment>Group title on the dashboard: a pool of backends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup)</source>
        <extracomment>A backup backend on the dashboard, e.g. &quot;10.0.0.5:8080 (backup)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of %1 in pool %2</source>
        <extracomment>Accessible name of a health timeline strip: backend and pool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request finished in the last second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <extracomment>Share of a backend&apos;s requests that failed in the last second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, %2 errors since the engine started</source>
        <extracomment>Tooltip: a backend&apos;s totals since the engine started.</extracomment>
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
    <name>Portico::BanAddressDialog</name>
    <message>
        <source>Ban an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.7 or 2001:db8::7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request from this address gets 403 until the ban ends or you unban it. Bans are kept while the engine runs; a restart clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one IPv4 or IPv6 address, without a subnet or port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::BasicAuthUsersDialog</name>
    <message>
        <source>&amp;Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords for %1</source>
        <extracomment>%1 is a site&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors of a route with users must log in with one of them. Portico keeps only a salted, slow hash of each password. Use it over HTTPS: over http:// the password travels readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown in the login prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who may log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users: this route asks for no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may log in here.</source>
        <translation>
            <numerusform>%n user may log in here.</numerusform>
            <numerusform>%n users may log in here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a user name without a colon (:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may already log in here; remove the user first to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
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
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;87.5 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site uses the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site to turn caching on for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio, last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hit ratio of the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used stored responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge this URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the selected URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected response from the cache; the next request for it goes to the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to remove from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything under a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site to purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sites cache and by which rules. Rules are tried in order; the first that matches decides. Without a matching rule the backend&apos;s own headers decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and their cache rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cache Rule wizard is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico can keep copies of the responses your backends send (pages, pictures, scripts, styles) and answer the next visitors from them: pages load faster and the application servers do less work. It stores only what the backend allows to be shared, so one visitor&apos;s private page is never shown to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site on the Sites page first; then turn caching on for it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning caching on for a site keeps static files (pictures, scripts, styles, fonts) for an hour when the backend does not say how long, and everything else as long as the backend says. You see the change before it is applied, and can add your own rules afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the backend&apos;s headers decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on caching for %1</source>
        <extracomment>%1 is a site&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cache rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cache rule to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected cache rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn caching off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn caching on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn caching off for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn caching on for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop storing responses of this site; its rules are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store responses of this site by its rules, or by the default rules when it has none.</source>
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
        <source>No cacheable request in the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <extracomment>Hits of cacheable requests in the last minute, e.g. &quot;42 of 48 requests&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %n request</numerusform>
            <numerusform>%1 of %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Since start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since start: no cacheable request yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since start; %1 of them stale, %2 read from disk</source>
        <extracomment>Detail under the count of responses served from the cache.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more after the backend confirmed them unchanged (304)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %1; %n stored response(s)</source>
        <extracomment>Detail under the memory the cache uses: its capacity and how many responses it holds.</extracomment>
        <translation>
            <numerusform>of %1; %n stored response</numerusform>
            <numerusform>of %1; %n stored responses</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk cache off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored responses are kept in memory only and are gone after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(ies) found and discarded</source>
        <translation>
            <numerusform>%n damaged entry(ies) found and discarded</numerusform>
            <numerusform>%n damaged entry(ies) found and discarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) since start: %1 sent as %2</source>
        <extracomment>Detail under compression: how many responses, their size before and after.</extracomment>
        <translation>
            <numerusform>%n response since start: %1 sent as %2</numerusform>
            <numerusform>%n responses since start: %1 sent as %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No response compressed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored responses are listed while the engine runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored yet. Responses appear here once visitors ask for something the cache may keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most hits first; right-click a row to purge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of cacheable requests answered from the cache, without asking the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cacheable request in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this range: the engine was not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over the chart to see the values at that time; the line breaks where no cacheable request came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a path, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path starts with /, for example /static/app.css: leave out http:// and the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the query string (from ?): purging a path removes it with every query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path has no spaces; write a space as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/static/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/index.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes this path with every query string and variant (compressed or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every stored response whose path starts with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every stored response of the site. Its backends get the next requests until the cache fills again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every stored response of every site, in memory and on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything under %1 on every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything under %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every stored response of %1? Its backends answer the next requests until the cache fills again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every stored response of every site, in memory and on disk? The backends answer the next requests until the cache fills again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging %1…</source>
        <extracomment>%1 says what is purged, e.g. &quot;/style.css on shop&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stored response(s): %1.</source>
        <extracomment>%1 says what was purged, e.g. &quot;/style.css on shop&quot;.</extracomment>
        <translation>
            <numerusform>Removed %n stored response: %1.</numerusform>
            <numerusform>Removed %n stored responses: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleActionPage</name>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should Portico do with the answers the rule matches?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps say how long an answer may be kept in their Cache-Control and Expires headers. Choose how the rule treats them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache when the app does not say how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: cache even when the app says no-cache or gives a time of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow what the app says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the app&apos;s caching headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to keep answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the time to keep answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the whole query string (/page?a=1 and /page?a=2 share one copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the whole query string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore these parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utm_source, utm_medium, fbclid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters to ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the cache for logged-in users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one of these cookies is sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessionid, wordpress_logged_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies that skip the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or one of these headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers that skip the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: visitors may be shown outdated pages for up to %1 after they change, even where the app asked for fresh ones. Portico still never stores answers marked no-store or private, nor the cookies an app sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching answers are kept for %1 whatever the app says about caching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the app gives a time or says no-cache, Portico follows it; otherwise matching answers are kept for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching requests always go to the app and nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are kept exactly as long as the app&apos;s headers allow (no time of its own: a short guess from Last-Modified, or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write only the parameter&apos;s name, e.g. utm_source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name: write the name only, e.g. sessionid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name: write the name only, e.g. Authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one cookie or header, e.g. sessionid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleMatchPage</name>
    <message>
        <source>What to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which requests should the rule cover? Leave a field empty to match anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request matches when it fits every field you fill in. Start from a preset or type your own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: static files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: an API path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Static files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path patterns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/static/**, *.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate patterns with commas. * stands for anything within one folder, ** for anything across folders: /static/** is everything under /static/, *.png every PNG file, /blog/*/feed the feed of each blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>css, js, png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the file name in the path, without the dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image/*, text/css</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app says it sends back (Content-Type). image/* covers every kind of image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match GET requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match HEAD requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1, as the configuration file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule a name: the tester and the Cache page show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can never match: a path starts with /, so a pattern starts with / (/static/**) or * (*.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a pattern matches the path only; leave out ? and what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path pattern: use printable characters without spaces, * and ** (never ***).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file extension: write the end of the file name without the dot, e.g. css or png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a content type: it looks like image/png or image/*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one method: only GET and HEAD answers are cached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rule and where it goes, then press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the site&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico tries the rules from the top; the first one that matches a request decides. Put narrow rules above broad ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the site&apos;s cache rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply shows the change once more, then it takes effect at once, without dropping connections, and is saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching is turned on for the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching stays off for the site, so the rule does nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleSitePage</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which site should the rule apply to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache rule tells Portico which of a site&apos;s answers it may keep and hand out again without asking the app, and for how long. Rules belong to one site; the first rule that matches a request decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule can cover the whole site or only the requests one route takes (a path prefix such as /api/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on caching for this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to the servers of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a redirect: nothing to cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site yet. Add a site first, then give it cache rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching is on for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching is off for this site now; Apply turns it on, with this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching stays off: the rule is saved but does nothing until caching is turned on for the site (on the Cache page or with this wizard).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleTestPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address of the site to see what Portico would do with it once the rule is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer comes from the same rule matching the engine uses, with all of the site&apos;s rules in their order. Nothing is sent to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path and query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/static/app.css?v=3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path and query to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method of the test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessionid=abc123; theme=dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie of the test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer abc123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header of the test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text/css</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the app&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app would answer with; rules that name content types need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would happen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a path, e.g. /static/app.css?v=3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a path that starts with /, e.g. /static/app.css?v=3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching is off for this site: every request goes to the app and nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route %1 answers with a redirect: nothing is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route of the site takes this path (Portico answers 404): nothing is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico would refuse this address (400): nothing is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another site answers for %1, so this site&apos;s rules cannot be tested by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the rule you are making)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1%2 matches: never stored; the request goes straight to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cached: %1 requests are never answered from the cache (they make the stored copies of this address outdated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: cookie %1 present (rule %2): the request goes straight to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: header %1 present (rule %2): the request goes straight to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored under: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored under: %1 (the rule leaves out some of the query, so addresses that differ only there share one copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 also depends on the content type; fill it in to see whether it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matches: follows the app&apos;s headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1%2 matches: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleText</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>stored for %1, even when the app says no-cache or gives a time of its own (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored for %1 when the app does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as the app&apos;s headers say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET and HEAD requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose path matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for files ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 to the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query string is ignored: /page?a=1 and /page?a=2 share one stored copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These query parameters are ignored for the stored copy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (straight to the app) when the request has the cookie %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (straight to the app) when the request has the header %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleWizard</name>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cache rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cache rule</source>
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
    <name>Portico::CachedPathModel</name>
    <message>
        <source>stale</source>
        <extracomment>A stored response whose freshness ran out: it is checked with the backend before it is used again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh for %1 s</source>
        <extracomment>Freshness left of a stored response in seconds, e.g. &quot;fresh for 42 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh for %1 min</source>
        <extracomment>Freshness left in minutes, e.g. &quot;fresh for 42 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh for %1 h</source>
        <extracomment>Freshness left in hours, e.g. &quot;fresh for 5 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fresh for %n day(s)</source>
        <translation>
            <numerusform>fresh for %n day</numerusform>
            <numerusform>fresh for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Served from the cache without asking the backend for %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its freshness ran out %1 ago: Portico checks with the backend before using it again, unless the backend allows a stale answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <extracomment>Column: times a stored response was served from the cache.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateAcmePage</name>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate from Let&apos;s Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free certificates for public names, renewed by Portico before they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority checks that each name leads to this computer by fetching a file from Portico over http://, on port 80. So each name must be in public DNS, pointing to your office&apos;s internet address, and port 80 there must reach this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.com, example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public host names only, separated by commas; one certificate covers them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The certificate authority writes here about problems with your certificates; it is not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the certificate authority&apos;s terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority publishes its terms in its directory at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address and the acceptance could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateDetailsDialog</name>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in the certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Subtitle of the details: what the entry is (&quot;server certificate&quot;) and where it came from (&quot;Imported&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (.csr) to your certificate authority. When it answers with the certificate, select this entry on the Certificates page and choose Import answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itself (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <extracomment>One certificate of the chain: its subject and until when it is valid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intermediate certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <extracomment>Valid until: the date and time, then how far away (&quot;in 12 days&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs certificates for your internal names. Install it on your computers and phones so their browsers trust those certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any site or listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) failed; the next is on %1.</source>
        <translation>
            <numerusform>%n attempt failed; the next is on %1.</numerusform>
            <numerusform>%n attempts failed; the next is on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico renews it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateDonePage</name>
    <message>
        <source>Save the CA and show how to install it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and choose how to get the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in Portico; the request is ready for the certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for %1
Saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this file to your certificate authority (most ask you to paste its text into their web form). When they send the certificate, open the Certificates page, select &quot;%1&quot; and choose Import answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in Portico&apos;s certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;For: %2&lt;br&gt;Issued by: %3&lt;br&gt;Valid until: %4</source>
        <extracomment>Summary after making a certificate: name, names, issuer, expiry date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On HTTPS listeners, sites whose names it covers use it automatically unless they name another certificate. To choose it for a site, edit the site and open its HTTPS step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico renews it by itself; keep port 80 reachable for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers will warn visitors, since nobody vouches for a self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s local CA was created for this certificate. Browsers trust it only once the CA is installed on each computer and phone: save it and follow the steps for each system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers trust this certificate on the computers where the office&apos;s local CA is installed. Install it on new computers and phones the same way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateFileField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder; choose a file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateImportPage</name>
    <message>
        <source>Import a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate, the certificates that vouch for it (the chain) and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate authority sent the certificate and usually a chain; the private key was made with the request. Portico checks that they belong together and puts the chain in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (.crt, .pem, .key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file (.pfx, .p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer *.cert);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the certificate file holds the key too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the key is protected by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password it was exported with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the name written in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateLocalCaPage</name>
    <message>
        <source>Certificate from the local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For internal names and addresses that no public certificate authority vouches for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico&apos;s local certificate authority (CA) signs certificates for your internal sites. Install the CA once on each computer and phone, and their browsers trust every certificate it signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Miller &amp; Sons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. office.lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If given, the CA can vouch only for names under these domains (and IP addresses): safer, should the CA&apos;s key ever be stolen. This cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranet.office.lan, nas.office.lan, 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host names and IP addresses visitors type, separated by commas. *.office.lan covers every name under office.lan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the first name if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s local CA is valid until %1. Browsers trust what it signs on the computers where it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, the local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local CA yet. Portico creates it when you press Create, named after your office: browsers show it as &quot;Portico Local CA – &quot; and the name you enter. It lasts ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as office.lan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateMethodPage</name>
    <message>
        <source>How to get the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate lets browsers reach a site over https:// without warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the certificate comes from. Portico keeps it, with its private key, in its certificate store; you can pick it for a site afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (free, renewed automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sites the public reaches under their own domain name. Port 80 of this computer must be reachable from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the office&apos;s local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For internal sites such as the intranet, the NAS or a printer, also by IP address. Browsers trust it once the local CA is installed on each computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have the certificate and its key: PEM files (.crt, .pem, .key) or a PKCS#12 file (.pfx, .p12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for a commercial certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico makes the key and a request (.csr) you send to the CA you buy from. Import its answer later on the Certificates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For tests only: every browser warns about it unless told to trust this one certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateNamesEdit</name>
    <message>
        <source>%1 is a wildcard name. Let&apos;s Encrypt checks those only through DNS records, which Portico cannot do: list the exact names instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address. Public certificate authorities issue for names only; use the local CA for addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateOrderPage</name>
    <message>
        <source>Ordering the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority checks each name, then issues the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico answers the certificate authority&apos;s checks by itself. This usually takes less than a minute; keep the engine running until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority is checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another order to finish before %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the names on the first Let&apos;s Encrypt step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the certificate for %1 is stored. Portico renews it by itself before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate for %1 was not issued. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificatePreflightPage</name>
    <message>
        <source>Checks before ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate authority will check, tried here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed order counts against the certificate authority&apos;s limits, so Portico first checks what it can from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the names on the previous step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. The certificate authority would refuse: fix what is marked and check again.</source>
        <translation>
            <numerusform>%n check failed. The certificate authority would refuse: fix what is marked and check again.</numerusform>
            <numerusform>%n checks failed. The certificate authority would refuse: fix what is marked and check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed, but read the %n warning(s) before you order.</source>
        <translation>
            <numerusform>No check failed, but read the %n warning before you order.</numerusform>
            <numerusform>No check failed, but read the %n warnings before you order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything looks right: you can order the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateRequestPage</name>
    <message>
        <source>Request for a commercial certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico makes the private key and a request (.csr) for you to send to the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key never leaves Portico. Send the request file to the certificate authority you buy from; when it sends the certificate back, select the request on the Certificates page and choose Import answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.com, example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name becomes the certificate&apos;s main name; separate names with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the first name if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate requests (*.csr);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the request here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateSelfSignedPage</name>
    <message>
        <source>Self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by its own key: quick, but no browser trusts it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good for trying out HTTPS, or for a device you tell to trust exactly this certificate. Visitors&apos; browsers show a warning. For office sites, a certificate from the local CA is the better choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.example.com, 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host names and IP addresses visitors type, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the first name if empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateTableModel</name>
    <message>
        <source>Waiting for the CA&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itself (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>Expiry column of a certificate past its date: the date it expired.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Expiry column: the date, then how far away it is (&quot;in 12 days&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 (%2)</source>
        <extracomment>Tooltip: the expiry date and time, then how far away (&quot;in 12 days&quot;, &quot;expired 3 days ago&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed automatically from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateText</name>
    <message>
        <source>Certificate number %1 in the file is damaged or is not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key number %1 in the file is damaged or is not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the file is damaged (bad characters or a missing END line). Copy the file again from where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no certificate or key: it should contain lines like -----BEGIN CERTIFICATE-----.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was found. Choose the file your certificate authority sent (often .crt, .cer or .pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key was found. Choose the key file that was made together with the certificate (often .key), or a file that holds both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate. Choose the key that was made together with the certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2. Ask its issuer for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not valid before %2. Check this computer&apos;s date, or wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in the file does not belong to the chain of the server certificate. Remove it, or use the chain file your certificate authority sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the type %1 cannot be used. Use RSA, ECDSA (P-256, P-384, P-521) or Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has %1 bits, which browsers no longer accept; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase. Enter it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the private key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for this file is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted in a way this computer cannot read (%1). Export it again with AES encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local CA may only vouch for names within %2, not for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate cannot be valid for %1 days here; choose between %2 and %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate no longer exists (it may have been removed meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry cannot be used for that: it is a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a local certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local certificate authority yet; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library failed (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still used by %1. Choose another certificate there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority could not find the name in DNS. Check the spelling, and that the name&apos;s DNS record points to your office&apos;s public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority refused because too many certificates were asked for recently. Wait a few hours (Let&apos;s Encrypt allows five identical certificates a week) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority could not confirm that this computer answers for the name. The name must point to your office&apos;s public address, and port 80 there must reach Portico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority could not connect to this computer on port 80. Forward port 80 of your router or firewall to this computer, and keep the engine running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority reached a server under the name, but it gave the wrong answer: the name may point to another computer, or another program answers port 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the name failed while the certificate authority checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CAA record in the domain&apos;s DNS does not allow this certificate authority to issue for the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority does not issue certificates for this name. Internal names (such as .lan or .local) and IP addresses cannot get public certificates: use the local CA for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority refused the certificate request Portico made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority has a problem with the account: its terms must be accepted, or it needs an account arranged with it beforehand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority refused a request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority kept rejecting Portico&apos;s requests. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority refused the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico could not reach the certificate authority. Check this computer&apos;s internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority answered something Portico does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority offered no check over HTTP, the only one Portico can answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority declined the order without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority took too long to decide. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico could not make the keys or the certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>The certificate authority&apos;s (or the network&apos;s, or Portico&apos;s) own words, usually English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate arrived but could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate for %1 was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate for %1 was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 answered by Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wildcard name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches Portico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted the certificate authority&apos;s terms of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority&apos;s terms of service have not been accepted; it creates no account without that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico listens for http:// on port %1 (%2), where the certificate authority comes to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico does not listen for http:// on port %1, where the certificate authority comes to check. Add an HTTP listener on 0.0.0.0 port %1 in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is running, so Portico can answer the certificate authority&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is stopped, so nothing answers the certificate authority&apos;s check. Press Start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name can be checked over HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a wildcard name. Certificate authorities prove those only through DNS records, which Portico cannot do: list the exact names instead, or use the local CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2; make sure that address leads to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in DNS (%2). Create a DNS record that points it to your office&apos;s public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test check at %1 was answered by Portico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test check at %1 could not be made (%2). The certificate authority may still reach Portico from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test check at %1 did not reach Portico (%2). The certificate authority would fail the same way: check the DNS record and that port 80 is forwarded to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate for this name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current certificate expired on %1; the new one replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The current certificate is valid for %n more day(s), until %1.</source>
        <translation>
            <numerusform>The current certificate is valid for %n more day, until %1.</numerusform>
            <numerusform>The current certificate is valid for %n more days, until %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current certificate expires in %n day(s), on %1; the new one replaces it.</source>
        <translation>
            <numerusform>The current certificate expires in %n day, on %1; the new one replaces it.</numerusform>
            <numerusform>The current certificate expires in %n days, on %1; the new one replaces it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (ACME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request waiting for its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048 (for old devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096 (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A date and a time of day, e.g. &quot;1/1/2027 9:00 AM&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::CertificateWizard</name>
    <message>
        <source>New certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
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
    <name>Portico::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates that let browsers reach your sites over https:// without warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate proves to visitors&apos; browsers that a site really is yours, and lets them talk to it over an encrypted https:// connection. Portico can get free ones from Let&apos;s Encrypt for public sites, make them with the office&apos;s own certificate authority for internal sites, or import ones you bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PEM or PKCS#12 files you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the ACME certificate authority for a new certificate now, instead of waiting for the automatic renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request (.csr) to send to your certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificate your certificate authority sent for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CA certificate and see how to install it on computers and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create local CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1. Private keys stay on this computer and are readable only by Portico&apos;s user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL CERTIFICATE AUTHORITY</source>
        <extracomment>A tag before the local CA&apos;s name on the Certificates page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one to give internal sites (intranet, NAS, printers, IP addresses) certificates that your computers trust once the CA is installed on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%2). It has issued %n certificate(s) in this store.</source>
        <translation>
            <numerusform>Valid until %1 (%2). It has issued %n certificate in this store.</numerusform>
            <numerusform>Valid until %1 (%2). It has issued %n certificates in this store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a certificate to see its details or act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the certificate authority&apos;s answer. Save the request and send it to them; then import the certificate they send with Import answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not used by any site or listener yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing &quot;%1&quot; now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renewing &quot;%1&quot; failed %n time(s); Portico tries again on %2.</source>
        <translation>
            <numerusform>Renewing &quot;%1&quot; failed %n time; Portico tries again on %2.</numerusform>
            <numerusform>Renewing &quot;%1&quot; failed %n times; Portico tries again on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico renews &quot;%1&quot; automatically on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not renewed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of &quot;%1&quot; started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the request &quot;%1&quot;? Its private key is deleted too, so the certificate authority&apos;s answer can no longer be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the certificate &quot;%1&quot; and its private key? This cannot be undone; keep a copy of the files if you may need them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate requests (*.csr);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request to save for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was saved to %1. Send it to your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificate authority&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer *.p7b);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was imported; the request is now a certificate you can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::ChangeApplier</name>
    <message>
        <source>The change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration in force already reads like this; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the configuration stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: Portico keeps serving with the configuration it had before.</source>
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
    <message>
        <source>&quot;%1&quot; gets a new certificate from the office&apos;s local CA for https://, issued when you press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; gets its certificate for https:// from %2; Portico asks for it while the engine runs and renews it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the certificate &quot;%2&quot; for https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the certificate file %2 for https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses whichever stored certificate covers each of its names for https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached over plain http:// (no HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors who come to &quot;%1&quot; by http:// are sent on to https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>How long browsers remember to use only HTTPS.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Browsers are told to use only https:// for &quot;%1&quot; and every name under its names, for %2 (HSTS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers are told to use only https:// for &quot;%1&quot;, for %2 (HSTS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico also listens for https:// on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accept the terms of service of %1; Portico creates an account there for all sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may write to %2 about the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of %1: %2. %3</source>
        <extracomment>%1 is &quot;the site &quot;shop&quot;&quot; or &quot;sites without their own&quot;, %2 a level (Off, Basic, Strict, Custom).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the office network may reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any network may reach %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowed and denied addresses of %1 change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack rules on %1: %2.</source>
        <extracomment>%1 &quot;the site &quot;shop&quot;&quot;, %2 Off, Log only or Block.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attack rule &quot;%1&quot; no longer applies under %2 on %3.</source>
        <extracomment>%1 an attack rule&apos;s title, %2 a path prefix, %3 &quot;the site &quot;shop&quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attack rule &quot;%1&quot; applies again under %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client may send %2 requests a second (bursts of %3) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request rate limit on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response headers added or hidden on %1 change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sites without their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; follows the default protection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; gets protection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot; no longer asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on &quot;%2&quot; asks for a password; %n user(s) may log in.</source>
        <translation>
            <numerusform>%1 on &quot;%2&quot; asks for a password; %n user may log in.</numerusform>
            <numerusform>%1 on &quot;%2&quot; asks for a password; %n users may log in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules for banning clients change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine-wide security settings change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits for slow clients and connections per client change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <extracomment>A cache rule in the review of a change: its name, what it matches, what it does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; stops caching: every request goes to its backends again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The site &quot;%1&quot; keeps copies of its backends&apos; answers (cache on), with %n rule(s).</source>
        <translation>
            <numerusform>The site &quot;%1&quot; keeps copies of its backends&apos; answers (cache on), with %n rule.</numerusform>
            <numerusform>The site &quot;%1&quot; keeps copies of its backends&apos; answers (cache on), with %n rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cache rule of &quot;%1&quot; changes. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new cache rule for &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the cache rule %1 from &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache rules of &quot;%1&quot; are tried in a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>A cache rule&apos;s name in quotes, as the review quotes site names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::ChartModel</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99th percentile</source>
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
        <source>Open connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx answers</source>
        <extracomment>Chart line: HTTP 5xx answers sent to visitors.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend errors</source>
        <extracomment>Chart line: failed attempts to reach a backend (refused, timed out, broken).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Axis unit: milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per %1</source>
        <extracomment>Axis unit of the error chart: counts per point, e.g. &quot;per 10 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s (%2)</source>
        <extracomment>Responses of one status class in a chart point: the rate, then the count in brackets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>Tooltip heading of a chart point: its date, start and end time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n request(s)</source>
        <translation>
            <numerusform>of %n request</numerusform>
            <numerusform>of %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <extracomment>Chart line: share of cacheable requests answered from the cache.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Axis unit: percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <extracomment>Hit ratio of a chart point: the percentage, then hits of cacheable requests, e.g. &quot;87.5 % (42 of 48)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::ConfigHistoryWidget</name>
    <message>
        <source>Every saved change keeps the version it replaced. Restoring one shows what changes before anything is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What restoring it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of the configuration, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet. Each change you apply keeps the version it replaces here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <extracomment>The first change, then how many more: &quot;Removes the site &quot;wiki&quot; … and 3 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 … and %n more</numerusform>
            <numerusform>%1 … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portico::DashboardPage</name>
    <message>
        <source>Dashboard</source>
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
        <source>Response time, 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
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
    <message>
        <source>Whether everything is fine: traffic, errors, response times and backend health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections are counted for the whole engine, not per site. Choose &quot;All sites&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1 · 99th %2</source>
        <extracomment>Detail under the 95th percentile: the median and the 99th percentile of the last second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx: %1 · 4xx: %2</source>
        <extracomment>Detail under the 2xx count: how many redirects and client errors there were.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of all responses</source>
        <extracomment>Share of all responses that were 5xx server errors.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point every %1.</source>
        <extracomment>How far apart the chart points are, e.g. &quot;One point every 10 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this range yet: they are recorded every second while the engine runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this range: the engine was not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a chart to see the values at that time. Lines break where the engine was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of %n request(s) in this range; updated every few seconds.</source>
        <translation>
            <numerusform>Of %n request in this range; updated every few seconds.</numerusform>
            <numerusform>Of %n requests in this range; updated every few seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requests in the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of requests failed in the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine could not start; the message above says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1” has no working server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) have no working server.</source>
        <translation>
            <numerusform>%n site has no working server.</numerusform>
            <numerusform>%n sites have no working server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 is down; the others carry its requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n servers are down; the others carry their requests.</source>
        <translation>
            <numerusform>%n server is down; the others carry its requests.</numerusform>
            <numerusform>%n servers are down; the others carry their requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>All servers are up, but %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers to check; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) up; %1.</source>
        <translation>
            <numerusform>%n server up; %1.</numerusform>
            <numerusform>%n servers up; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
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
    <message>
        <source>The certificate %1 cannot be used: %2</source>
        <extracomment>%1 is a certificate&apos;s name or file; %2 why it cannot be used (plain English from the engine).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTPS address needs a certificate: choose one for it, or give one of the sites a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: port %2 is already used by another program</source>
        <extracomment>%1 is an address and port (127.0.0.1:80), %2 the port alone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: this user account may not open port %2 (ports below 1024 need administrator rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: the address %2 does not belong to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path pattern (start with / or *; * stands for any characters within a folder, ** for any across folders, ? for one character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid file extension (write it without the dot, like css)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid content type (write it like image/png or image/*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many entries (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no route with the path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never stored in plain text. Set the password in the app, or make a hash with &quot;porticod hash-password&quot; and store it as passwordHash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attack rule &quot;%1&quot;</source>
        <extracomment>%1 is the id of an attack rule, e.g. sqli-union.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text must not contain line breaks or other control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name (it must not be blank or contain a colon or control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a password hash Portico accepts. Set the password in the app, or make a hash with &quot;porticod hash-password&quot;</source>
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
    <message numerus="yes">
        <source>Certificate %1 expires in %n day(s), on %2</source>
        <extracomment>%1 the certificate&apos;s name, %2 its expiry date.</extracomment>
        <translation>
            <numerusform>Certificate %1 expires in %n day, on %2</numerusform>
            <numerusform>Certificate %1 expires in %n days, on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 was issued; it is valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 was renewed; it is valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing certificate %1 failed: %2 Portico tries again on %3</source>
        <extracomment>%1 the certificate&apos;s name, %2 why (one or two sentences), %3 when Portico tries again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certificates reloaded without interrupting connections (%n in use)</source>
        <translation>
            <numerusform>Certificates reloaded without interrupting connections (%n in use)</numerusform>
            <numerusform>Certificates reloaded without interrupting connections (%n in use)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 cannot be used and is skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 banned by hand for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 banned for %2 after repeated refusals (last rule: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::HealthStrip</name>
    <message>
        <source>No health information yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the whole range</source>
        <extracomment>A backend&apos;s state for all of the chosen time range, e.g. &quot;Up for the whole range&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>A backend&apos;s current state and for how long, e.g. &quot;Up for 3 h 05 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>down %n time(s) in this range</source>
        <translation>
            <numerusform>down %n time in this range</numerusform>
            <numerusform>down %n times in this range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken out %n time(s) in this range</source>
        <translation>
            <numerusform>taken out %n time in this range</numerusform>
            <numerusform>taken out %n times in this range</numerusform>
        </translation>
    </message>
    <message>
        <source>no outage in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Start of a health piece that began before the chosen range, e.g. &quot;before 14:05:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>A time span of a backend&apos;s state: from, to, how long.</extracomment>
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
    <name>Portico::HistoryRangeSelector</name>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::LocalCaInstructionsDialog</name>
    <message>
        <source>Install the local certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers trust the certificates of Portico&apos;s local CA once the CA&apos;s own certificate is installed on each computer and phone that opens your internal sites. Save it below and follow the steps for each system. The file holds no secret; the CA&apos;s key never leaves Portico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .crt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM format: Linux, macOS, Firefox, Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .cer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER format: Windows, iOS, Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico Local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2.
To check the file on another computer, compare its fingerprint:
SHA-256: %3
SHA-1 (Windows &quot;thumbprint&quot;): %4</source>
        <extracomment>%1 the CA&apos;s name, %2 its expiry date, %3 and %4 fingerprints.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local CA yet. Create one with New certificate… on the Certificates page (choose &quot;From the local CA&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone, iPad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the computer and double-click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Install Certificate…&lt;/b&gt;, then &lt;b&gt;Local Machine&lt;/b&gt; (you need to be an administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Place all certificates in the following store&lt;/b&gt;, click &lt;b&gt;Browse…&lt;/b&gt; and pick &lt;b&gt;Trusted Root Certification Authorities&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Finish&lt;/b&gt;. Restart Edge or Chrome if they are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, in a command prompt run as administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For many computers in a Windows domain, import it once in a Group Policy: Computer Configuration › Policies › Windows Settings › Security Settings › Public Key Policies › Trusted Root Certification Authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the Mac and double-click it. Keychain Access opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the &lt;b&gt;System&lt;/b&gt; keychain and enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Keychain Access, double-click %1, open &lt;b&gt;Trust&lt;/b&gt; and set &lt;b&gt;When using this certificate&lt;/b&gt; to &lt;b&gt;Always Trust&lt;/b&gt;. Close the window and enter your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, in Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian, Ubuntu and Mint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fedora, Red Hat and openSUSE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome and Chromium on Linux keep their own list: &lt;b&gt;Settings › Privacy and security › Security › Manage certificates › Authorities › Import&lt;/b&gt;, pick %1 and tick &lt;b&gt;Trust this certificate for identifying websites&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › Privacy &amp;amp; Security&lt;/b&gt;, scroll to &lt;b&gt;Certificates&lt;/b&gt; and click &lt;b&gt;View Certificates…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Authorities&lt;/b&gt; tab click &lt;b&gt;Import…&lt;/b&gt; and pick %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;Trust this CA to identify websites&lt;/b&gt; and click &lt;b&gt;OK&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox keeps its own list on every system, so this is needed even after the system trusts the CA. Alternatively, on Windows and macOS, set &lt;code&gt;security.enterprise_roots.enabled&lt;/code&gt; to true in &lt;code&gt;about:config&lt;/code&gt; to use the system&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the phone (by USB, e-mail or a download).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › Security › More security settings › Encryption &amp;amp; credentials › Install a certificate › CA certificate&lt;/b&gt;. Menu names differ between makers: search the settings for &quot;CA certificate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the warning and pick the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers such as Chrome trust it then; some other apps only trust the certificates built into Android.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to the device by e-mail or AirDrop and open it; it says &lt;b&gt;Profile Downloaded&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › General › VPN &amp;amp; Device Management&lt;/b&gt;, tap the profile and &lt;b&gt;Install&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › General › About › Certificate Trust Settings&lt;/b&gt; and switch on full trust for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the local CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::LoginItem</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not accept the change to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
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
        <source>Requests as they finish, and what the engine reported since Portico started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the requests of one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (4xx and 5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only responses of one status class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address, its beginning such as 192.168.1., or a subnet such as 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search path, method, user agent, request ID, backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows requests whose path, method, user agent, request ID or backend contain this text, ignoring case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected rows as access log lines (combined format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as access log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the access log view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties this view; the access log file is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the live access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While paused, new requests are kept aside and added on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest requests, newest at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine reported, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new request(s); only the newest %L1 will be shown</source>
        <translation>
            <numerusform>Paused — %Ln new request; only the newest %L1 will be shown</numerusform>
            <numerusform>Paused — %Ln new requests; only the newest %L1 will be shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new request(s)</source>
        <translation>
            <numerusform>Paused — %Ln new request</numerusform>
            <numerusform>Paused — %Ln new requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) not shown (too many per second)</source>
        <translation>
            <numerusform>%Ln request not shown (too many per second)</numerusform>
            <numerusform>%Ln requests not shown (too many per second)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s) match the filters. The view keeps the newest %L2.</source>
        <translation>
            <numerusform>%L1 of %Ln request match the filters. The view keeps the newest %L2.</numerusform>
            <numerusform>%L1 of %Ln requests match the filters. The view keeps the newest %L2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s). The view keeps the newest %L1.</source>
        <translation>
            <numerusform>%Ln request. The view keeps the newest %L1.</numerusform>
            <numerusform>%Ln requests. The view keeps the newest %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s) match the filters. Portico keeps the newest %L2 while it runs.</source>
        <translation>
            <numerusform>%L1 of %Ln event match the filters. Portico keeps the newest %L2 while it runs.</numerusform>
            <numerusform>%L1 of %Ln events match the filters. Portico keeps the newest %L2 while it runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). Portico keeps the newest %1 while it runs.</source>
        <translation>
            <numerusform>%n event. Portico keeps the newest %1 while it runs.</numerusform>
            <numerusform>%n events. Portico keeps the newest %1 while it runs.</numerusform>
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
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::MetricsChart</name>
    <message>
        <source>Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in this range yet.</source>
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
    <name>Portico::ReviewChangesDialog</name>
    <message>
        <source>Review changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico applies them without dropping connections and saves the previous version in the history. For 60 seconds afterwards you can undo them with one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
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
    <name>Portico::SecurityEventModel</name>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Who may reach your sites, how often, and what Portico refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window was opened without the engine, so there are no protections to show or change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned clients now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attacks logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every site gets unless it has a level of its own below. You see the change before it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office network only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protections of each site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients refused most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and checks that refused most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban an address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests Portico refused or noted, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exception for the selected attack rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected request was fine: stop its attack rule on that path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet: add one on the Sites page, then give it a level here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site follows the level above unless it has its own. &quot;Office network only&quot; lets in only the office&apos;s addresses (%1). Attack rules look for SQL injection, cross-site scripting, path tricks and scanners: Log only notes them, Block refuses them with 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection level of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as default (%1)</source>
        <extracomment>The site follows the default level; %1 is that level.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the office network may reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None…</source>
        <extracomment>A button: how many routes of the site ask for a password.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)…</source>
        <translation>
            <numerusform>%n route…</numerusform>
            <numerusform>%n routes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Passwords for the routes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live figures from the engine since it started, updated every second.</source>
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
        <source>%1 in the last minute</source>
        <extracomment>Under a counter: how many of them came in the last minute.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n second(s)</source>
        <extracomment>Under a counter, while the page has watched for less than a minute.</extracomment>
        <translation>
            <numerusform>%1 in the last %n second</numerusform>
            <numerusform>%1 in the last %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Denied, banned, failed logins, attacks, slow or too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more held back, then served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ban ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients and rules that caused the most refusals appear here while the engine runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused or noted since the engine started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the engine started, most first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans are kept while the engine runs; start it to see and change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is banned. A client is banned for a while after too many refusals in a short time, or when you ban it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request from these addresses gets 403 until the ban ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused since this page opened. Refused requests and attacks appear here as they happen (the last %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused requests appear here while the engine runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first, the last %1 since this page opened. Select an attack rule&apos;s row and choose &quot;Add exception&quot; if the request was fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some events of busy seconds were only counted, not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer banned.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be unbanned: its ban has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is banned for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be banned: the engine is not running or the address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::SecurityText</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protection beyond the request size limits: backend headers pass unchanged, no request limit, no attack rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides what software the backends run, adds the common safe browser headers, allows each client 50 requests a second (bursts of 100) and 256 connections, and logs requests that look like attacks without blocking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in Basic, and: browsers must use HTTPS for a year, pages may not be framed by other sites, backend error pages are replaced, each client gets 10 requests a second (bursts of 30) and 64 connections, very slow clients are cut off, and requests that look like attacks are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values changed by hand: they match neither Basic nor Strict. Choosing a level replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: UNION SELECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: always-true condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: comment cutting the query short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: second statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: timing (SLEEP, BENCHMARK, WAITFOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: reading the database layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: database functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: hex or CHAR() encoded text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: quote followed by an SQL word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: SELECT … FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL injection: quote with an SQL statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: script tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: event handler attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: javascript: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: iframe, object, embed or svg tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: data: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: script call (alert, eval, cookies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: script in CSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site scripting: HTML tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path traversal: ../</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path traversal: a single ../</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path traversal: system file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path traversal: NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path traversal: file:// or php:// wrapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path traversal: system path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: .git folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: version control files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: WordPress login or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: phpMyAdmin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: configuration or key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: backup or editor copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: debug page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: known exploit path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: Shellshock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: Log4Shell (${jndi:…})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: known attack tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: scripting tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: no User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: server status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: CGI script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: cloud metadata address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address on the deny list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not on the allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the office network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending too slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend headers hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests a second</source>
        <extracomment>A rate limit, e.g. &quot;50 requests a second&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attacks blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attacks logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office network only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A protection level and what it does, e.g. &quot;Basic: backend headers hidden, attacks logged&quot;.</extracomment>
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
    <message>
        <source>Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads that serve connections; 0 starts one per processor core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client sends its request within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client that has not sent the whole request head by then is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle client connection kept open for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a browser&apos;s connection may wait for its next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to a server may take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backend server that does not accept the connection by then counts as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s response may take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client gets 504 Gateway Timeout when a backend server takes longer to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping waits for requests in progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the engine stops, requests still running after this are cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle server connection kept for reuse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an unused connection to a backend server stays open for the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections per listener at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further clients wait until a connection closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request head size at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger request heads (cookies, long addresses) are refused with 431.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header fields per request at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with more header fields are refused with 431.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload size at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger uploads are refused with 413; a route can set its own limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new log file at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log also starts a new file every midnight; old files are compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old log files after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated access log files older than this are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the proxy engine serves your sites, and how the Portico app looks and behaves on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you close the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Portico running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you close the window, keep Portico running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Portico and stop serving the sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you close the window, quit Portico and stop serving the sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the tray, Portico keeps serving your sites; quit it from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Portico when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites, pools, listeners and the engine settings above are read from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are part of the configuration file and apply to every site. Change them, then choose Apply: you see what changes before anything is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per processor core (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new number of workers takes effect the next time the engine starts (Stop, then Start). Every other setting on this page applies at once, to new connections and requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In seconds, from 1 to 3,600 (one hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an access log (one line per request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined (like Apache and nginx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (one object per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine log detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug (everything, for troubleshooting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine log detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the engine settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the engine settings in force again, dropping your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the engine settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what changes, then apply and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico follows the system&apos;s light or dark mode; there is nothing to choose here. It now shows the %1 colours. To use one regardless of the system, start Portico with --color-scheme light or --color-scheme dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and saved. The new number of workers takes effect the next time the engine starts (Stop, then Start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico adds itself to your desktop&apos;s startup programs (%1). It opens with its window, like when you start it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login is not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico could not change this: %1</source>
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
    <message>
        <source>The local CA could not issue the certificate: %1</source>
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
    <name>Portico::SiteTlsPage</name>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should visitors reach the site over a secure https:// connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers show a site as secure only with a certificate for its names. Where should Portico get one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers show a site as secure only with a certificate for its names (%1). Where should Portico get one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// only; browsers mark the pages &quot;Not secure&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic certificate from Let&apos;s Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic certificate from the certificate authority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free, trusted by every browser, renewed by Portico. The names must be reachable from the internet on port 80; no wildcard names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate from the office&apos;s local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For internal names (intranet, NAS); trusted where the office&apos;s CA certificate is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One imported or made on the Certificates page, e.g. bought from a commercial CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com, for notices about the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the terms of service of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Read them&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that port 80 reaches Portico and that the names point here, as Portico runs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates that do not cover every name of the site are greyed out. Import or make certificates on the Certificates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send visitors from http:// to https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also listen for https:// on this address:</source>
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
        <source>Portico does not listen for https:// yet; without such an address visitors cannot reach the site over https://. Port 443 is the usual one; 0.0.0.0 means every network interface of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico answers https:// on %1.</source>
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
        <source>Tell browsers to always use HTTPS (HSTS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>For %n day</numerusform>
            <numerusform>For %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Also for every name under the site&apos;s names (includeSubDomains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to undo: a browser that has seen this refuses http:// for the site for the whole time chosen, even if HTTPS is turned off later. Start with 1 day and lengthen it once everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot get a certificate this way: certificate authorities prove wildcard names only through DNS records, which Portico cannot do. List the exact names on the first step, or use the local CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico uses the account with %1 set up before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico uses the account with %1 set up before (e-mail: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico creates an account with %1 for all sites once you accept its terms. Right after Apply it asks for the certificate, and renews it by itself; the Certificates page shows how it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not cover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local CA yet. Create one on the Certificates page (New certificate…, then &quot;From the office&apos;s local CA&quot;), then come back to this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no names to put in a certificate. Give it names on the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site uses the certificate &quot;%1&quot; from the local CA, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>When you press Apply, &quot;%1&quot; issues a certificate for %2, valid for %n day(s) (browsers accept no longer). Or issue it now.</source>
        <translation>
            <numerusform>When you press Apply, &quot;%1&quot; issues a certificate for %2, valid for %n day (browsers accept no longer). Or issue it now.</numerusform>
            <numerusform>When you press Apply, &quot;%1&quot; issues a certificate for %2, valid for %n days (browsers accept no longer). Or issue it now.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files the site uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whichever stored certificate covers each name (chosen automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), until %3</source>
        <extracomment>A stored certificate: its name, the names it covers, until when it is valid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no certificates in the store yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the failed checks pass first, or the certificate authority will refuse the certificate. Portico keeps trying after Apply, so you may still go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands in the way of the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate cannot be used: %1. Choose another.</source>
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
    <name>Portico::TopListModel</name>
    <message>
        <source>(none)</source>
        <extracomment>A top list entry without a name (e.g. requests that matched no site).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
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
        <source>The window was closed, but Portico keeps serving your sites. To stop it, choose Quit Portico in the menu of this icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate could not be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sites have no working server</source>
        <translation>
            <numerusform>%n site has no working server</numerusform>
            <numerusform>%n sites have no working server</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites %1 have no working server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 has no working server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n servers are down</source>
        <translation>
            <numerusform>%n server is down</numerusform>
            <numerusform>%n servers are down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites work again</source>
        <translation>
            <numerusform>%n site works again</numerusform>
            <numerusform>%n sites work again</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites %1 work again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n servers are back</source>
        <translation>
            <numerusform>%n server is back</numerusform>
            <numerusform>%n servers are back</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop serving the sites until you resume; requests in progress finish first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start serving the sites again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico: paused, not serving any site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico: the engine could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico: site %1 has no working server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico: sites %1 have no working server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Portico: running, but %n server(s) are down</source>
        <translation>
            <numerusform>Portico: running, but %n server is down</numerusform>
            <numerusform>Portico: running, but %n servers are down</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico: running; recent warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portico: running, every site has a working server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portico::WafExceptionDialog</name>
    <message>
        <source>Add an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the attack rule &quot;%1&quot; on &quot;%2&quot; where it blocked a request that is fine. The other rules still apply there.</source>
        <extracomment>%1 an attack rule&apos;s title, %2 a site&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the change before it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
