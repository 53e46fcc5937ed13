<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Portico::BackendsPage</name>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>The servers behind your sites, grouped in pools.</source>
        <translation>Die Server hinter Ihren Websites, in Pools gruppiert.</translation>
    </message>
    <message>
        <source>No backends yet</source>
        <translation>Noch keine Backends</translation>
    </message>
    <message>
        <source>Backends are the servers that run your applications; a pool groups the ones that serve the same application. The configuration file %1 has none yet, and editing pools in Portico comes in a later version.</source>
        <translation>Backends sind die Server, auf denen Ihre Anwendungen laufen; ein Pool fasst die zusammen, die dieselbe Anwendung bereitstellen. Die Konfigurationsdatei %1 enthält noch keine, und das Bearbeiten von Pools in Portico kommt in einer späteren Version.</translation>
    </message>
    <message>
        <source>Pool / backend</source>
        <translation>Pool / Backend</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>This list shows the configured backends. Health checks come in a later version, so Portico cannot yet tell whether a backend is up.</source>
        <translation>Diese Liste zeigt die konfigurierten Backends. Zustandsprüfungen kommen in einer späteren Version; Portico kann also noch nicht erkennen, ob ein Backend erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Where a pool is used: site name and path prefix.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not used by any site</source>
        <translation>Von keiner Website verwendet</translation>
    </message>
    <message>
        <source>No backends</source>
        <translation>Keine Backends</translation>
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
        <source>The wizard for adding sites comes in a later version of Portico. Until then, sites are added by editing the configuration file.</source>
        <translation>Der Assistent zum Hinzufügen von Websites kommt in einer späteren Version von Portico. Bis dahin werden Websites durch Bearbeiten der Konfigurationsdatei hinzugefügt.</translation>
    </message>
    <message>
        <source>Adding sites here comes in a later version.</source>
        <translation>Websites hier hinzuzufügen ist in einer späteren Version möglich.</translation>
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
        <source>Read from %1. Editing sites in Portico comes in a later version.</source>
        <translation>Gelesen aus %1. Das Bearbeiten von Websites in Portico kommt in einer späteren Version.</translation>
    </message>
    <message>
        <source>%1 (default site)</source>
        <translation>%1 (Standard-Website)</translation>
    </message>
    <message>
        <source>Any name no other site claims</source>
        <translation>Jeder Name, den keine andere Website beansprucht</translation>
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
    <message>
        <source>%1 → redirect (%2) to %3</source>
        <extracomment>A redirect route: path prefix, HTTP status, target URL.</extracomment>
        <translation>%1 → Weiterleitung (%2) nach %3</translation>
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
