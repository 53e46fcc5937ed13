<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Portico::AccessLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes</source>
        <extracomment>Size of the response sent to the client.</extracomment>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Portico::ApplyBanner</name>
    <message>
        <source>%1%</source>
        <extracomment>A share of requests, e.g. &quot;18%&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Since the change, %1 of requests fail (before: %2).</source>
        <translation>Seit der Änderung schlagen %1 der Anfragen fehl (vorher: %2).</translation>
    </message>
    <message>
        <source>Since the change, %1 is down.</source>
        <translation>Seit der Änderung ist %1 ausgefallen.</translation>
    </message>
    <message>
        <source>Since the change, no server of the pool &quot;%1&quot; can take requests.</source>
        <translation>Seit der Änderung kann kein Server des Pools „%1“ Anfragen annehmen.</translation>
    </message>
    <message>
        <source>Changes applied.</source>
        <translation>Änderungen übernommen.</translation>
    </message>
    <message>
        <source>The previous configuration is back in force.</source>
        <translation>Die vorherige Konfiguration gilt wieder.</translation>
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
            <numerusform>Rückgängig machen noch %n Sekunde lang möglich</numerusform>
            <numerusform>Rückgängig machen noch %n Sekunden lang möglich</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning about the last change</source>
        <translation>Warnung zur letzten Änderung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Roll back to the configuration before the change</source>
        <translation>Auf die Konfiguration vor der Änderung zurücksetzen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Keep the change</source>
        <translation>Änderung beibehalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Portico::BackendEditDialog</name>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Server %1 of the pool &quot;%2&quot;. Save applies the change at once and keeps the previous configuration in the history.</source>
        <translation>Server %1 im Pool „%2“. Speichern übernimmt die Änderung sofort und bewahrt die vorige Konfiguration im Verlauf auf.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Gewichtung:</translation>
    </message>
    <message>
        <source>Connection limit:</source>
        <translation>Verbindungslimit:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Backup: use only while no other server of the pool can take requests</source>
        <translation>Reserve: nur verwenden, solange kein anderer Server des Pools Anfragen annehmen kann</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Portico::BackendHealthPanel</name>
    <message>
        <source>Backends appear here once the engine runs with at least one pool.</source>
        <translation>Server erscheinen hier, sobald der Dienst mit mindestens einem Pool läuft.</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <extracomment>Group title on the dashboard: a pool of backends.</extracomment>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>%1 (backup)</source>
        <extracomment>A backup backend on the dashboard, e.g. &quot;10.0.0.5:8080 (backup)&quot;.</extracomment>
        <translation>%1 (Reserve)</translation>
    </message>
    <message>
        <source>Health of %1 in pool %2</source>
        <extracomment>Accessible name of a health timeline strip: backend and pool.</extracomment>
        <translation>Zustand von %1 im Pool %2</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>95th percentile: %1</source>
        <translation>95. Perzentil: %1</translation>
    </message>
    <message>
        <source>No request finished in the last second</source>
        <translation>In der letzten Sekunde wurde keine Anfrage abgeschlossen</translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <extracomment>Share of a backend&apos;s requests that failed in the last second.</extracomment>
        <translation>%1 % Fehler</translation>
    </message>
    <message>
        <source>%1 requests, %2 errors since the engine started</source>
        <extracomment>Tooltip: a backend&apos;s totals since the engine started.</extracomment>
        <translation>%1 Anfragen, %2 Fehler seit dem Start des Dienstes</translation>
    </message>
</context>
<context>
    <name>Portico::BackendRowWidget</name>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Gewichtung:</translation>
    </message>
    <message>
        <source>How large a share of the requests this server gets, relative to the others</source>
        <translation>Wie groß der Anteil der Anfragen ist, den dieser Server im Verhältnis zu den anderen erhält</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Connect to the server and ask it for a page, as a health check would</source>
        <translation>Mit dem Server verbinden und eine Seite abrufen, wie es eine Zustandsprüfung täte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Teste %1 …</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The answer of the Test button: a mark (✓ or ✗) and what happened.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Portico&apos;s engine did not report a result, so nothing is known about this server yet. Try again; you can also go on without a test.</source>
        <translation>Der Dienst von Portico hat kein Ergebnis gemeldet, daher ist über diesen Server noch nichts bekannt. Versuchen Sie es erneut; Sie können auch ohne Test fortfahren.</translation>
    </message>
</context>
<context>
    <name>Portico::BackendTableModel</name>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Dienst gestoppt</translation>
    </message>
    <message>
        <source>%1, standing by as backup</source>
        <translation>%1, wartet als Reserve</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A backend&apos;s health and why, e.g. &quot;Down: HTTP 500 on /health&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (backup)</source>
        <translation>%1 (Reserve)</translation>
    </message>
    <message>
        <source>%1 of %2 (slow start)</source>
        <extracomment>Weight during slow start: the weight in use now, then the configured one.</extracomment>
        <translation>%1 von %2 (langsamer Start)</translation>
    </message>
    <message>
        <source>What Portico last found out about the server, and why</source>
        <translation>Was Portico zuletzt über den Server herausgefunden hat, und warum</translation>
    </message>
    <message>
        <source>What you set: enabled, draining (no new visitors) or in maintenance (out)</source>
        <translation>Was Sie festgelegt haben: aktiv, auslaufend (keine neuen Besucher) oder in Wartung (außer Betrieb)</translation>
    </message>
    <message>
        <source>Failed connections, timeouts and 5xx answers since the engine started</source>
        <translation>Fehlgeschlagene Verbindungen, Zeitüberschreitungen und 5xx-Antworten seit dem Start des Dienstes</translation>
    </message>
    <message>
        <source>Requests in progress now</source>
        <translation>Gerade laufende Anfragen</translation>
    </message>
    <message>
        <source>Half of the requests in the last second were answered faster than this</source>
        <translation>Die Hälfte der Anfragen in der letzten Sekunde wurde schneller beantwortet</translation>
    </message>
    <message>
        <source>95 of 100 requests in the last second were answered faster than this</source>
        <translation>95 von 100 Anfragen in der letzten Sekunde wurden schneller beantwortet</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Admin state</source>
        <translation>Betriebsart</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95th pct.</source>
        <translation>95. Perz.</translation>
    </message>
</context>
<context>
    <name>Portico::BackendsPage</name>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>No backends yet</source>
        <translation>Noch keine Backends</translation>
    </message>
    <message>
        <source>The servers behind your sites, whether they are healthy, and how busy they are.</source>
        <translation>Die Server hinter Ihren Websites: ob sie gesund sind und wie ausgelastet.</translation>
    </message>
    <message>
        <source>Backends are the servers that run your applications; a pool groups the ones that serve the same application. Add a site on the Sites page to add its servers.</source>
        <translation>Backends sind die Server, auf denen Ihre Anwendungen laufen; ein Pool fasst die zusammen, die dieselbe Anwendung bereitstellen. Fügen Sie auf der Seite „Websites“ eine Website hinzu, um ihre Server einzutragen.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Send requests to this server again</source>
        <translation>Wieder Anfragen an diesen Server senden</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Auslaufen lassen</translation>
    </message>
    <message>
        <source>Send no new visitors; requests in progress and visitors who stick to it finish</source>
        <translation>Keine neuen Besucher senden; laufende Anfragen und fest zugeordnete Besucher werden noch bedient</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Take the server out of service, for an upgrade for instance</source>
        <translation>Den Server außer Betrieb nehmen, etwa für ein Update</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Recent changes, newest first</source>
        <translation>Letzte Änderungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>The engine is stopped, so there is nothing to tell about the servers&apos; health and traffic. Press Start to see them.</source>
        <translation>Der Dienst ist gestoppt, daher gibt es nichts über Zustand und Verkehr der Server zu sagen. Klicken Sie auf „Starten“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The engine has not reported figures for the servers yet.</source>
        <translation>Der Dienst hat noch keine Werte für die Server gemeldet.</translation>
    </message>
    <message>
        <source>Figures are updated every second. Errors count since the engine started.</source>
        <translation>Die Werte werden jede Sekunde aktualisiert. Fehler zählen seit dem Start des Dienstes.</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <source>Select a server above to see its health and its recent changes.</source>
        <translation>Wählen Sie oben einen Server, um seinen Zustand und seine letzten Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 in pool %2</source>
        <extracomment>Detail title: server (host:port) and its pool.</extracomment>
        <translation>%1 im Pool %2</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Admin state: %1</source>
        <translation>Betriebsart: %1</translation>
    </message>
    <message>
        <source>Backup: used only while no other server of the pool can take requests</source>
        <translation>Reserve: wird nur verwendet, solange kein anderer Server des Pools Anfragen annehmen kann</translation>
    </message>
    <message numerus="yes">
        <source>At most %n connection(s) at once</source>
        <translation>
            <numerusform>Höchstens %n Verbindung gleichzeitig</numerusform>
            <numerusform>Höchstens %n Verbindungen gleichzeitig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a free connection</source>
        <translation>
            <numerusform>%n Anfrage wartet auf eine freie Verbindung</numerusform>
            <numerusform>%n Anfragen warten auf eine freie Verbindung</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check at %1: %2</source>
        <translation>Letzte Prüfung um %1: %2</translation>
    </message>
    <message>
        <source>No active check has run; the pool has none, or the first is still due.</source>
        <translation>Es lief noch keine aktive Prüfung; der Pool hat keine, oder die erste steht noch aus.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>Timeline entry: time, then the change.</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No changes since the engine started.</source>
        <translation>Keine Änderungen seit dem Start des Dienstes.</translation>
    </message>
    <message>
        <source>The server&apos;s state was not changed</source>
        <translation>Die Betriebsart des Servers wurde nicht geändert</translation>
    </message>
    <message>
        <source>Remove the server %1 from the pool &quot;%2&quot;? Requests in progress finish; new ones go to the pool&apos;s other servers.</source>
        <translation>Den Server %1 aus dem Pool „%2“ entfernen? Laufende Anfragen werden beendet; neue gehen an die anderen Server des Pools.</translation>
    </message>
    <message>
        <source>Remove %1, the only server of the pool &quot;%2&quot;? The sites that use the pool will answer with an error page until you add another server.</source>
        <translation>%1 entfernen, den einzigen Server des Pools „%2“? Die Websites, die den Pool verwenden, antworten dann mit einer Fehlerseite, bis Sie einen anderen Server hinzufügen.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>The server was not removed</source>
        <translation>Der Server wurde nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Portico::BalanceText</name>
    <message>
        <source>Spread requests evenly</source>
        <translation>Anfragen gleichmäßig verteilen</translation>
    </message>
    <message>
        <source>Spread requests by each server&apos;s weight</source>
        <translation>Anfragen nach Gewichtung der Server verteilen</translation>
    </message>
    <message>
        <source>Send each request to the least busy server</source>
        <translation>Jede Anfrage an den am wenigsten ausgelasteten Server senden</translation>
    </message>
    <message>
        <source>Keep each visitor on the same server (by address)</source>
        <translation>Jeden Besucher beim selben Server halten (nach Adresse)</translation>
    </message>
    <message>
        <source>Keep each visitor on the same server (with a cookie)</source>
        <translation>Jeden Besucher beim selben Server halten (mit einem Cookie)</translation>
    </message>
    <message>
        <source>The servers take turns, one request each. Good when they are alike and the application keeps no session on the server.</source>
        <translation>Die Server kommen reihum dran, je eine Anfrage. Gut, wenn sie gleich stark sind und die Anwendung keine Sitzung auf dem Server hält.</translation>
    </message>
    <message>
        <source>A server with weight 3 gets three times the requests of one with weight 1. Good when some servers are stronger than others.</source>
        <translation>Ein Server mit Gewichtung 3 erhält dreimal so viele Anfragen wie einer mit Gewichtung 1. Gut, wenn manche Server stärker sind als andere.</translation>
    </message>
    <message>
        <source>Each request goes to the server with the fewest requests in progress, allowing for weight. Good when some requests take much longer than others.</source>
        <translation>Jede Anfrage geht an den Server mit den wenigsten laufenden Anfragen, unter Berücksichtigung der Gewichtung. Gut, wenn manche Anfragen viel länger dauern als andere.</translation>
    </message>
    <message>
        <source>The visitor&apos;s IP address (or a header or cookie, under Advanced) picks the server, so the same visitor keeps reaching the same server without a cookie.</source>
        <translation>Die IP-Adresse des Besuchers (oder ein Header oder Cookie, unter „Erweitert“) bestimmt den Server, sodass derselbe Besucher ohne Cookie immer denselben Server erreicht.</translation>
    </message>
    <message>
        <source>Portico sets a cookie that remembers the visitor&apos;s server. Good for applications that keep logins or carts on one server. If that server goes down, the visitor moves to another.</source>
        <translation>Portico setzt ein Cookie, das sich den Server des Besuchers merkt. Gut für Anwendungen, die Anmeldungen oder Warenkörbe auf einem Server halten. Fällt dieser Server aus, wechselt der Besucher zu einem anderen.</translation>
    </message>
    <message>
        <source>The visitor&apos;s IP address</source>
        <translation>Die IP-Adresse des Besuchers</translation>
    </message>
    <message>
        <source>A request header</source>
        <translation>Ein Header der Anfrage</translation>
    </message>
    <message>
        <source>A cookie</source>
        <translation>Ein Cookie</translation>
    </message>
    <message>
        <source>Keep trying all servers (a check may be wrong)</source>
        <translation>Weiter alle Server versuchen (eine Prüfung kann sich irren)</translation>
    </message>
    <message>
        <source>Answer with an error page (503) at once</source>
        <translation>Sofort mit einer Fehlerseite (503) antworten</translation>
    </message>
    <message>
        <source>%1, by the %2 &quot;%3&quot;</source>
        <extracomment>%1 is e.g. &quot;Keep each visitor on the same server (by address)&quot;; %2 the header or cookie name.</extracomment>
        <translation>%1, nach dem %2 „%3“</translation>
    </message>
    <message>
        <source>header</source>
        <comment>hashed on</comment>
        <translation>Header</translation>
    </message>
    <message>
        <source>cookie</source>
        <comment>hashed on</comment>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>%1, cookie &quot;%2&quot;</source>
        <translation>%1, Cookie „%2“</translation>
    </message>
    <message>
        <source>No regular checks; servers are taken out only when real requests to them fail</source>
        <translation>Keine regelmäßigen Prüfungen; Server werden nur herausgenommen, wenn echte Anfragen an sie scheitern</translation>
    </message>
    <message>
        <source>Checks every %1 that each server accepts connections</source>
        <translation>Prüft alle %1, ob jeder Server Verbindungen annimmt</translation>
    </message>
    <message>
        <source>Checks %1 %2 every %3; healthy is HTTP %4</source>
        <extracomment>%1 method, %2 path, %3 interval, %4 status range such as 200-399.</extracomment>
        <translation>Prüft %1 %2 alle %3; gesund ist HTTP %4</translation>
    </message>
</context>
<context>
    <name>Portico::BanAddressDialog</name>
    <message>
        <source>Ban an address</source>
        <translation>Adresse sperren</translation>
    </message>
    <message>
        <source>203.0.113.7 or 2001:db8::7</source>
        <translation>203.0.113.7 oder 2001:db8::7</translation>
    </message>
    <message>
        <source>Address to ban</source>
        <translation>Zu sperrende Adresse</translation>
    </message>
    <message>
        <source>How long to ban</source>
        <translation>Dauer der Sperre</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Every request from this address gets 403 until the ban ends or you unban it. Bans are kept while the engine runs; a restart clears them.</source>
        <translation>Jede Anfrage von dieser Adresse erhält 403, bis die Sperre endet oder aufgehoben wird. Sperren bleiben bestehen, solange der Dienst läuft; ein Neustart hebt sie auf.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Enter one IPv4 or IPv6 address, without a subnet or port.</source>
        <translation>Eine IPv4- oder IPv6-Adresse eingeben, ohne Subnetz oder Port.</translation>
    </message>
</context>
<context>
    <name>Portico::BasicAuthUsersDialog</name>
    <message>
        <source>&amp;Remove user</source>
        <translation>Benutzer &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Passwords for %1</source>
        <extracomment>%1 is a site&apos;s name.</extracomment>
        <translation>Passwörter für %1</translation>
    </message>
    <message>
        <source>Visitors of a route with users must log in with one of them. Portico keeps only a salted, slow hash of each password. Use it over HTTPS: over http:// the password travels readable.</source>
        <translation>Besucher einer Route mit Benutzern müssen sich mit einem davon anmelden. Portico speichert von jedem Passwort nur einen gesalzenen, langsamen Hash. Nur über HTTPS verwenden: Über http:// wird das Passwort lesbar übertragen.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Name shown in the login prompt</source>
        <translation>Im Anmeldefenster angezeigter Name</translation>
    </message>
    <message>
        <source>Users who may log in</source>
        <translation>Benutzer, die sich anmelden dürfen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation>R&amp;oute:</translation>
    </message>
    <message>
        <source>&amp;Login prompt:</source>
        <translation>&amp;Anmeldetext:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>No users: this route asks for no password.</source>
        <translation>Keine Benutzer: Diese Route fragt nach keinem Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may log in here.</source>
        <translation>
            <numerusform>%n Benutzer darf sich hier anmelden.</numerusform>
            <numerusform>%n Benutzer dürfen sich hier anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a user name without a colon (:).</source>
        <translation>Einen Benutzernamen ohne Doppelpunkt (:) eingeben.</translation>
    </message>
    <message>
        <source>%1 may already log in here; remove the user first to set a new password.</source>
        <translation>%1 darf sich hier bereits anmelden; zuerst den Benutzer entfernen, um ein neues Passwort festzulegen.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Ein Passwort eingeben.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>Portico::CachePage</name>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Responses Portico keeps so that backends do not have to send them again.</source>
        <translation>Antworten, die Portico aufbewahrt, damit die Backends sie nicht erneut senden müssen.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;87.5 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>No site uses the cache</source>
        <translation>Keine Website nutzt den Cache</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Site to turn caching on for</source>
        <translation>Website, für die der Cache eingeschaltet werden soll</translation>
    </message>
    <message>
        <source>Hit ratio, last minute</source>
        <translation>Trefferquote, letzte Minute</translation>
    </message>
    <message>
        <source>Served from the cache</source>
        <translation>Aus dem Cache ausgeliefert</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Saved by compression</source>
        <translation>Durch Komprimierung gespart</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Show the hit ratio of the last %1</source>
        <translation>Trefferquote der letzten %1 anzeigen</translation>
    </message>
    <message>
        <source>Requests answered from the cache</source>
        <translation>Aus dem Cache beantwortete Anfragen</translation>
    </message>
    <message>
        <source>Most used stored responses</source>
        <translation>Meistgenutzte gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Purge this URL</source>
        <translation>Diese URL aus dem Cache entfernen</translation>
    </message>
    <message>
        <source>Purge the selected URL</source>
        <translation>Ausgewählte URL aus dem Cache entfernen</translation>
    </message>
    <message>
        <source>Remove the selected response from the cache; the next request for it goes to the backend.</source>
        <translation>Die ausgewählte Antwort aus dem Cache entfernen; die nächste Anfrage danach geht an den Server.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Entfernen:</translation>
    </message>
    <message>
        <source>What to remove from the cache</source>
        <translation>Was aus dem Cache entfernt werden soll</translation>
    </message>
    <message>
        <source>This URL</source>
        <translation>Diese URL</translation>
    </message>
    <message>
        <source>Everything under a path</source>
        <translation>Alles unterhalb eines Pfads</translation>
    </message>
    <message>
        <source>A whole site</source>
        <translation>Eine ganze Website</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Webs&amp;ite:</translation>
    </message>
    <message>
        <source>Site to purge</source>
        <translation>Website, deren Cache geleert werden soll</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Path to purge</source>
        <translation>Pfad, der aus dem Cache entfernt werden soll</translation>
    </message>
    <message>
        <source>Purge from the cache</source>
        <translation>Aus dem Cache entfernen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Which sites cache and by which rules. Rules are tried in order; the first that matches decides. Without a matching rule the backend&apos;s own headers decide.</source>
        <translation>Welche Websites den Cache nutzen und nach welchen Regeln. Die Regeln werden der Reihe nach geprüft; die erste passende entscheidet. Ohne passende Regel entscheiden die Header des Servers.</translation>
    </message>
    <message>
        <source>Site and rules</source>
        <translation>Website und Regeln</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Caching</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sites and their cache rules</source>
        <translation>Websites und ihre Cache-Regeln</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Regel bearbeiten…</translation>
    </message>
    <message>
        <source>The Cache Rule wizard is not part of this build.</source>
        <translation>Der Assistent für Cache-Regeln ist in dieser Version nicht enthalten.</translation>
    </message>
    <message>
        <source>Portico can keep copies of the responses your backends send (pages, pictures, scripts, styles) and answer the next visitors from them: pages load faster and the application servers do less work. It stores only what the backend allows to be shared, so one visitor&apos;s private page is never shown to another.</source>
        <translation>Portico kann Kopien der Antworten Ihrer Server (Seiten, Bilder, Skripte, Stylesheets) aufbewahren und den nächsten Besuchern daraus antworten: Seiten laden schneller und die Anwendungsserver haben weniger Arbeit. Gespeichert wird nur, was der Server zur gemeinsamen Nutzung freigibt, sodass die private Seite eines Besuchers nie einem anderen angezeigt wird.</translation>
    </message>
    <message>
        <source>Add a site on the Sites page first; then turn caching on for it here.</source>
        <translation>Zuerst auf der Seite „Websites“ eine Website hinzufügen; danach hier den Cache für sie einschalten.</translation>
    </message>
    <message>
        <source>Turning caching on for a site keeps static files (pictures, scripts, styles, fonts) for an hour when the backend does not say how long, and everything else as long as the backend says. You see the change before it is applied, and can add your own rules afterwards.</source>
        <translation>Wird der Cache für eine Website eingeschaltet, werden statische Dateien (Bilder, Skripte, Stylesheets, Schriftarten) eine Stunde lang aufbewahrt, wenn der Server keine Dauer angibt, und alles andere so lange, wie der Server angibt. Die Änderung wird vor dem Übernehmen angezeigt, und eigene Regeln können danach hinzugefügt werden.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No rules: the backend&apos;s headers decide</source>
        <translation>Keine Regeln: Die Header des Servers entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on caching for %1</source>
        <extracomment>%1 is a site&apos;s name.</extracomment>
        <translation>Cache für %1 einschalten</translation>
    </message>
    <message>
        <source>Add a cache rule</source>
        <translation>Cache-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add a cache rule to %1</source>
        <translation>Cache-Regel zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected cache rule</source>
        <translation>Ausgewählte Cache-Regel bearbeiten</translation>
    </message>
    <message>
        <source>Turn caching off</source>
        <translation>Cache ausschalten</translation>
    </message>
    <message>
        <source>Turn caching on</source>
        <translation>Cache einschalten</translation>
    </message>
    <message>
        <source>Turn caching off for %1</source>
        <translation>Cache für %1 ausschalten</translation>
    </message>
    <message>
        <source>Turn caching on for %1</source>
        <translation>Cache für %1 einschalten</translation>
    </message>
    <message>
        <source>Stop storing responses of this site; its rules are kept.</source>
        <translation>Keine Antworten dieser Website mehr speichern; ihre Regeln bleiben erhalten.</translation>
    </message>
    <message>
        <source>Store responses of this site by its rules, or by the default rules when it has none.</source>
        <translation>Antworten dieser Website nach ihren Regeln speichern, oder nach den Standardregeln, wenn sie keine hat.</translation>
    </message>
    <message>
        <source>Live figures from the engine, updated every second.</source>
        <translation>Live-Werte der Engine, jede Sekunde aktualisiert.</translation>
    </message>
    <message>
        <source>The first figures arrive one second after the engine starts.</source>
        <translation>Die ersten Werte kommen eine Sekunde nach dem Start der Engine.</translation>
    </message>
    <message>
        <source>The engine is stopped; these are its last figures.</source>
        <translation>Die Engine ist gestoppt; dies sind ihre letzten Werte.</translation>
    </message>
    <message>
        <source>Figures appear once the engine is running.</source>
        <translation>Werte erscheinen, sobald die Engine läuft.</translation>
    </message>
    <message>
        <source>No cacheable request in the last minute</source>
        <translation>Keine cachebare Anfrage in der letzten Minute</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <extracomment>Hits of cacheable requests in the last minute, e.g. &quot;42 of 48 requests&quot;.</extracomment>
        <translation>
            <numerusform>%1 von %n Anfrage</numerusform>
            <numerusform>%1 von %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Since start: %1</source>
        <translation>Seit dem Start: %1</translation>
    </message>
    <message>
        <source>Since start: no cacheable request yet</source>
        <translation>Seit dem Start: noch keine cachebare Anfrage</translation>
    </message>
    <message>
        <source>Since start; %1 of them stale, %2 read from disk</source>
        <extracomment>Detail under the count of responses served from the cache.</extracomment>
        <translation>Seit dem Start; davon %1 veraltet, %2 von der Festplatte gelesen</translation>
    </message>
    <message>
        <source>%1 more after the backend confirmed them unchanged (304)</source>
        <translation>%1 weitere, nachdem der Server sie als unverändert bestätigt hat (304)</translation>
    </message>
    <message numerus="yes">
        <source>of %1; %n stored response(s)</source>
        <extracomment>Detail under the memory the cache uses: its capacity and how many responses it holds.</extracomment>
        <translation>
            <numerusform>von %1; %n gespeicherte Antwort</numerusform>
            <numerusform>von %1; %n gespeicherte Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk cache off</source>
        <translation>Festplatten-Cache aus</translation>
    </message>
    <message>
        <source>Stored responses are kept in memory only and are gone after a restart.</source>
        <translation>Gespeicherte Antworten werden nur im Arbeitsspeicher gehalten und sind nach einem Neustart verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(ies) found and discarded</source>
        <translation>
            <numerusform>%n beschädigter Eintrag gefunden und verworfen</numerusform>
            <numerusform>%n beschädigte Einträge gefunden und verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) since start: %1 sent as %2</source>
        <extracomment>Detail under compression: how many responses, their size before and after.</extracomment>
        <translation>
            <numerusform>%n Antwort seit dem Start: %1 gesendet als %2</numerusform>
            <numerusform>%n Antworten seit dem Start: %1 gesendet als %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No response compressed yet</source>
        <translation>Noch keine Antwort komprimiert</translation>
    </message>
    <message>
        <source>The stored responses are listed while the engine runs.</source>
        <translation>Die gespeicherten Antworten werden aufgelistet, während die Engine läuft.</translation>
    </message>
    <message>
        <source>Nothing is stored yet. Responses appear here once visitors ask for something the cache may keep.</source>
        <translation>Noch nichts gespeichert. Antworten erscheinen hier, sobald Besucher etwas anfordern, das der Cache aufbewahren darf.</translation>
    </message>
    <message>
        <source>Most hits first; right-click a row to purge it.</source>
        <translation>Meiste Treffer zuerst; Rechtsklick auf eine Zeile entfernt sie aus dem Cache.</translation>
    </message>
    <message>
        <source>The share of cacheable requests answered from the cache, without asking the backend.</source>
        <translation>Der Anteil der cachebaren Anfragen, die aus dem Cache beantwortet wurden, ohne den Server zu fragen.</translation>
    </message>
    <message>
        <source>No cacheable request in this range yet.</source>
        <translation>Noch keine cachebare Anfrage in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No figures for this range: the engine was not running.</source>
        <translation>Keine Werte für diesen Zeitraum: Die Engine lief nicht.</translation>
    </message>
    <message>
        <source>Hover over the chart to see the values at that time; the line breaks where no cacheable request came.</source>
        <translation>Mit der Maus über das Diagramm fahren, um die Werte zu diesem Zeitpunkt zu sehen; die Linie ist unterbrochen, wo keine cachebare Anfrage kam.</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Enter a path, starting with /.</source>
        <translation>Einen Pfad eingeben, der mit / beginnt.</translation>
    </message>
    <message>
        <source>A path starts with /, for example /static/app.css: leave out http:// and the host name.</source>
        <translation>Ein Pfad beginnt mit /, zum Beispiel /static/app.css: http:// und den Hostnamen weglassen.</translation>
    </message>
    <message>
        <source>Leave out the query string (from ?): purging a path removes it with every query.</source>
        <translation>Den Query-String (ab ?) weglassen: Beim Entfernen eines Pfads wird er mit jedem Query-String entfernt.</translation>
    </message>
    <message>
        <source>A path has no spaces; write a space as %20.</source>
        <translation>Ein Pfad enthält keine Leerzeichen; ein Leerzeichen als %20 schreiben.</translation>
    </message>
    <message>
        <source>/static/</source>
        <translation>/static/</translation>
    </message>
    <message>
        <source>/index.html</source>
        <translation>/index.html</translation>
    </message>
    <message>
        <source>Removes this path with every query string and variant (compressed or not).</source>
        <translation>Entfernt diesen Pfad mit jedem Query-String und jeder Variante (komprimiert oder nicht).</translation>
    </message>
    <message>
        <source>Removes every stored response whose path starts with this one.</source>
        <translation>Entfernt jede gespeicherte Antwort, deren Pfad mit diesem beginnt.</translation>
    </message>
    <message>
        <source>Removes every stored response of the site. Its backends get the next requests until the cache fills again.</source>
        <translation>Entfernt jede gespeicherte Antwort der Website. Ihre Server erhalten die nächsten Anfragen, bis sich der Cache wieder füllt.</translation>
    </message>
    <message>
        <source>Removes every stored response of every site, in memory and on disk.</source>
        <translation>Entfernt jede gespeicherte Antwort aller Websites, im Arbeitsspeicher und auf der Festplatte.</translation>
    </message>
    <message>
        <source>%1 on every site</source>
        <translation>%1 auf allen Websites</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>everything under %1 on every site</source>
        <translation>alles unterhalb von %1 auf allen Websites</translation>
    </message>
    <message>
        <source>everything under %1 on %2</source>
        <translation>alles unterhalb von %1 auf %2</translation>
    </message>
    <message>
        <source>everything of %1</source>
        <translation>alles von %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Remove every stored response of %1? Its backends answer the next requests until the cache fills again.</source>
        <translation>Jede gespeicherte Antwort von %1 entfernen? Ihre Server beantworten die nächsten Anfragen, bis sich der Cache wieder füllt.</translation>
    </message>
    <message>
        <source>Remove every stored response of every site, in memory and on disk? The backends answer the next requests until the cache fills again.</source>
        <translation>Jede gespeicherte Antwort aller Websites entfernen, im Arbeitsspeicher und auf der Festplatte? Die Server beantworten die nächsten Anfragen, bis sich der Cache wieder füllt.</translation>
    </message>
    <message>
        <source>Purge the cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Purging %1…</source>
        <extracomment>%1 says what is purged, e.g. &quot;/style.css on shop&quot;.</extracomment>
        <translation>%1 wird aus dem Cache entfernt…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stored response(s): %1.</source>
        <extracomment>%1 says what was purged, e.g. &quot;/style.css on shop&quot;.</extracomment>
        <translation>
            <numerusform>%n gespeicherte Antwort entfernt: %1.</numerusform>
            <numerusform>%n gespeicherte Antworten entfernt: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleActionPage</name>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>What should Portico do with the answers the rule matches?</source>
        <translation>Was soll Portico mit den Antworten tun, auf die die Regel zutrifft?</translation>
    </message>
    <message>
        <source>Apps say how long an answer may be kept in their Cache-Control and Expires headers. Choose how the rule treats them:</source>
        <translation>Apps geben in ihren Cache-Control- und Expires-Headern an, wie lange eine Antwort aufbewahrt werden darf. Wählen, wie die Regel damit umgeht:</translation>
    </message>
    <message>
        <source>Cache when the app does not say how long</source>
        <translation>Zwischenspeichern, wenn die App keine Dauer angibt</translation>
    </message>
    <message>
        <source>Override: cache even when the app says no-cache or gives a time of its own</source>
        <translation>Überschreiben: auch zwischenspeichern, wenn die App no-cache angibt oder eine eigene Dauer nennt</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Aufbewahren für:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Never cache</source>
        <translation>Nie zwischenspeichern</translation>
    </message>
    <message>
        <source>Follow what the app says</source>
        <translation>Angaben der App befolgen</translation>
    </message>
    <message>
        <source>Override the app&apos;s caching headers</source>
        <translation>Cache-Header der App überschreiben</translation>
    </message>
    <message>
        <source>How long to keep answers</source>
        <translation>Wie lange Antworten aufbewahrt werden</translation>
    </message>
    <message>
        <source>Unit of the time to keep answers</source>
        <translation>Zeiteinheit für die Aufbewahrung der Antworten</translation>
    </message>
    <message>
        <source>Stored copies</source>
        <translation>Gespeicherte Kopien</translation>
    </message>
    <message>
        <source>Ignore the whole query string (/page?a=1 and /page?a=2 share one copy)</source>
        <translation>Gesamte Abfragezeichenfolge ignorieren (/page?a=1 und /page?a=2 teilen sich eine Kopie)</translation>
    </message>
    <message>
        <source>Ignore the whole query string</source>
        <translation>Gesamte Abfragezeichenfolge ignorieren</translation>
    </message>
    <message>
        <source>Ignore these parameters:</source>
        <translation>Diese Parameter ignorieren:</translation>
    </message>
    <message>
        <source>utm_source, utm_medium, fbclid</source>
        <translation>utm_source, utm_medium, fbclid</translation>
    </message>
    <message>
        <source>Query parameters to ignore</source>
        <translation>Zu ignorierende Abfrageparameter</translation>
    </message>
    <message>
        <source>Skipping the cache</source>
        <translation>Cache umgehen</translation>
    </message>
    <message>
        <source>Skip the cache for logged-in users</source>
        <translation>Cache für angemeldete Benutzer umgehen</translation>
    </message>
    <message>
        <source>When one of these cookies is sent:</source>
        <translation>Wenn eines dieser Cookies gesendet wird:</translation>
    </message>
    <message>
        <source>sessionid, wordpress_logged_in</source>
        <translation>sessionid, wordpress_logged_in</translation>
    </message>
    <message>
        <source>Cookies that skip the cache</source>
        <translation>Cookies, bei denen der Cache umgangen wird</translation>
    </message>
    <message>
        <source>Or one of these headers:</source>
        <translation>Oder einer dieser Header:</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>Headers that skip the cache</source>
        <translation>Header, bei denen der Cache umgangen wird</translation>
    </message>
    <message>
        <source>Override: visitors may be shown outdated pages for up to %1 after they change, even where the app asked for fresh ones. Portico still never stores answers marked no-store or private, nor the cookies an app sets.</source>
        <translation>Überschreiben: Besuchern werden Seiten nach einer Änderung bis zu %1 lang veraltet angezeigt, auch wenn die App aktuelle angefordert hat. Antworten mit no-store oder private sowie von einer App gesetzte Cookies speichert Portico trotzdem nie.</translation>
    </message>
    <message>
        <source>Matching answers are kept for %1 whatever the app says about caching.</source>
        <translation>Passende Antworten werden %1 lang aufbewahrt, unabhängig davon, was die App zum Caching angibt.</translation>
    </message>
    <message>
        <source>When the app gives a time or says no-cache, Portico follows it; otherwise matching answers are kept for %1.</source>
        <translation>Wenn die App eine Dauer oder no-cache angibt, folgt Portico dieser Angabe; andernfalls werden passende Antworten %1 lang aufbewahrt.</translation>
    </message>
    <message>
        <source>Matching requests always go to the app and nothing is stored.</source>
        <translation>Passende Anfragen gehen immer an die App, und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Answers are kept exactly as long as the app&apos;s headers allow (no time of its own: a short guess from Last-Modified, or not at all).</source>
        <translation>Antworten werden genau so lange aufbewahrt, wie die Header der App es erlauben (ohne eigene Dauer: eine kurze Schätzung anhand von Last-Modified oder gar nicht).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write only the parameter&apos;s name, e.g. utm_source.</source>
        <translation>„%1“: nur den Namen des Parameters angeben, z. B. utm_source.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name: write the name only, e.g. sessionid.</source>
        <translation>„%1“ ist kein Cookie-Name: nur den Namen angeben, z. B. sessionid.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name: write the name only, e.g. Authorization.</source>
        <translation>„%1“ ist kein Header-Name: nur den Namen angeben, z. B. Authorization.</translation>
    </message>
    <message>
        <source>Name at least one cookie or header, e.g. sessionid.</source>
        <translation>Mindestens ein Cookie oder einen Header angeben, z. B. sessionid.</translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleMatchPage</name>
    <message>
        <source>What to match</source>
        <translation>Was erfasst wird</translation>
    </message>
    <message>
        <source>Which requests should the rule cover? Leave a field empty to match anything.</source>
        <translation>Welche Anfragen soll die Regel abdecken? Ein Feld leer lassen, damit alles passt.</translation>
    </message>
    <message>
        <source>A request matches when it fits every field you fill in. Start from a preset or type your own:</source>
        <translation>Eine Anfrage passt, wenn sie zu jedem ausgefüllten Feld passt. Mit einer Vorlage beginnen oder eigene Werte eingeben:</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>Static files</source>
        <translation>Statische Dateien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>An API path</source>
        <translation>Ein API-Pfad</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Preset: static files</source>
        <translation>Vorlage: statische Dateien</translation>
    </message>
    <message>
        <source>Preset: images</source>
        <translation>Vorlage: Bilder</translation>
    </message>
    <message>
        <source>Preset: an API path</source>
        <translation>Vorlage: ein API-Pfad</translation>
    </message>
    <message>
        <source>Preset: everything</source>
        <translation>Vorlage: alles</translation>
    </message>
    <message>
        <source>Rule name:</source>
        <translation>Name der Regel:</translation>
    </message>
    <message>
        <source>e.g. Static files</source>
        <translation>z. B. Statische Dateien</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <source>Path patterns:</source>
        <translation>Pfadmuster:</translation>
    </message>
    <message>
        <source>/static/**, *.png</source>
        <translation>/static/**, *.png</translation>
    </message>
    <message>
        <source>Path patterns</source>
        <translation>Pfadmuster</translation>
    </message>
    <message>
        <source>Separate patterns with commas. * stands for anything within one folder, ** for anything across folders: /static/** is everything under /static/, *.png every PNG file, /blog/*/feed the feed of each blog.</source>
        <translation>Muster durch Kommas trennen. * steht für beliebige Zeichen innerhalb eines Ordners, ** für beliebige Zeichen über Ordner hinweg: /static/** ist alles unter /static/, *.png jede PNG-Datei, /blog/*/feed der Feed jedes Blogs.</translation>
    </message>
    <message>
        <source>File extensions:</source>
        <translation>Dateiendungen:</translation>
    </message>
    <message>
        <source>css, js, png</source>
        <translation>css, js, png</translation>
    </message>
    <message>
        <source>File extensions</source>
        <translation>Dateiendungen</translation>
    </message>
    <message>
        <source>The end of the file name in the path, without the dot.</source>
        <translation>Das Ende des Dateinamens im Pfad, ohne den Punkt.</translation>
    </message>
    <message>
        <source>Content types:</source>
        <translation>Inhaltstypen:</translation>
    </message>
    <message>
        <source>image/*, text/css</source>
        <translation>image/*, text/css</translation>
    </message>
    <message>
        <source>Content types</source>
        <translation>Inhaltstypen</translation>
    </message>
    <message>
        <source>What the app says it sends back (Content-Type). image/* covers every kind of image.</source>
        <translation>Was die App laut eigener Angabe zurücksendet (Content-Type). image/* umfasst alle Arten von Bildern.</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Methoden:</translation>
    </message>
    <message>
        <source>Match GET requests</source>
        <translation>GET-Anfragen erfassen</translation>
    </message>
    <message>
        <source>Match HEAD requests</source>
        <translation>HEAD-Anfragen erfassen</translation>
    </message>
    <message>
        <source>and %1, as the configuration file says</source>
        <translation>und %1, wie in der Konfigurationsdatei angegeben</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Matches: %1.</source>
        <translation>Erfasst: %1.</translation>
    </message>
    <message>
        <source>Give the rule a name: the tester and the Cache page show it.</source>
        <translation>Der Regel einen Namen geben: Der Tester und die Cache-Seite zeigen ihn an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can never match: a path starts with /, so a pattern starts with / (/static/**) or * (*.png).</source>
        <translation>„%1“ kann nie passen: Ein Pfad beginnt mit /, daher beginnt ein Muster mit / (/static/**) oder * (*.png).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a pattern matches the path only; leave out ? and what follows.</source>
        <translation>„%1“: Ein Muster gilt nur für den Pfad; ? und alles Folgende weglassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path pattern: use printable characters without spaces, * and ** (never ***).</source>
        <translation>„%1“ ist kein Pfadmuster: druckbare Zeichen ohne Leerzeichen, * und ** verwenden (nie ***).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file extension: write the end of the file name without the dot, e.g. css or png.</source>
        <translation>„%1“ ist keine Dateiendung: das Ende des Dateinamens ohne den Punkt angeben, z. B. css oder png.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a content type: it looks like image/png or image/*.</source>
        <translation>„%1“ ist kein Inhaltstyp: Ein Inhaltstyp sieht aus wie image/png oder image/*.</translation>
    </message>
    <message>
        <source>Choose at least one method: only GET and HEAD answers are cached.</source>
        <translation>Mindestens eine Methode wählen: Nur Antworten auf GET und HEAD werden zwischengespeichert.</translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check the rule and where it goes, then press Apply.</source>
        <translation>Regel und ihre Position prüfen, dann auf „Übernehmen“ klicken.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <source>Order of the site&apos;s rules</source>
        <translation>Reihenfolge der Regeln der Website</translation>
    </message>
    <message>
        <source>Portico tries the rules from the top; the first one that matches a request decides. Put narrow rules above broad ones.</source>
        <translation>Portico prüft die Regeln von oben nach unten; die erste Regel, die auf eine Anfrage passt, entscheidet. Enge Regeln über allgemeine stellen.</translation>
    </message>
    <message>
        <source>Order of the site&apos;s cache rules</source>
        <translation>Reihenfolge der Cache-Regeln der Website</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Regel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Regel nach unten verschieben</translation>
    </message>
    <message>
        <source>Apply shows the change once more, then it takes effect at once, without dropping connections, and is saved to %1.</source>
        <translation>„Übernehmen“ zeigt die Änderung noch einmal an; dann wird sie sofort wirksam, ohne Verbindungen zu trennen, und in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Site: %1.</source>
        <translation>Website: %1.</translation>
    </message>
    <message>
        <source>Caching is turned on for the site.</source>
        <translation>Caching ist für die Website eingeschaltet.</translation>
    </message>
    <message>
        <source>Caching stays off for the site, so the rule does nothing yet.</source>
        <translation>Caching bleibt für die Website ausgeschaltet, daher bewirkt die Regel noch nichts.</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source> (this rule)</source>
        <translation> (diese Regel)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nichts wurde geändert:</translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleSitePage</name>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Which site should the rule apply to?</source>
        <translation>Für welche Website soll die Regel gelten?</translation>
    </message>
    <message>
        <source>A cache rule tells Portico which of a site&apos;s answers it may keep and hand out again without asking the app, and for how long. Rules belong to one site; the first rule that matches a request decides.</source>
        <translation>Eine Cache-Regel legt fest, welche Antworten einer Website Portico aufbewahren und erneut ausliefern darf, ohne die App zu fragen, und wie lange. Regeln gehören zu einer Website; die erste Regel, die auf eine Anfrage passt, entscheidet.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Part of the site:</source>
        <translation>Teil der Website:</translation>
    </message>
    <message>
        <source>A rule can cover the whole site or only the requests one route takes (a path prefix such as /api/).</source>
        <translation>Eine Regel kann für die ganze Website gelten oder nur für die Anfragen einer Route (ein Pfadanfang wie /api/).</translation>
    </message>
    <message>
        <source>Turn on caching for this site</source>
        <translation>Caching für diese Website einschalten</translation>
    </message>
    <message>
        <source>Part of the site</source>
        <translation>Teil der Website</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle Routen</translation>
    </message>
    <message>
        <source>%1 (to the servers of %2)</source>
        <translation>%1 (zu den Servern von %2)</translation>
    </message>
    <message>
        <source>%1 (a redirect: nothing to cache)</source>
        <translation>%1 (eine Weiterleitung: nichts zu cachen)</translation>
    </message>
    <message>
        <source>There is no site yet. Add a site first, then give it cache rules.</source>
        <translation>Es gibt noch keine Website. Zuerst eine Website hinzufügen, dann Cache-Regeln dafür festlegen.</translation>
    </message>
    <message>
        <source>Caching is on for this site.</source>
        <translation>Caching ist für diese Website eingeschaltet.</translation>
    </message>
    <message>
        <source>Caching is off for this site now; Apply turns it on, with this rule.</source>
        <translation>Caching ist für diese Website derzeit ausgeschaltet; „Übernehmen“ schaltet es mit dieser Regel ein.</translation>
    </message>
    <message>
        <source>Caching stays off: the rule is saved but does nothing until caching is turned on for the site (on the Cache page or with this wizard).</source>
        <translation>Caching bleibt ausgeschaltet: Die Regel wird gespeichert, wirkt aber erst, wenn Caching für die Website eingeschaltet wird (auf der Seite „Cache“ oder mit diesem Assistenten).</translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleTestPage</name>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Type an address of the site to see what Portico would do with it once the rule is applied.</source>
        <translation>Eine Adresse der Website eingeben, um zu sehen, was Portico damit tun würde, sobald die Regel übernommen ist.</translation>
    </message>
    <message>
        <source>The answer comes from the same rule matching the engine uses, with all of the site&apos;s rules in their order. Nothing is sent to the app.</source>
        <translation>Die Antwort stammt aus derselben Regelprüfung, die der Dienst verwendet, mit allen Regeln der Website in ihrer Reihenfolge. An die Anwendung wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Path and query:</source>
        <translation>Pfad und Abfrage:</translation>
    </message>
    <message>
        <source>/static/app.css?v=3</source>
        <translation>/static/app.css?v=3</translation>
    </message>
    <message>
        <source>Path and query to test</source>
        <translation>Zu testender Pfad mit Abfrage</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Method of the test request</source>
        <translation>Methode der Testanfrage</translation>
    </message>
    <message>
        <source>Cookie (optional):</source>
        <translation>Cookie (optional):</translation>
    </message>
    <message>
        <source>sessionid=abc123; theme=dark</source>
        <translation>sessionid=abc123; theme=dark</translation>
    </message>
    <message>
        <source>Cookie of the test request</source>
        <translation>Cookie der Testanfrage</translation>
    </message>
    <message>
        <source>Header (optional):</source>
        <translation>Header (optional):</translation>
    </message>
    <message>
        <source>Authorization: Bearer abc123</source>
        <translation>Authorization: Bearer abc123</translation>
    </message>
    <message>
        <source>Header of the test request</source>
        <translation>Header der Testanfrage</translation>
    </message>
    <message>
        <source>Content type (optional):</source>
        <translation>Inhaltstyp (optional):</translation>
    </message>
    <message>
        <source>text/css</source>
        <translation>text/css</translation>
    </message>
    <message>
        <source>Content type of the app&apos;s answer</source>
        <translation>Inhaltstyp der Antwort der Anwendung</translation>
    </message>
    <message>
        <source>What the app would answer with; rules that name content types need it.</source>
        <translation>Womit die Anwendung antworten würde; Regeln, die Inhaltstypen nennen, benötigen diese Angabe.</translation>
    </message>
    <message>
        <source>What would happen:</source>
        <translation>Was passieren würde:</translation>
    </message>
    <message>
        <source>There is no site to test.</source>
        <translation>Es gibt keine Website zum Testen.</translation>
    </message>
    <message>
        <source>Type a path, e.g. /static/app.css?v=3.</source>
        <translation>Einen Pfad eingeben, z. B. /static/app.css?v=3.</translation>
    </message>
    <message>
        <source>Type a path that starts with /, e.g. /static/app.css?v=3.</source>
        <translation>Einen Pfad eingeben, der mit / beginnt, z. B. /static/app.css?v=3.</translation>
    </message>
    <message>
        <source>Caching is off for this site: every request goes to the app and nothing is stored.</source>
        <translation>Caching ist für diese Website ausgeschaltet: Jede Anfrage geht an die Anwendung, und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>The route %1 answers with a redirect: nothing is cached.</source>
        <translation>Die Route %1 antwortet mit einer Weiterleitung: Nichts wird gecacht.</translation>
    </message>
    <message>
        <source>No route of the site takes this path (Portico answers 404): nothing is cached.</source>
        <translation>Keine Route der Website bedient diesen Pfad (Portico antwortet mit 404): Nichts wird gecacht.</translation>
    </message>
    <message>
        <source>Portico would refuse this address (400): nothing is cached.</source>
        <translation>Portico würde diese Adresse ablehnen (400): Nichts wird gecacht.</translation>
    </message>
    <message>
        <source>Another site answers for %1, so this site&apos;s rules cannot be tested by name.</source>
        <translation>Für %1 antwortet eine andere Website, daher können die Regeln dieser Website nicht über den Namen getestet werden.</translation>
    </message>
    <message>
        <source> (the rule you are making)</source>
        <translation> (die Regel, die gerade erstellt wird)</translation>
    </message>
    <message>
        <source>Rule %1%2 matches: never stored; the request goes straight to the app.</source>
        <translation>Regel %1%2 trifft zu: nie gespeichert; die Anfrage geht direkt an die Anwendung.</translation>
    </message>
    <message>
        <source>Not cached: %1 requests are never answered from the cache (they make the stored copies of this address outdated).</source>
        <translation>Nicht gecacht: %1-Anfragen werden nie aus dem Cache beantwortet (sie machen die gespeicherten Kopien dieser Adresse veraltet).</translation>
    </message>
    <message>
        <source>Skipped: cookie %1 present (rule %2): the request goes straight to the app.</source>
        <translation>Übersprungen: Cookie %1 vorhanden (Regel %2): Die Anfrage geht direkt an die Anwendung.</translation>
    </message>
    <message>
        <source>Skipped: header %1 present (rule %2): the request goes straight to the app.</source>
        <translation>Übersprungen: Header %1 vorhanden (Regel %2): Die Anfrage geht direkt an die Anwendung.</translation>
    </message>
    <message>
        <source>Stored under: %1</source>
        <translation>Gespeichert unter: %1</translation>
    </message>
    <message>
        <source>Stored under: %1 (the rule leaves out some of the query, so addresses that differ only there share one copy)</source>
        <translation>Gespeichert unter: %1 (die Regel lässt einen Teil der Abfrage weg, daher teilen sich Adressen, die sich nur dort unterscheiden, eine Kopie)</translation>
    </message>
    <message>
        <source>Rule %1 also depends on the content type; fill it in to see whether it matches.</source>
        <translation>Regel %1 hängt auch vom Inhaltstyp ab; diesen eintragen, um zu sehen, ob sie zutrifft.</translation>
    </message>
    <message>
        <source>No rule matches: follows the app&apos;s headers.</source>
        <translation>Keine Regel trifft zu: Es gelten die Header der Anwendung.</translation>
    </message>
    <message>
        <source>Rule %1%2 matches: %3.</source>
        <translation>Regel %1%2 trifft zu: %3.</translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleText</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>stored for %1, even when the app says no-cache or gives a time of its own (override)</source>
        <translation>für %1 gespeichert, auch wenn die Anwendung no-cache angibt oder eine eigene Dauer nennt (Überschreiben)</translation>
    </message>
    <message>
        <source>stored for %1 when the app does not say</source>
        <translation>für %1 gespeichert, wenn die Anwendung nichts angibt</translation>
    </message>
    <message>
        <source>never stored</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>stored as the app&apos;s headers say</source>
        <translation>gespeichert, wie es die Header der Anwendung angeben</translation>
    </message>
    <message>
        <source>GET and HEAD requests</source>
        <translation>GET- und HEAD-Anfragen</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1-Anfragen</translation>
    </message>
    <message>
        <source>on the route %1</source>
        <translation>auf der Route %1</translation>
    </message>
    <message>
        <source>whose path matches %1</source>
        <translation>deren Pfad auf %1 passt</translation>
    </message>
    <message>
        <source>for files ending in %1</source>
        <translation>für Dateien mit der Endung %1</translation>
    </message>
    <message>
        <source>answered with %1</source>
        <translation>beantwortet mit %1</translation>
    </message>
    <message>
        <source>All %1 to the site</source>
        <translation>Alle %1 an die Website</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The query string is ignored: /page?a=1 and /page?a=2 share one stored copy.</source>
        <translation>Die Abfrage wird ignoriert: /page?a=1 und /page?a=2 teilen sich eine gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>These query parameters are ignored for the stored copy: %1.</source>
        <translation>Diese Abfrageparameter werden für die gespeicherte Kopie ignoriert: %1.</translation>
    </message>
    <message>
        <source>Skipped (straight to the app) when the request has the cookie %1.</source>
        <translation>Übersprungen (direkt an die Anwendung), wenn die Anfrage das Cookie %1 enthält.</translation>
    </message>
    <message>
        <source>Skipped (straight to the app) when the request has the header %1.</source>
        <translation>Übersprungen (direkt an die Anwendung), wenn die Anfrage den Header %1 enthält.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Portico::CacheRuleWizard</name>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Edit cache rule %1</source>
        <translation>Cache-Regel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add cache rule</source>
        <translation>Cache-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Portico::CachedPathModel</name>
    <message>
        <source>stale</source>
        <extracomment>A stored response whose freshness ran out: it is checked with the backend before it is used again.</extracomment>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>fresh for %1 s</source>
        <extracomment>Freshness left of a stored response in seconds, e.g. &quot;fresh for 42 s&quot;.</extracomment>
        <translation>noch %1 s frisch</translation>
    </message>
    <message>
        <source>fresh for %1 min</source>
        <extracomment>Freshness left in minutes, e.g. &quot;fresh for 42 min&quot;.</extracomment>
        <translation>noch %1 min frisch</translation>
    </message>
    <message>
        <source>fresh for %1 h</source>
        <extracomment>Freshness left in hours, e.g. &quot;fresh for 5 h&quot;.</extracomment>
        <translation>noch %1 h frisch</translation>
    </message>
    <message numerus="yes">
        <source>fresh for %n day(s)</source>
        <translation>
            <numerusform>noch %n Tag frisch</numerusform>
            <numerusform>noch %n Tage frisch</numerusform>
        </translation>
    </message>
    <message>
        <source>Served from the cache without asking the backend for %1 more.</source>
        <translation>Wird noch %1 aus dem Cache ausgeliefert, ohne beim Server nachzufragen.</translation>
    </message>
    <message>
        <source>Its freshness ran out %1 ago: Portico checks with the backend before using it again, unless the backend allows a stale answer.</source>
        <translation>Seit %1 nicht mehr frisch: Portico fragt beim Server nach, bevor die Antwort erneut verwendet wird, außer der Server erlaubt eine veraltete Antwort.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Hits</source>
        <extracomment>Column: times a stored response was served from the cache.</extracomment>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Frische</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateAcmePage</name>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Certificate from Let&apos;s Encrypt</source>
        <translation>Zertifikat von Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Free certificates for public names, renewed by Portico before they expire.</source>
        <translation>Kostenlose Zertifikate für öffentliche Namen, die Portico vor dem Ablauf erneuert.</translation>
    </message>
    <message>
        <source>The certificate authority checks that each name leads to this computer by fetching a file from Portico over http://, on port 80. So each name must be in public DNS, pointing to your office&apos;s internet address, and port 80 there must reach this computer.</source>
        <translation>Die Zertifizierungsstelle prüft, ob jeder Name zu diesem Computer führt, indem sie über http:// auf Port 80 eine Datei von Portico abruft. Jeder Name muss daher im öffentlichen DNS stehen und auf die Internetadresse Ihres Büros zeigen, und Port 80 muss dort diesen Computer erreichen.</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (%1)</source>
        <translation>Let&apos;s Encrypt (%1)</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>www.example.com, example.com</source>
        <translation>www.example.com, example.com</translation>
    </message>
    <message>
        <source>Public host names only, separated by commas; one certificate covers them all.</source>
        <translation>Nur öffentliche Hostnamen, durch Kommas getrennt; ein Zertifikat deckt sie alle ab.</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>it@example.com</source>
        <translation>it@example.com</translation>
    </message>
    <message>
        <source>Optional. The certificate authority writes here about problems with your certificates; it is not published.</source>
        <translation>Optional. Die Zertifizierungsstelle schreibt an diese Adresse, wenn es Probleme mit Ihren Zertifikaten gibt; sie wird nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>I accept the certificate authority&apos;s terms of service</source>
        <translation>Ich akzeptiere die Nutzungsbedingungen der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Read the terms of service</source>
        <translation>Nutzungsbedingungen lesen</translation>
    </message>
    <message>
        <source>The certificate authority publishes its terms in its directory at %1.</source>
        <translation>Die Zertifizierungsstelle veröffentlicht ihre Bedingungen in ihrem Verzeichnis unter %1.</translation>
    </message>
    <message>
        <source>The e-mail address and the acceptance could not be saved:
%1</source>
        <translation>Die E-Mail-Adresse und die Zustimmung konnten nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateDetailsDialog</name>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Certificate removed</source>
        <translation>Zertifikat entfernt</translation>
    </message>
    <message>
        <source>This entry is no longer in the certificate store.</source>
        <translation>Dieser Eintrag ist nicht mehr im Zertifikatsspeicher.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Subtitle of the details: what the entry is (&quot;server certificate&quot;) and where it came from (&quot;Imported&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Names asked for:</source>
        <translation>Beantragte Namen:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Send the request (.csr) to your certificate authority. When it answers with the certificate, select this entry on the Certificates page and choose Import answer.</source>
        <translation>Die Zertifikatsanforderung (.csr) an Ihre Zertifizierungsstelle senden. Sobald sie mit dem Zertifikat antwortet, diesen Eintrag auf der Seite „Zertifikate“ auswählen und „Antwort importieren“ wählen.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Itself (self-signed)</source>
        <translation>Sich selbst (selbstsigniert)</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <extracomment>One certificate of the chain: its subject and until when it is valid.</extracomment>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Zertifikatskette:</translation>
    </message>
    <message>
        <source>No intermediate certificates</source>
        <translation>Keine Zwischenzertifikate</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <extracomment>Valid until: the date and time, then how far away (&quot;in 12 days&quot;).</extracomment>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Signs certificates for your internal names. Install it on your computers and phones so their browsers trust those certificates.</source>
        <translation>Signiert Zertifikate für Ihre internen Namen. Auf Ihren Computern und Smartphones installiert, sorgt sie dafür, dass deren Browser diesen Zertifikaten vertrauen.</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>Not used by any site or listener</source>
        <translation>Von keiner Website und keiner Adresse verwendet</translation>
    </message>
    <message>
        <source>Renewing now…</source>
        <translation>Wird jetzt erneuert …</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) failed; the next is on %1.</source>
        <translation>
            <numerusform>%n Versuch ist fehlgeschlagen; der nächste folgt am %1.</numerusform>
            <numerusform>%n Versuche sind fehlgeschlagen; der nächste folgt am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico renews it on %1.</source>
        <translation>Portico erneuert es am %1.</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Erneuerung:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Letztes Problem:</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateDonePage</name>
    <message>
        <source>Save the CA and show how to install it…</source>
        <translation>CA speichern und Installation erklären …</translation>
    </message>
    <message>
        <source>Nothing made yet</source>
        <translation>Noch nichts erstellt</translation>
    </message>
    <message>
        <source>Go back and choose how to get the certificate.</source>
        <translation>Zurückgehen und auswählen, wie das Zertifikat bezogen werden soll.</translation>
    </message>
    <message>
        <source>No certificate was made.</source>
        <translation>Es wurde kein Zertifikat erstellt.</translation>
    </message>
    <message>
        <source>Request saved</source>
        <translation>Zertifikatsanforderung gespeichert</translation>
    </message>
    <message>
        <source>The key is kept in Portico; the request is ready for the certificate authority.</source>
        <translation>Der Schlüssel bleibt in Portico; die Zertifikatsanforderung ist bereit für die Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Request for %1
Saved as %2</source>
        <translation>Zertifikatsanforderung für %1
Gespeichert als %2</translation>
    </message>
    <message>
        <source>Send this file to your certificate authority (most ask you to paste its text into their web form). When they send the certificate, open the Certificates page, select &quot;%1&quot; and choose Import answer.</source>
        <translation>Diese Datei an Ihre Zertifizierungsstelle senden (meist wird ihr Text in ein Webformular eingefügt). Sobald das Zertifikat eintrifft, die Seite „Zertifikate“ öffnen, „%1“ auswählen und „Antwort importieren“ wählen.</translation>
    </message>
    <message>
        <source>Certificate ready</source>
        <translation>Zertifikat bereit</translation>
    </message>
    <message>
        <source>It is in Portico&apos;s certificate store.</source>
        <translation>Es liegt im Zertifikatsspeicher von Portico.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;For: %2&lt;br&gt;Issued by: %3&lt;br&gt;Valid until: %4</source>
        <extracomment>Summary after making a certificate: name, names, issuer, expiry date.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Für: %2&lt;br&gt;Ausgestellt von: %3&lt;br&gt;Gültig bis: %4</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>sich selbst (selbstsigniert)</translation>
    </message>
    <message>
        <source>On HTTPS listeners, sites whose names it covers use it automatically unless they name another certificate. To choose it for a site, edit the site and open its HTTPS step.</source>
        <translation>Unter HTTPS-Adressen verwenden Websites, deren Namen es abdeckt, dieses Zertifikat automatisch, sofern sie kein anderes angeben. Um es für eine Website auszuwählen, die Website bearbeiten und ihren Schritt „HTTPS“ öffnen.</translation>
    </message>
    <message>
        <source>Portico renews it by itself; keep port 80 reachable for that.</source>
        <translation>Portico erneuert es selbstständig; dafür muss Port 80 erreichbar bleiben.</translation>
    </message>
    <message>
        <source>Browsers will warn visitors, since nobody vouches for a self-signed certificate.</source>
        <translation>Browser werden Besucher warnen, da niemand für ein selbstsigniertes Zertifikat bürgt.</translation>
    </message>
    <message>
        <source>The office&apos;s local CA was created for this certificate. Browsers trust it only once the CA is installed on each computer and phone: save it and follow the steps for each system.</source>
        <translation>Für dieses Zertifikat wurde die lokale CA des Büros erstellt. Browser vertrauen ihm erst, wenn die CA auf jedem Computer und Smartphone installiert ist: dazu die CA speichern und den Schritten für das jeweilige System folgen.</translation>
    </message>
    <message>
        <source>Browsers trust this certificate on the computers where the office&apos;s local CA is installed. Install it on new computers and phones the same way.</source>
        <translation>Browser vertrauen diesem Zertifikat auf den Computern, auf denen die lokale CA des Büros installiert ist. Auf neuen Computern und Smartphones die CA auf dieselbe Weise installieren.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateFileField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>This is a folder; choose a file in it.</source>
        <translation>Das ist ein Ordner; bitte eine Datei darin auswählen.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>This is a folder; add a file name.</source>
        <translation>Das ist ein Ordner; bitte einen Dateinamen ergänzen.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Diesen Ordner gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateImportPage</name>
    <message>
        <source>Import a certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The certificate, the certificates that vouch for it (the chain) and its private key.</source>
        <translation>Das Zertifikat, die Zertifikate, die für es bürgen (die Kette), und sein privater Schlüssel.</translation>
    </message>
    <message>
        <source>Your certificate authority sent the certificate and usually a chain; the private key was made with the request. Portico checks that they belong together and puts the chain in order.</source>
        <translation>Ihre Zertifizierungsstelle hat das Zertifikat und meist eine Kette geschickt; der private Schlüssel wurde mit der Zertifikatsanforderung erstellt. Portico prüft, ob sie zusammengehören, und bringt die Kette in die richtige Reihenfolge.</translation>
    </message>
    <message>
        <source>PEM files (.crt, .pem, .key)</source>
        <translation>PEM-Dateien (.crt, .pem, .key)</translation>
    </message>
    <message>
        <source>PKCS#12 file (.pfx, .p12)</source>
        <translation>PKCS#12-Datei (.pfx, .p12)</translation>
    </message>
    <message>
        <source>Certificate and chain:</source>
        <translation>Zertifikat und Kette:</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer *.cert);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer *.cert);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Leave empty if the certificate file holds the key too.</source>
        <translation>Leer lassen, wenn die Zertifikatsdatei auch den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>Only if the key is protected by one</source>
        <translation>Nur wenn der Schlüssel durch eine geschützt ist</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>PKCS#12-Datei:</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file</source>
        <translation>PKCS#12-Datei auswählen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.pfx *.p12);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The password it was exported with</source>
        <translation>Das Passwort, mit dem die Datei exportiert wurde</translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation>Name in Portico:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Empty: the name written in the certificate.</source>
        <translation>Leer: der Name, der im Zertifikat steht.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateLocalCaPage</name>
    <message>
        <source>Certificate from the local CA</source>
        <translation>Zertifikat von der lokalen CA</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>For internal names and addresses that no public certificate authority vouches for.</source>
        <translation>Für interne Namen und Adressen, für die keine öffentliche Zertifizierungsstelle bürgt.</translation>
    </message>
    <message>
        <source>Portico&apos;s local certificate authority (CA) signs certificates for your internal sites. Install the CA once on each computer and phone, and their browsers trust every certificate it signs.</source>
        <translation>Die lokale Zertifizierungsstelle (CA) von Portico signiert Zertifikate für Ihre internen Websites. Wird die CA einmal auf jedem Computer und Smartphone installiert, vertrauen deren Browser jedem Zertifikat, das sie signiert.</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Name des Büros:</translation>
    </message>
    <message>
        <source>e.g. Miller &amp; Sons</source>
        <translation>z. B. Müller &amp; Söhne</translation>
    </message>
    <message>
        <source>Only for domains:</source>
        <translation>Nur für Domains:</translation>
    </message>
    <message>
        <source>Optional, e.g. office.lan</source>
        <translation>Optional, z. B. office.lan</translation>
    </message>
    <message>
        <source>If given, the CA can vouch only for names under these domains (and IP addresses): safer, should the CA&apos;s key ever be stolen. This cannot be changed later.</source>
        <translation>Wenn angegeben, kann die CA nur für Namen unter diesen Domains (und für IP-Adressen) bürgen: sicherer, falls der Schlüssel der CA je gestohlen wird. Dies lässt sich später nicht ändern.</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>intranet.office.lan, nas.office.lan, 192.168.1.10</source>
        <translation>intranet.office.lan, nas.office.lan, 192.168.1.10</translation>
    </message>
    <message>
        <source>The host names and IP addresses visitors type, separated by commas. *.office.lan covers every name under office.lan.</source>
        <translation>Die Hostnamen und IP-Adressen, die Besucher eingeben, durch Kommas getrennt. *.office.lan deckt jeden Namen unter office.lan ab.</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation>Name in Portico:</translation>
    </message>
    <message>
        <source>Optional; the first name if empty</source>
        <translation>Optional; wenn leer, der erste Name</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signiert von %1</translation>
    </message>
    <message>
        <source>The office&apos;s local CA is valid until %1. Browsers trust what it signs on the computers where it is installed.</source>
        <translation>Die lokale CA des Büros ist gültig bis %1. Browser vertrauen dem, was sie signiert, auf den Computern, auf denen sie installiert ist.</translation>
    </message>
    <message>
        <source>First, the local CA</source>
        <translation>Zuerst die lokale CA</translation>
    </message>
    <message>
        <source>There is no local CA yet. Portico creates it when you press Create, named after your office: browsers show it as &quot;Portico Local CA – &quot; and the name you enter. It lasts ten years.</source>
        <translation>Es gibt noch keine lokale CA. Portico erstellt sie beim Klick auf „Erstellen“ und benennt sie nach Ihrem Büro: Browser zeigen sie als „Portico Local CA – “ gefolgt vom eingegebenen Namen an. Sie ist zehn Jahre gültig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as office.lan.</source>
        <translation>„%1“ ist kein Domainname wie office.lan.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateMethodPage</name>
    <message>
        <source>How to get the certificate</source>
        <translation>Herkunft des Zertifikats</translation>
    </message>
    <message>
        <source>A certificate lets browsers reach a site over https:// without warnings.</source>
        <translation>Mit einem Zertifikat erreichen Browser eine Website ohne Warnungen über https://.</translation>
    </message>
    <message>
        <source>Choose where the certificate comes from. Portico keeps it, with its private key, in its certificate store; you can pick it for a site afterwards.</source>
        <translation>Auswählen, woher das Zertifikat kommt. Portico bewahrt es mit seinem privaten Schlüssel im Zertifikatsspeicher auf; danach lässt es sich einer Website zuweisen.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (free, renewed automatically)</source>
        <translation>Let&apos;s Encrypt (kostenlos, automatisch erneuert)</translation>
    </message>
    <message>
        <source>For sites the public reaches under their own domain name. Port 80 of this computer must be reachable from the internet.</source>
        <translation>Für Websites, die öffentlich unter ihrem eigenen Domainnamen erreichbar sind. Port 80 dieses Computers muss aus dem Internet erreichbar sein.</translation>
    </message>
    <message>
        <source>From the office&apos;s local CA</source>
        <translation>Von der lokalen CA des Büros</translation>
    </message>
    <message>
        <source>For internal sites such as the intranet, the NAS or a printer, also by IP address. Browsers trust it once the local CA is installed on each computer.</source>
        <translation>Für interne Websites wie das Intranet, das NAS oder einen Drucker, auch per IP-Adresse. Browser vertrauen ihm, sobald die lokale CA auf jedem Computer installiert ist.</translation>
    </message>
    <message>
        <source>Import certificate files</source>
        <translation>Zertifikatsdateien importieren</translation>
    </message>
    <message>
        <source>You already have the certificate and its key: PEM files (.crt, .pem, .key) or a PKCS#12 file (.pfx, .p12).</source>
        <translation>Zertifikat und Schlüssel sind schon vorhanden: PEM-Dateien (.crt, .pem, .key) oder eine PKCS#12-Datei (.pfx, .p12).</translation>
    </message>
    <message>
        <source>Request for a commercial certificate authority</source>
        <translation>Zertifikatsanforderung für eine kommerzielle Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Portico makes the key and a request (.csr) you send to the CA you buy from. Import its answer later on the Certificates page.</source>
        <translation>Portico erstellt den Schlüssel und eine Zertifikatsanforderung (.csr) für die CA, bei der das Zertifikat gekauft wird. Deren Antwort wird später auf der Seite „Zertifikate“ importiert.</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>For tests only: every browser warns about it unless told to trust this one certificate.</source>
        <translation>Nur für Tests: Jeder Browser warnt davor, sofern er nicht angewiesen wird, genau diesem Zertifikat zu vertrauen.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateNamesEdit</name>
    <message>
        <source>%1 is a wildcard name. Let&apos;s Encrypt checks those only through DNS records, which Portico cannot do: list the exact names instead.</source>
        <translation>%1 ist ein Platzhaltername. Let&apos;s Encrypt prüft solche Namen nur über DNS-Einträge, was Portico nicht kann: stattdessen die genauen Namen angeben.</translation>
    </message>
    <message>
        <source>%1 is an IP address. Public certificate authorities issue for names only; use the local CA for addresses.</source>
        <translation>%1 ist eine IP-Adresse. Öffentliche Zertifizierungsstellen stellen Zertifikate nur für Namen aus; für Adressen die lokale CA verwenden.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateOrderPage</name>
    <message>
        <source>Ordering the certificate</source>
        <translation>Zertifikat bestellen</translation>
    </message>
    <message>
        <source>The certificate authority checks each name, then issues the certificate.</source>
        <translation>Die Zertifizierungsstelle prüft jeden Namen und stellt dann das Zertifikat aus.</translation>
    </message>
    <message>
        <source>Portico answers the certificate authority&apos;s checks by itself. This usually takes less than a minute; keep the engine running until it is done.</source>
        <translation>Portico beantwortet die Prüfungen der Zertifizierungsstelle selbst. Das dauert meist weniger als eine Minute; der Dienst muss laufen, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The certificate authority is checking %1…</source>
        <translation>Die Zertifizierungsstelle prüft %1 …</translation>
    </message>
    <message>
        <source>Waiting for another order to finish before %1…</source>
        <translation>Warten auf eine andere Bestellung, bevor %1 an der Reihe ist …</translation>
    </message>
    <message>
        <source>Enter the names on the first Let&apos;s Encrypt step.</source>
        <translation>Bitte die Namen im ersten Schritt für Let&apos;s Encrypt eingeben.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Done: the certificate for %1 is stored. Portico renews it by itself before it expires.</source>
        <translation>Fertig: Das Zertifikat für %1 ist gespeichert. Portico erneuert es selbstständig, bevor es abläuft.</translation>
    </message>
    <message>
        <source>The certificate for %1 was not issued. Nothing was stored.</source>
        <translation>Das Zertifikat für %1 wurde nicht ausgestellt. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificatePreflightPage</name>
    <message>
        <source>Checks before ordering</source>
        <translation>Prüfungen vor der Bestellung</translation>
    </message>
    <message>
        <source>What the certificate authority will check, tried here first.</source>
        <translation>Was die Zertifizierungsstelle prüfen wird, hier vorab ausprobiert.</translation>
    </message>
    <message>
        <source>A failed order counts against the certificate authority&apos;s limits, so Portico first checks what it can from here.</source>
        <translation>Eine fehlgeschlagene Bestellung wird auf die Limits der Zertifizierungsstelle angerechnet, daher prüft Portico zuerst, was sich von hier aus prüfen lässt.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Order certificate</source>
        <translation>Zertifikat bestellen</translation>
    </message>
    <message>
        <source>Enter the names on the previous step first.</source>
        <translation>Bitte zuerst die Namen im vorigen Schritt eingeben.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. The certificate authority would refuse: fix what is marked and check again.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen. Die Zertifizierungsstelle würde ablehnen: das Markierte beheben und erneut prüfen.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen. Die Zertifizierungsstelle würde ablehnen: das Markierte beheben und erneut prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed, but read the %n warning(s) before you order.</source>
        <translation>
            <numerusform>Keine Prüfung ist fehlgeschlagen, aber vor der Bestellung bitte die %n Warnung lesen.</numerusform>
            <numerusform>Keine Prüfung ist fehlgeschlagen, aber vor der Bestellung bitte die %n Warnungen lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything looks right: you can order the certificate.</source>
        <translation>Alles sieht gut aus: Das Zertifikat kann bestellt werden.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateRequestPage</name>
    <message>
        <source>Request for a commercial certificate authority</source>
        <translation>Zertifikatsanforderung für eine kommerzielle Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Zertifikatsanforderung erstellen</translation>
    </message>
    <message>
        <source>Portico makes the private key and a request (.csr) for you to send to the CA.</source>
        <translation>Portico erstellt den privaten Schlüssel und eine Zertifikatsanforderung (.csr), die an die CA gesendet wird.</translation>
    </message>
    <message>
        <source>The private key never leaves Portico. Send the request file to the certificate authority you buy from; when it sends the certificate back, select the request on the Certificates page and choose Import answer.</source>
        <translation>Der private Schlüssel verlässt Portico nie. Die Anforderungsdatei an die Zertifizierungsstelle senden, bei der das Zertifikat gekauft wird; wenn sie das Zertifikat zurückschickt, die Zertifikatsanforderung auf der Seite „Zertifikate“ auswählen und „Antwort importieren“ wählen.</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>www.example.com, example.com</source>
        <translation>www.example.com, example.com</translation>
    </message>
    <message>
        <source>The first name becomes the certificate&apos;s main name; separate names with commas.</source>
        <translation>Der erste Name wird der Hauptname des Zertifikats; Namen durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation>Name in Portico:</translation>
    </message>
    <message>
        <source>Optional; the first name if empty</source>
        <translation>Optional; wenn leer, der erste Name</translation>
    </message>
    <message>
        <source>Save the request as:</source>
        <translation>Zertifikatsanforderung speichern unter:</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Zertifikatsanforderung speichern</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr);;All files (*)</source>
        <translation>Zertifikatsanforderungen (*.csr);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save the request here: %1</source>
        <translation>Die Zertifikatsanforderung kann hier nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateSelfSignedPage</name>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Signed by its own key: quick, but no browser trusts it on its own.</source>
        <translation>Mit dem eigenen Schlüssel signiert: schnell, aber kein Browser vertraut ihm von sich aus.</translation>
    </message>
    <message>
        <source>Good for trying out HTTPS, or for a device you tell to trust exactly this certificate. Visitors&apos; browsers show a warning. For office sites, a certificate from the local CA is the better choice.</source>
        <translation>Gut zum Ausprobieren von HTTPS oder für ein Gerät, das genau diesem Zertifikat vertrauen soll. Die Browser der Besucher zeigen eine Warnung. Für Websites im Büro ist ein Zertifikat von der lokalen CA die bessere Wahl.</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>test.example.com, 192.168.1.10</source>
        <translation>test.example.com, 192.168.1.10</translation>
    </message>
    <message>
        <source>The host names and IP addresses visitors type, separated by commas.</source>
        <translation>Die Hostnamen und IP-Adressen, die Besucher eingeben, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Name in Portico:</source>
        <translation>Name in Portico:</translation>
    </message>
    <message>
        <source>Optional; the first name if empty</source>
        <translation>Optional; wenn leer, der erste Name</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateTableModel</name>
    <message>
        <source>Waiting for the CA&apos;s answer</source>
        <translation>Wartet auf die Antwort der CA</translation>
    </message>
    <message>
        <source>Itself (self-signed)</source>
        <translation>Sich selbst (selbstsigniert)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>Expiry column of a certificate past its date: the date it expired.</extracomment>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Expiry column: the date, then how far away it is (&quot;in 12 days&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Valid until %1 (%2)</source>
        <extracomment>Tooltip: the expiry date and time, then how far away (&quot;in 12 days&quot;, &quot;expired 3 days ago&quot;).</extracomment>
        <translation>Gültig bis %1 (%2)</translation>
    </message>
    <message>
        <source>Renewed automatically from %1</source>
        <translation>Wird automatisch von %1 erneuert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host names</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateText</name>
    <message>
        <source>Certificate number %1 in the file is damaged or is not a certificate.</source>
        <translation>Zertifikat Nr. %1 in der Datei ist beschädigt oder kein Zertifikat.</translation>
    </message>
    <message>
        <source>Private key number %1 in the file is damaged or is not a private key.</source>
        <translation>Privater Schlüssel Nr. %1 in der Datei ist beschädigt oder kein privater Schlüssel.</translation>
    </message>
    <message>
        <source>Part %1 of the file is damaged (bad characters or a missing END line). Copy the file again from where it came from.</source>
        <translation>Teil %1 der Datei ist beschädigt (ungültige Zeichen oder eine fehlende END-Zeile). Bitte die Datei erneut von ihrer Quelle kopieren.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>Dies ist keine PKCS#12-Datei (.p12 oder .pfx).</translation>
    </message>
    <message>
        <source>This file holds no certificate or key: it should contain lines like -----BEGIN CERTIFICATE-----.</source>
        <translation>Diese Datei enthält weder Zertifikat noch Schlüssel: Sie sollte Zeilen wie -----BEGIN CERTIFICATE----- enthalten.</translation>
    </message>
    <message>
        <source>No certificate was found. Choose the file your certificate authority sent (often .crt, .cer or .pem).</source>
        <translation>Es wurde kein Zertifikat gefunden. Bitte die Datei wählen, die Ihre Zertifizierungsstelle geschickt hat (oft .crt, .cer oder .pem).</translation>
    </message>
    <message>
        <source>No private key was found. Choose the key file that was made together with the certificate (often .key), or a file that holds both.</source>
        <translation>Es wurde kein privater Schlüssel gefunden. Bitte die Schlüsseldatei wählen, die zusammen mit dem Zertifikat erstellt wurde (oft .key), oder eine Datei, die beides enthält.</translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate. Choose the key that was made together with the certificate request.</source>
        <translation>Der private Schlüssel gehört nicht zu diesem Zertifikat. Bitte den Schlüssel wählen, der zusammen mit der Zertifikatsanforderung erstellt wurde.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2. Ask its issuer for a new one.</source>
        <translation>Das Zertifikat „%1“ ist am %2 abgelaufen. Bitte beim Aussteller ein neues anfordern.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is not valid before %2. Check this computer&apos;s date, or wait until then.</source>
        <translation>Das Zertifikat „%1“ ist erst ab %2 gültig. Bitte das Datum dieses Computers prüfen oder bis dahin warten.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in the file does not belong to the chain of the server certificate. Remove it, or use the chain file your certificate authority sent.</source>
        <translation>Das Zertifikat „%1“ in der Datei gehört nicht zur Kette des Serverzertifikats. Bitte es entfernen oder die Kettendatei verwenden, die Ihre Zertifizierungsstelle geschickt hat.</translation>
    </message>
    <message>
        <source>Keys of the type %1 cannot be used. Use RSA, ECDSA (P-256, P-384, P-521) or Ed25519.</source>
        <translation>Schlüssel vom Typ %1 können nicht verwendet werden. Bitte RSA, ECDSA (P-256, P-384, P-521) oder Ed25519 verwenden.</translation>
    </message>
    <message>
        <source>The key has %1 bits, which browsers no longer accept; at least %2 are needed.</source>
        <translation>Der Schlüssel hat %1 Bit, was Browser nicht mehr akzeptieren; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase. Enter it below.</source>
        <translation>Der private Schlüssel ist durch eine Passphrase geschützt. Bitte unten eingeben.</translation>
    </message>
    <message>
        <source>The passphrase for the private key is wrong.</source>
        <translation>Die Passphrase für den privaten Schlüssel ist falsch.</translation>
    </message>
    <message>
        <source>The password for this file is wrong.</source>
        <translation>Das Passwort für diese Datei ist falsch.</translation>
    </message>
    <message>
        <source>The file is encrypted in a way this computer cannot read (%1). Export it again with AES encryption.</source>
        <translation>Die Datei ist auf eine Weise verschlüsselt, die dieser Computer nicht lesen kann (%1). Bitte erneut mit AES-Verschlüsselung exportieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter at least one host name or IP address.</source>
        <translation>Bitte mindestens einen Hostnamen oder eine IP-Adresse eingeben.</translation>
    </message>
    <message>
        <source>The local CA may only vouch for names within %2, not for &quot;%1&quot;.</source>
        <translation>Die lokale CA darf nur für Namen innerhalb von %2 bürgen, nicht für „%1“.</translation>
    </message>
    <message>
        <source>A certificate cannot be valid for %1 days here; choose between %2 and %3 days.</source>
        <translation>Ein Zertifikat kann hier nicht %1 Tage gültig sein; bitte zwischen %2 und %3 Tagen wählen.</translation>
    </message>
    <message>
        <source>This certificate no longer exists (it may have been removed meanwhile).</source>
        <translation>Dieses Zertifikat existiert nicht mehr (es wurde vielleicht inzwischen entfernt).</translation>
    </message>
    <message>
        <source>This entry cannot be used for that: it is a %1.</source>
        <translation>Dieser Eintrag kann dafür nicht verwendet werden: Er ist vom Typ „%1“.</translation>
    </message>
    <message>
        <source>There already is a local certificate authority.</source>
        <translation>Es gibt bereits eine lokale Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>There is no local certificate authority yet; create it first.</source>
        <translation>Es gibt noch keine lokale Zertifizierungsstelle; bitte zuerst eine erstellen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The encryption library failed (%1: %2).</source>
        <translation>Die Verschlüsselungsbibliothek hat einen Fehler gemeldet (%1: %2).</translation>
    </message>
    <message>
        <source>It is still used by %1. Choose another certificate there first.</source>
        <translation>Es wird noch von %1 verwendet. Bitte dort zuerst ein anderes Zertifikat wählen.</translation>
    </message>
    <message>
        <source>Unknown problem (%1)</source>
        <translation>Unbekanntes Problem (%1)</translation>
    </message>
    <message>
        <source>The certificate authority could not find the name in DNS. Check the spelling, and that the name&apos;s DNS record points to your office&apos;s public address.</source>
        <translation>Die Zertifizierungsstelle konnte den Namen im DNS nicht finden. Bitte die Schreibweise prüfen und ob der DNS-Eintrag des Namens auf die öffentliche Adresse Ihres Büros zeigt.</translation>
    </message>
    <message>
        <source>The certificate authority refused because too many certificates were asked for recently. Wait a few hours (Let&apos;s Encrypt allows five identical certificates a week) and try again.</source>
        <translation>Die Zertifizierungsstelle hat abgelehnt, weil kürzlich zu viele Zertifikate angefordert wurden. Bitte einige Stunden warten (Let&apos;s Encrypt erlaubt fünf identische Zertifikate pro Woche) und es dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The certificate authority could not confirm that this computer answers for the name. The name must point to your office&apos;s public address, and port 80 there must reach Portico.</source>
        <translation>Die Zertifizierungsstelle konnte nicht bestätigen, dass dieser Computer für den Namen antwortet. Der Name muss auf die öffentliche Adresse Ihres Büros zeigen, und Port 80 muss dort Portico erreichen.</translation>
    </message>
    <message>
        <source>The certificate authority could not connect to this computer on port 80. Forward port 80 of your router or firewall to this computer, and keep the engine running.</source>
        <translation>Die Zertifizierungsstelle konnte auf Port 80 keine Verbindung zu diesem Computer herstellen. Bitte Port 80 des Routers oder der Firewall an diesen Computer weiterleiten und den Dienst laufen lassen.</translation>
    </message>
    <message>
        <source>The certificate authority reached a server under the name, but it gave the wrong answer: the name may point to another computer, or another program answers port 80.</source>
        <translation>Die Zertifizierungsstelle hat unter dem Namen einen Server erreicht, aber er hat falsch geantwortet: Der Name zeigt vielleicht auf einen anderen Computer, oder ein anderes Programm antwortet auf Port 80.</translation>
    </message>
    <message>
        <source>A secure connection to the name failed while the certificate authority checked it.</source>
        <translation>Eine sichere Verbindung zu dem Namen ist fehlgeschlagen, während die Zertifizierungsstelle ihn geprüft hat.</translation>
    </message>
    <message>
        <source>A CAA record in the domain&apos;s DNS does not allow this certificate authority to issue for the name.</source>
        <translation>Ein CAA-Eintrag im DNS der Domain erlaubt dieser Zertifizierungsstelle nicht, Zertifikate für den Namen auszustellen.</translation>
    </message>
    <message>
        <source>The certificate authority does not issue certificates for this name. Internal names (such as .lan or .local) and IP addresses cannot get public certificates: use the local CA for them.</source>
        <translation>Die Zertifizierungsstelle stellt für diesen Namen keine Zertifikate aus. Interne Namen (wie .lan oder .local) und IP-Adressen können keine öffentlichen Zertifikate erhalten: für sie die lokale CA verwenden.</translation>
    </message>
    <message>
        <source>The certificate authority refused the certificate request Portico made.</source>
        <translation>Die Zertifizierungsstelle hat die von Portico erstellte Zertifikatsanforderung abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate authority has a problem with the account: its terms must be accepted, or it needs an account arranged with it beforehand.</source>
        <translation>Die Zertifizierungsstelle hat ein Problem mit dem Konto: Entweder müssen ihre Bedingungen akzeptiert werden, oder sie verlangt ein vorab mit ihr vereinbartes Konto.</translation>
    </message>
    <message>
        <source>The certificate authority refused a request as malformed.</source>
        <translation>Die Zertifizierungsstelle hat eine Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate authority kept rejecting Portico&apos;s requests. Try again later.</source>
        <translation>Die Zertifizierungsstelle hat die Anfragen von Portico wiederholt abgelehnt. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>The certificate authority had an internal error. Try again later.</source>
        <translation>Die Zertifizierungsstelle hatte einen internen Fehler. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>The certificate authority refused the order.</source>
        <translation>Die Zertifizierungsstelle hat die Bestellung abgelehnt.</translation>
    </message>
    <message>
        <source>Portico could not reach the certificate authority. Check this computer&apos;s internet connection.</source>
        <translation>Portico konnte die Zertifizierungsstelle nicht erreichen. Bitte die Internetverbindung dieses Computers prüfen.</translation>
    </message>
    <message>
        <source>The certificate authority answered something Portico does not understand.</source>
        <translation>Die Zertifizierungsstelle hat etwas geantwortet, das Portico nicht versteht.</translation>
    </message>
    <message>
        <source>The certificate authority offered no check over HTTP, the only one Portico can answer.</source>
        <translation>Die Zertifizierungsstelle hat keine Prüfung über HTTP angeboten, die einzige, die Portico beantworten kann.</translation>
    </message>
    <message>
        <source>The certificate authority declined the order without saying why.</source>
        <translation>Die Zertifizierungsstelle hat die Bestellung ohne Begründung abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate authority took too long to decide. Try again later.</source>
        <translation>Die Zertifizierungsstelle hat zu lange für die Entscheidung gebraucht. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>Portico could not make the keys or the certificate request.</source>
        <translation>Portico konnte die Schlüssel oder die Zertifikatsanforderung nicht erstellen.</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>Die Bestellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>The certificate authority&apos;s (or the network&apos;s, or Portico&apos;s) own words, usually English.</extracomment>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The certificate arrived but could not be stored: %1</source>
        <translation>Das Zertifikat ist angekommen, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The certificate for %1 was renewed.</source>
        <translation>Das Zertifikat für %1 wurde erneuert.</translation>
    </message>
    <message>
        <source>The certificate for %1 was issued.</source>
        <translation>Das Zertifikat für %1 wurde ausgestellt.</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Port %1 answered by Portico</source>
        <translation>Port %1 von Portico beantwortet</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Dienst läuft</translation>
    </message>
    <message>
        <source>No wildcard name</source>
        <translation>Kein Platzhaltername</translation>
    </message>
    <message>
        <source>%1 found in DNS</source>
        <translation>%1 im DNS gefunden</translation>
    </message>
    <message>
        <source>%1 reaches Portico</source>
        <translation>%1 erreicht Portico</translation>
    </message>
    <message>
        <source>Current certificate for %1</source>
        <translation>Aktuelles Zertifikat für %1</translation>
    </message>
    <message>
        <source>You accepted the certificate authority&apos;s terms of service.</source>
        <translation>Die Nutzungsbedingungen der Zertifizierungsstelle wurden akzeptiert.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s terms of service have not been accepted; it creates no account without that.</source>
        <translation>Die Nutzungsbedingungen der Zertifizierungsstelle sind noch nicht akzeptiert; ohne diese Zustimmung legt sie kein Konto an.</translation>
    </message>
    <message>
        <source>Portico listens for http:// on port %1 (%2), where the certificate authority comes to check.</source>
        <translation>Portico ist auf Port %1 für http:// erreichbar (%2); dort prüft die Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Portico does not listen for http:// on port %1, where the certificate authority comes to check. Add an HTTP listener on 0.0.0.0 port %1 in the configuration.</source>
        <translation>Portico ist auf Port %1 nicht für http:// erreichbar, dort prüft aber die Zertifizierungsstelle. In der Konfiguration eine HTTP-Adresse mit 0.0.0.0 und Port %1 hinzufügen.</translation>
    </message>
    <message>
        <source>The engine is running, so Portico can answer the certificate authority&apos;s check.</source>
        <translation>Der Dienst läuft, daher kann Portico auf die Prüfung der Zertifizierungsstelle antworten.</translation>
    </message>
    <message>
        <source>The engine is stopped, so nothing answers the certificate authority&apos;s check. Press Start first.</source>
        <translation>Der Dienst ist gestoppt, daher antwortet nichts auf die Prüfung der Zertifizierungsstelle. Zuerst auf „Starten“ klicken.</translation>
    </message>
    <message>
        <source>Every name can be checked over HTTP.</source>
        <translation>Jeder Name kann über HTTP geprüft werden.</translation>
    </message>
    <message>
        <source>%1 is a wildcard name. Certificate authorities prove those only through DNS records, which Portico cannot do: list the exact names instead, or use the local CA.</source>
        <translation>%1 ist ein Platzhaltername. Zertifizierungsstellen bestätigen solche Namen nur über DNS-Einträge, was Portico nicht kann: stattdessen die genauen Namen angeben oder die lokale CA verwenden.</translation>
    </message>
    <message>
        <source>%1 points to %2.</source>
        <translation>%1 zeigt auf %2.</translation>
    </message>
    <message>
        <source>%1 points to %2; make sure that address leads to this computer.</source>
        <translation>%1 zeigt auf %2; bitte prüfen, ob diese Adresse zu diesem Computer führt.</translation>
    </message>
    <message>
        <source>%1 is not in DNS (%2). Create a DNS record that points it to your office&apos;s public address.</source>
        <translation>%1 ist nicht im DNS eingetragen (%2). Einen DNS-Eintrag anlegen, der den Namen auf die öffentliche Adresse Ihres Büros zeigen lässt.</translation>
    </message>
    <message>
        <source>A test check at %1 was answered by Portico.</source>
        <translation>Eine Testprüfung unter %1 wurde von Portico beantwortet.</translation>
    </message>
    <message>
        <source>A test check at %1 could not be made (%2). The certificate authority may still reach Portico from the internet.</source>
        <translation>Eine Testprüfung unter %1 war nicht möglich (%2). Die Zertifizierungsstelle erreicht Portico aus dem Internet womöglich trotzdem.</translation>
    </message>
    <message>
        <source>A test check at %1 did not reach Portico (%2). The certificate authority would fail the same way: check the DNS record and that port 80 is forwarded to this computer.</source>
        <translation>Eine Testprüfung unter %1 hat Portico nicht erreicht (%2). Bei der Zertifizierungsstelle würde es genauso scheitern: den DNS-Eintrag prüfen und ob Port 80 an diesen Computer weitergeleitet wird.</translation>
    </message>
    <message>
        <source>There is no certificate for this name yet.</source>
        <translation>Für diesen Namen gibt es noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>The current certificate expired on %1; the new one replaces it.</source>
        <translation>Das aktuelle Zertifikat ist am %1 abgelaufen; das neue ersetzt es.</translation>
    </message>
    <message numerus="yes">
        <source>The current certificate is valid for %n more day(s), until %1.</source>
        <translation>
            <numerusform>Das aktuelle Zertifikat ist noch %n Tag gültig, bis zum %1.</numerusform>
            <numerusform>Das aktuelle Zertifikat ist noch %n Tage gültig, bis zum %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current certificate expires in %n day(s), on %1; the new one replaces it.</source>
        <translation>
            <numerusform>Das aktuelle Zertifikat läuft in %n Tag ab, am %1; das neue ersetzt es.</numerusform>
            <numerusform>Das aktuelle Zertifikat läuft in %n Tagen ab, am %1; das neue ersetzt es.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Local CA</source>
        <translation>Lokale CA</translation>
    </message>
    <message>
        <source>Automatic (ACME)</source>
        <translation>Automatisch (ACME)</translation>
    </message>
    <message>
        <source>Commercial CA</source>
        <translation>Kommerzielle CA</translation>
    </message>
    <message>
        <source>server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>local certificate authority</source>
        <translation>lokale Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>request waiting for its answer</source>
        <translation>Zertifikatsanforderung, wartet auf Antwort</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 (for old devices)</source>
        <translation>RSA 2048 (für ältere Geräte)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096 (slow)</source>
        <translation>RSA 4096 (langsam)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A date and a time of day, e.g. &quot;1/1/2027 9:00 AM&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>site &quot;%1&quot;</source>
        <translation>Website „%1“</translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation>Adresse %1</translation>
    </message>
</context>
<context>
    <name>Portico::CertificateWizard</name>
    <message>
        <source>New certificate</source>
        <translation>Neues Zertifikat</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Portico::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>The certificates that let browsers reach your sites over https:// without warnings.</source>
        <translation>Die Zertifikate, mit denen Browser Ihre Websites ohne Warnungen über https:// erreichen.</translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation>Noch keine Zertifikate</translation>
    </message>
    <message>
        <source>A certificate proves to visitors&apos; browsers that a site really is yours, and lets them talk to it over an encrypted https:// connection. Portico can get free ones from Let&apos;s Encrypt for public sites, make them with the office&apos;s own certificate authority for internal sites, or import ones you bought.</source>
        <translation>Ein Zertifikat beweist den Browsern der Besucher, dass eine Website wirklich Ihnen gehört, und ermöglicht eine verschlüsselte https://-Verbindung zu ihr. Portico kann kostenlose Zertifikate für öffentliche Websites von Let&apos;s Encrypt beziehen, Zertifikate für interne Websites mit der eigenen Zertifizierungsstelle des Büros erstellen oder gekaufte Zertifikate importieren.</translation>
    </message>
    <message>
        <source>New certificate…</source>
        <translation>Neues Zertifikat …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import PEM or PKCS#12 files you already have</source>
        <translation>Vorhandene PEM- oder PKCS#12-Dateien importieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Ask the ACME certificate authority for a new certificate now, instead of waiting for the automatic renewal</source>
        <translation>Die ACME-Zertifizierungsstelle jetzt um ein neues Zertifikat bitten, statt auf die automatische Erneuerung zu warten</translation>
    </message>
    <message>
        <source>Save request…</source>
        <translation>Anforderung speichern …</translation>
    </message>
    <message>
        <source>Save the request (.csr) to send to your certificate authority</source>
        <translation>Die Zertifikatsanforderung (.csr) speichern, um sie an Ihre Zertifizierungsstelle zu senden</translation>
    </message>
    <message>
        <source>Import answer…</source>
        <translation>Antwort importieren …</translation>
    </message>
    <message>
        <source>Import the certificate your certificate authority sent for this request</source>
        <translation>Das Zertifikat importieren, das Ihre Zertifizierungsstelle auf diese Anforderung geschickt hat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Export and install…</source>
        <translation>Exportieren und installieren …</translation>
    </message>
    <message>
        <source>Save the CA certificate and see how to install it on computers and phones</source>
        <translation>Das CA-Zertifikat speichern und sehen, wie es auf Computern und Smartphones installiert wird</translation>
    </message>
    <message>
        <source>Create local CA…</source>
        <translation>Lokale CA erstellen …</translation>
    </message>
    <message>
        <source>Kept in %1. Private keys stay on this computer and are readable only by Portico&apos;s user.</source>
        <translation>Gespeichert in %1. Private Schlüssel bleiben auf diesem Computer und sind nur für das Benutzerkonto von Portico lesbar.</translation>
    </message>
    <message>
        <source>LOCAL CERTIFICATE AUTHORITY</source>
        <extracomment>A tag before the local CA&apos;s name on the Certificates page.</extracomment>
        <translation>LOKALE ZERTIFIZIERUNGSSTELLE</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Create one to give internal sites (intranet, NAS, printers, IP addresses) certificates that your computers trust once the CA is installed on them.</source>
        <translation>Eine lokale CA erstellen, um internen Websites (Intranet, NAS, Drucker, IP-Adressen) Zertifikate zu geben, denen Ihre Computer vertrauen, sobald die CA auf ihnen installiert ist.</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%2). It has issued %n certificate(s) in this store.</source>
        <translation>
            <numerusform>Gültig bis %1 (%2). Von ihr stammt %n Zertifikat in diesem Speicher.</numerusform>
            <numerusform>Gültig bis %1 (%2). Von ihr stammen %n Zertifikate in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a certificate to see its details or act on it.</source>
        <translation>Ein Zertifikat auswählen, um seine Details zu sehen oder es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Waiting for the certificate authority&apos;s answer. Save the request and send it to them; then import the certificate they send with Import answer.</source>
        <translation>Wartet auf die Antwort der Zertifizierungsstelle. Die Anforderung speichern und an die Zertifizierungsstelle senden; das Zertifikat, das sie zurückschickt, dann mit „Antwort importieren“ importieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not used by any site or listener yet.</source>
        <translation>„%1“ wird noch von keiner Website und keiner Adresse verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2.</source>
        <translation>„%1“ wird verwendet von %2.</translation>
    </message>
    <message>
        <source>Renewing &quot;%1&quot; now…</source>
        <translation>„%1“ wird jetzt erneuert …</translation>
    </message>
    <message numerus="yes">
        <source>Renewing &quot;%1&quot; failed %n time(s); Portico tries again on %2.</source>
        <translation>
            <numerusform>Das Erneuern von „%1“ ist %n Mal fehlgeschlagen; Portico versucht es am %2 erneut.</numerusform>
            <numerusform>Das Erneuern von „%1“ ist %n Mal fehlgeschlagen; Portico versucht es am %2 erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico renews &quot;%1&quot; automatically on %2.</source>
        <translation>Portico erneuert „%1“ am %2 automatisch.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was renewed.</source>
        <translation>„%1“ wurde erneuert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not renewed. %2</source>
        <translation>„%1“ wurde nicht erneuert. %2</translation>
    </message>
    <message>
        <source>Renewal of &quot;%1&quot; started…</source>
        <translation>Erneuerung von „%1“ gestartet …</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>Zertifikat in Verwendung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be removed. %2</source>
        <translation>„%1“ kann nicht entfernt werden. %2</translation>
    </message>
    <message>
        <source>Remove the request &quot;%1&quot;? Its private key is deleted too, so the certificate authority&apos;s answer can no longer be imported.</source>
        <translation>Die Anforderung „%1“ entfernen? Ihr privater Schlüssel wird ebenfalls gelöscht, sodass die Antwort der Zertifizierungsstelle danach nicht mehr importiert werden kann.</translation>
    </message>
    <message>
        <source>Remove the certificate &quot;%1&quot; and its private key? This cannot be undone; keep a copy of the files if you may need them again.</source>
        <translation>Das Zertifikat „%1“ und seinen privaten Schlüssel entfernen? Das lässt sich nicht rückgängig machen; vorher eine Kopie der Dateien sichern, falls sie noch einmal gebraucht werden.</translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation>Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Certificate not removed</source>
        <translation>Zertifikat nicht entfernt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Zertifikatsanforderung speichern</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr);;All files (*)</source>
        <translation>Zertifikatsanforderungen (*.csr);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no request to save for this entry.</source>
        <translation>Für diesen Eintrag gibt es keine Anforderung zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The request was saved to %1. Send it to your certificate authority.</source>
        <translation>Die Anforderung wurde unter %1 gespeichert. Sie kann jetzt an Ihre Zertifizierungsstelle gesendet werden.</translation>
    </message>
    <message>
        <source>Import the certificate authority&apos;s answer</source>
        <translation>Antwort der Zertifizierungsstelle importieren</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer *.p7b);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer *.p7b);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The answer was not imported: %1</source>
        <translation>Die Antwort wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>The certificate was imported; the request is now a certificate you can use.</source>
        <translation>Das Zertifikat wurde importiert; aus der Anforderung ist ein verwendbares Zertifikat geworden.</translation>
    </message>
</context>
<context>
    <name>Portico::ChangeApplier</name>
    <message>
        <source>The change was not applied</source>
        <translation>Die Änderung wurde nicht übernommen</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation>Nichts ändert sich</translation>
    </message>
    <message>
        <source>The configuration in force already reads like this; nothing was applied.</source>
        <translation>Die geltende Konfiguration lautet bereits so; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Nothing was changed: the configuration stays as it was.</source>
        <translation>Nichts wurde geändert: Die Konfiguration bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Nothing was changed: Portico keeps serving with the configuration it had before.</source>
        <translation>Nichts wurde geändert: Portico arbeitet weiter mit der bisherigen Konfiguration.</translation>
    </message>
</context>
<context>
    <name>Portico::ChangeText</name>
    <message>
        <source>weight %1</source>
        <translation>Gewichtung %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n connection(s)</source>
        <translation>
            <numerusform>höchstens %n Verbindung</numerusform>
            <numerusform>höchstens %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A server and its settings: &quot;10.0.0.5:8080 (weight 2, backup)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Removes the site &quot;%1&quot;; Portico no longer answers %2.</source>
        <translation>Entfernt die Website „%1“; Portico beantwortet %2 nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Removes the pool &quot;%1&quot; and its %n server(s).</source>
        <translation>
            <numerusform>Entfernt den Pool „%1“ und seinen %n Server.</numerusform>
            <numerusform>Entfernt den Pool „%1“ und seine %n Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico also listens on %1.</source>
        <translation>Portico ist zusätzlich unter %1 erreichbar.</translation>
    </message>
    <message>
        <source>Portico stops listening on %1.</source>
        <translation>Portico ist nicht mehr unter %1 erreichbar.</translation>
    </message>
    <message>
        <source>Changes settings that have no plain description here.</source>
        <translation>Ändert Einstellungen, für die es hier keine einfache Beschreibung gibt.</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>Es ändert sich nichts.</translation>
    </message>
    <message>
        <source>Adds the site &quot;%1&quot;.</source>
        <translation>Fügt die Website „%1“ hinzu.</translation>
    </message>
    <message>
        <source>Adds the site &quot;%1&quot;, answering %2.</source>
        <translation>Fügt die Website „%1“ hinzu, sie beantwortet %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the default site: it also answers names no other site claims.</source>
        <translation>„%1“ wird die Standard-Website: Sie beantwortet auch Namen, die keine andere Website beansprucht.</translation>
    </message>
    <message>
        <source>Requests under %1 go to the pool &quot;%2&quot;.</source>
        <translation>Anfragen unter %1 gehen an den Pool „%2“.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; also answers %2.</source>
        <translation>Die Website „%1“ beantwortet zusätzlich %2.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; no longer answers %2.</source>
        <translation>Die Website „%1“ beantwortet %2 nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; becomes the default site.</source>
        <translation>„%1“ wird die Standard-Website.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer the default site.</source>
        <translation>„%1“ ist nicht mehr die Standard-Website.</translation>
    </message>
    <message>
        <source>The routes of the site &quot;%1&quot; change.</source>
        <translation>Die Routen der Website „%1“ ändern sich.</translation>
    </message>
    <message numerus="yes">
        <source>Adds the pool &quot;%1&quot; with %n server(s): %2</source>
        <translation>
            <numerusform>Fügt den Pool „%1“ mit %n Server hinzu: %2</numerusform>
            <numerusform>Fügt den Pool „%1“ mit %n Servern hinzu: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Balancing: %1.</source>
        <translation>Verteilung: %1.</translation>
    </message>
    <message>
        <source>Health: %1.</source>
        <translation>Zustand: %1.</translation>
    </message>
    <message>
        <source>Adds the server %1 to the pool &quot;%2&quot;.</source>
        <translation>Fügt den Server %1 zum Pool „%2“ hinzu.</translation>
    </message>
    <message>
        <source>Changes the server %1 in the pool &quot;%2&quot; to %3.</source>
        <translation>Ändert den Server %1 im Pool „%2“ zu %3.</translation>
    </message>
    <message>
        <source>Removes the server %1 from the pool &quot;%2&quot;.</source>
        <translation>Entfernt den Server %1 aus dem Pool „%2“.</translation>
    </message>
    <message>
        <source>The pool &quot;%1&quot; now balances: %2.</source>
        <translation>Der Pool „%1“ verteilt jetzt so: %2.</translation>
    </message>
    <message>
        <source>The pool &quot;%1&quot; now checks: %2.</source>
        <translation>Der Pool „%1“ prüft jetzt so: %2.</translation>
    </message>
    <message>
        <source>Other settings of the pool &quot;%1&quot; change.</source>
        <translation>Andere Einstellungen des Pools „%1“ ändern sich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gets a new certificate from the office&apos;s local CA for https://, issued when you press Apply.</source>
        <translation>„%1“ erhält für https:// ein neues Zertifikat von der lokalen CA des Büros, das beim Klick auf „Übernehmen“ ausgestellt wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gets its certificate for https:// from %2; Portico asks for it while the engine runs and renews it by itself.</source>
        <translation>„%1“ erhält das Zertifikat für https:// von %2; Portico fordert es an, während der Dienst läuft, und erneuert es selbstständig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the certificate &quot;%2&quot; for https://.</source>
        <translation>„%1“ verwendet für https:// das Zertifikat „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the certificate file %2 for https://.</source>
        <translation>„%1“ verwendet für https:// die Zertifikatsdatei %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses whichever stored certificate covers each of its names for https://.</source>
        <translation>„%1“ verwendet für https:// zu jedem seiner Namen das gespeicherte Zertifikat, das diesen Namen abdeckt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached over plain http:// (no HTTPS).</source>
        <translation>„%1“ ist über einfaches http:// erreichbar (kein HTTPS).</translation>
    </message>
    <message>
        <source>Visitors who come to &quot;%1&quot; by http:// are sent on to https://.</source>
        <translation>Besucher, die „%1“ über http:// aufrufen, werden zu https:// weitergeleitet.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>How long browsers remember to use only HTTPS.</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Browsers are told to use only https:// for &quot;%1&quot; and every name under its names, for %2 (HSTS).</source>
        <translation>Browser werden angewiesen, für „%1“ und jeden Namen unterhalb seiner Namen %2 lang nur https:// zu verwenden (HSTS).</translation>
    </message>
    <message>
        <source>Browsers are told to use only https:// for &quot;%1&quot;, for %2 (HSTS).</source>
        <translation>Browser werden angewiesen, für „%1“ %2 lang nur https:// zu verwenden (HSTS).</translation>
    </message>
    <message>
        <source>Portico also listens for https:// on %1.</source>
        <translation>Portico ist zusätzlich unter %1 für https:// erreichbar.</translation>
    </message>
    <message>
        <source>You accept the terms of service of %1; Portico creates an account there for all sites.</source>
        <translation>Die Nutzungsbedingungen von %1 werden akzeptiert; Portico legt dort ein Konto für alle Websites an.</translation>
    </message>
    <message>
        <source>%1 may write to %2 about the account.</source>
        <translation>%1 darf wegen des Kontos an %2 schreiben.</translation>
    </message>
    <message>
        <source>Protection of %1: %2. %3</source>
        <extracomment>%1 is &quot;the site &quot;shop&quot;&quot; or &quot;sites without their own&quot;, %2 a level (Off, Basic, Strict, Custom).</extracomment>
        <translation>Schutz für %1: %2. %3</translation>
    </message>
    <message>
        <source>Only the office network may reach %1.</source>
        <translation>Nur das Büronetz darf %1 erreichen.</translation>
    </message>
    <message>
        <source>Any network may reach %1 again.</source>
        <translation>Jedes Netz darf %1 wieder erreichen.</translation>
    </message>
    <message>
        <source>The allowed and denied addresses of %1 change.</source>
        <translation>Die erlaubten und verbotenen Adressen für %1 ändern sich.</translation>
    </message>
    <message>
        <source>Attack rules on %1: %2.</source>
        <extracomment>%1 &quot;the site &quot;shop&quot;&quot;, %2 Off, Log only or Block.</extracomment>
        <translation>Angriffsregeln für %1: %2.</translation>
    </message>
    <message>
        <source>The attack rule &quot;%1&quot; no longer applies under %2 on %3.</source>
        <extracomment>%1 an attack rule&apos;s title, %2 a path prefix, %3 &quot;the site &quot;shop&quot;&quot;.</extracomment>
        <translation>Die Angriffsregel „%1“ gilt unter %2 für %3 nicht mehr.</translation>
    </message>
    <message>
        <source>The attack rule &quot;%1&quot; applies again under %2 on %3.</source>
        <translation>Die Angriffsregel „%1“ gilt unter %2 für %3 wieder.</translation>
    </message>
    <message>
        <source>Each client may send %2 requests a second (bursts of %3) to %1.</source>
        <translation>Jeder Client darf %2 Anfragen pro Sekunde (Spitzen bis %3) an %1 senden.</translation>
    </message>
    <message>
        <source>No request rate limit on %1.</source>
        <translation>Kein Anfragelimit für %1.</translation>
    </message>
    <message>
        <source>The response headers added or hidden on %1 change.</source>
        <translation>Die für %1 hinzugefügten oder ausgeblendeten Antwort-Header ändern sich.</translation>
    </message>
    <message>
        <source>sites without their own</source>
        <translation>Websites ohne eigenen Schutz</translation>
    </message>
    <message>
        <source>the site &quot;%1&quot;</source>
        <translation>die Website „%1“</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; follows the default protection again.</source>
        <translation>Die Website „%1“ folgt wieder dem Standardschutz.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; gets protection of its own.</source>
        <translation>Die Website „%1“ erhält einen eigenen Schutz.</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot; no longer asks for a password.</source>
        <translation>%1 auf „%2“ fragt nicht mehr nach einem Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on &quot;%2&quot; asks for a password; %n user(s) may log in.</source>
        <translation>
            <numerusform>%1 auf „%2“ fragt nach einem Passwort; %n Benutzer darf sich anmelden.</numerusform>
            <numerusform>%1 auf „%2“ fragt nach einem Passwort; %n Benutzer dürfen sich anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules for banning clients change.</source>
        <translation>Die Regeln für das Sperren von Clients ändern sich.</translation>
    </message>
    <message>
        <source>Engine-wide security settings change.</source>
        <translation>Die Sicherheitseinstellungen für den gesamten Dienst ändern sich.</translation>
    </message>
    <message>
        <source>The limits for slow clients and connections per client change.</source>
        <translation>Die Limits für langsame Clients und Verbindungen pro Client ändern sich.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <extracomment>A cache rule in the review of a change: its name, what it matches, what it does.</extracomment>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; stops caching: every request goes to its backends again.</source>
        <translation>Die Website „%1“ speichert keine Antworten mehr zwischen: Jede Anfrage geht wieder an ihre Backends.</translation>
    </message>
    <message numerus="yes">
        <source>The site &quot;%1&quot; keeps copies of its backends&apos; answers (cache on), with %n rule(s).</source>
        <translation>
            <numerusform>Die Website „%1“ behält Kopien der Antworten ihrer Backends (Cache an), mit %n Regel.</numerusform>
            <numerusform>Die Website „%1“ behält Kopien der Antworten ihrer Backends (Cache an), mit %n Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cache rule of &quot;%1&quot; changes. %2</source>
        <translation>Eine Cache-Regel von „%1“ ändert sich. %2</translation>
    </message>
    <message>
        <source>A new cache rule for &quot;%1&quot;. %2</source>
        <translation>Eine neue Cache-Regel für „%1“. %2</translation>
    </message>
    <message>
        <source>Removes the cache rule %1 from &quot;%2&quot;.</source>
        <translation>Entfernt die Cache-Regel %1 von „%2“.</translation>
    </message>
    <message>
        <source>The cache rules of &quot;%1&quot; are tried in a new order.</source>
        <translation>Die Cache-Regeln von „%1“ werden in neuer Reihenfolge geprüft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>A cache rule&apos;s name in quotes, as the review quotes site names.</extracomment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Portico::ChartModel</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>99. Perzentil</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation>Offene Verbindungen</translation>
    </message>
    <message>
        <source>5xx answers</source>
        <extracomment>Chart line: HTTP 5xx answers sent to visitors.</extracomment>
        <translation>5xx-Antworten</translation>
    </message>
    <message>
        <source>Backend errors</source>
        <extracomment>Chart line: failed attempts to reach a backend (refused, timed out, broken).</extracomment>
        <translation>Server-Fehler</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Axis unit: milliseconds.</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>per %1</source>
        <extracomment>Axis unit of the error chart: counts per point, e.g. &quot;per 10 s&quot;.</extracomment>
        <translation>pro %1</translation>
    </message>
    <message>
        <source>%1/s (%2)</source>
        <extracomment>Responses of one status class in a chart point: the rate, then the count in brackets.</extracomment>
        <translation>%1/s (%2)</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>Tooltip heading of a chart point: its date, start and end time.</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>of %n request(s)</source>
        <translation>
            <numerusform>von %n Anfrage</numerusform>
            <numerusform>von %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <extracomment>Chart line: share of cacheable requests answered from the cache.</extracomment>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Axis unit: percent.</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <extracomment>Hit ratio of a chart point: the percentage, then hits of cacheable requests, e.g. &quot;87.5 % (42 of 48)&quot;.</extracomment>
        <translation>%1 % (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Portico::ConfigHistoryWidget</name>
    <message>
        <source>Every saved change keeps the version it replaced. Restoring one shows what changes before anything is applied.</source>
        <translation>Jede gespeicherte Änderung bewahrt die Version auf, die sie ersetzt hat. Beim Wiederherstellen wird angezeigt, was sich ändert, bevor etwas übernommen wird.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>What restoring it changes</source>
        <translation>Was sich beim Wiederherstellen ändert</translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation>Konfigurationsverlauf</translation>
    </message>
    <message>
        <source>Earlier versions of the configuration, newest first</source>
        <translation>Frühere Versionen der Konfiguration, neueste zuerst</translation>
    </message>
    <message>
        <source>No earlier versions yet. Each change you apply keeps the version it replaces here.</source>
        <translation>Noch keine früheren Versionen. Jede übernommene Änderung bewahrt hier die Version auf, die sie ersetzt.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Ausgewählte Version wiederherstellen</translation>
    </message>
    <message>
        <source>This version cannot be read.</source>
        <translation>Diese Version kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <extracomment>The first change, then how many more: &quot;Removes the site &quot;wiki&quot; … and 3 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 … und %n weitere</numerusform>
            <numerusform>%1 … und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portico::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation>Erreichbar unter</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation>Offene Verbindungen</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Empfangene Daten</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Gesendete Daten</translation>
    </message>
    <message>
        <source>Response time, 95th percentile</source>
        <translation>Antwortzeit, 95. Perzentil</translation>
    </message>
    <message>
        <source>Responses by status</source>
        <translation>Antworten nach Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>Show all in Logs</source>
        <translation>Alle im Protokoll zeigen</translation>
    </message>
    <message>
        <source>Your configuration file could not be used</source>
        <translation>Ihre Konfigurationsdatei konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>Portico moved it to %1 so that nothing overwrites it, and runs with the default configuration instead. Correct the file and move it back to %2, then restart Portico.</source>
        <translation>Portico hat sie nach %1 verschoben, damit nichts sie überschreibt, und läuft stattdessen mit der Standardkonfiguration. Korrigieren Sie die Datei, verschieben Sie sie zurück nach %2 und starten Sie Portico neu.</translation>
    </message>
    <message>
        <source>The file %1 was left where it is, and Portico runs with the default configuration until it is corrected.</source>
        <translation>Die Datei %1 wurde nicht verändert; Portico läuft mit der Standardkonfiguration, bis sie korrigiert ist.</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Was nicht stimmt:</translation>
    </message>
    <message>
        <source>The engine could not start</source>
        <translation>Der Dienst konnte nicht starten</translation>
    </message>
    <message numerus="yes">
        <source>%n worker thread(s)</source>
        <translation>
            <numerusform>%n Arbeits-Thread</numerusform>
            <numerusform>%n Arbeits-Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>No listeners are configured</source>
        <translation>Keine Adressen konfiguriert</translation>
    </message>
    <message>
        <source>Configured: %1</source>
        <translation>Konfiguriert: %1</translation>
    </message>
    <message>
        <source>Click an address to open it in your browser</source>
        <translation>Klicken Sie auf eine Adresse, um sie im Browser zu öffnen</translation>
    </message>
    <message>
        <source>Live figures from the engine, updated every second.</source>
        <translation>Live-Werte des Dienstes, jede Sekunde aktualisiert.</translation>
    </message>
    <message>
        <source>The first figures arrive one second after the engine starts.</source>
        <translation>Die ersten Werte kommen eine Sekunde nach dem Start des Dienstes.</translation>
    </message>
    <message>
        <source>The engine is stopped; these are its last figures.</source>
        <translation>Der Dienst ist gestoppt; dies sind seine letzten Werte.</translation>
    </message>
    <message>
        <source>Figures appear once the engine is running.</source>
        <translation>Werte erscheinen, sobald der Dienst läuft.</translation>
    </message>
    <message>
        <source>Since the engine started</source>
        <translation>Seit dem Start des Dienstes</translation>
    </message>
    <message>
        <source>In the last second</source>
        <translation>In der letzten Sekunde</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>The engine is not running</source>
        <translation>Der Dienst läuft nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests in the last second</source>
        <translation>Keine Anfragen in der letzten Sekunde</translation>
    </message>
    <message>
        <source>Whether everything is fine: traffic, errors, response times and backend health.</source>
        <translation>Ob alles in Ordnung ist: Datenverkehr, Fehler, Antwortzeiten und Zustand der Server.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Zeitraum von %1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Show the charts for</source>
        <translation>Diagramme anzeigen für</translation>
    </message>
    <message>
        <source>Data received and sent</source>
        <translation>Empfangene und gesendete Daten</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Open connections are counted for the whole engine, not per site. Choose &quot;All sites&quot; to see them.</source>
        <translation>Offene Verbindungen werden für den gesamten Dienst gezählt, nicht pro Website. „Alle Websites“ auswählen, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Backend health</source>
        <translation>Zustand der Server</translation>
    </message>
    <message>
        <source>Busiest</source>
        <translation>Am häufigsten</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Statuscodes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Busiest %1</source>
        <translation>Häufigste %1</translation>
    </message>
    <message>
        <source>Median %1 · 99th %2</source>
        <extracomment>Detail under the 95th percentile: the median and the 99th percentile of the last second.</extracomment>
        <translation>Median %1 · 99. %2</translation>
    </message>
    <message>
        <source>3xx: %1 · 4xx: %2</source>
        <extracomment>Detail under the 2xx count: how many redirects and client errors there were.</extracomment>
        <translation>3xx: %1 · 4xx: %2</translation>
    </message>
    <message>
        <source>%1 % of all responses</source>
        <extracomment>Share of all responses that were 5xx server errors.</extracomment>
        <translation>%1 % aller Antworten</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>One point every %1.</source>
        <extracomment>How far apart the chart points are, e.g. &quot;One point every 10 s&quot;.</extracomment>
        <translation>Ein Punkt alle %1.</translation>
    </message>
    <message>
        <source>No figures for this range yet: they are recorded every second while the engine runs.</source>
        <translation>Noch keine Werte für diesen Zeitraum: Sie werden jede Sekunde aufgezeichnet, während der Dienst läuft.</translation>
    </message>
    <message>
        <source>No figures for this range: the engine was not running.</source>
        <translation>Keine Werte für diesen Zeitraum: Der Dienst lief nicht.</translation>
    </message>
    <message>
        <source>Hover over a chart to see the values at that time. Lines break where the engine was stopped.</source>
        <translation>Mit der Maus auf ein Diagramm zeigen, um die Werte zu diesem Zeitpunkt zu sehen. Wo der Dienst gestoppt war, sind die Linien unterbrochen.</translation>
    </message>
    <message>
        <source>No requests in this range yet.</source>
        <translation>Noch keine Anfragen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n request(s) in this range; updated every few seconds.</source>
        <translation>
            <numerusform>Von %n Anfrage in diesem Zeitraum; wird alle paar Sekunden aktualisiert.</numerusform>
            <numerusform>Von %n Anfragen in diesem Zeitraum; wird alle paar Sekunden aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no requests in the last minute</source>
        <translation>keine Anfragen in der letzten Minute</translation>
    </message>
    <message>
        <source>%1 % of requests failed in the last minute</source>
        <translation>%1 % der Anfragen in der letzten Minute fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Nicht in Betrieb</translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation>Der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>The engine could not start; the message above says why.</source>
        <translation>Der Dienst konnte nicht starten; die Meldung oben nennt den Grund.</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Site “%1” has no working server.</source>
        <translation>Die Website „%1“ hat keinen funktionierenden Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) have no working server.</source>
        <translation>
            <numerusform>%n Website hat keinen funktionierenden Server.</numerusform>
            <numerusform>%n Websites haben keinen funktionierenden Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Server %1 is down; the others carry its requests.</source>
        <translation>Server %1 ist ausgefallen; die anderen übernehmen seine Anfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n servers are down; the others carry their requests.</source>
        <translation>
            <numerusform>%n Server ist ausgefallen; die anderen übernehmen seine Anfragen.</numerusform>
            <numerusform>%n Server sind ausgefallen; die anderen übernehmen ihre Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All servers are up, but %1.</source>
        <translation>Alle Server laufen, aber %1.</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>No servers to check; %1.</source>
        <translation>Keine Server zu prüfen; %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) up; %1.</source>
        <translation>
            <numerusform>%n Server läuft; %1.</numerusform>
            <numerusform>%n Server laufen; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Portico::ErrorText</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2)</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>The file has configuration version %1, but this Portico reads only up to version %2</source>
        <translation>Die Datei hat die Konfigurationsversion %1, dieses Portico liest aber nur bis Version %2</translation>
    </message>
    <message>
        <source>This setting is required but missing</source>
        <translation>Diese Einstellung ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>This is not a setting Portico knows</source>
        <translation>Diese Einstellung kennt Portico nicht</translation>
    </message>
    <message>
        <source>This setting must be of type %1</source>
        <translation>Diese Einstellung muss vom Typ %1 sein</translation>
    </message>
    <message>
        <source>This value must be between %1 and %2</source>
        <translation>Dieser Wert muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>This value must not be empty</source>
        <translation>Dieser Wert darf nicht leer sein</translation>
    </message>
    <message>
        <source>This value must be one of: %1</source>
        <translation>Dieser Wert muss einer der folgenden sein: %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used at %2</source>
        <translation>Der Name „%1“ wird bereits bei %2 verwendet</translation>
    </message>
    <message>
        <source>%1 is already configured as the listener at %2</source>
        <translation>%1 ist bereits als Adresse bei %2 konfiguriert</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is already used at %2</source>
        <translation>Der Servername „%1“ wird bereits bei %2 verwendet</translation>
    </message>
    <message>
        <source>Only one site can be the default site, and %1 already is</source>
        <translation>Nur eine Website kann die Standard-Website sein, und %1 ist es bereits</translation>
    </message>
    <message>
        <source>There is no pool named &quot;%1&quot;</source>
        <translation>Es gibt keinen Pool namens „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name (use a name like host.example.com or *.example.com)</source>
        <translation>„%1“ ist kein gültiger Servername (verwenden Sie einen Namen wie host.example.com oder *.example.com)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Portico kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unknown problem (%1)</source>
        <translation>Unbekanntes Problem (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the place in the configuration file, e.g. listeners[0].port; %2 the problem.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another program may already use this port, or the address does not belong to this computer. Stop the other program or choose another port in the configuration file, then press Start.</source>
        <translation>Vielleicht verwendet schon ein anderes Programm diesen Port, oder die Adresse gehört nicht zu diesem Computer. Beenden Sie das andere Programm oder wählen Sie in der Konfigurationsdatei einen anderen Port und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <source>Check that the file exists and that your user account may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und Ihr Benutzerkonto sie lesen darf.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that your user account may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Ihr Benutzerkonto darin schreiben darf.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path prefix (it must start with / and contain no spaces, ?, # or segments that are . or ..)</source>
        <translation>„%1“ ist kein gültiges Pfadpräfix (es muss mit / beginnen und darf keine Leerzeichen, ? oder # und keine Segmente . oder .. enthalten)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable address to redirect to (it must be an absolute http:// or https:// URL with a host, and have no ? or # when the request path is appended)</source>
        <translation>„%1“ ist keine verwendbare Adresse für eine Weiterleitung (sie muss eine absolute http://- oder https://-URL mit Host sein und darf kein ? oder # enthalten, wenn der Anfragepfad angehängt wird)</translation>
    </message>
    <message>
        <source>This setting is not allowed when %1 is &quot;%2&quot;</source>
        <translation>Diese Einstellung ist nicht erlaubt, wenn %1 den Wert „%2“ hat</translation>
    </message>
    <message>
        <source>This setting is required when %1 is &quot;%2&quot;</source>
        <translation>Diese Einstellung ist nötig, wenn %1 „%2“ ist</translation>
    </message>
    <message>
        <source>This value must be less than %1 (now %2)</source>
        <extracomment>%1 is another setting, e.g. pools[0].healthCheck.intervalMs; %2 its value.</extracomment>
        <translation>Dieser Wert muss kleiner sein als %1 (jetzt %2)</translation>
    </message>
    <message>
        <source>This value must be at least %1 (now %2)</source>
        <extracomment>%1 is another setting, e.g. pools[0].passiveHealth.ejectMs; %2 its value.</extracomment>
        <translation>Dieser Wert muss mindestens %1 sein (jetzt %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name here (use letters, digits and - _ . only, no spaces)</source>
        <translation>„%1“ ist hier kein gültiger Name (nur Buchstaben, Ziffern und - _ . verwenden, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid request path (it must start with /, may end in a ?query, and contain no spaces, # or non-ASCII characters)</source>
        <translation>„%1“ ist kein gültiger Anfragepfad (er muss mit / beginnen, darf mit einer ?Abfrage enden und darf keine Leerzeichen, # oder Nicht-ASCII-Zeichen enthalten)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code or range (write 200, or 200-399; codes go from 100 to 599)</source>
        <translation>„%1“ ist kein Statuscode und kein Bereich (schreiben Sie 200 oder 200-399; Codes reichen von 100 bis 599)</translation>
    </message>
    <message>
        <source>Every server is marked as a backup; at least one must be a regular server</source>
        <translation>Jeder Server ist als Reserve markiert; mindestens einer muss ein regulärer Server sein</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be used: %2</source>
        <extracomment>%1 is a certificate&apos;s name or file; %2 why it cannot be used (plain English from the engine).</extracomment>
        <translation>Das Zertifikat %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>An HTTPS address needs a certificate: choose one for it, or give one of the sites a certificate</source>
        <translation>Eine HTTPS-Adresse braucht ein Zertifikat: eines für sie auswählen oder einer der Websites ein Zertifikat geben</translation>
    </message>
    <message>
        <source>Cannot listen on %1: port %2 is already used by another program</source>
        <extracomment>%1 is an address and port (127.0.0.1:80), %2 the port alone.</extracomment>
        <translation>Auf %1 kann nicht gelauscht werden: Port %2 wird bereits von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>Cannot listen on %1: this user account may not open port %2 (ports below 1024 need administrator rights)</source>
        <translation>Auf %1 kann nicht gelauscht werden: Dieses Benutzerkonto darf Port %2 nicht öffnen (Ports unter 1024 erfordern Administratorrechte)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the address %2 does not belong to this computer</source>
        <translation>Auf %1 kann nicht gelauscht werden: Die Adresse %2 gehört nicht zu diesem Computer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path pattern (start with / or *; * stands for any characters within a folder, ** for any across folders, ? for one character)</source>
        <translation>„%1“ ist kein gültiges Pfadmuster (mit / oder * beginnen; * steht für beliebige Zeichen innerhalb eines Ordners, ** für beliebige Zeichen über Ordner hinweg, ? für ein Zeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid file extension (write it without the dot, like css)</source>
        <translation>„%1“ ist keine gültige Dateiendung (ohne Punkt schreiben, etwa css)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid content type (write it like image/png or image/*)</source>
        <translation>„%1“ ist kein gültiger Inhaltstyp (etwa image/png oder image/* schreiben)</translation>
    </message>
    <message>
        <source>Too many entries (at most %1)</source>
        <translation>Zu viele Einträge (höchstens %1)</translation>
    </message>
    <message>
        <source>This site has no route with the path %1</source>
        <translation>Diese Website hat keine Route mit dem Pfad %1</translation>
    </message>
    <message>
        <source>Passwords are never stored in plain text. Set the password in the app, or make a hash with &quot;porticod hash-password&quot; and store it as passwordHash</source>
        <translation>Passwörter werden nie im Klartext gespeichert. Das Passwort in der App festlegen oder mit „porticod hash-password“ einen Hash erzeugen und als passwordHash speichern</translation>
    </message>
    <message>
        <source>There is no attack rule &quot;%1&quot;</source>
        <extracomment>%1 is the id of an attack rule, e.g. sqli-union.</extracomment>
        <translation>Es gibt keine Angriffsregel „%1“</translation>
    </message>
    <message>
        <source>This text must not contain line breaks or other control characters</source>
        <translation>Dieser Text darf keine Zeilenumbrüche oder andere Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name (it must not be blank or contain a colon or control characters)</source>
        <translation>„%1“ ist kein gültiger Benutzername (er darf nicht leer sein und keinen Doppelpunkt oder Steuerzeichen enthalten)</translation>
    </message>
    <message>
        <source>This is not a password hash Portico accepts. Set the password in the app, or make a hash with &quot;porticod hash-password&quot;</source>
        <translation>Dies ist kein Passwort-Hash, den Portico akzeptiert. Das Passwort in der App festlegen oder mit „porticod hash-password“ einen Hash erzeugen</translation>
    </message>
</context>
<context>
    <name>Portico::EventText</name>
    <message numerus="yes">
        <source>Engine started with %n worker(s)</source>
        <translation>
            <numerusform>Dienst mit %n Arbeits-Thread gestartet</numerusform>
            <numerusform>Dienst mit %n Arbeits-Threads gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Dienst gestoppt</translation>
    </message>
    <message>
        <source>Configuration applied: %1, %2, %3</source>
        <extracomment>%1, %2 and %3 are &quot;2 listeners&quot;, &quot;1 site&quot;, &quot;3 pools&quot;.</extracomment>
        <translation>Konfiguration übernommen: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Website</numerusform>
            <numerusform>%n Websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n Pool</numerusform>
            <numerusform>%n Pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Configuration rejected with %n problem(s); the previous configuration stays in force. First problem: %1</source>
        <extracomment>%1 is the first problem, in English as the engine reported it.</extracomment>
        <translation>
            <numerusform>Konfiguration wegen %n Problem abgelehnt; die bisherige Konfiguration bleibt in Kraft. Erstes Problem: %1</numerusform>
            <numerusform>Konfiguration wegen %n Problemen abgelehnt; die bisherige Konfiguration bleibt in Kraft. Erstes Problem: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>Stopped listening on %1</source>
        <translation>Nicht mehr erreichbar unter %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Portico kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Worker %1 started</source>
        <translation>Arbeits-Thread %1 gestartet</translation>
    </message>
    <message>
        <source>Worker %1 stopped</source>
        <translation>Arbeits-Thread %1 beendet</translation>
    </message>
    <message>
        <source>The change to %1 takes effect when the engine next starts</source>
        <translation>Die Änderung an %1 wirkt beim nächsten Start des Dienstes</translation>
    </message>
    <message>
        <source>Unknown event (%1)</source>
        <translation>Unbekanntes Ereignis (%1)</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Server %1 is up again after %n passed check(s): %2</source>
        <extracomment>%1 pool/host:port; %2 the last check&apos;s result.</extracomment>
        <translation>
            <numerusform>Server %1 ist nach %n bestandenen Prüfung wieder in Betrieb: %2</numerusform>
            <numerusform>Server %1 ist nach %n bestandenen Prüfungen wieder in Betrieb: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server %1 is down after %n failed check(s): %2</source>
        <extracomment>%1 pool/host:port; %2 the last check&apos;s result.</extracomment>
        <translation>
            <numerusform>Server %1 ist nach %n fehlgeschlagenen Prüfung ausgefallen: %2</numerusform>
            <numerusform>Server %1 ist nach %n fehlgeschlagenen Prüfungen ausgefallen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server %1 is taken out for %2 after %n failed request(s) in a row</source>
        <extracomment>%1 pool/host:port, %2 how long it stays out.</extracomment>
        <translation>
            <numerusform>Server %1 wird nach %n fehlgeschlagenen Anfrage für %2 herausgenommen</numerusform>
            <numerusform>Server %1 wird nach %n fehlgeschlagenen Anfragen in Folge für %2 herausgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1 is back in rotation after its cool-down</source>
        <translation>Server %1 ist nach seiner Pause wieder im Einsatz</translation>
    </message>
    <message>
        <source>Every server of pool %1 is down; its sites answer with an error page</source>
        <translation>Alle Server des Pools %1 sind ausgefallen; seine Websites antworten mit einer Fehlerseite</translation>
    </message>
    <message>
        <source>Every server of pool %1 is down; Portico keeps trying them all</source>
        <translation>Alle Server des Pools %1 sind ausgefallen; Portico versucht es weiter bei allen</translation>
    </message>
    <message>
        <source>Pool %1 has a working server again</source>
        <translation>Pool %1 hat wieder einen funktionierenden Server</translation>
    </message>
    <message>
        <source>Server %1 changed from %2 to %3</source>
        <extracomment>%1 pool/host:port, %2 and %3 &quot;enabled&quot;, &quot;drain&quot; or &quot;maintenance&quot; as worded by adminStateName().</extracomment>
        <translation>Server %1 wechselte von %2 zu %3</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>auslaufend</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message numerus="yes">
        <source>Certificate %1 expires in %n day(s), on %2</source>
        <extracomment>%1 the certificate&apos;s name, %2 its expiry date.</extracomment>
        <translation>
            <numerusform>Zertifikat %1 läuft in %n Tag ab, am %2</numerusform>
            <numerusform>Zertifikat %1 läuft in %n Tagen ab, am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 expired on %2</source>
        <translation>Zertifikat %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>Certificate %1 was issued; it is valid until %2</source>
        <translation>Zertifikat %1 wurde ausgestellt; es ist gültig bis %2</translation>
    </message>
    <message>
        <source>Certificate %1 was renewed; it is valid until %2</source>
        <translation>Zertifikat %1 wurde erneuert; es ist gültig bis %2</translation>
    </message>
    <message>
        <source>Renewing certificate %1 failed: %2 Portico tries again on %3</source>
        <extracomment>%1 the certificate&apos;s name, %2 why (one or two sentences), %3 when Portico tries again.</extracomment>
        <translation>Erneuern von Zertifikat %1 fehlgeschlagen: %2 Portico versucht es am %3 erneut</translation>
    </message>
    <message numerus="yes">
        <source>Certificates reloaded without interrupting connections (%n in use)</source>
        <translation>
            <numerusform>Zertifikate ohne Unterbrechung der Verbindungen neu geladen (%n in Verwendung)</numerusform>
            <numerusform>Zertifikate ohne Unterbrechung der Verbindungen neu geladen (%n in Verwendung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 cannot be used and is skipped: %2</source>
        <translation>Zertifikat %1 kann nicht verwendet werden und wird übersprungen: %2</translation>
    </message>
    <message>
        <source>Client %1 banned by hand for %2</source>
        <translation>Client %1 von Hand für %2 gesperrt</translation>
    </message>
    <message>
        <source>Client %1 banned for %2 after repeated refusals (last rule: %3)</source>
        <translation>Client %1 nach wiederholten Ablehnungen für %2 gesperrt (letzte Regel: %3)</translation>
    </message>
</context>
<context>
    <name>Portico::HealthStrip</name>
    <message>
        <source>No health information yet.</source>
        <translation>Noch keine Informationen zum Zustand.</translation>
    </message>
    <message>
        <source>%1 for the whole range</source>
        <extracomment>A backend&apos;s state for all of the chosen time range, e.g. &quot;Up for the whole range&quot;.</extracomment>
        <translation>%1 im gesamten Zeitraum</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>A backend&apos;s current state and for how long, e.g. &quot;Up for 3 h 05 min&quot;.</extracomment>
        <translation>%1 seit %2</translation>
    </message>
    <message numerus="yes">
        <source>down %n time(s) in this range</source>
        <translation>
            <numerusform>in diesem Zeitraum %n-mal ausgefallen</numerusform>
            <numerusform>in diesem Zeitraum %n-mal ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken out %n time(s) in this range</source>
        <translation>
            <numerusform>in diesem Zeitraum %n-mal herausgenommen</numerusform>
            <numerusform>in diesem Zeitraum %n-mal herausgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>no outage in this range</source>
        <translation>kein Ausfall in diesem Zeitraum</translation>
    </message>
    <message>
        <source>before %1</source>
        <extracomment>Start of a health piece that began before the chosen range, e.g. &quot;before 14:05:00&quot;.</extracomment>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>A time span of a backend&apos;s state: from, to, how long.</extracomment>
        <translation>%1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Portico::HealthText</name>
    <message>
        <source>HTTP %1 on %2 in %3</source>
        <extracomment>A passed check: HTTP status, the path asked for, the time it took.</extracomment>
        <translation>HTTP %1 auf %2 in %3</translation>
    </message>
    <message>
        <source>Connected in %1</source>
        <translation>Verbunden in %1</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Connection closed before a full answer</source>
        <translation>Verbindung vor einer vollständigen Antwort geschlossen</translation>
    </message>
    <message>
        <source>No answer within %1</source>
        <translation>Keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>HTTP %1 on %2</source>
        <extracomment>A failed check: the HTTP status received and the path asked for.</extracomment>
        <translation>HTTP %1 auf %2</translation>
    </message>
    <message>
        <source>The answer lacks &quot;%1&quot;</source>
        <translation>Der Antwort fehlt „%1“</translation>
    </message>
    <message>
        <source>The answer is not HTTP</source>
        <translation>Die Antwort ist kein HTTP</translation>
    </message>
    <message>
        <source>Reachable: it accepted a connection in %1</source>
        <translation>Erreichbar: Er hat in %1 eine Verbindung angenommen</translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2</source>
        <translation>Antwortete mit HTTP %1 in %2</translation>
    </message>
    <message>
        <source>Answered HTTP %1 in %2 (server: %3)</source>
        <extracomment>%3 is the Server header the backend sent, e.g. &quot;nginx/1.22&quot;.</extracomment>
        <translation>Antwortete mit HTTP %1 in %2 (Server: %3)</translation>
    </message>
    <message>
        <source>Nothing accepts connections on this port. Is the application running, and is the port right?</source>
        <translation>Auf diesem Port nimmt nichts Verbindungen an. Läuft die Anwendung, und stimmt der Port?</translation>
    </message>
    <message>
        <source>It accepted the connection but closed it without a full answer. Is this an HTTP server?</source>
        <translation>Er hat die Verbindung angenommen, aber ohne vollständige Antwort geschlossen. Ist das ein HTTP-Server?</translation>
    </message>
    <message>
        <source>No answer within %1. The server may be overloaded, or a firewall drops the connection.</source>
        <translation>Keine Antwort innerhalb von %1. Der Server ist vielleicht überlastet, oder eine Firewall verwirft die Verbindung.</translation>
    </message>
    <message>
        <source>This host name is not known. Check the spelling, or use the IP address.</source>
        <translation>Dieser Hostname ist unbekannt. Prüfen Sie die Schreibweise, oder verwenden Sie die IP-Adresse.</translation>
    </message>
    <message>
        <source>This computer has no route to the host. Check the address and the network.</source>
        <translation>Dieser Computer hat keinen Weg zum Host. Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>It answered HTTP %1 on %2, which does not count as healthy.</source>
        <translation>Er antwortete mit HTTP %1 auf %2, was nicht als gesund gilt.</translation>
    </message>
    <message>
        <source>It answered, but the page lacks &quot;%1&quot;.</source>
        <translation>Er antwortete, aber der Seite fehlt „%1“.</translation>
    </message>
    <message>
        <source>Something answers on this port, but not with HTTP.</source>
        <translation>Auf diesem Port antwortet etwas, aber nicht mit HTTP.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <extracomment>A backend without active health checks that has not failed recently.</extracomment>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Taken out</source>
        <extracomment>Taken out of rotation for a while because real requests to it failed.</extracomment>
        <translation>Herausgenommen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Draining</source>
        <extracomment>Admin state: gets no new visitors, finishes what it has.</extracomment>
        <translation>Läuft aus</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation>Zustandsprüfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed request(s) in a row; out for %1</source>
        <translation>
            <numerusform>%n fehlgeschlagene Anfrage; herausgenommen für %1</numerusform>
            <numerusform>%n fehlgeschlagene Anfragen in Folge; herausgenommen für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cool-down is over; back in rotation</source>
        <translation>Die Pause ist vorbei; wieder im Einsatz</translation>
    </message>
    <message>
        <source>Added, or its health settings changed</source>
        <translation>Hinzugefügt, oder seine Prüfeinstellungen wurden geändert</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>A state change of a backend: old state, new state, why.</extracomment>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>Portico::HistoryRangeSelector</name>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
</context>
<context>
    <name>Portico::LocalCaInstructionsDialog</name>
    <message>
        <source>Install the local certificate authority</source>
        <translation>Lokale Zertifizierungsstelle installieren</translation>
    </message>
    <message>
        <source>Browsers trust the certificates of Portico&apos;s local CA once the CA&apos;s own certificate is installed on each computer and phone that opens your internal sites. Save it below and follow the steps for each system. The file holds no secret; the CA&apos;s key never leaves Portico.</source>
        <translation>Browser vertrauen den Zertifikaten der lokalen CA von Portico, sobald das eigene Zertifikat der CA auf jedem Computer und Smartphone installiert ist, mit dem Ihre internen Websites geöffnet werden. Das Zertifikat unten speichern und den Schritten für das jeweilige System folgen. Die Datei enthält nichts Geheimes; der Schlüssel der CA verlässt Portico nie.</translation>
    </message>
    <message>
        <source>Save as .crt…</source>
        <translation>Als .crt speichern …</translation>
    </message>
    <message>
        <source>PEM format: Linux, macOS, Firefox, Android</source>
        <translation>PEM-Format: Linux, macOS, Firefox, Android</translation>
    </message>
    <message>
        <source>Save as .cer…</source>
        <translation>Als .cer speichern …</translation>
    </message>
    <message>
        <source>DER format: Windows, iOS, Android</source>
        <translation>DER-Format: Windows, iOS, Android</translation>
    </message>
    <message>
        <source>Portico Local CA</source>
        <translation>Portico Local CA</translation>
    </message>
    <message>
        <source>%1, valid until %2.
To check the file on another computer, compare its fingerprint:
SHA-256: %3
SHA-1 (Windows &quot;thumbprint&quot;): %4</source>
        <extracomment>%1 the CA&apos;s name, %2 its expiry date, %3 and %4 fingerprints.</extracomment>
        <translation>%1, gültig bis %2.
Um die Datei auf einem anderen Computer zu prüfen, ihren Fingerabdruck vergleichen:
SHA-256: %3
SHA-1 (unter Windows „Fingerabdruck“): %4</translation>
    </message>
    <message>
        <source>There is no local CA yet. Create one with New certificate… on the Certificates page (choose &quot;From the local CA&quot;).</source>
        <translation>Es gibt noch keine lokale CA. Auf der Seite „Zertifikate“ mit „Neues Zertifikat …“ eine erstellen (dort „Von der lokalen CA des Büros“ wählen).</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iPhone, iPad</source>
        <translation>iPhone, iPad</translation>
    </message>
    <message>
        <source>Copy %1 to the computer and double-click it.</source>
        <translation>%1 auf den Computer kopieren und doppelklicken.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Install Certificate…&lt;/b&gt;, then &lt;b&gt;Local Machine&lt;/b&gt; (you need to be an administrator).</source>
        <translation>&lt;b&gt;Zertifikat installieren…&lt;/b&gt; wählen, dann &lt;b&gt;Lokaler Computer&lt;/b&gt; (dafür sind Administratorrechte nötig).</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Place all certificates in the following store&lt;/b&gt;, click &lt;b&gt;Browse…&lt;/b&gt; and pick &lt;b&gt;Trusted Root Certification Authorities&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Alle Zertifikate in folgendem Speicher speichern&lt;/b&gt; wählen, auf &lt;b&gt;Durchsuchen…&lt;/b&gt; klicken und &lt;b&gt;Vertrauenswürdige Stammzertifizierungsstellen&lt;/b&gt; auswählen.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Finish&lt;/b&gt;. Restart Edge or Chrome if they are open.</source>
        <translation>Auf &lt;b&gt;Weiter&lt;/b&gt; und &lt;b&gt;Fertig stellen&lt;/b&gt; klicken. Edge oder Chrome neu starten, falls sie geöffnet sind.</translation>
    </message>
    <message>
        <source>Or, in a command prompt run as administrator:</source>
        <translation>Oder in einer als Administrator ausgeführten Eingabeaufforderung:</translation>
    </message>
    <message>
        <source>For many computers in a Windows domain, import it once in a Group Policy: Computer Configuration › Policies › Windows Settings › Security Settings › Public Key Policies › Trusted Root Certification Authorities.</source>
        <translation>Für viele Computer in einer Windows-Domäne das Zertifikat einmalig per Gruppenrichtlinie importieren: Computerkonfiguration › Richtlinien › Windows-Einstellungen › Sicherheitseinstellungen › Richtlinien für öffentliche Schlüssel › Vertrauenswürdige Stammzertifizierungsstellen.</translation>
    </message>
    <message>
        <source>Copy %1 to the Mac and double-click it. Keychain Access opens.</source>
        <translation>%1 auf den Mac kopieren und doppelklicken. Die Schlüsselbundverwaltung öffnet sich.</translation>
    </message>
    <message>
        <source>Add it to the &lt;b&gt;System&lt;/b&gt; keychain and enter your password.</source>
        <translation>Das Zertifikat zum Schlüsselbund &lt;b&gt;System&lt;/b&gt; hinzufügen und Ihr Passwort eingeben.</translation>
    </message>
    <message>
        <source>In Keychain Access, double-click %1, open &lt;b&gt;Trust&lt;/b&gt; and set &lt;b&gt;When using this certificate&lt;/b&gt; to &lt;b&gt;Always Trust&lt;/b&gt;. Close the window and enter your password again.</source>
        <translation>In der Schlüsselbundverwaltung %1 doppelklicken, &lt;b&gt;Vertrauen&lt;/b&gt; aufklappen und &lt;b&gt;Bei Verwendung dieses Zertifikats&lt;/b&gt; auf &lt;b&gt;Immer vertrauen&lt;/b&gt; setzen. Das Fenster schließen und das Passwort erneut eingeben.</translation>
    </message>
    <message>
        <source>Or, in Terminal:</source>
        <translation>Oder im Terminal:</translation>
    </message>
    <message>
        <source>Debian, Ubuntu and Mint:</source>
        <translation>Debian, Ubuntu und Mint:</translation>
    </message>
    <message>
        <source>Fedora, Red Hat and openSUSE:</source>
        <translation>Fedora, Red Hat und openSUSE:</translation>
    </message>
    <message>
        <source>Chrome and Chromium on Linux keep their own list: &lt;b&gt;Settings › Privacy and security › Security › Manage certificates › Authorities › Import&lt;/b&gt;, pick %1 and tick &lt;b&gt;Trust this certificate for identifying websites&lt;/b&gt;.</source>
        <translation>Chrome und Chromium führen unter Linux eine eigene Liste: &lt;b&gt;Einstellungen › Datenschutz und Sicherheit › Sicherheit › Zertifikate verwalten › Zertifizierungsstellen › Importieren&lt;/b&gt;, %1 auswählen und &lt;b&gt;Diesem Zertifikat zur Identifizierung von Websites vertrauen&lt;/b&gt; ankreuzen.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › Privacy &amp;amp; Security&lt;/b&gt;, scroll to &lt;b&gt;Certificates&lt;/b&gt; and click &lt;b&gt;View Certificates…&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Einstellungen › Datenschutz &amp;amp; Sicherheit&lt;/b&gt; öffnen, zu &lt;b&gt;Zertifikate&lt;/b&gt; scrollen und auf &lt;b&gt;Zertifikate anzeigen…&lt;/b&gt; klicken.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Authorities&lt;/b&gt; tab click &lt;b&gt;Import…&lt;/b&gt; and pick %1.</source>
        <translation>Auf der Registerkarte &lt;b&gt;Zertifizierungsstellen&lt;/b&gt; auf &lt;b&gt;Importieren…&lt;/b&gt; klicken und %1 auswählen.</translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;Trust this CA to identify websites&lt;/b&gt; and click &lt;b&gt;OK&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Dieser CA vertrauen, um Websites zu identifizieren&lt;/b&gt; ankreuzen und auf &lt;b&gt;OK&lt;/b&gt; klicken.</translation>
    </message>
    <message>
        <source>Firefox keeps its own list on every system, so this is needed even after the system trusts the CA. Alternatively, on Windows and macOS, set &lt;code&gt;security.enterprise_roots.enabled&lt;/code&gt; to true in &lt;code&gt;about:config&lt;/code&gt; to use the system&apos;s list.</source>
        <translation>Firefox führt auf jedem System eine eigene Liste, daher ist dieser Schritt auch dann nötig, wenn das System der CA bereits vertraut. Alternativ unter Windows und macOS &lt;code&gt;security.enterprise_roots.enabled&lt;/code&gt; in &lt;code&gt;about:config&lt;/code&gt; auf true setzen, damit Firefox die Liste des Systems verwendet.</translation>
    </message>
    <message>
        <source>Copy %1 to the phone (by USB, e-mail or a download).</source>
        <translation>%1 auf das Smartphone übertragen (per USB, E-Mail oder Download).</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › Security › More security settings › Encryption &amp;amp; credentials › Install a certificate › CA certificate&lt;/b&gt;. Menu names differ between makers: search the settings for &quot;CA certificate&quot;.</source>
        <translation>&lt;b&gt;Einstellungen › Sicherheit › Weitere Sicherheitseinstellungen › Verschlüsselung &amp;amp; Anmeldedaten › Zertifikat installieren › CA-Zertifikat&lt;/b&gt; öffnen. Die Menünamen unterscheiden sich je nach Hersteller: in den Einstellungen nach „CA-Zertifikat“ suchen.</translation>
    </message>
    <message>
        <source>Confirm the warning and pick the file.</source>
        <translation>Die Warnung bestätigen und die Datei auswählen.</translation>
    </message>
    <message>
        <source>Browsers such as Chrome trust it then; some other apps only trust the certificates built into Android.</source>
        <translation>Browser wie Chrome vertrauen dem Zertifikat dann; manche anderen Apps vertrauen nur den in Android eingebauten Zertifikaten.</translation>
    </message>
    <message>
        <source>Send %1 to the device by e-mail or AirDrop and open it; it says &lt;b&gt;Profile Downloaded&lt;/b&gt;.</source>
        <translation>%1 per E-Mail oder AirDrop an das Gerät senden und öffnen; es erscheint &lt;b&gt;Profil geladen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › General › VPN &amp;amp; Device Management&lt;/b&gt;, tap the profile and &lt;b&gt;Install&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Einstellungen › Allgemein › VPN &amp;amp; Geräteverwaltung&lt;/b&gt; öffnen, auf das Profil und dann auf &lt;b&gt;Installieren&lt;/b&gt; tippen.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;Settings › General › About › Certificate Trust Settings&lt;/b&gt; and switch on full trust for %1.</source>
        <translation>&lt;b&gt;Einstellungen › Allgemein › Info › Zertifikatsvertrauenseinstellungen&lt;/b&gt; öffnen und das volle Vertrauen für %1 einschalten.</translation>
    </message>
    <message>
        <source>Save the local CA certificate</source>
        <translation>Zertifikat der lokalen CA speichern</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation>Zertifikate (*.crt *.pem)</translation>
    </message>
    <message>
        <source>Certificates (*.cer)</source>
        <translation>Zertifikate (*.cer)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>Portico::LoginItem</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Windows did not accept the change to %1.</source>
        <translation>Windows hat die Änderung an %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Portico::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Requests as they finish, and what the engine reported since Portico started.</source>
        <translation>Anfragen, sobald sie abgeschlossen sind, und was der Dienst seit dem Start von Portico gemeldet hat.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Website-Filter</translation>
    </message>
    <message>
        <source>Show only the requests of one site</source>
        <translation>Nur die Anfragen einer Website anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirects</source>
        <translation>3xx Umleitungen</translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>Errors (4xx and 5xx)</source>
        <translation>Fehler (4xx und 5xx)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show only responses of one status class</source>
        <translation>Nur Antworten einer Statusklasse anzeigen</translation>
    </message>
    <message>
        <source>Client address or prefix</source>
        <translation>Client-Adresse oder Präfix</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Client-Filter</translation>
    </message>
    <message>
        <source>An address, its beginning such as 192.168.1., or a subnet such as 10.0.0.0/8</source>
        <translation>Eine Adresse, ihr Anfang wie 192.168.1. oder ein Subnetz wie 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Search path, method, user agent, request ID, backend</source>
        <translation>Pfad, Methode, User-Agent, Anfrage-ID, Server durchsuchen</translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation>Zugriffsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Shows requests whose path, method, user agent, request ID or backend contain this text, ignoring case</source>
        <translation>Zeigt Anfragen, deren Pfad, Methode, User-Agent, Anfrage-ID oder Server diesen Text enthält, ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy selected requests</source>
        <translation>Ausgewählte Anfragen kopieren</translation>
    </message>
    <message>
        <source>Copies the selected rows as access log lines (combined format)</source>
        <translation>Kopiert die ausgewählten Zeilen als Zugriffsprotokollzeilen (Combined-Format)</translation>
    </message>
    <message>
        <source>Copy as access log lines</source>
        <translation>Als Zugriffsprotokollzeilen kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the access log view</source>
        <translation>Ansicht des Zugriffsprotokolls leeren</translation>
    </message>
    <message>
        <source>Empties this view; the access log file is not touched</source>
        <translation>Leert diese Ansicht; die Zugriffsprotokolldatei bleibt unverändert</translation>
    </message>
    <message>
        <source>Pause the live access log</source>
        <translation>Live-Zugriffsprotokoll anhalten</translation>
    </message>
    <message>
        <source>While paused, new requests are kept aside and added on resume</source>
        <translation>Während der Pause werden neue Anfragen zurückgehalten und beim Fortsetzen hinzugefügt</translation>
    </message>
    <message>
        <source>The newest requests, newest at the bottom</source>
        <translation>Die neuesten Anfragen, die neueste ganz unten</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Event severity filter</source>
        <translation>Filter nach Schweregrad</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>What the engine reported, newest first</source>
        <translation>Was der Dienst gemeldet hat, neueste zuerst</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new request(s); only the newest %L1 will be shown</source>
        <translation>
            <numerusform>Angehalten — %Ln neue Anfrage; nur die neuesten %L1 werden angezeigt</numerusform>
            <numerusform>Angehalten — %Ln neue Anfragen; nur die neuesten %L1 werden angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new request(s)</source>
        <translation>
            <numerusform>Angehalten — %Ln neue Anfrage</numerusform>
            <numerusform>Angehalten — %Ln neue Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) not shown (too many per second)</source>
        <translation>
            <numerusform>%Ln Anfrage nicht angezeigt (zu viele pro Sekunde)</numerusform>
            <numerusform>%Ln Anfragen nicht angezeigt (zu viele pro Sekunde)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s) match the filters. The view keeps the newest %L2.</source>
        <translation>
            <numerusform>%L1 von %Ln Anfrage entspricht den Filtern. Die Ansicht behält die neuesten %L2.</numerusform>
            <numerusform>%L1 von %Ln Anfragen entsprechen den Filtern. Die Ansicht behält die neuesten %L2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s). The view keeps the newest %L1.</source>
        <translation>
            <numerusform>%Ln Anfrage. Die Ansicht behält die neuesten %L1.</numerusform>
            <numerusform>%Ln Anfragen. Die Ansicht behält die neuesten %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s) match the filters. Portico keeps the newest %L2 while it runs.</source>
        <translation>
            <numerusform>%L1 von %Ln Ereignis entspricht den Filtern. Portico behält während der Laufzeit die neuesten %L2.</numerusform>
            <numerusform>%L1 von %Ln Ereignissen entsprechen den Filtern. Portico behält während der Laufzeit die neuesten %L2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). Portico keeps the newest %1 while it runs.</source>
        <translation>
            <numerusform>%n Ereignis. Portico behält während der Laufzeit die neuesten %1.</numerusform>
            <numerusform>%n Ereignisse. Portico behält während der Laufzeit die neuesten %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portico::MainWindow</name>
    <message>
        <source>Portico</source>
        <translation>Portico</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the engine with the current configuration</source>
        <translation>Den Dienst mit der aktuellen Konfiguration starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop accepting connections and finish the requests in progress</source>
        <translation>Keine neuen Verbindungen mehr annehmen und laufende Anfragen zu Ende führen</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>Portico::MetricsChart</name>
    <message>
        <source>Latest: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>No figures in this range yet.</source>
        <translation>Für diesen Zeitraum liegen noch keine Werte vor.</translation>
    </message>
</context>
<context>
    <name>Portico::NumberText</name>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate, e.g. &quot;1.2 KiB/s&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;3 h 05 min&quot;.</extracomment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Portico::ReviewChangesDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Diese Änderungen übernehmen?</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Portico applies them without dropping connections and saves the previous version in the history. For 60 seconds afterwards you can undo them with one click.</source>
        <translation>Portico übernimmt sie, ohne Verbindungen zu trennen, und speichert die vorherige Version im Verlauf. In den 60 Sekunden danach lassen sie sich mit einem Klick rückgängig machen.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Die Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Abbrechen: nichts ändern</translation>
    </message>
</context>
<context>
    <name>Portico::RouteTestText</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address with a host name</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse mit einem Hostnamen</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; answers: its server name %2 matches the host</source>
        <translation>Website „%1“ antwortet: Ihr Servername %2 passt zum Host</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; answers: its wildcard %2 matches the host</source>
        <translation>Website „%1“ antwortet: Ihr Platzhalter %2 passt zum Host</translation>
    </message>
    <message>
        <source>No server name matches, so the default site &quot;%1&quot; answers</source>
        <translation>Kein Servername passt, daher antwortet die Standard-Website „%1“</translation>
    </message>
    <message>
        <source>No site serves %1 and there is no default site, so Portico answers 404</source>
        <translation>Keine Website bedient %1, und es gibt keine Standard-Website, daher antwortet Portico mit 404</translation>
    </message>
    <message>
        <source>Route %1 is the longest path prefix that matches</source>
        <translation>Route %1 ist das längste passende Pfadpräfix</translation>
    </message>
    <message>
        <source>No route of the site matches %1, so Portico answers 404</source>
        <translation>Keine Route der Website passt zu %1, daher antwortet Portico mit 404</translation>
    </message>
    <message>
        <source>The route redirects with status %1 to %2</source>
        <translation>Die Route leitet mit Status %1 nach %2 weiter</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; picks the server: %2</source>
        <extracomment>%1 pool name, %2 how it balances, e.g. &quot;Spread requests evenly&quot;.</extracomment>
        <translation>Pool „%1“ wählt den Server: %2</translation>
    </message>
    <message>
        <source>Server %1 is passed over: %2</source>
        <extracomment>%1 a backend (host:port), %2 why it is passed over, e.g. &quot;it is down&quot;.</extracomment>
        <translation>Server %1 wird übergangen: %2</translation>
    </message>
    <message>
        <source>The request has no %1 to pick a server by, so any server may answer</source>
        <translation>Die Anfrage hat keinen Wert für %1, nach dem ein Server gewählt werden könnte, daher kann jeder Server antworten</translation>
    </message>
    <message>
        <source>The server is picked by %1: %2</source>
        <translation>Der Server wird gewählt nach %1: %2</translation>
    </message>
    <message>
        <source>No valid %1 cookie: a server is picked and the cookie set</source>
        <translation>Kein gültiges Cookie %1: Ein Server wird gewählt und das Cookie gesetzt</translation>
    </message>
    <message>
        <source>The %1 cookie points to %2</source>
        <translation>Das Cookie %1 verweist auf %2</translation>
    </message>
    <message>
        <source>Every server is down; the pool tries them all anyway</source>
        <translation>Alle Server sind ausgefallen; der Pool versucht es trotzdem bei allen</translation>
    </message>
    <message>
        <source>Server %1 would answer</source>
        <translation>Server %1 würde antworten</translation>
    </message>
    <message>
        <source>No server can take the request, so Portico answers 503</source>
        <translation>Kein Server kann die Anfrage annehmen, daher antwortet Portico mit 503</translation>
    </message>
    <message>
        <source>A server of the pool answers</source>
        <translation>Ein Server des Pools antwortet</translation>
    </message>
    <message>
        <source>Server %1 answers</source>
        <translation>Server %1 antwortet</translation>
    </message>
    <message>
        <source>Portico redirects (%1) to %2</source>
        <translation>Portico leitet weiter (%1) nach %2</translation>
    </message>
    <message>
        <source>Portico answers %1 itself</source>
        <translation>Portico antwortet selbst mit %1</translation>
    </message>
    <message>
        <source>its health checks fail</source>
        <translation>seine Zustandsprüfungen schlagen fehl</translation>
    </message>
    <message>
        <source>it was taken out after failed requests</source>
        <translation>er wurde nach fehlgeschlagenen Anfragen herausgenommen</translation>
    </message>
    <message>
        <source>it is draining and takes no new visitors</source>
        <translation>er läuft aus und nimmt keine neuen Besucher an</translation>
    </message>
    <message>
        <source>it is in maintenance</source>
        <translation>er ist in Wartung</translation>
    </message>
    <message>
        <source>it is a backup and other servers are up</source>
        <translation>er ist eine Reserve, und andere Server sind in Betrieb</translation>
    </message>
    <message>
        <source>it has reached its connection limit</source>
        <translation>er hat sein Verbindungslimit erreicht</translation>
    </message>
    <message>
        <source>the client IP address</source>
        <translation>der IP-Adresse des Clients</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>dem Header</translation>
    </message>
    <message>
        <source>the cookie</source>
        <translation>dem Cookie</translation>
    </message>
    <message>
        <source>its host name does not resolve</source>
        <translation>sein Hostname lässt sich nicht auflösen</translation>
    </message>
</context>
<context>
    <name>Portico::RouteTesterDialog</name>
    <message>
        <source>Route tester</source>
        <translation>Routentester</translation>
    </message>
    <message>
        <source>Which site, route and server would answer a request? Portico works it out with the configuration in force and the servers&apos; current health; nothing is sent.</source>
        <translation>Welche Website, Route und welcher Server würden eine Anfrage beantworten? Portico ermittelt es mit der geltenden Konfiguration und dem aktuellen Zustand der Server; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>http://intranet.example.com/some/page</source>
        <translation>http://intranet.example.com/eine/seite</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>From IP address:</source>
        <translation>Von IP-Adresse:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Optional, one per line, e.g.
Cookie: portico_sticky=…</source>
        <translation>Optional, einer pro Zeile, z. B.
Cookie: portico_sticky=…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>Pool:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>How Portico decides:</source>
        <translation>Wie Portico entscheidet:</translation>
    </message>
    <message>
        <source>Header line %1 is not of the form Name: value.</source>
        <translation>Header-Zeile %1 hat nicht die Form Name: Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The method must be one word, such as GET.</source>
        <translation>Die Methode muss ein Wort sein, etwa GET.</translation>
    </message>
    <message>
        <source>%1 (the server is asked for %2)</source>
        <extracomment>A route and the path the backend gets: &quot;/app → sent to the server as /index.html&quot;.</extracomment>
        <translation>%1 (der Server wird nach %2 gefragt)</translation>
    </message>
    <message>
        <source>The engine gave no explanation for this answer.</source>
        <translation>Der Dienst hat für diese Antwort keine Erklärung geliefert.</translation>
    </message>
</context>
<context>
    <name>Portico::SecurityEventModel</name>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Regel: %1 (%2)</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Portico::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Who may reach your sites, how often, and what Portico refused.</source>
        <translation>Wer Ihre Websites erreichen darf, wie oft, und was Portico abgelehnt hat.</translation>
    </message>
    <message>
        <source>No engine to show</source>
        <translation>Kein Dienst zum Anzeigen</translation>
    </message>
    <message>
        <source>This window was opened without the engine, so there are no protections to show or change here.</source>
        <translation>Dieses Fenster wurde ohne den Dienst geöffnet, daher gibt es hier keine Schutzmaßnahmen zum Anzeigen oder Ändern.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Banned clients now</source>
        <translation>Derzeit gesperrte Clients</translation>
    </message>
    <message>
        <source>Attacks logged</source>
        <translation>Protokollierte Angriffe</translation>
    </message>
    <message>
        <source>Protection level</source>
        <translation>Schutzstufe</translation>
    </message>
    <message>
        <source>What every site gets unless it has a level of its own below. You see the change before it is applied.</source>
        <translation>Gilt für jede Website, die unten keine eigene Stufe hat. Die Änderung wird vor dem Übernehmen angezeigt.</translation>
    </message>
    <message>
        <source>Protection level %1</source>
        <translation>Schutzstufe %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Office network only</source>
        <translation>Nur Büronetz</translation>
    </message>
    <message>
        <source>Attack rules</source>
        <translation>Angriffsregeln</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Protections of each site</source>
        <translation>Schutz der einzelnen Websites</translation>
    </message>
    <message>
        <source>Most refused</source>
        <translation>Am häufigsten abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Clients refused most often</source>
        <translation>Am häufigsten abgelehnte Clients</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rules and checks that refused most often</source>
        <translation>Regeln und Prüfungen, die am häufigsten abgelehnt haben</translation>
    </message>
    <message>
        <source>Banned clients</source>
        <translation>Gesperrte Clients</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Strikes</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>Sperre &amp;aufheben</translation>
    </message>
    <message>
        <source>Unban the selected client</source>
        <translation>Sperre des ausgewählten Clients aufheben</translation>
    </message>
    <message>
        <source>&amp;Ban an address…</source>
        <translation>Adresse &amp;sperren…</translation>
    </message>
    <message>
        <source>Ban an address</source>
        <translation>Adresse sperren</translation>
    </message>
    <message>
        <source>Blocked log</source>
        <translation>Protokoll der Sperren</translation>
    </message>
    <message>
        <source>Requests Portico refused or noted, newest first</source>
        <translation>Von Portico abgelehnte oder vermerkte Anfragen, neueste zuerst</translation>
    </message>
    <message>
        <source>Add &amp;exception…</source>
        <translation>&amp;Ausnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Add an exception for the selected attack rule</source>
        <translation>Ausnahme für die ausgewählte Angriffsregel hinzufügen</translation>
    </message>
    <message>
        <source>The selected request was fine: stop its attack rule on that path.</source>
        <translation>Die ausgewählte Anfrage war in Ordnung: Ihre Angriffsregel für diesen Pfad abschalten.</translation>
    </message>
    <message>
        <source>No site yet: add one on the Sites page, then give it a level here.</source>
        <translation>Noch keine Website: Zuerst auf der Seite „Websites“ eine hinzufügen und ihr dann hier eine Stufe geben.</translation>
    </message>
    <message>
        <source>A site follows the level above unless it has its own. &quot;Office network only&quot; lets in only the office&apos;s addresses (%1). Attack rules look for SQL injection, cross-site scripting, path tricks and scanners: Log only notes them, Block refuses them with 403.</source>
        <translation>Eine Website folgt der obigen Stufe, sofern sie keine eigene hat. „Nur Büronetz“ lässt nur die Adressen des Büros herein (%1). Angriffsregeln suchen nach SQL-Injection, Cross-Site-Scripting, Pfadtricks und Scannern: „Nur protokollieren“ vermerkt sie, „Blockieren“ lehnt sie mit 403 ab.</translation>
    </message>
    <message>
        <source>Protection level of %1</source>
        <translation>Schutzstufe von %1</translation>
    </message>
    <message>
        <source>Same as default (%1)</source>
        <extracomment>The site follows the default level; %1 is that level.</extracomment>
        <translation>Wie Standard (%1)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Only the office network may reach %1</source>
        <translation>Nur das Büronetz darf %1 erreichen</translation>
    </message>
    <message>
        <source>Attack rules of %1</source>
        <translation>Angriffsregeln von %1</translation>
    </message>
    <message>
        <source>None…</source>
        <extracomment>A button: how many routes of the site ask for a password.</extracomment>
        <translation>Keine…</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)…</source>
        <translation>
            <numerusform>%n Route…</numerusform>
            <numerusform>%n Routen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Passwords for the routes of %1</source>
        <translation>Passwörter für die Routen von %1</translation>
    </message>
    <message>
        <source>Live figures from the engine since it started, updated every second.</source>
        <translation>Live-Werte des Dienstes seit seinem Start, jede Sekunde aktualisiert.</translation>
    </message>
    <message>
        <source>The first figures arrive one second after the engine starts.</source>
        <translation>Die ersten Werte kommen eine Sekunde nach dem Start des Dienstes.</translation>
    </message>
    <message>
        <source>The engine is stopped; these are its last figures.</source>
        <translation>Der Dienst ist gestoppt; dies sind seine letzten Werte.</translation>
    </message>
    <message>
        <source>Figures appear once the engine is running.</source>
        <translation>Werte erscheinen, sobald der Dienst läuft.</translation>
    </message>
    <message>
        <source>%1 in the last minute</source>
        <extracomment>Under a counter: how many of them came in the last minute.</extracomment>
        <translation>%1 in der letzten Minute</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n second(s)</source>
        <extracomment>Under a counter, while the page has watched for less than a minute.</extracomment>
        <translation>
            <numerusform>%1 in der letzten %n Sekunde</numerusform>
            <numerusform>%1 in den letzten %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Denied, banned, failed logins, attacks, slow or too many connections</source>
        <translation>Abgewiesen, gesperrt, fehlgeschlagene Anmeldungen, Angriffe, langsame oder zu viele Verbindungen</translation>
    </message>
    <message>
        <source>%1 more held back, then served</source>
        <translation>%1 weitere zurückgehalten, dann bedient</translation>
    </message>
    <message>
        <source>Next ban ends %1</source>
        <translation>Nächste Sperre endet %1</translation>
    </message>
    <message>
        <source>%1 of them blocked</source>
        <translation>%1 davon blockiert</translation>
    </message>
    <message>
        <source>The clients and rules that caused the most refusals appear here while the engine runs.</source>
        <translation>Die Clients und Regeln, die die meisten Ablehnungen verursacht haben, erscheinen hier, während der Dienst läuft.</translation>
    </message>
    <message>
        <source>Nothing refused or noted since the engine started.</source>
        <translation>Seit dem Start des Dienstes nichts abgelehnt oder vermerkt.</translation>
    </message>
    <message>
        <source>Since the engine started, most first.</source>
        <translation>Seit dem Start des Dienstes, häufigste zuerst.</translation>
    </message>
    <message>
        <source>Bans are kept while the engine runs; start it to see and change them.</source>
        <translation>Sperren bestehen, solange der Dienst läuft; den Dienst starten, um sie zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>No client is banned. A client is banned for a while after too many refusals in a short time, or when you ban it here.</source>
        <translation>Kein Client ist gesperrt. Ein Client wird für eine Weile gesperrt, wenn er in kurzer Zeit zu oft abgelehnt wurde oder wenn er hier gesperrt wird.</translation>
    </message>
    <message>
        <source>Every request from these addresses gets 403 until the ban ends.</source>
        <translation>Jede Anfrage von diesen Adressen erhält 403, bis die Sperre endet.</translation>
    </message>
    <message>
        <source>Nothing refused since this page opened. Refused requests and attacks appear here as they happen (the last %1).</source>
        <translation>Seit dem Öffnen dieser Seite nichts abgelehnt. Abgelehnte Anfragen und Angriffe erscheinen hier, sobald sie auftreten (die letzten %1).</translation>
    </message>
    <message>
        <source>Refused requests appear here while the engine runs.</source>
        <translation>Abgelehnte Anfragen erscheinen hier, während der Dienst läuft.</translation>
    </message>
    <message>
        <source>Newest first, the last %1 since this page opened. Select an attack rule&apos;s row and choose &quot;Add exception&quot; if the request was fine.</source>
        <translation>Neueste zuerst, die letzten %1 seit dem Öffnen dieser Seite. Die Zeile einer Angriffsregel auswählen und „Ausnahme hinzufügen“ wählen, wenn die Anfrage in Ordnung war.</translation>
    </message>
    <message>
        <source>Some events of busy seconds were only counted, not listed.</source>
        <translation>Einige Ereignisse aus Sekunden mit hoher Last wurden nur gezählt, nicht aufgelistet.</translation>
    </message>
    <message>
        <source>%1 is no longer banned.</source>
        <extracomment>%1 is an IP address.</extracomment>
        <translation>Die Sperre für %1 ist aufgehoben.</translation>
    </message>
    <message>
        <source>%1 could not be unbanned: its ban has already ended.</source>
        <translation>Die Sperre für %1 konnte nicht aufgehoben werden: Sie ist bereits abgelaufen.</translation>
    </message>
    <message>
        <source>%1 is banned for %2.</source>
        <translation>%1 ist für %2 gesperrt.</translation>
    </message>
    <message>
        <source>%1 could not be banned: the engine is not running or the address is not valid.</source>
        <translation>%1 konnte nicht gesperrt werden: Der Dienst läuft nicht oder die Adresse ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Portico::SecurityText</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>No protection beyond the request size limits: backend headers pass unchanged, no request limit, no attack rules.</source>
        <translation>Kein Schutz über die Größenlimits für Anfragen hinaus: Header der Server werden unverändert weitergegeben, kein Anfragelimit, keine Angriffsregeln.</translation>
    </message>
    <message>
        <source>Hides what software the backends run, adds the common safe browser headers, allows each client 50 requests a second (bursts of 100) and 256 connections, and logs requests that look like attacks without blocking them.</source>
        <translation>Verbirgt, welche Software auf den Servern läuft, fügt die üblichen sicheren Browser-Header hinzu, erlaubt jedem Client 50 Anfragen pro Sekunde (Spitzen bis 100) und 256 Verbindungen und protokolliert Anfragen, die wie Angriffe aussehen, ohne sie zu blockieren.</translation>
    </message>
    <message>
        <source>Everything in Basic, and: browsers must use HTTPS for a year, pages may not be framed by other sites, backend error pages are replaced, each client gets 10 requests a second (bursts of 30) and 64 connections, very slow clients are cut off, and requests that look like attacks are refused.</source>
        <translation>Alles aus „Einfach“ und zusätzlich: Browser müssen ein Jahr lang HTTPS verwenden, Seiten dürfen nicht von anderen Websites eingebettet werden, Fehlerseiten der Server werden ersetzt, jeder Client erhält 10 Anfragen pro Sekunde (Spitzen bis 30) und 64 Verbindungen, sehr langsame Clients werden getrennt, und Anfragen, die wie Angriffe aussehen, werden abgelehnt.</translation>
    </message>
    <message>
        <source>Values changed by hand: they match neither Basic nor Strict. Choosing a level replaces them.</source>
        <translation>Werte von Hand geändert: Sie entsprechen weder „Einfach“ noch „Streng“. Die Auswahl einer Stufe ersetzt sie.</translation>
    </message>
    <message>
        <source>Log only</source>
        <translation>Nur protokollieren</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>SQL injection: UNION SELECT</source>
        <translation>SQL-Injection: UNION SELECT</translation>
    </message>
    <message>
        <source>SQL injection: always-true condition</source>
        <translation>SQL-Injection: immer wahre Bedingung</translation>
    </message>
    <message>
        <source>SQL injection: comment cutting the query short</source>
        <translation>SQL-Injection: Kommentar, der die Abfrage abschneidet</translation>
    </message>
    <message>
        <source>SQL injection: second statement</source>
        <translation>SQL-Injection: zweite Anweisung</translation>
    </message>
    <message>
        <source>SQL injection: timing (SLEEP, BENCHMARK, WAITFOR)</source>
        <translation>SQL-Injection: Zeitverzögerung (SLEEP, BENCHMARK, WAITFOR)</translation>
    </message>
    <message>
        <source>SQL injection: reading the database layout</source>
        <translation>SQL-Injection: Auslesen des Datenbankaufbaus</translation>
    </message>
    <message>
        <source>SQL injection: database functions</source>
        <translation>SQL-Injection: Datenbankfunktionen</translation>
    </message>
    <message>
        <source>SQL injection: hex or CHAR() encoded text</source>
        <translation>SQL-Injection: hex- oder CHAR()-codierter Text</translation>
    </message>
    <message>
        <source>SQL injection: quote followed by an SQL word</source>
        <translation>SQL-Injection: Anführungszeichen gefolgt von einem SQL-Wort</translation>
    </message>
    <message>
        <source>SQL injection: SELECT … FROM</source>
        <translation>SQL-Injection: SELECT … FROM</translation>
    </message>
    <message>
        <source>SQL injection: quote with an SQL statement</source>
        <translation>SQL-Injection: Anführungszeichen mit einer SQL-Anweisung</translation>
    </message>
    <message>
        <source>Cross-site scripting: script tag</source>
        <translation>Cross-Site-Scripting: Script-Tag</translation>
    </message>
    <message>
        <source>Cross-site scripting: event handler attribute</source>
        <translation>Cross-Site-Scripting: Event-Handler-Attribut</translation>
    </message>
    <message>
        <source>Cross-site scripting: javascript: link</source>
        <translation>Cross-Site-Scripting: javascript:-Link</translation>
    </message>
    <message>
        <source>Cross-site scripting: iframe, object, embed or svg tag</source>
        <translation>Cross-Site-Scripting: iframe-, object-, embed- oder svg-Tag</translation>
    </message>
    <message>
        <source>Cross-site scripting: data: link</source>
        <translation>Cross-Site-Scripting: data:-Link</translation>
    </message>
    <message>
        <source>Cross-site scripting: script call (alert, eval, cookies)</source>
        <translation>Cross-Site-Scripting: Skriptaufruf (alert, eval, Cookies)</translation>
    </message>
    <message>
        <source>Cross-site scripting: script in CSS</source>
        <translation>Cross-Site-Scripting: Skript in CSS</translation>
    </message>
    <message>
        <source>Cross-site scripting: HTML tag</source>
        <translation>Cross-Site-Scripting: HTML-Tag</translation>
    </message>
    <message>
        <source>Path traversal: ../</source>
        <translation>Pfadmanipulation: ../</translation>
    </message>
    <message>
        <source>Path traversal: a single ../</source>
        <translation>Pfadmanipulation: ein einzelnes ../</translation>
    </message>
    <message>
        <source>Path traversal: system file</source>
        <translation>Pfadmanipulation: Systemdatei</translation>
    </message>
    <message>
        <source>Path traversal: NUL byte</source>
        <translation>Pfadmanipulation: NUL-Byte</translation>
    </message>
    <message>
        <source>Path traversal: file:// or php:// wrapper</source>
        <translation>Pfadmanipulation: file://- oder php://-Wrapper</translation>
    </message>
    <message>
        <source>Path traversal: system path</source>
        <translation>Pfadmanipulation: Systempfad</translation>
    </message>
    <message>
        <source>Scanner: .env file</source>
        <translation>Scanner: .env-Datei</translation>
    </message>
    <message>
        <source>Scanner: .git folder</source>
        <translation>Scanner: .git-Ordner</translation>
    </message>
    <message>
        <source>Scanner: version control files</source>
        <translation>Scanner: Versionsverwaltungsdateien</translation>
    </message>
    <message>
        <source>Scanner: WordPress login or admin</source>
        <translation>Scanner: WordPress-Anmeldung oder -Verwaltung</translation>
    </message>
    <message>
        <source>Scanner: phpMyAdmin</source>
        <translation>Scanner: phpMyAdmin</translation>
    </message>
    <message>
        <source>Scanner: configuration or key file</source>
        <translation>Scanner: Konfigurations- oder Schlüsseldatei</translation>
    </message>
    <message>
        <source>Scanner: backup file</source>
        <translation>Scanner: Sicherungsdatei</translation>
    </message>
    <message>
        <source>Scanner: backup or editor copy</source>
        <translation>Scanner: Sicherungs- oder Editorkopie</translation>
    </message>
    <message>
        <source>Scanner: debug page</source>
        <translation>Scanner: Debug-Seite</translation>
    </message>
    <message>
        <source>Scanner: known exploit path</source>
        <translation>Scanner: bekannter Exploit-Pfad</translation>
    </message>
    <message>
        <source>Scanner: Shellshock</source>
        <translation>Scanner: Shellshock</translation>
    </message>
    <message>
        <source>Scanner: Log4Shell (${jndi:…})</source>
        <translation>Scanner: Log4Shell (${jndi:…})</translation>
    </message>
    <message>
        <source>Scanner: known attack tool</source>
        <translation>Scanner: bekanntes Angriffswerkzeug</translation>
    </message>
    <message>
        <source>Scanner: scripting tool</source>
        <translation>Scanner: Skriptwerkzeug</translation>
    </message>
    <message>
        <source>Scanner: no User-Agent</source>
        <translation>Scanner: kein User-Agent</translation>
    </message>
    <message>
        <source>Scanner: server status page</source>
        <translation>Scanner: Server-Statusseite</translation>
    </message>
    <message>
        <source>Scanner: CGI script</source>
        <translation>Scanner: CGI-Skript</translation>
    </message>
    <message>
        <source>Scanner: cloud metadata address</source>
        <translation>Scanner: Cloud-Metadatenadresse</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Address on the deny list</source>
        <translation>Adresse auf der Verbotsliste</translation>
    </message>
    <message>
        <source>Address not on the allow list</source>
        <translation>Adresse nicht auf der Erlaubnisliste</translation>
    </message>
    <message>
        <source>Outside the office network</source>
        <translation>Außerhalb des Büronetzes</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Banned client</source>
        <translation>Gesperrter Client</translation>
    </message>
    <message>
        <source>Banned by hand</source>
        <translation>Manuell gesperrt</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Zu viele Verbindungen</translation>
    </message>
    <message>
        <source>Request headers too slow</source>
        <translation>Anfrage-Header zu langsam</translation>
    </message>
    <message>
        <source>Request body too slow</source>
        <translation>Anfragetext zu langsam</translation>
    </message>
    <message>
        <source>Sending too slowly</source>
        <translation>Sendet zu langsam</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Attack blocked</source>
        <translation>Angriff blockiert</translation>
    </message>
    <message>
        <source>Attack logged</source>
        <translation>Angriff protokolliert</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Slow client</source>
        <translation>Langsamer Client</translation>
    </message>
    <message>
        <source>backend headers hidden</source>
        <translation>Server-Header ausgeblendet</translation>
    </message>
    <message>
        <source>%1 requests a second</source>
        <extracomment>A rate limit, e.g. &quot;50 requests a second&quot;.</extracomment>
        <translation>%1 Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>attacks blocked</source>
        <translation>Angriffe blockiert</translation>
    </message>
    <message>
        <source>attacks logged</source>
        <translation>Angriffe protokolliert</translation>
    </message>
    <message>
        <source>office network only</source>
        <translation>nur Büronetz</translation>
    </message>
    <message>
        <source>address lists</source>
        <translation>Adresslisten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A protection level and what it does, e.g. &quot;Basic: backend headers hidden, attacks logged&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Portico::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation>Sprache der App:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The change applies immediately.</source>
        <translation>Die Änderung gilt sofort.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Portico.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich; das Schließen des Fensters beendet daher Portico.</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>This file does not exist yet; Portico uses its default configuration.</source>
        <translation>Diese Datei gibt es noch nicht; Portico verwendet seine Standardkonfiguration.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über Portico</translation>
    </message>
    <message>
        <source>Portico %1 — a reverse-proxy manager for small offices. Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Portico %1 – ein Reverse-Proxy-Manager für kleine Büros. Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Worker-Threads:</translation>
    </message>
    <message>
        <source>Threads that serve connections; 0 starts one per processor core.</source>
        <translation>Threads, die Verbindungen bedienen; 0 startet einen pro Prozessorkern.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Client sends its request within:</source>
        <translation>Client sendet seine Anfrage innerhalb von:</translation>
    </message>
    <message>
        <source>A client that has not sent the whole request head by then is disconnected.</source>
        <translation>Ein Client, der den vollständigen Anfragekopf bis dahin nicht gesendet hat, wird getrennt.</translation>
    </message>
    <message>
        <source>Idle client connection kept open for:</source>
        <translation>Inaktive Client-Verbindung offen halten für:</translation>
    </message>
    <message>
        <source>How long a browser&apos;s connection may wait for its next request.</source>
        <translation>Wie lange die Verbindung eines Browsers auf ihre nächste Anfrage warten darf.</translation>
    </message>
    <message>
        <source>Connecting to a server may take:</source>
        <translation>Verbindungsaufbau zu einem Server darf dauern:</translation>
    </message>
    <message>
        <source>A backend server that does not accept the connection by then counts as failed.</source>
        <translation>Ein Server, der die Verbindung bis dahin nicht annimmt, gilt als ausgefallen.</translation>
    </message>
    <message>
        <source>A server&apos;s response may take:</source>
        <translation>Antwort eines Servers darf dauern:</translation>
    </message>
    <message>
        <source>The client gets 504 Gateway Timeout when a backend server takes longer to answer.</source>
        <translation>Der Client erhält 504 Gateway Timeout, wenn ein Server länger für die Antwort braucht.</translation>
    </message>
    <message>
        <source>Stopping waits for requests in progress:</source>
        <translation>Beim Stoppen auf laufende Anfragen warten:</translation>
    </message>
    <message>
        <source>When the engine stops, requests still running after this are cut off.</source>
        <translation>Wenn der Dienst stoppt, werden Anfragen, die danach noch laufen, abgebrochen.</translation>
    </message>
    <message>
        <source>Idle server connection kept for reuse:</source>
        <translation>Inaktive Server-Verbindung zur Wiederverwendung halten:</translation>
    </message>
    <message>
        <source>How long an unused connection to a backend server stays open for the next request.</source>
        <translation>Wie lange eine unbenutzte Verbindung zu einem Server für die nächste Anfrage offen bleibt.</translation>
    </message>
    <message>
        <source>Connections per listener at most:</source>
        <translation>Verbindungen pro Adresse höchstens:</translation>
    </message>
    <message>
        <source>Further clients wait until a connection closes.</source>
        <translation>Weitere Clients warten, bis eine Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>Request head size at most:</source>
        <translation>Größe des Anfragekopfs höchstens:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Larger request heads (cookies, long addresses) are refused with 431.</source>
        <translation>Größere Anfrageköpfe (Cookies, lange Adressen) werden mit 431 abgelehnt.</translation>
    </message>
    <message>
        <source>Header fields per request at most:</source>
        <translation>Header-Felder pro Anfrage höchstens:</translation>
    </message>
    <message>
        <source>Requests with more header fields are refused with 431.</source>
        <translation>Anfragen mit mehr Header-Feldern werden mit 431 abgelehnt.</translation>
    </message>
    <message>
        <source>Upload size at most:</source>
        <translation>Upload-Größe höchstens:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Larger uploads are refused with 413; a route can set its own limit.</source>
        <translation>Größere Uploads werden mit 413 abgelehnt; eine Route kann ein eigenes Limit festlegen.</translation>
    </message>
    <message>
        <source>Start a new log file at:</source>
        <translation>Neue Protokolldatei beginnen ab:</translation>
    </message>
    <message>
        <source>The access log also starts a new file every midnight; old files are compressed.</source>
        <translation>Das Zugriffsprotokoll beginnt außerdem jeden Tag um Mitternacht eine neue Datei; alte Dateien werden komprimiert.</translation>
    </message>
    <message>
        <source>Delete old log files after:</source>
        <translation>Alte Protokolldateien löschen nach:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Rotated access log files older than this are deleted.</source>
        <translation>Abgelegte Zugriffsprotokolldateien, die älter sind, werden gelöscht.</translation>
    </message>
    <message>
        <source>How the proxy engine serves your sites, and how the Portico app looks and behaves on this computer.</source>
        <translation>Wie der Proxy-Dienst Ihre Websites bereitstellt und wie die Portico-App auf diesem Computer aussieht und sich verhält.</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>When you close the window:</source>
        <translation>Beim Schließen des Fensters:</translation>
    </message>
    <message>
        <source>Keep Portico running in the tray</source>
        <translation>Portico im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>When you close the window, keep Portico running in the tray</source>
        <translation>Beim Schließen des Fensters Portico im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Quit Portico and stop serving the sites</source>
        <translation>Portico beenden und die Websites nicht mehr bereitstellen</translation>
    </message>
    <message>
        <source>When you close the window, quit Portico and stop serving the sites</source>
        <translation>Beim Schließen des Fensters Portico beenden und die Websites nicht mehr bereitstellen</translation>
    </message>
    <message>
        <source>In the tray, Portico keeps serving your sites; quit it from the tray icon&apos;s menu.</source>
        <translation>Im Infobereich stellt Portico Ihre Websites weiter bereit; beendet wird es über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <source>Start Portico when I log in</source>
        <translation>Portico bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation>Konfigurationsverlauf</translation>
    </message>
    <message>
        <source>Open the folder of the configuration file</source>
        <translation>Ordner der Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>Sites, pools, listeners and the engine settings above are read from this file.</source>
        <translation>Websites, Pools, Adressen und die obigen Diensteinstellungen werden aus dieser Datei gelesen.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>These settings are part of the configuration file and apply to every site. Change them, then choose Apply: you see what changes before anything is applied.</source>
        <translation>Diese Einstellungen sind Teil der Konfigurationsdatei und gelten für alle Websites. Nach dem Ändern „Übernehmen“ wählen: Vor dem Übernehmen wird angezeigt, was sich ändert.</translation>
    </message>
    <message>
        <source>One per processor core (%1)</source>
        <translation>Einer pro Prozessorkern (%1)</translation>
    </message>
    <message>
        <source>A new number of workers takes effect the next time the engine starts (Stop, then Start). Every other setting on this page applies at once, to new connections and requests.</source>
        <translation>Eine geänderte Anzahl von Worker-Threads wird beim nächsten Start des Dienstes wirksam („Stoppen“, dann „Starten“). Alle anderen Einstellungen auf dieser Seite gelten sofort für neue Verbindungen und Anfragen.</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source>In seconds, from 1 to 3,600 (one hour).</source>
        <translation>In Sekunden, von 1 bis 3.600 (eine Stunde).</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Write an access log (one line per request)</source>
        <translation>Zugriffsprotokoll schreiben (eine Zeile pro Anfrage)</translation>
    </message>
    <message>
        <source>Write an access log</source>
        <translation>Zugriffsprotokoll schreiben</translation>
    </message>
    <message>
        <source>Access log format:</source>
        <translation>Format des Zugriffsprotokolls:</translation>
    </message>
    <message>
        <source>Combined (like Apache and nginx)</source>
        <translation>Combined (wie Apache und nginx)</translation>
    </message>
    <message>
        <source>JSON (one object per line)</source>
        <translation>JSON (ein Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>Access log format</source>
        <translation>Format des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>Engine log detail:</source>
        <translation>Detailgrad des Dienstprotokolls:</translation>
    </message>
    <message>
        <source>Debug (everything, for troubleshooting)</source>
        <translation>Debug (alles, zur Fehlersuche)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Engine log detail</source>
        <translation>Detailgrad des Dienstprotokolls</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert the engine settings</source>
        <translation>Diensteinstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>Show the engine settings in force again, dropping your edits</source>
        <translation>Wieder die geltenden Diensteinstellungen anzeigen und die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Übernehmen …</translation>
    </message>
    <message>
        <source>Apply the engine settings</source>
        <translation>Diensteinstellungen übernehmen</translation>
    </message>
    <message>
        <source>Review what changes, then apply and save it</source>
        <translation>Prüfen, was sich ändert, dann übernehmen und speichern</translation>
    </message>
    <message>
        <source>Engine settings status</source>
        <translation>Status der Diensteinstellungen</translation>
    </message>
    <message>
        <source>Portico follows the system&apos;s light or dark mode; there is nothing to choose here. It now shows the %1 colours. To use one regardless of the system, start Portico with --color-scheme light or --color-scheme dark.</source>
        <translation>Portico folgt dem hellen oder dunklen Modus des Systems; hier gibt es nichts auszuwählen. Derzeit werden die %1 Farben angezeigt. Um unabhängig vom System einen Modus zu verwenden, Portico mit --color-scheme light oder --color-scheme dark starten.</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunklen</translation>
    </message>
    <message>
        <source>light</source>
        <translation>hellen</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Änderungen noch nicht übernommen.</translation>
    </message>
    <message>
        <source>Applied and saved. The new number of workers takes effect the next time the engine starts (Stop, then Start).</source>
        <translation>Übernommen und gespeichert. Die geänderte Anzahl von Worker-Threads wird beim nächsten Start des Dienstes wirksam („Stoppen“, dann „Starten“).</translation>
    </message>
    <message>
        <source>Applied and saved.</source>
        <translation>Übernommen und gespeichert.</translation>
    </message>
    <message>
        <source>Portico adds itself to your desktop&apos;s startup programs (%1). It opens with its window, like when you start it yourself.</source>
        <translation>Portico trägt sich in die Autostart-Programme Ihres Desktops ein (%1). Es öffnet sich mit seinem Fenster, wie beim Starten von Hand.</translation>
    </message>
    <message>
        <source>Starting at login is not available on this system.</source>
        <translation>Der Start bei der Anmeldung ist auf diesem System nicht verfügbar.</translation>
    </message>
    <message>
        <source>Portico could not change this: %1</source>
        <translation>Portico konnte dies nicht ändern: %1</translation>
    </message>
</context>
<context>
    <name>Portico::SiteBackendsPage</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Which servers run the application?</source>
        <translation>Auf welchen Servern läuft die Anwendung?</translation>
    </message>
    <message>
        <source>Portico passes the site&apos;s requests on to these servers. Give each one&apos;s host name or IP address and the port the application listens on, and press Test to see that it answers.</source>
        <translation>Portico gibt die Anfragen der Website an diese Server weiter. Geben Sie für jeden den Hostnamen oder die IP-Adresse und den Port der Anwendung an, und klicken Sie auf „Testen“, um zu sehen, ob er antwortet.</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
</context>
<context>
    <name>Portico::SiteBalancingPage</name>
    <message>
        <source>Balancing and health</source>
        <translation>Verteilung und Zustand</translation>
    </message>
    <message>
        <source>How should Portico share the requests, and how does it notice a server is down?</source>
        <translation>Wie soll Portico die Anfragen verteilen, und wie bemerkt es, dass ein Server ausgefallen ist?</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Check regularly that each server answers, and stop sending requests to one that does not</source>
        <translation>Regelmäßig prüfen, ob jeder Server antwortet, und keine Anfragen an einen senden, der es nicht tut</translation>
    </message>
    <message>
        <source>Page to ask for:</source>
        <translation>Abzurufende Seite:</translation>
    </message>
    <message>
        <source>/ or a status page such as /health</source>
        <translation>/ oder eine Statusseite wie /health</translation>
    </message>
    <message>
        <source>▾ Hide advanced settings</source>
        <translation>▾ Erweiterte Einstellungen ausblenden</translation>
    </message>
    <message>
        <source>▸ Show advanced settings</source>
        <translation>▸ Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Balancing</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Same server by:</source>
        <translation>Gleicher Server nach:</translation>
    </message>
    <message>
        <source>Header or cookie name:</source>
        <translation>Name des Headers oder Cookies:</translation>
    </message>
    <message>
        <source>Cookie name:</source>
        <translation>Name des Cookies:</translation>
    </message>
    <message>
        <source>When every server is down:</source>
        <translation>Wenn alle Server ausgefallen sind:</translation>
    </message>
    <message>
        <source>Slow start:</source>
        <translation>Langsamer Start:</translation>
    </message>
    <message>
        <source>A server that comes back gets its full share of requests only after this long; 0 gives it at once</source>
        <translation>Ein Server, der zurückkommt, erhält seinen vollen Anteil an Anfragen erst nach dieser Zeit; 0 gibt ihn sofort</translation>
    </message>
    <message>
        <source>Check by:</source>
        <translation>Prüfen durch:</translation>
    </message>
    <message>
        <source>Asking for a page (HTTP)</source>
        <translation>Abrufen einer Seite (HTTP)</translation>
    </message>
    <message>
        <source>Only connecting (TCP)</source>
        <translation>Nur Verbinden (TCP)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Host header:</source>
        <translation>Host-Header:</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s own host name</source>
        <translation>Leer: der eigene Hostname des Servers</translation>
    </message>
    <message>
        <source>Healthy status:</source>
        <translation>Gesunder Status:</translation>
    </message>
    <message>
        <source>200-399</source>
        <translation>200-399</translation>
    </message>
    <message>
        <source>Page must contain:</source>
        <translation>Seite muss enthalten:</translation>
    </message>
    <message>
        <source>Empty: any page will do</source>
        <translation>Leer: jede Seite genügt</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Prüfen alle:</translation>
    </message>
    <message>
        <source>Give up after:</source>
        <translation>Aufgeben nach:</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Suffix of a spin box in milliseconds; keep the leading space.</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Passed checks in a row to count as up:</source>
        <translation>Bestandene Prüfungen in Folge bis „in Betrieb“:</translation>
    </message>
    <message>
        <source>Failed checks in a row to count as down:</source>
        <translation>Fehlgeschlagene Prüfungen in Folge bis „ausgefallen“:</translation>
    </message>
</context>
<context>
    <name>Portico::SiteHostnamesPage</name>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Which web addresses belong to this site?</source>
        <translation>Welche Webadressen gehören zu dieser Website?</translation>
    </message>
    <message>
        <source>Visitors reach the site by these names. Each name must point to this computer in your DNS or hosts file.</source>
        <translation>Besucher erreichen die Website unter diesen Namen. Jeder Name muss in Ihrem DNS oder der hosts-Datei auf diesen Computer zeigen.</translation>
    </message>
    <message>
        <source>Server names:</source>
        <translation>Servernamen:</translation>
    </message>
    <message>
        <source>intranet.example.com, wiki.example.com</source>
        <translation>intranet.example.com, wiki.example.com</translation>
    </message>
    <message>
        <source>Separate names with commas. *.example.com covers every name under example.com.</source>
        <translation>Namen durch Kommas trennen. *.example.com deckt jeden Namen unter example.com ab.</translation>
    </message>
    <message>
        <source>Also answer requests for names no other site claims (default site)</source>
        <translation>Auch Anfragen für Namen beantworten, die keine andere Website beansprucht (Standard-Website)</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Name der Website:</translation>
    </message>
    <message>
        <source>A short name for lists, e.g. intranet</source>
        <translation>Ein kurzer Name für Listen, z. B. intranet</translation>
    </message>
    <message>
        <source>Reachable on:</source>
        <translation>Erreichbar unter:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Every address Portico listens on (none yet)</source>
        <translation>Jeder Adresse, unter der Portico erreichbar ist (noch keine)</translation>
    </message>
    <message>
        <source>Every address Portico listens on: %1</source>
        <translation>Jeder Adresse, unter der Portico erreichbar ist: %1</translation>
    </message>
    <message>
        <source>Also listen on another address and port</source>
        <translation>Zusätzlich unter einer anderen Adresse und einem anderen Port</translation>
    </message>
    <message>
        <source>Every site is reachable on every address Portico listens on. Use 0.0.0.0 to listen on all network interfaces of this computer; port 80 is the usual one for http://.</source>
        <translation>Jede Website ist unter jeder Adresse erreichbar, unter der Portico erreichbar ist. Mit 0.0.0.0 ist Portico auf allen Netzwerkschnittstellen dieses Computers erreichbar; Port 80 ist der übliche für http://.</translation>
    </message>
</context>
<context>
    <name>Portico::SiteReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>This is what changes when you press Apply.</source>
        <translation>Das ändert sich, wenn Sie auf „Übernehmen“ klicken.</translation>
    </message>
    <message>
        <source>Compared with the configuration in force:</source>
        <translation>Im Vergleich zur geltenden Konfiguration:</translation>
    </message>
    <message>
        <source>Portico will add the following to the configuration in force:</source>
        <translation>Portico fügt der geltenden Konfiguration Folgendes hinzu:</translation>
    </message>
    <message>
        <source>Apply takes effect at once, without dropping connections, and saves the configuration to %1. The previous version is kept in its history folder.</source>
        <translation>„Übernehmen“ wirkt sofort, ohne Verbindungen zu trennen, und speichert die Konfiguration in %1. Die vorige Version bleibt in ihrem Verlaufsordner erhalten.</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Es wurde nichts geändert:</translation>
    </message>
    <message>
        <source>The local CA could not issue the certificate: %1</source>
        <translation>Die lokale CA konnte das Zertifikat nicht ausstellen: %1</translation>
    </message>
</context>
<context>
    <name>Portico::SiteTableModel</name>
    <message>
        <source>%1 (default site)</source>
        <translation>%1 (Standard-Website)</translation>
    </message>
    <message>
        <source>Any name no other site claims</source>
        <translation>Jeder Name, den keine andere Website beansprucht</translation>
    </message>
    <message>
        <source>%1 → redirect (%2) to %3</source>
        <extracomment>A redirect route: path prefix, HTTP status, target URL.</extracomment>
        <translation>%1 → Weiterleitung (%2) nach %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A route: path prefix, then the pool its requests go to.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No routes</source>
        <translation>Keine Routen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n server(s))</source>
        <translation>
            <numerusform>%1 (%n Server)</numerusform>
            <numerusform>%1 (%n Server)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers with status 5xx since the engine started, Portico&apos;s own included</source>
        <translation>Antworten mit Status 5xx seit dem Start des Dienstes, die von Portico selbst eingeschlossen</translation>
    </message>
    <message>
        <source>Requests per second over the last second</source>
        <translation>Anfragen pro Sekunde in der letzten Sekunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Server names</source>
        <translation>Servernamen</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Portico::SiteTlsPage</name>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Should visitors reach the site over a secure https:// connection?</source>
        <translation>Sollen Besucher die Website über eine sichere https://-Verbindung erreichen?</translation>
    </message>
    <message>
        <source>Browsers show a site as secure only with a certificate for its names. Where should Portico get one?</source>
        <translation>Browser zeigen eine Website nur dann als sicher an, wenn sie ein Zertifikat für ihre Namen hat. Woher soll Portico eines bekommen?</translation>
    </message>
    <message>
        <source>Browsers show a site as secure only with a certificate for its names (%1). Where should Portico get one?</source>
        <translation>Browser zeigen eine Website nur dann als sicher an, wenn sie ein Zertifikat für ihre Namen (%1) hat. Woher soll Portico eines bekommen?</translation>
    </message>
    <message>
        <source>No HTTPS</source>
        <translation>Kein HTTPS</translation>
    </message>
    <message>
        <source>Plain http:// only; browsers mark the pages &quot;Not secure&quot;.</source>
        <translation>Nur einfaches http://; Browser kennzeichnen die Seiten als „Nicht sicher“.</translation>
    </message>
    <message>
        <source>Automatic certificate from Let&apos;s Encrypt</source>
        <translation>Automatisches Zertifikat von Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Automatic certificate from the certificate authority %1</source>
        <translation>Automatisches Zertifikat von der Zertifizierungsstelle %1</translation>
    </message>
    <message>
        <source>Free, trusted by every browser, renewed by Portico. The names must be reachable from the internet on port 80; no wildcard names.</source>
        <translation>Kostenlos, von jedem Browser anerkannt, von Portico erneuert. Die Namen müssen aus dem Internet auf Port 80 erreichbar sein; keine Platzhalternamen.</translation>
    </message>
    <message>
        <source>Certificate from the office&apos;s local CA</source>
        <translation>Zertifikat von der lokalen CA des Büros</translation>
    </message>
    <message>
        <source>For internal names (intranet, NAS); trusted where the office&apos;s CA certificate is installed.</source>
        <translation>Für interne Namen (Intranet, NAS); anerkannt überall dort, wo das CA-Zertifikat des Büros installiert ist.</translation>
    </message>
    <message>
        <source>A certificate I already have</source>
        <translation>Ein bereits vorhandenes Zertifikat</translation>
    </message>
    <message>
        <source>One imported or made on the Certificates page, e.g. bought from a commercial CA.</source>
        <translation>Eines, das auf der Seite „Zertifikate“ importiert oder erstellt wurde, z. B. ein bei einer kommerziellen CA gekauftes.</translation>
    </message>
    <message>
        <source>E-mail (optional):</source>
        <translation>E-Mail (optional):</translation>
    </message>
    <message>
        <source>admin@example.com, for notices about the account</source>
        <translation>admin@example.com, für Hinweise zum Konto</translation>
    </message>
    <message>
        <source>I accept the terms of service of %1</source>
        <translation>Ich akzeptiere die Nutzungsbedingungen von %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Read them&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Nutzungsbedingungen lesen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Checks that port 80 reaches Portico and that the names point here, as Portico runs now.</source>
        <translation>Prüft mit dem aktuellen Stand von Portico, ob Port 80 Portico erreicht und ob die Namen hierher zeigen.</translation>
    </message>
    <message>
        <source>Issue now</source>
        <translation>Jetzt ausstellen</translation>
    </message>
    <message>
        <source>Certificates that do not cover every name of the site are greyed out. Import or make certificates on the Certificates page.</source>
        <translation>Zertifikate, die nicht jeden Namen der Website abdecken, sind ausgegraut. Zertifikate lassen sich auf der Seite „Zertifikate“ importieren oder erstellen.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Send visitors from http:// to https://</source>
        <translation>Besucher von http:// zu https:// weiterleiten</translation>
    </message>
    <message>
        <source>Also listen for https:// on this address:</source>
        <translation>Zusätzlich für https:// erreichbar unter dieser Adresse:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Portico does not listen for https:// yet; without such an address visitors cannot reach the site over https://. Port 443 is the usual one; 0.0.0.0 means every network interface of this computer.</source>
        <translation>Portico ist noch nicht für https:// erreichbar; ohne eine solche Adresse können Besucher die Website nicht über https:// erreichen. Port 443 ist der übliche; 0.0.0.0 steht für alle Netzwerkschnittstellen dieses Computers.</translation>
    </message>
    <message>
        <source>Portico answers https:// on %1.</source>
        <translation>Portico ist unter %1 für https:// erreichbar.</translation>
    </message>
    <message>
        <source>▾ Hide advanced settings</source>
        <translation>▾ Erweiterte Einstellungen ausblenden</translation>
    </message>
    <message>
        <source>▸ Show advanced settings</source>
        <translation>▸ Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Tell browsers to always use HTTPS (HSTS):</source>
        <translation>Browser anweisen, immer HTTPS zu verwenden (HSTS):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Für 1 Tag</translation>
    </message>
    <message>
        <source>For 6 months</source>
        <translation>Für 6 Monate</translation>
    </message>
    <message>
        <source>For 1 year</source>
        <translation>Für 1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>Für %n Tag</numerusform>
            <numerusform>Für %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Also for every name under the site&apos;s names (includeSubDomains)</source>
        <translation>Auch für jeden Namen unterhalb der Namen der Website (includeSubDomains)</translation>
    </message>
    <message>
        <source>Hard to undo: a browser that has seen this refuses http:// for the site for the whole time chosen, even if HTTPS is turned off later. Start with 1 day and lengthen it once everything works.</source>
        <translation>Schwer rückgängig zu machen: Ein Browser, der dies gesehen hat, lehnt http:// für die Website während der gesamten gewählten Zeit ab, auch wenn HTTPS später abgeschaltet wird. Mit 1 Tag beginnen und die Dauer verlängern, sobald alles funktioniert.</translation>
    </message>
    <message>
        <source>%1 cannot get a certificate this way: certificate authorities prove wildcard names only through DNS records, which Portico cannot do. List the exact names on the first step, or use the local CA.</source>
        <translation>%1 kann auf diesem Weg kein Zertifikat erhalten: Zertifizierungsstellen bestätigen Platzhalternamen nur über DNS-Einträge, was Portico nicht kann. Im ersten Schritt die genauen Namen angeben oder die lokale CA verwenden.</translation>
    </message>
    <message>
        <source>Portico uses the account with %1 set up before.</source>
        <translation>Portico verwendet das zuvor eingerichtete Konto bei %1.</translation>
    </message>
    <message>
        <source>Portico uses the account with %1 set up before (e-mail: %2).</source>
        <translation>Portico verwendet das zuvor eingerichtete Konto bei %1 (E-Mail: %2).</translation>
    </message>
    <message>
        <source>Portico creates an account with %1 for all sites once you accept its terms. Right after Apply it asks for the certificate, and renews it by itself; the Certificates page shows how it goes.</source>
        <translation>Portico legt bei %1 ein Konto für alle Websites an, sobald die Nutzungsbedingungen akzeptiert sind. Direkt nach „Übernehmen“ fordert es das Zertifikat an und erneuert es danach selbstständig; die Seite „Zertifikate“ zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <source>does not cover %1</source>
        <translation>deckt %1 nicht ab</translation>
    </message>
    <message>
        <source>There is no local CA yet. Create one on the Certificates page (New certificate…, then &quot;From the office&apos;s local CA&quot;), then come back to this step.</source>
        <translation>Es gibt noch keine lokale CA. Eine auf der Seite „Zertifikate“ erstellen („Neues Zertifikat …“, dann „Von der lokalen CA des Büros“) und danach zu diesem Schritt zurückkehren.</translation>
    </message>
    <message>
        <source>The site has no names to put in a certificate. Give it names on the first step.</source>
        <translation>Die Website hat keine Namen, die in ein Zertifikat aufgenommen werden könnten. Im ersten Schritt Namen angeben.</translation>
    </message>
    <message>
        <source>The site uses the certificate &quot;%1&quot; from the local CA, valid until %2.</source>
        <translation>Die Website verwendet das Zertifikat „%1“ der lokalen CA, gültig bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>When you press Apply, &quot;%1&quot; issues a certificate for %2, valid for %n day(s) (browsers accept no longer). Or issue it now.</source>
        <translation>
            <numerusform>Beim Klick auf „Übernehmen“ stellt „%1“ ein Zertifikat für %2 aus, gültig für %n Tag (länger akzeptieren Browser nicht). Es kann auch sofort ausgestellt werden.</numerusform>
            <numerusform>Beim Klick auf „Übernehmen“ stellt „%1“ ein Zertifikat für %2 aus, gültig für %n Tage (länger akzeptieren Browser nicht). Es kann auch sofort ausgestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The files the site uses: %1</source>
        <translation>Die Dateien, die die Website verwendet: %1</translation>
    </message>
    <message>
        <source>no longer in the store</source>
        <translation>nicht mehr im Zertifikatsspeicher</translation>
    </message>
    <message>
        <source>Whichever stored certificate covers each name (chosen automatically)</source>
        <translation>Jeweils das gespeicherte Zertifikat, das den Namen abdeckt (automatisch gewählt)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), until %3</source>
        <extracomment>A stored certificate: its name, the names it covers, until when it is valid.</extracomment>
        <translation>%1 (%2), bis %3</translation>
    </message>
    <message>
        <source>There are no certificates in the store yet</source>
        <translation>Im Zertifikatsspeicher gibt es noch keine Zertifikate</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>Let the failed checks pass first, or the certificate authority will refuse the certificate. Portico keeps trying after Apply, so you may still go on.</source>
        <translation>Zuerst die fehlgeschlagenen Prüfungen beheben, sonst lehnt die Zertifizierungsstelle das Zertifikat ab. Portico versucht es nach „Übernehmen“ weiter, ein Fortfahren ist also trotzdem möglich.</translation>
    </message>
    <message>
        <source>Nothing stands in the way of the certificate.</source>
        <translation>Dem Zertifikat steht nichts im Weg.</translation>
    </message>
    <message>
        <source>This certificate cannot be used: %1. Choose another.</source>
        <translation>Dieses Zertifikat kann nicht verwendet werden: %1. Bitte ein anderes wählen.</translation>
    </message>
</context>
<context>
    <name>Portico::SiteWizard</name>
    <message>
        <source>Edit site %1</source>
        <translation>Website %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Portico::SitesPage</name>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>The web addresses Portico answers, and where it sends their requests.</source>
        <translation>Die Webadressen, die Portico beantwortet, und wohin es ihre Anfragen schickt.</translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation>Noch keine Websites</translation>
    </message>
    <message>
        <source>Until you add a site, Portico answers every request with its welcome page. A site ties names like intranet.example.com to the servers that run the application.</source>
        <translation>Bis Sie eine Website hinzufügen, beantwortet Portico jede Anfrage mit seiner Willkommensseite. Eine Website verbindet Namen wie intranet.example.com mit den Servern, auf denen die Anwendung läuft.</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Website hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test routes…</source>
        <translation>Routen testen …</translation>
    </message>
    <message>
        <source>Find out which site, route and server would answer an address</source>
        <translation>Herausfinden, welche Website, Route und welcher Server eine Adresse beantworten würden</translation>
    </message>
    <message>
        <source>Saved in %1. Changes take effect at once; earlier versions are kept in its history folder.</source>
        <translation>Gespeichert in %1. Änderungen wirken sofort; frühere Versionen bleiben in ihrem Verlaufsordner erhalten.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Website entfernen</translation>
    </message>
    <message>
        <source>Remove the site &quot;%1&quot;? Portico stops answering its names at once. Its pool is removed too unless another site uses it. The configuration file keeps the previous version in its history.</source>
        <translation>Die Website „%1“ entfernen? Portico beantwortet ihre Namen ab sofort nicht mehr. Ihr Pool wird ebenfalls entfernt, sofern keine andere Website ihn verwendet. Die Konfigurationsdatei bewahrt die vorige Version in ihrem Verlauf auf.</translation>
    </message>
    <message>
        <source>The site was not removed</source>
        <translation>Die Website wurde nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Portico::StateText</name>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppt …</translation>
    </message>
</context>
<context>
    <name>Portico::TopListModel</name>
    <message>
        <source>(none)</source>
        <extracomment>A top list entry without a name (e.g. requests that matched no site).</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>Portico::TrayIcon</name>
    <message>
        <source>Portico is still running</source>
        <translation>Portico läuft weiter</translation>
    </message>
    <message>
        <source>Open Portico</source>
        <translation>Portico öffnen</translation>
    </message>
    <message>
        <source>Quit Portico</source>
        <translation>Portico beenden</translation>
    </message>
    <message>
        <source>Portico: %1</source>
        <translation>Portico: %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>The window was closed, but Portico keeps serving your sites. To stop it, choose Quit Portico in the menu of this icon.</source>
        <translation>Das Fenster wurde geschlossen, aber Portico bedient Ihre Websites weiter. Zum Beenden wählen Sie „Portico beenden“ im Menü dieses Symbols.</translation>
    </message>
    <message>
        <source>A certificate expires soon</source>
        <translation>Ein Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <translation>Ein Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>A certificate could not be renewed</source>
        <translation>Ein Zertifikat konnte nicht erneuert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n sites have no working server</source>
        <translation>
            <numerusform>%n Website hat keinen funktionierenden Server</numerusform>
            <numerusform>%n Websites haben keinen funktionierenden Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites %1 have no working server</source>
        <translation>Websites %1 haben keinen funktionierenden Server</translation>
    </message>
    <message>
        <source>Site %1 has no working server</source>
        <translation>Website %1 hat keinen funktionierenden Server</translation>
    </message>
    <message>
        <source>Server %1 is down</source>
        <translation>Server %1 ist ausgefallen</translation>
    </message>
    <message numerus="yes">
        <source>%n servers are down</source>
        <translation>
            <numerusform>%n Server ist ausgefallen</numerusform>
            <numerusform>%n Server sind ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites work again</source>
        <translation>
            <numerusform>%n Website funktioniert wieder</numerusform>
            <numerusform>%n Websites funktionieren wieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites %1 work again</source>
        <translation>Websites %1 funktionieren wieder</translation>
    </message>
    <message>
        <source>Site %1 works again</source>
        <translation>Website %1 funktioniert wieder</translation>
    </message>
    <message>
        <source>Server %1 is back</source>
        <translation>Server %1 ist wieder erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n servers are back</source>
        <translation>
            <numerusform>%n Server ist wieder erreichbar</numerusform>
            <numerusform>%n Server sind wieder erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause engine</source>
        <translation>Dienst anhalten</translation>
    </message>
    <message>
        <source>Resume engine</source>
        <translation>Dienst fortsetzen</translation>
    </message>
    <message>
        <source>Stop serving the sites until you resume; requests in progress finish first</source>
        <translation>Websites bis zum Fortsetzen nicht mehr bereitstellen; laufende Anfragen werden zuerst abgeschlossen</translation>
    </message>
    <message>
        <source>Start serving the sites again</source>
        <translation>Websites wieder bereitstellen</translation>
    </message>
    <message>
        <source>Portico: paused, not serving any site</source>
        <translation>Portico: angehalten, keine Website wird bereitgestellt</translation>
    </message>
    <message>
        <source>Portico: the engine could not start</source>
        <translation>Portico: Der Dienst konnte nicht starten</translation>
    </message>
    <message>
        <source>Portico: site %1 has no working server</source>
        <translation>Portico: Website %1 hat keinen funktionierenden Server</translation>
    </message>
    <message>
        <source>Portico: sites %1 have no working server</source>
        <translation>Portico: Websites %1 haben keinen funktionierenden Server</translation>
    </message>
    <message numerus="yes">
        <source>Portico: running, but %n server(s) are down</source>
        <translation>
            <numerusform>Portico: läuft, aber %n Server ist ausgefallen</numerusform>
            <numerusform>Portico: läuft, aber %n Server sind ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>Portico: running; recent warning: %1</source>
        <translation>Portico: läuft; letzte Warnung: %1</translation>
    </message>
    <message>
        <source>Portico: running, every site has a working server</source>
        <translation>Portico: läuft, jede Website hat einen funktionierenden Server</translation>
    </message>
</context>
<context>
    <name>Portico::WafExceptionDialog</name>
    <message>
        <source>Add an exception</source>
        <translation>Ausnahme hinzufügen</translation>
    </message>
    <message>
        <source>Stop the attack rule &quot;%1&quot; on &quot;%2&quot; where it blocked a request that is fine. The other rules still apply there.</source>
        <extracomment>%1 an attack rule&apos;s title, %2 a site&apos;s name.</extracomment>
        <translation>Die Angriffsregel „%1“ für „%2“ dort abschalten, wo sie eine harmlose Anfrage blockiert hat. Die anderen Regeln gelten dort weiterhin.</translation>
    </message>
    <message>
        <source>Everything under %1</source>
        <translation>Alles unter %1</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Ausnahme hinzufügen</translation>
    </message>
    <message>
        <source>You see the change before it is applied.</source>
        <translation>Die Änderung wird angezeigt, bevor sie übernommen wird.</translation>
    </message>
</context>
</TS>
