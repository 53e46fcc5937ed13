<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
    <message>
        <source>Nothing was changed:</source>
        <translation>Es wurde nichts geändert:</translation>
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
        <source>Caching is not available yet</source>
        <translation>Zwischenspeichern ist noch nicht verfügbar</translation>
    </message>
    <message>
        <source>This page will show how much the cache holds, how often it answers requests, and let you empty it. This version of Portico caches nothing.</source>
        <translation>Diese Seite wird zeigen, wie viel der Cache enthält und wie oft er Anfragen beantwortet, und ihn leeren können. Diese Version von Portico speichert nichts zwischen.</translation>
    </message>
</context>
<context>
    <name>Portico::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>TLS certificates that let your sites use HTTPS.</source>
        <translation>TLS-Zertifikate, mit denen Ihre Websites HTTPS verwenden können.</translation>
    </message>
    <message>
        <source>Certificates are not available yet</source>
        <translation>Zertifikate sind noch nicht verfügbar</translation>
    </message>
    <message>
        <source>This page will list the certificates of your sites, whether imported or obtained automatically, with their expiry dates. This version of Portico serves plain HTTP only and keeps no certificates.</source>
        <translation>Diese Seite wird die Zertifikate Ihrer Websites auflisten, ob importiert oder automatisch bezogen, mit ihrem Ablaufdatum. Diese Version von Portico bedient nur unverschlüsseltes HTTP und verwaltet keine Zertifikate.</translation>
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
</context>
<context>
    <name>Portico::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>What Portico is doing right now.</source>
        <translation>Was Portico gerade tut.</translation>
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
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
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
        <source>Response time, median</source>
        <translation>Antwortzeit, Median</translation>
    </message>
    <message>
        <source>Response time, 95th percentile</source>
        <translation>Antwortzeit, 95. Perzentil</translation>
    </message>
    <message>
        <source>Response time, 99th percentile</source>
        <translation>Antwortzeit, 99. Perzentil</translation>
    </message>
    <message>
        <source>Responses by status</source>
        <translation>Antworten nach Status</translation>
    </message>
    <message>
        <source>1xx informational</source>
        <translation>1xx Information</translation>
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
        <source>Charts of these figures will come in a later version.</source>
        <translation>Diagramme dieser Werte kommen in einer späteren Version.</translation>
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
    <name>Portico::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What the engine reported since Portico started, newest first.</source>
        <translation>Was der Dienst seit dem Start von Portico gemeldet hat, das Neueste zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). Portico keeps the newest %1 while it runs; a log of individual requests comes in a later version.</source>
        <translation>
            <numerusform>%n Ereignis. Portico behält während der Laufzeit die neuesten %1; ein Protokoll einzelner Anfragen kommt in einer späteren Version.</numerusform>
            <numerusform>%n Ereignisse. Portico behält während der Laufzeit die neuesten %1; ein Protokoll einzelner Anfragen kommt in einer späteren Version.</numerusform>
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
    <name>Portico::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Who may reach your sites, and how often.</source>
        <translation>Wer Ihre Websites erreichen darf, und wie oft.</translation>
    </message>
    <message>
        <source>Security rules are not available yet</source>
        <translation>Sicherheitsregeln sind noch nicht verfügbar</translation>
    </message>
    <message>
        <source>This page will hold access rules, rate limits and blocked addresses. This version of Portico applies none of them; it only refuses requests whose headers are larger than the limits in the configuration file allow.</source>
        <translation>Diese Seite wird Zugriffsregeln, Ratenbegrenzungen und gesperrte Adressen enthalten. Diese Version von Portico wendet nichts davon an; sie lehnt nur Anfragen ab, deren Header größer sind, als es die Grenzen in der Konfigurationsdatei erlauben.</translation>
    </message>
</context>
<context>
    <name>Portico::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How the Portico app looks and behaves on this computer.</source>
        <translation>Wie die Portico-App auf diesem Computer aussieht und sich verhält.</translation>
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
        <source>Closing the window keeps Portico running in the tray</source>
        <translation>Beim Schließen des Fensters läuft Portico im Infobereich weiter</translation>
    </message>
    <message>
        <source>Quit Portico from the tray menu to stop it.</source>
        <translation>Um Portico zu beenden, wählen Sie „Portico beenden“ im Menü des Infobereichs.</translation>
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
        <source>Sites, pools and listeners are read from this file.</source>
        <translation>Websites, Pools und Adressen werden aus dieser Datei gelesen.</translation>
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
        <source>Start engine</source>
        <translation>Dienst starten</translation>
    </message>
    <message>
        <source>Stop engine</source>
        <translation>Dienst stoppen</translation>
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
        <source>The engine could not start</source>
        <translation>Der Dienst konnte nicht starten</translation>
    </message>
    <message>
        <source>The window was closed, but Portico keeps serving your sites. To stop it, choose Quit Portico in the menu of this icon.</source>
        <translation>Das Fenster wurde geschlossen, aber Portico bedient Ihre Websites weiter. Zum Beenden wählen Sie „Portico beenden“ im Menü dieses Symbols.</translation>
    </message>
</context>
</TS>
