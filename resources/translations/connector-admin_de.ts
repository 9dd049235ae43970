<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiAnswer</name>
    <message>
        <location filename="../../src/core/wire/apianswer.cpp" line="85"/>
        <source>The server&apos;s answer has no sign-in address.</source>
        <translation>Die Antwort des Servers enthält keine Anmeldeadresse.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../src/core/net/apiclient.cpp" line="72"/>
        <source>The page must be 1 or more.</source>
        <translation>Die Seite muss 1 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apiclient.cpp" line="74"/>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apiclient.cpp" line="77"/>
        <source>The scope must be team or personal.</source>
        <translation>Der Bereich muss team oder personal sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apiclient.cpp" line="119"/>
        <source>No server is set.</source>
        <translation>Es ist kein Server festgelegt.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apiclient.cpp" line="219"/>
        <location filename="../../src/core/net/apiclient.cpp" line="278"/>
        <source>&quot;%1&quot; is not a valid connector id.</source>
        <translation>„%1“ ist keine gültige Connector-ID.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../src/core/net/apierror.cpp" line="84"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apierror.cpp" line="186"/>
        <source>The server answered HTTP %1</source>
        <translation>Der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apierror.cpp" line="187"/>
        <source>The server answered HTTP %1 %2</source>
        <translation>Der Server antwortete mit HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="23"/>
        <source>subject: %1; issuer: %2; valid %3 to %4; SHA-256 %5</source>
        <translation>Inhaber: %1; Aussteller: %2; gültig von %3 bis %4; SHA-256 %5</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apierror.cpp" line="109"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apierror.cpp" line="119"/>
        <source>The server&apos;s answer is JSON but not an object.</source>
        <translation>Die Antwort des Servers ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="133"/>
        <location filename="../../src/core/net/apireply.cpp" line="221"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="140"/>
        <source>The client was shut down.</source>
        <translation>Der Client wurde beendet.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="225"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="230"/>
        <source>The server&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="238"/>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="242"/>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="246"/>
        <source>(the server may not speak TLS: try http:// instead of https://)</source>
        <translation>(der Server spricht womöglich kein TLS: versuchen Sie http:// statt https://)</translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="251"/>
        <source>The server answered with unexpected HTTP status %1.</source>
        <translation>Der Server antwortete mit dem unerwarteten HTTP-Status %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/net/apireply.cpp" line="332"/>
        <source>(%1, %n attempts)</source>
        <translation>
            <numerusform>(%1, %n Versuch)</numerusform>
            <numerusform>(%1, %n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/net/apireply.cpp" line="333"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>AuthValuesEditor</name>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="18"/>
        <source>Credential &amp;values (e.g. apiKey, clientId). Leave empty to set them up later in PipesHub.</source>
        <translation>&amp;Werte der Zugangsdaten (z. B. apiKey, clientId). Lassen Sie sie leer, um sie später in PipesHub einzurichten.</translation>
    </message>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="50"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="55"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="65"/>
        <source>A&amp;dd value</source>
        <translation>Wert hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="75"/>
        <source>Re&amp;move value</source>
        <translation>Wert entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="95"/>
        <source>Sho&amp;w values</source>
        <translation>Werte an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="106"/>
        <source>OAuth config &amp;ID:</source>
        <translation>OAuth-Konfigurations-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../ui/authvalueseditor.ui" line="116"/>
        <source>optional, e.g. oauth_config_123</source>
        <translation>optional, z. B. oauth_config_123</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="27"/>
        <source>Select &amp;all matching</source>
        <translation>Alle Tre&amp;ffer auswählen</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="32"/>
        <source>Select every instance of the current filter, on all its pages</source>
        <translation>Jede Instanz des aktuellen Filters auswählen, auf allen Seiten</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="50"/>
        <source>Selected all %1 matching instances.</source>
        <translation>Alle %1 passenden Instanzen ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="54"/>
        <source>Select all matching was cancelled; the selection is as it was.</source>
        <translation>„Alle Treffer auswählen“ wurde abgebrochen; die Auswahl ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="67"/>
        <source>&amp;Enable sync (selected)</source>
        <translation>Synchronisierung &amp;aktivieren (Auswahl)</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="69"/>
        <source>&amp;Disable sync (selected)</source>
        <translation>Synchronisierung dea&amp;ktivieren (Auswahl)</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="71"/>
        <source>Enable &amp;agent (selected)</source>
        <translation>A&amp;gent aktivieren (Auswahl)</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="73"/>
        <source>Disable a&amp;gent (selected)</source>
        <translation>Agen&amp;t deaktivieren (Auswahl)</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="75"/>
        <source>De&amp;lete (selected)…</source>
        <translation>&amp;Löschen (Auswahl)…</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="119"/>
        <source>A bulk action is still running: wait for it to finish or cancel it first.</source>
        <translation>Eine Massenaktion läuft noch: Warten Sie, bis sie abgeschlossen ist, oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="174"/>
        <source>Select all %1 matching</source>
        <translation>Alle %1 Treffer auswählen</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkactions.cpp" line="175"/>
        <source>Select all matching</source>
        <translation>Alle Treffer auswählen</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="31"/>
        <source>How many calls run at the same time. The server may ask for fewer (429): the run then slows down by itself.</source>
        <translation>Wie viele Aufrufe gleichzeitig laufen. Der Server kann um weniger bitten (429): Der Lauf verlangsamt sich dann von selbst.</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="35"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="38"/>
        <source>At most at a time:</source>
        <translation>Höchstens gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="43"/>
        <source>Team instances are shared by the whole organisation. Type the number of instances to delete (%1) to confirm:</source>
        <translation>Team-Instanzen werden von der ganzen Organisation genutzt. Geben Sie zur Bestätigung die Anzahl der zu löschenden Instanzen (%1) ein:</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="86"/>
        <source>%1: %2 of the %3 selected instances.</source>
        <translation>%1: %2 der %3 ausgewählten Instanzen.</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="94"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="105"/>
        <source>Skipped, nothing sent (%1):</source>
        <translation>Übersprungen, nichts gesendet (%1):</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkconfirmdialog.cpp" line="111"/>
        <source>Deleting cannot be undone.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>BulkFeature</name>
    <message>
        <location filename="../../src/app/bulk/bulkfeature.cpp" line="23"/>
        <source>Se&amp;lected instances</source>
        <translation>Au&amp;sgewählte Instanzen</translation>
    </message>
</context>
<context>
    <name>BulkItem</name>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="45"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="47"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="49"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="51"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="53"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="55"/>
        <source>Unknown</source>
        <translation>Ungewiss</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="57"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>BulkItemModel</name>
    <message>
        <location filename="../../src/app/bulk/bulkitemmodel.cpp" line="63"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkitemmodel.cpp" line="65"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkitemmodel.cpp" line="67"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkitemmodel.cpp" line="69"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <location filename="../../src/core/ops/bulkoperation.cpp" line="83"/>
        <location filename="../../src/core/ops/bulkoperation.cpp" line="229"/>
        <source>Not sent: cancelled.</source>
        <translation>Nicht gesendet: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkoperation.cpp" line="156"/>
        <source>No server.</source>
        <translation>Kein Server.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkoperation.cpp" line="187"/>
        <source>Already so on the server.</source>
        <translation>Auf dem Server bereits so eingestellt.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkoperation.cpp" line="230"/>
        <source>Server busy (429): waiting %1 s.</source>
        <translation>Server ausgelastet (429): Wartezeit %1 s.</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="65"/>
        <source>Being deleted.</source>
        <translation>Wird gerade gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="70"/>
        <source>Sync is already enabled.</source>
        <translation>Die Synchronisierung ist bereits aktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="72"/>
        <source>Sync is already disabled.</source>
        <translation>Die Synchronisierung ist bereits deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="74"/>
        <source>The agent is already enabled.</source>
        <translation>Der Agent ist bereits aktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="76"/>
        <source>The agent is already disabled.</source>
        <translation>Der Agent ist bereits deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="86"/>
        <source>deleting</source>
        <translation>in Löschung</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="88"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="89"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="89"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="96"/>
        <source>Enable sync</source>
        <translation>Synchronisierung aktivieren</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="98"/>
        <source>Disable sync</source>
        <translation>Synchronisierung deaktivieren</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="100"/>
        <source>Enable agent</source>
        <translation>Agent aktivieren</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="102"/>
        <source>Disable agent</source>
        <translation>Agent deaktivieren</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="104"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="114"/>
        <source>no scope</source>
        <translation>ohne Bereich</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="152"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="27"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="28"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="29"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="55"/>
        <source>As text</source>
        <translation>Als Text</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="57"/>
        <source>As CSV</source>
        <translation>Als CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="87"/>
        <source>The server asks to slow down: waiting %1 s, then %n at a time.</source>
        <translation>
            <numerusform>Der Server bittet um weniger Last: %1 s Wartezeit, danach %n Aufruf gleichzeitig.</numerusform>
            <numerusform>Der Server bittet um weniger Last: %1 s Wartezeit, danach %n Aufrufe gleichzeitig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="111"/>
        <source>%1 of %2 instances: %3 done, %4 skipped, %5 failed, %6 unknown</source>
        <translation>%1 von %2 Instanzen: %3 erledigt, %4 übersprungen, %5 fehlgeschlagen, %6 ungewiss</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="119"/>
        <source>, %1 not sent</source>
        <translation>, %1 nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="121"/>
        <source> — cancelling: waiting for %n in flight</source>
        <translation>
            <numerusform> — wird abgebrochen: Warten auf %n laufenden Aufruf</numerusform>
            <numerusform> — wird abgebrochen: Warten auf %n laufende Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="122"/>
        <source> — running</source>
        <translation> — läuft</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/bulkprogressdialog.cpp" line="124"/>
        <source> — finished</source>
        <translation> — abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ConnectorInstance</name>
    <message>
        <location filename="../../src/core/model/connectorinstance.cpp" line="284"/>
        <source>Deletion is in progress.</source>
        <translation>Die Instanz wird gerade gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/connectorinstance.cpp" line="287"/>
        <source>Locked by a running job (%1).</source>
        <translation>Durch einen laufenden Job gesperrt (%1).</translation>
    </message>
    <message>
        <location filename="../../src/core/model/connectorinstance.cpp" line="288"/>
        <source>Locked by a running job.</source>
        <translation>Durch einen laufenden Job gesperrt.</translation>
    </message>
</context>
<context>
    <name>ConnectorLifecycle</name>
    <message>
        <location filename="../../src/core/ops/connectorlifecycle.cpp" line="13"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/core/ops/connectorlifecycle.cpp" line="130"/>
        <source>The server accepted the change, but the instance still reads otherwise.</source>
        <translation>Der Server hat die Änderung angenommen, aber die Instanz zeigt weiterhin den alten Stand.</translation>
    </message>
</context>
<context>
    <name>ConnectorListController</name>
    <message>
        <location filename="../../src/core/list/connectorlistcontroller.cpp" line="267"/>
        <source>No connector instances</source>
        <translation>Keine Connector-Instanzen</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectorlistcontroller.cpp" line="271"/>
        <source>%1-%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectorlistcontroller.cpp" line="272"/>
        <source>%1-%2 of more</source>
        <translation>%1–%2 von mehr als %2</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectorlistcontroller.cpp" line="272"/>
        <source>%1-%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>ConnectorStateDelegate</name>
    <message>
        <location filename="../../src/app/list/connectorstatedelegate.cpp" line="53"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/app/list/connectorstatedelegate.cpp" line="53"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../src/app/list/connectorstatedelegate.cpp" line="55"/>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <location filename="../../src/app/list/connectorstatedelegate.cpp" line="57"/>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <location filename="../../src/app/list/connectorstatedelegate.cpp" line="59"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../src/app/list/connectorstatedelegate.cpp" line="63"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/app/list/connectorstatedelegate.cpp" line="140"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>ConnectorTableModel</name>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="23"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="23"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="25"/>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="27"/>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="29"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="33"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="43"/>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="45"/>
        <source>Full syncing</source>
        <translation>Wird vollständig synchronisiert</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="47"/>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="66"/>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="67"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="86"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="87"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="151"/>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="153"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="174"/>
        <source>Local time (%1); the cell&apos;s tooltip and the details give UTC</source>
        <translation>Ortszeit (%1); der Tooltip der Zelle und die Details zeigen UTC</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="179"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="181"/>
        <source>Connector type</source>
        <translation>Connector-Typ</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="183"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="185"/>
        <source>Auth type</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="187"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="189"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="191"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../src/core/list/connectortablemodel.cpp" line="193"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ConnectorTypePicker</name>
    <message>
        <location filename="../../ui/connectortypepicker.ui" line="30"/>
        <source>Connector &amp;type:</source>
        <translation>Connector-&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/connectortypepicker.ui" line="40"/>
        <source>Filter by name, app group or description</source>
        <translation>Nach Name, App-Gruppe oder Beschreibung filtern</translation>
    </message>
    <message>
        <location filename="../../ui/connectortypepicker.ui" line="75"/>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../ui/connectortypepicker.ui" line="80"/>
        <source>App group</source>
        <translation>App-Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/connectortypepicker.ui" line="109"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="72"/>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="74"/>
        <source>OAuth with admin consent</source>
        <translation>OAuth mit Administratorzustimmung</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="76"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="78"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="80"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="82"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="101"/>
        <source>Loading the connector types…</source>
        <translation>Connector-Typen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="113"/>
        <source>Loading the connector types… (%1 of %2)</source>
        <translation>Connector-Typen werden geladen… (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="129"/>
        <source>%1 (beta)</source>
        <translation>%1 (Beta)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="136"/>
        <source>A beta connector: it may change, and some accounts cannot use it.</source>
        <translation>Ein Beta-Connector: Er kann sich noch ändern, und manche Konten können ihn nicht nutzen.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="143"/>
        <source>The server offers no connector types.</source>
        <translation>Der Server bietet keine Connector-Typen an.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="145"/>
        <source>Connector types available: %1.</source>
        <translation>Verfügbare Connector-Typen: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="153"/>
        <source>The connector types could not be loaded: %1</source>
        <translation>Die Connector-Typen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="179"/>
        <source>No connector type matches &quot;%1&quot;.</source>
        <translation>Kein Connector-Typ passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="214"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="216"/>
        <source>Scopes: %1</source>
        <translation>Bereiche: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="221"/>
        <source>Sign-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/connectortypepicker.cpp" line="227"/>
        <source>Choose the kind of service to connect.</source>
        <translation>Wählen Sie die Art des Dienstes, der angebunden werden soll.</translation>
    </message>
</context>
<context>
    <name>CreateConnectorDialog</name>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="55"/>
        <source>Instance &amp;name:</source>
        <translation>Instanz&amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="65"/>
        <source>e.g. Engineering Confluence</source>
        <translation>z. B. Entwicklungs-Confluence</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="75"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="88"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="101"/>
        <source>Self-&amp;hosted deployment (a base URL of your own)</source>
        <translation>Selbst ge&amp;hostet (eigene Basis-URL)</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="108"/>
        <source>&amp;Base URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="118"/>
        <source>https://confluence.example.com</source>
        <translation>https://confluence.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="130"/>
        <source>Initial confi&amp;guration (optional)</source>
        <translation>Erst&amp;konfiguration (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="153"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="158"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="163"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="169"/>
        <source>S&amp;ync filter values (a JSON object):</source>
        <translation>S&amp;ync-Filterwerte (ein JSON-Objekt):</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="188"/>
        <source>{&quot;folders&quot;: [&quot;folder_id_1&quot;], &quot;fileTypes&quot;: [&quot;pdf&quot;, &quot;docx&quot;]}</source>
        <translation>{&quot;folders&quot;: [&quot;folder_id_1&quot;], &quot;fileTypes&quot;: [&quot;pdf&quot;, &quot;docx&quot;]}</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="195"/>
        <source>Inde&amp;xing filter values (a JSON object):</source>
        <translation>Inde&amp;xierungsfilterwerte (ein JSON-Objekt):</translation>
    </message>
    <message>
        <location filename="../../ui/createconnectordialog.ui" line="214"/>
        <source>{&quot;enableManualSync&quot;: true}</source>
        <translation>{&quot;enableManualSync&quot;: true}</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="23"/>
        <source>Team: everyone in the organisation (needs an admin)</source>
        <translation>Team: alle in der Organisation (erfordert Administratorrechte)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="24"/>
        <source>Personal: only you</source>
        <translation>Persönlich: nur Sie</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="36"/>
        <source>New Connector Instance</source>
        <translation>Neue Connector-Instanz</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="38"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="39"/>
        <source>Create the connector instance on the server</source>
        <translation>Die Connector-Instanz auf dem Server erstellen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="153"/>
        <source>%1 instances can only have this scope.</source>
        <translation>Instanzen von %1 können nur diesen Bereich haben.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="170"/>
        <source>%1 needs no sign-in.</source>
        <translation>%1 benötigt keine Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="173"/>
        <source>%1 supports only this sign-in.</source>
        <translation>%1 unterstützt nur diese Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="233"/>
        <source>Waiting for the list of connector types.</source>
        <translation>Warten auf die Liste der Connector-Typen.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="235"/>
        <source>Choose a connector type.</source>
        <translation>Wählen Sie einen Connector-Typ.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="250"/>
        <source>Creating &quot;%1&quot;…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="264"/>
        <source>The server accepted the request but its answer could not be read (%1). The instance was probably created: refresh the list before trying again.</source>
        <translation>Der Server hat die Anfrage angenommen, aber seine Antwort konnte nicht gelesen werden (%1). Die Instanz wurde wahrscheinlich erstellt: Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/createconnectordialog.cpp" line="266"/>
        <source>no instance id</source>
        <translation>keine Instanz-ID</translation>
    </message>
</context>
<context>
    <name>CreateConnectorRequest</name>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="27"/>
        <source>%1.%2 must be an object.</source>
        <translation>%1.%2 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="68"/>
        <source>The instance name must not be empty.</source>
        <translation>Der Instanzname darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="72"/>
        <source>The instance name must be at most %1 characters (it has %2).</source>
        <translation>Der Instanzname darf höchstens %1 Zeichen lang sein (er hat %2).</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="75"/>
        <source>The instance name must not contain control characters.</source>
        <translation>Der Instanzname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="87"/>
        <source>The base URL must be an http:// or https:// address, e.g. https://confluence.example.com.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein, z. B. https://confluence.example.com.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="95"/>
        <source>A cron expression has five fields (minute hour day month weekday), e.g. &quot;0 */6 * * *&quot;.</source>
        <translation>Ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag Monat Wochentag), z. B. „0 */6 * * *“.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="98"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="99"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="100"/>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="101"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="102"/>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="106"/>
        <source>The cron %1 field &quot;%2&quot; is not valid.</source>
        <translation>Das Feld „%1“ des Cron-Ausdrucks ist ungültig: „%2“.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="122"/>
        <source>config.auth.oauthConfigId must be a string.</source>
        <translation>config.auth.oauthConfigId muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="131"/>
        <source>config.sync.selectedStrategy must be one of %1.</source>
        <translation>config.sync.selectedStrategy muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="139"/>
        <source>The sync interval must be a whole number of minutes, at least 5.</source>
        <translation>Das Synchronisierungsintervall muss eine ganze Zahl von Minuten sein, mindestens 5.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="143"/>
        <source>config.sync.scheduledConfig.cronExpression must be a string.</source>
        <translation>config.sync.scheduledConfig.cronExpression muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="150"/>
        <source>&quot;%1&quot; is not a known time zone (e.g. Europe/Berlin, UTC).</source>
        <translation>„%1“ ist keine bekannte Zeitzone (z. B. Europe/Berlin, UTC).</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="158"/>
        <source>config.sync.webhookConfig.events must be a list of event names.</source>
        <translation>config.sync.webhookConfig.events muss eine Liste von Ereignisnamen sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="161"/>
        <source>Every webhook event must be a non-empty name, e.g. file.created.</source>
        <translation>Jedes Webhook-Ereignis braucht einen nicht leeren Namen, z. B. file.created.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="180"/>
        <source>Choose a connector type.</source>
        <translation>Wählen Sie einen Connector-Typ.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="184"/>
        <source>The scope must be team or personal.</source>
        <translation>Der Bereich muss team oder personal sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/createconnectorrequest.cpp" line="186"/>
        <source>Unknown auth type &quot;%1&quot;; expected one of %2.</source>
        <translation>Unbekannte Authentifizierungsart „%1“; erwartet wird einer der Werte %2.</translation>
    </message>
</context>
<context>
    <name>CreatedRevealer</name>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="50"/>
        <source>Created “%1”.</source>
        <translation>„%1“ wurde erstellt.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="56"/>
        <source>Created “%1”. Looking for the page that shows it…</source>
        <translation>„%1“ wurde erstellt. Die Seite, auf der die Instanz steht, wird gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="69"/>
        <source>state filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="71"/>
        <source>scope filter</source>
        <translation>Bereichsfilter</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="73"/>
        <source>type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="75"/>
        <source>“Not authenticated”</source>
        <translation>„Nicht authentifiziert“</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="77"/>
        <source>search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="78"/>
        <source>Created “%1”: it is on page %2.</source>
        <translation>„%1“ wurde erstellt: Die Instanz steht auf Seite %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="79"/>
        <source>Created “%1”: it is on page %2, after clearing what hid it: %3.</source>
        <translation>„%1“ wurde erstellt: Die Instanz steht auf Seite %2; zurückgesetzt wurde, was sie verborgen hatte: %3.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/createdrevealer.cpp" line="104"/>
        <source>Created “%1”, but the server does not list it yet: reload (F5) to look again.</source>
        <translation>„%1“ wurde erstellt, aber der Server führt die Instanz noch nicht auf: Laden Sie neu (F5), um erneut nachzusehen.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../src/core/settings/credentialstore.cpp" line="26"/>
        <source>No token is stored for this server. Sign in, or set %1.</source>
        <translation>Für diesen Server ist kein Token gespeichert. Melden Sie sich an oder setzen Sie %1.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/credentialstore.cpp" line="44"/>
        <source>The system keychain is not available (%1). Start a keychain service such as gnome-keyring or KWallet, or set %2 for this session.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Starten Sie einen Schlüsselbunddienst wie gnome-keyring oder KWallet, oder setzen Sie %2 für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/credentialstore.cpp" line="48"/>
        <source>The system keychain refused access (%1).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1).</translation>
    </message>
</context>
<context>
    <name>DeleteConnectorDialog</name>
    <message>
        <location filename="../../ui/deleteconnectordialog.ui" line="68"/>
        <source>Only the connector instance is deleted: the records it has already synced are not.</source>
        <translation>Gelöscht wird nur die Connector-Instanz, nicht die Datensätze, die sie bereits synchronisiert hat.</translation>
    </message>
    <message>
        <location filename="../../ui/deleteconnectordialog.ui" line="78"/>
        <source>This instance is active. The PipesHub web console disables an active instance before deleting it; so does this console, unless you untick the box below.</source>
        <translation>Diese Instanz ist aktiv. Die PipesHub-Weboberfläche deaktiviert eine aktive Instanz, bevor sie sie löscht; diese Konsole tut das auch, sofern Sie das Kästchen unten nicht abwählen.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="33"/>
        <source>Disable &amp;sync first, then delete</source>
        <translation>Zuerst die &amp;Synchronisierung deaktivieren, dann löschen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="47"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="49"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="55"/>
        <source>Delete the connector instance &quot;%1&quot;?</source>
        <translation>Die Connector-Instanz „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="64"/>
        <source>team (everyone in the organisation uses it)</source>
        <translation>Team (von allen in der Organisation genutzt)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="66"/>
        <source>personal (only its creator uses it)</source>
        <translation>Persönlich (nur von der Person genutzt, die sie erstellt hat)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="67"/>
        <source>Type: %1. Scope: %2.</source>
        <translation>Typ: %1. Bereich: %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="71"/>
        <source>As the PipesHub web console does: sync is disabled, then the instance is deleted. If disabling fails, nothing is deleted.</source>
        <translation>Wie in der PipesHub-Weboberfläche: Die Synchronisierung wird deaktiviert, dann wird die Instanz gelöscht. Schlägt das Deaktivieren fehl, wird nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="78"/>
        <source>To confirm, &amp;type the name of the instance: %1</source>
        <translation>Geben Sie zur Bestätigung den Namen der Instanz &amp;ein: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="108"/>
        <source>It cannot be deleted now: %1 Try again when that has finished.</source>
        <translation>Die Instanz kann jetzt nicht gelöscht werden: %1 Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="110"/>
        <source>Type the name of the instance exactly to enable Delete.</source>
        <translation>Geben Sie den Namen der Instanz genau ein, um „Löschen“ zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="135"/>
        <source>1. Disable sync</source>
        <translation>1. Synchronisierung deaktivieren</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="135"/>
        <source>2. Delete</source>
        <translation>2. Löschen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="138"/>
        <source>1. Disabling sync…</source>
        <translation>1. Synchronisierung wird deaktiviert…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="138"/>
        <source>2. Deleting…</source>
        <translation>2. Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="142"/>
        <source>1. Disabling sync… %1</source>
        <translation>1. Synchronisierung wird deaktiviert… %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="142"/>
        <source>2. Deleting… %1</source>
        <translation>2. Wird gelöscht… %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="161"/>
        <source>Disabling sync of &quot;%1&quot;…</source>
        <translation>Synchronisierung von „%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="190"/>
        <source>unknown</source>
        <translation>ungewiss</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="190"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="192"/>
        <source>It is not known whether sync was disabled (%1). Nothing was deleted.</source>
        <translation>Es ist nicht bekannt, ob die Synchronisierung deaktiviert wurde (%1). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="193"/>
        <source>Sync could not be disabled: %1 Nothing was deleted.</source>
        <translation>Die Synchronisierung konnte nicht deaktiviert werden: %1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="200"/>
        <source>already disabled</source>
        <translation>war bereits deaktiviert</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="200"/>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="238"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="211"/>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="226"/>
        <source>failed (sync stays disabled)</source>
        <translation>fehlgeschlagen (die Synchronisierung bleibt deaktiviert)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="234"/>
        <source>The deletion of &quot;%1&quot; has started; it finishes in the background.</source>
        <translation>Das Löschen von „%1“ hat begonnen und wird im Hintergrund abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="235"/>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="238"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="248"/>
        <source>Already Deleted</source>
        <translation>Bereits gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/deleteconnectordialog.cpp" line="249"/>
        <source>&quot;%1&quot; no longer exists on the server: someone else has deleted it.</source>
        <translation>„%1“ existiert nicht mehr auf dem Server: Jemand anderes hat die Instanz gelöscht.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="28"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="28"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="57"/>
        <source>Select a connector instance to see all of its fields.</source>
        <translation>Wählen Sie eine Connector-Instanz aus, um alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="91"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="91"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="98"/>
        <location filename="../../src/app/details/detailspane.cpp" line="113"/>
        <location filename="../../src/app/details/detailspane.cpp" line="408"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="112"/>
        <location filename="../../src/app/details/detailspane.cpp" line="410"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="112"/>
        <source>Copy the instance id</source>
        <translation>Die ID der Instanz kopieren</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="113"/>
        <source>Copy the selected value</source>
        <translation>Den ausgewählten Wert kopieren</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="114"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="114"/>
        <source>Ask the server again</source>
        <translation>Erneut beim Server abfragen</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="122"/>
        <source>Copied the id of “%1”: %2</source>
        <translation>Die ID von „%1“ wurde kopiert: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="245"/>
        <source>This instance is no longer on the server: %1</source>
        <translation>Diese Instanz ist nicht mehr auf dem Server: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="248"/>
        <location filename="../../src/app/details/detailspane.cpp" line="255"/>
        <source>Could not load the details: %1</source>
        <translation>Die Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="289"/>
        <source>Running job: %1</source>
        <translation>Laufender Job: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="295"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="296"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="297"/>
        <source>Connector type</source>
        <translation>Connector-Typ</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="299"/>
        <source>App group</source>
        <translation>App-Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="300"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="301"/>
        <source>Auth type</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="302"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="302"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="303"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="304"/>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="305"/>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="306"/>
        <source>Agent enabled</source>
        <translation>Agent aktiviert</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="307"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="308"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="309"/>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="311"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="312"/>
        <source>Updated (UTC)</source>
        <translation>Aktualisiert (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="314"/>
        <source>Last sync (UTC)</source>
        <translation>Letzte Synchronisierung (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="317"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/details/detailspane.cpp" line="317"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="347"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="354"/>
        <source>%1
Local time: %2 (%3)</source>
        <translation>%1
Ortszeit: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/details/detailspane.cpp" line="364"/>
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/details/detailspane.cpp" line="375"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="393"/>
        <source>Copied %1: %2</source>
        <translation>%1 kopiert: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="393"/>
        <source>Copied the id: %1</source>
        <translation>Die ID wurde kopiert: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/details/detailspane.cpp" line="409"/>
        <source>Copy field and value</source>
        <translation>Feld und Wert kopieren</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <location filename="../../src/app/dialoglauncher.cpp" line="106"/>
        <source>About Connector Admin</source>
        <translation>Über Connector Admin</translation>
    </message>
    <message>
        <location filename="../../src/app/dialoglauncher.cpp" line="107"/>
        <source>&lt;h3&gt;Connector Admin %1&lt;/h3&gt;&lt;p&gt;A desktop console for the connector instances of a PipesHub server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connector Admin %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für die Connector-Instanzen eines PipesHub-Servers.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License, Version 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../src/app/list/errorbanner.cpp" line="15"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/errorbanner.cpp" line="16"/>
        <source>Server pr&amp;ofiles…</source>
        <translation>Server&amp;profile…</translation>
    </message>
    <message>
        <location filename="../../src/app/list/errorbanner.cpp" line="27"/>
        <source>Check the server&apos;s URL and token</source>
        <translation>URL und Token des Servers prüfen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/errorbanner.cpp" line="46"/>
        <source>Could not load the connector instances: %1</source>
        <translation>Die Connector-Instanzen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/list/errorbanner.cpp" line="52"/>
        <source>If you know this certificate, add its CA under “CA certificates” in Server profiles.</source>
        <translation>Wenn Sie dieses Zertifikat kennen, fügen Sie seine Zertifizierungsstelle unter „CA-Zertifikate“ in den Serverprofilen hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/errorbanner.cpp" line="55"/>
        <source>The token may be wrong or expired: fix it in Server profiles.</source>
        <translation>Das Token ist möglicherweise falsch oder abgelaufen: Korrigieren Sie es in den Serverprofilen.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/errorbanner.cpp" line="57"/>
        <source>The rows below are from the last successful load and may be out of date.</source>
        <translation>Die Zeilen unten stammen vom letzten erfolgreichen Laden und sind möglicherweise veraltet.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="21"/>
        <source>&amp;Export view…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="27"/>
        <source>Write every instance of the current filter, or the selected rows, to a CSV or JSON file</source>
        <translation>Jede Instanz des aktuellen Filters oder die ausgewählten Zeilen in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="60"/>
        <location filename="../../src/app/export/exportcontroller.cpp" line="107"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="60"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="83"/>
        <location filename="../../src/app/export/exportcontroller.cpp" line="109"/>
        <location filename="../../src/app/export/exportcontroller.cpp" line="141"/>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/export/exportcontroller.cpp" line="84"/>
        <source>Export the %n selected rows, or every instance of the current filter?</source>
        <translation>
            <numerusform>Die %n ausgewählte Zeile exportieren oder jede Instanz des aktuellen Filters?</numerusform>
            <numerusform>Die %n ausgewählten Zeilen exportieren oder jede Instanz des aktuellen Filters?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="87"/>
        <source>Selected rows</source>
        <translation>Ausgewählte Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="88"/>
        <source>Whole filter</source>
        <translation>Gesamter Filter</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="139"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="139"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="168"/>
        <source>Exported %1 instances…</source>
        <translation>%1 Instanzen exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/export/exportcontroller.cpp" line="175"/>
        <source>Exported %n instances to %1.</source>
        <translation>
            <numerusform>%n Instanz nach %1 exportiert.</numerusform>
            <numerusform>%n Instanzen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/export/exportcontroller.cpp" line="178"/>
        <source>%n rows without an id were left out.</source>
        <translation>
            <numerusform>%n Zeile ohne ID wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen ohne ID wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/export/exportcontroller.cpp" line="193"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="52"/>
        <source>Not a&amp;uthenticated</source>
        <translation>Nicht a&amp;uthentifiziert</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="57"/>
        <source>All scopes</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="58"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="59"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="60"/>
        <source>Show the instances of one scope only</source>
        <translation>Nur die Instanzen eines Bereichs anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="63"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="64"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="65"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="66"/>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="67"/>
        <source>Agent-enabled</source>
        <translation>Agent aktiviert</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="68"/>
        <source>Show the instances in one state only</source>
        <translation>Nur die Instanzen mit einem bestimmten Status anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="71"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="82"/>
        <source>Search name, type or group (Ctrl+F)</source>
        <translation>Name, Typ oder Gruppe suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="86"/>
        <source>&amp;Scope:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="88"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="90"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="111"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="185"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="223"/>
        <source>The server cannot filter this state&apos;s list by type or sign-in: choose All states, Active or Inactive to use it</source>
        <translation>Der Server kann die Liste dieses Status nicht nach Typ oder Anmeldung filtern: Wählen Sie „Alle Status“, „Aktiv“ oder „Inaktiv“, um diesen Filter zu nutzen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="225"/>
        <source>Show the instances of one connector type only</source>
        <translation>Nur die Instanzen eines Connector-Typs anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="226"/>
        <source>Show only the instances that have not been signed in yet</source>
        <translation>Nur die Instanzen anzeigen, die noch nicht angemeldet wurden</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="234"/>
        <source>scope %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="236"/>
        <source>state %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="239"/>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="241"/>
        <source>not authenticated</source>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../../src/app/list/filterbar.cpp" line="245"/>
        <source>name, type or group contains “%1”</source>
        <translation>Name, Typ oder Gruppe enthält „%1“</translation>
    </message>
</context>
<context>
    <name>IndexingStats</name>
    <message>
        <location filename="../../src/core/model/indexingstats.cpp" line="87"/>
        <source>The server&apos;s answer has no indexing stats.</source>
        <translation>Die Antwort des Servers enthält keine Indexierungsstatistik.</translation>
    </message>
</context>
<context>
    <name>IndexingStatsBar</name>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="50"/>
        <source>Records by indexing status</source>
        <translation>Datensätze nach Indexierungsstatus</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="78"/>
        <source>No records indexed.</source>
        <translation>Keine Datensätze indexiert.</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="79"/>
        <source>%1 records. %2.</source>
        <translation>%1 Datensätze. %2.</translation>
    </message>
</context>
<context>
    <name>IndexingStatsView</name>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="145"/>
        <source>Indexed records</source>
        <translation>Indexierte Datensätze</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="156"/>
        <source>Refresh statistics</source>
        <translation>Statistik aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="157"/>
        <source>Ask the server again what this instance has indexed</source>
        <translation>Den Server erneut fragen, was diese Instanz indexiert hat</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="277"/>
        <source>Loading statistics…</source>
        <translation>Statistik wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="297"/>
        <source>Could not refresh the statistics: %1</source>
        <translation>Die Statistik konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="298"/>
        <source>No statistics: %1</source>
        <translation>Keine Statistik: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="330"/>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="330"/>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="345"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="366"/>
        <source>%1 records by indexing status</source>
        <translation>%1-Datensätze nach Indexierungsstatus</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatsview.cpp" line="377"/>
        <source>Nothing indexed yet.</source>
        <translation>Noch nichts indexiert.</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="17"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="18"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="19"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="20"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="21"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="22"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="23"/>
        <source>File type not supported</source>
        <translation>Dateityp nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="24"/>
        <source>Auto-index off</source>
        <translation>Auto-Indexierung aus</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="25"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../src/app/details/indexingstatuscolors.cpp" line="26"/>
        <source>Needs multimodal models</source>
        <translation>Benötigt multimodale Modelle</translation>
    </message>
</context>
<context>
    <name>InitialConfig</name>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="55"/>
        <source>%1 are not valid JSON: %2 at character %3. Write an object, e.g. {&quot;fileTypes&quot;: [&quot;pdf&quot;]}.</source>
        <translation>%1 sind kein gültiges JSON: %2 bei Zeichen %3. Geben Sie ein Objekt ein, z. B. {&quot;fileTypes&quot;: [&quot;pdf&quot;]}.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="61"/>
        <source>%1 must be a JSON object in braces, e.g. {&quot;fileTypes&quot;: [&quot;pdf&quot;]}.</source>
        <translation>%1 müssen ein JSON-Objekt in geschweiften Klammern sein, z. B. {&quot;fileTypes&quot;: [&quot;pdf&quot;]}.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="77"/>
        <source>An authentication value has no key: give every value a name, e.g. apiKey.</source>
        <translation>Ein Wert der Zugangsdaten hat keinen Schlüssel: Geben Sie jedem Wert einen Namen, z. B. apiKey.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="81"/>
        <source>The authentication key &quot;%1&quot; is given twice.</source>
        <translation>Der Schlüssel „%1“ ist in den Zugangsdaten doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="95"/>
        <source>Unknown sync strategy &quot;%1&quot;.</source>
        <translation>Unbekannte Sync-Strategie „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="111"/>
        <source>The sync interval must be at least %1 minutes (it is %2).</source>
        <translation>Das Synchronisierungsintervall muss mindestens %1 Minuten betragen (es beträgt %2).</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="121"/>
        <source>&quot;%1&quot; is not a known time zone: pick one from the list, e.g. Europe/Berlin or UTC.</source>
        <translation>„%1“ ist keine bekannte Zeitzone: Wählen Sie eine aus der Liste, z. B. Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="134"/>
        <source>The sync filters</source>
        <translation>Die Sync-Filter</translation>
    </message>
    <message>
        <location filename="../../src/core/model/initialconfig.cpp" line="137"/>
        <source>The indexing filters</source>
        <translation>Die Indexierungsfilter</translation>
    </message>
</context>
<context>
    <name>KeyboardNavigation</name>
    <message>
        <location filename="../../src/app/keyboardnavigation.cpp" line="45"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../../src/app/keyboardnavigation.cpp" line="46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/app/keyboardnavigation.cpp" line="64"/>
        <source>Row menu</source>
        <translation>Zeilenmenü</translation>
    </message>
    <message>
        <location filename="../../src/app/keyboardnavigation.cpp" line="77"/>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters auflisten</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="25"/>
        <source>syncing</source>
        <translation>synchronisiert wird</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="27"/>
        <source>a full resync runs</source>
        <translation>eine vollständige Neusynchronisierung läuft</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="31"/>
        <source>a job runs</source>
        <translation>ein Job läuft</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="32"/>
        <source>Locked while %1.</source>
        <translation>Gesperrt, während %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="56"/>
        <source>&amp;Enable sync</source>
        <translation>Synchronisierung &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="57"/>
        <source>Start syncing this instance with its source</source>
        <translation>Diese Instanz mit ihrer Quelle synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="62"/>
        <source>Disa&amp;ble sync</source>
        <translation>Synchronisierung dea&amp;ktivieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="63"/>
        <source>Stop syncing this instance (its records stay)</source>
        <translation>Die Synchronisierung dieser Instanz beenden (ihre Datensätze bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="68"/>
        <source>Enable a&amp;gent</source>
        <translation>A&amp;gent aktivieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="69"/>
        <source>Let agents use this instance</source>
        <translation>Agenten diese Instanz nutzen lassen</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="74"/>
        <source>Disable agen&amp;t</source>
        <translation>Agen&amp;t deaktivieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="75"/>
        <source>Stop agents from using this instance</source>
        <translation>Agenten diese Instanz nicht mehr nutzen lassen</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="80"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="81"/>
        <source>Ask the server to sync what changed at the source</source>
        <translation>Den Server bitten, die Änderungen an der Quelle zu synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="86"/>
        <source>&amp;Full resync…</source>
        <translation>&amp;Vollständig neu synchronisieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="87"/>
        <source>Read everything again from the source (the instance is locked meanwhile)</source>
        <translation>Alles erneut aus der Quelle lesen (die Instanz ist so lange gesperrt)</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="92"/>
        <source>&amp;Sign in…</source>
        <translation>An&amp;melden…</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="93"/>
        <source>Sign this instance in with its provider, in the web browser</source>
        <translation>Diese Instanz im Webbrowser bei ihrem Anbieter anmelden</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="113"/>
        <source>Sign in to “%1” in your web browser; this window notices when you are done.</source>
        <translation>Melden Sie „%1“ in Ihrem Webbrowser an; dieses Fenster bemerkt, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="118"/>
        <source>“%1” is signed in.</source>
        <translation>„%1“ ist angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="121"/>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="123"/>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="170"/>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="182"/>
        <source>This instance is being deleted.</source>
        <translation>Diese Instanz wird gerade gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="172"/>
        <source>This instance does not sign in with OAuth.</source>
        <translation>Diese Instanz meldet sich nicht mit OAuth an.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="174"/>
        <source>Waiting for the sign-in in the web browser.</source>
        <translation>Warten auf die Anmeldung im Webbrowser.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="176"/>
        <source>This instance is already signed in.</source>
        <translation>Diese Instanz ist bereits angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="180"/>
        <source>Waiting for the server&apos;s answer.</source>
        <translation>Warten auf die Antwort des Servers.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="186"/>
        <source>Only an organisation admin can change team instances.</source>
        <translation>Nur Administratoren der Organisation können Team-Instanzen ändern.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="190"/>
        <source>Finish configuration before you can enable sync.</source>
        <translation>Schließen Sie die Konfiguration ab, bevor Sie die Synchronisierung aktivieren können.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="192"/>
        <source>Authenticate this connector before you can enable sync.</source>
        <translation>Authentifizieren Sie diesen Connector, bevor Sie die Synchronisierung aktivieren können.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="197"/>
        <source>This connector does not support agents.</source>
        <translation>Dieser Connector unterstützt keine Agenten.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="203"/>
        <source>Enable sync before you can sync this instance.</source>
        <translation>Aktivieren Sie die Synchronisierung, bevor Sie diese Instanz synchronisieren können.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="272"/>
        <source>Full resync</source>
        <translation>Vollständige Neusynchronisierung</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="273"/>
        <source>Resync “%1” in full?</source>
        <translation>„%1“ vollständig neu synchronisieren?</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="278"/>
        <source>A full resync re-reads everything from the source. It can take a long time, and the instance is locked meanwhile: it cannot be renamed, deleted or toggled until the resync ends.</source>
        <translation>Eine vollständige Neusynchronisierung liest alles erneut aus der Quelle. Das kann lange dauern, und die Instanz ist so lange gesperrt: Bis zum Ende kann sie weder umbenannt, gelöscht noch ein- oder ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="281"/>
        <source>Resync everything</source>
        <translation>Alles neu synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="353"/>
        <source>Sync enabled for “%1”.</source>
        <translation>Synchronisierung für „%1“ aktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="354"/>
        <source>Sync was already enabled for “%1”: nothing was sent.</source>
        <translation>Die Synchronisierung war für „%1“ bereits aktiviert: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="355"/>
        <source>It is not known whether sync was enabled for “%1”.</source>
        <translation>Es ist nicht bekannt, ob die Synchronisierung für „%1“ aktiviert wurde.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="358"/>
        <source>Sync disabled for “%1”.</source>
        <translation>Synchronisierung für „%1“ deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="359"/>
        <source>Sync was already disabled for “%1”: nothing was sent.</source>
        <translation>Die Synchronisierung war für „%1“ bereits deaktiviert: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="360"/>
        <source>It is not known whether sync was disabled for “%1”.</source>
        <translation>Es ist nicht bekannt, ob die Synchronisierung für „%1“ deaktiviert wurde.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="363"/>
        <source>Agent enabled for “%1”.</source>
        <translation>Agent für „%1“ aktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="364"/>
        <source>The agent was already enabled for “%1”: nothing was sent.</source>
        <translation>Der Agent war für „%1“ bereits aktiviert: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="365"/>
        <source>It is not known whether the agent was enabled for “%1”.</source>
        <translation>Es ist nicht bekannt, ob der Agent für „%1“ aktiviert wurde.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="368"/>
        <source>Agent disabled for “%1”.</source>
        <translation>Agent für „%1“ deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="369"/>
        <source>The agent was already disabled for “%1”: nothing was sent.</source>
        <translation>Der Agent war für „%1“ bereits deaktiviert: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="370"/>
        <source>It is not known whether the agent was disabled for “%1”.</source>
        <translation>Es ist nicht bekannt, ob der Agent für „%1“ deaktiviert wurde.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="374"/>
        <source>Sync requested for “%1”.</source>
        <translation>Synchronisierung für „%1“ angefordert.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="376"/>
        <source>It is not known whether the server received the sync request for “%1”.</source>
        <translation>Es ist nicht bekannt, ob der Server die Synchronisierungsanforderung für „%1“ erhalten hat.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="379"/>
        <source>Full resync requested for “%1”; it is locked until the resync ends.</source>
        <translation>Vollständige Neusynchronisierung für „%1“ angefordert; die Instanz ist bis zu deren Ende gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="381"/>
        <source>It is not known whether the server received the full resync request for “%1”.</source>
        <translation>Es ist nicht bekannt, ob der Server die Anforderung der vollständigen Neusynchronisierung für „%1“ erhalten hat.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="387"/>
        <source>%1 The server says: %2</source>
        <translation>%1 Der Server meldet: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="393"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="397"/>
        <source>Read back from the server: sync %1, agent %2.</source>
        <translation>Vom Server zurückgelesen: Synchronisierung %1, Agent %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="398"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="398"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/lifecycleactions.cpp" line="400"/>
        <source>Reload (F5) to see what the server has now.</source>
        <translation>Laden Sie neu (F5), um den aktuellen Stand des Servers zu sehen.</translation>
    </message>
</context>
<context>
    <name>ListFeature</name>
    <message>
        <location filename="../../src/app/list/listfeature.cpp" line="72"/>
        <source>The connector types could not be loaded: %1</source>
        <translation>Die Connector-Typen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/list/listfeature.cpp" line="88"/>
        <source>Opened the instance with the id %1 (the filters do not apply to it); clear the search to see the list again.</source>
        <translation>Die Instanz mit der ID %1 wurde geöffnet (die Filter gelten für sie nicht); leeren Sie die Suche, um wieder die Liste zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/listfeature.cpp" line="95"/>
        <source>No instance has the id %1: searching names, types and groups for it instead.</source>
        <translation>Keine Instanz hat die ID %1: Stattdessen wird in Namen, Typen und Gruppen danach gesucht.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/listfeature.cpp" line="130"/>
        <source>Loading connector instances…</source>
        <translation>Connector-Instanzen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/app/list/listfeature.cpp" line="133"/>
        <source>No connector instances yet. Create one with New (Ctrl+N).</source>
        <translation>Noch keine Connector-Instanzen. Erstellen Sie eine mit „Neu“ (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../src/app/list/listfeature.cpp" line="134"/>
        <source>No connector instances match the filters: %1.</source>
        <translation>Keine Connector-Instanz entspricht den Filtern: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="14"/>
        <location filename="../../src/app/mainwindow.cpp" line="444"/>
        <source>Connector Admin</source>
        <translation>Connector Admin</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="84"/>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="97"/>
        <source>Add a PipesHub server to manage its connector instances, or start with --demo to try a local one.</source>
        <translation>Fügen Sie einen PipesHub-Server hinzu, um seine Connector-Instanzen zu verwalten, oder starten Sie mit --demo, um einen lokalen Server auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="110"/>
        <source>Set up a server…</source>
        <translation>Server einrichten…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="140"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="169"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="193"/>
        <source>&amp;New instance…</source>
        <translation>&amp;Neue Instanz…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="196"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="199"/>
        <source>Create a connector instance</source>
        <translation>Eine Connector-Instanz erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="202"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="207"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="210"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="213"/>
        <source>Rename the selected instance</source>
        <translation>Die ausgewählte Instanz umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="216"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="221"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="224"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="227"/>
        <source>Delete the selected instance</source>
        <translation>Die ausgewählte Instanz löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="230"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="235"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="238"/>
        <source>Ask the server for this page again</source>
        <translation>Diese Seite erneut vom Server abrufen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="241"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="246"/>
        <source>Copy &amp;id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="249"/>
        <source>Copy the id of the selected instance</source>
        <translation>Die ID der ausgewählten Instanz kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="252"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="257"/>
        <source>Copy &amp;name</source>
        <translation>&amp;Name kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="260"/>
        <source>Copy the name of the selected instance</source>
        <translation>Den Namen der ausgewählten Instanz kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="265"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="268"/>
        <source>Show every field of the selected instance, fresh from the server</source>
        <translation>Alle Felder der ausgewählten Instanz anzeigen, frisch vom Server</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="271"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="282"/>
        <source>Details &amp;pane</source>
        <translation>Detail&amp;ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="287"/>
        <source>&amp;Server profiles…</source>
        <translation>&amp;Serverprofile…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="290"/>
        <source>Choose or edit the servers you work with</source>
        <translation>Die Server auswählen oder bearbeiten, mit denen Sie arbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="295"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="298"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="306"/>
        <source>&amp;About Connector Admin</source>
        <translation>&amp;Über Connector Admin</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="164"/>
        <source>The selected instance is no longer on the server. Reload (F5) to refresh the list.</source>
        <translation>Die ausgewählte Instanz ist nicht mehr auf dem Server. Laden Sie die Liste neu (F5).</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="308"/>
        <location filename="../../src/app/mainwindow.cpp" line="441"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="332"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="339"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/mainwindow.cpp" line="365"/>
        <source>%n row(s) without an id were left out: they cannot be acted on.</source>
        <translation>
            <numerusform>%n Zeile ohne ID wurde ausgelassen, da mit ihr keine Aktionen möglich sind.</numerusform>
            <numerusform>%n Zeilen ohne ID wurden ausgelassen, da mit ihnen keine Aktionen möglich sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="504"/>
        <source>Created “%1”.</source>
        <translation>„%1“ wurde erstellt.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="421"/>
        <source>%1 is unavailable: %2</source>
        <translation>%1 ist nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="444"/>
        <source>%1 — Connector Admin</source>
        <translation>%1 — Connector Admin</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="474"/>
        <source>Copied the id of “%1”: %2</source>
        <translation>Die ID von „%1“ wurde kopiert: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="483"/>
        <source>Copied the name “%1”.</source>
        <translation>Der Name „%1“ wurde kopiert.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="517"/>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="534"/>
        <source>Deleting “%1” in the background…</source>
        <translation>„%1“ wird im Hintergrund gelöscht…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="535"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="544"/>
        <source>That instance had already been deleted; the list is reloaded.</source>
        <translation>Diese Instanz war bereits gelöscht; die Liste wird neu geladen.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="426"/>
        <source>Unavailable while “%1” is open.</source>
        <translation>Nicht verfügbar, solange „%1“ geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="285"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PagerWidget</name>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="15"/>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="16"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="17"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="18"/>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="28"/>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="32"/>
        <source>Rows per &amp;page:</source>
        <translation>Zeilen pro &amp;Seite:</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="54"/>
        <source>F&amp;irst page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="57"/>
        <source>P&amp;revious page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="61"/>
        <source>&amp;Next page</source>
        <translation>Nä&amp;chste Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="63"/>
        <source>L&amp;ast page</source>
        <translation>&amp;Letzte Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="99"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="121"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/app/list/pagerwidget.cpp" line="123"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>RenameConnectorDialog</name>
    <message>
        <location filename="../../ui/renameconnectordialog.ui" line="33"/>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <location filename="../../ui/renameconnectordialog.ui" line="53"/>
        <source>Current name:</source>
        <translation>Aktueller Name:</translation>
    </message>
    <message>
        <location filename="../../ui/renameconnectordialog.ui" line="73"/>
        <source>New &amp;name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/renameconnectordialog.cpp" line="19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/renameconnectordialog.cpp" line="22"/>
        <source>%1, %2 scope</source>
        <translation>%1, Bereich %2</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/renameconnectordialog.cpp" line="35"/>
        <source>Rename &quot;%1&quot;</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/renameconnectordialog.cpp" line="36"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/renameconnectordialog.cpp" line="73"/>
        <source>It cannot be renamed now: %1 Try again when that has finished.</source>
        <translation>Die Instanz kann jetzt nicht umbenannt werden: %1 Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/renameconnectordialog.cpp" line="77"/>
        <source>Type the new name.</source>
        <translation>Geben Sie den neuen Namen ein.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/renameconnectordialog.cpp" line="84"/>
        <source>Renaming to &quot;%1&quot;…</source>
        <translation>Wird in „%1“ umbenannt…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../src/app/dialogs/requestdialog.cpp" line="128"/>
        <source>Cancelled. If the server had already received the request, it may still take effect: refresh the list to check.</source>
        <translation>Abgebrochen. Falls der Server die Anfrage bereits erhalten hat, kann sie trotzdem noch wirksam werden: Aktualisieren Sie die Liste, um das zu prüfen.</translation>
    </message>
</context>
<context>
    <name>SelectAllMatching</name>
    <message>
        <location filename="../../src/app/bulk/selectallmatching.cpp" line="43"/>
        <source>Gathering the matching instances…</source>
        <translation>Die passenden Instanzen werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/selectallmatching.cpp" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/selectallmatching.cpp" line="45"/>
        <source>Select all matching</source>
        <translation>Alle Treffer auswählen</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/selectallmatching.cpp" line="76"/>
        <source>Gathering the matching instances… %1</source>
        <translation>Die passenden Instanzen werden gesammelt… %1</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/selectallmatching.cpp" line="77"/>
        <source>Gathering the matching instances… %1 of %2</source>
        <translation>Die passenden Instanzen werden gesammelt… %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/selectallmatching.cpp" line="88"/>
        <source>Selected the first %1 matching instances: a selection stops at %1, so that a bulk action stays reviewable and within the server&apos;s limits. Narrow the filter to reach the others.</source>
        <translation>Die ersten %1 passenden Instanzen wurden ausgewählt: Eine Auswahl endet bei %1, damit eine Massenaktion überschaubar bleibt und die Grenzen des Servers einhält. Schränken Sie den Filter ein, um die übrigen zu erreichen.</translation>
    </message>
    <message>
        <location filename="../../src/app/bulk/selectallmatching.cpp" line="100"/>
        <source>Could not gather the matching instances: %1</source>
        <translation>Die passenden Instanzen konnten nicht gesammelt werden: %1</translation>
    </message>
</context>
<context>
    <name>SelectionTracker</name>
    <message numerus="yes">
        <location filename="../../src/app/bulk/selectiontracker.cpp" line="85"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/bulk/selectiontracker.cpp" line="86"/>
        <source>%n selected (%1 on other pages)</source>
        <translation>
            <numerusform>%n ausgewählt (%1 auf anderen Seiten)</numerusform>
            <numerusform>%n ausgewählt (%1 auf anderen Seiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../src/core/settings/serverchoice.cpp" line="32"/>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/serverchoice.cpp" line="51"/>
        <source>the server profile &quot;%1&quot;</source>
        <translation>dem Serverprofil „%1“</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/serverchoice.cpp" line="63"/>
        <source>No certificate could be read from %1: only the system&apos;s CAs are trusted.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden: Nur den Zertifizierungsstellen des Systems wird vertraut.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/serverchoice.cpp" line="72"/>
        <source>%1 is reached over plain http: the token travels unencrypted. Use https.</source>
        <translation>%1 wird über unverschlüsseltes http erreicht: Das Token wird unverschlüsselt übertragen. Verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>ServerProfiles</name>
    <message>
        <location filename="../../src/core/settings/serverprofiles.cpp" line="92"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>ServerProfilesDialog</name>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="47"/>
        <source>&amp;Servers:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="72"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="82"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="107"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="116"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="126"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="136"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="146"/>
        <source>https://pipeshub.example.com</source>
        <translation>https://pipeshub.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="179"/>
        <source>CA &amp;certificates:</source>
        <translation>CA-&amp;Zertifikate:</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="191"/>
        <source>optional: a PEM file with your organisation&apos;s CA</source>
        <translation>optional: PEM-Datei mit der CA Ihrer Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="201"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="226"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="236"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="243"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="275"/>
        <source>&amp;Forget token</source>
        <translation>Token ver&amp;gessen</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="285"/>
        <source>Test conn&amp;ection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../ui/serverprofilesdialog.ui" line="332"/>
        <source>Use t&amp;his server</source>
        <translation>Diesen Server ver&amp;wenden</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="50"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="51"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="52"/>
        <source>Save this server (and its token, if you typed one)</source>
        <translation>Diesen Server speichern (und sein Token, falls Sie eines eingegeben haben)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="53"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="58"/>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="426"/>
        <source>paste the API token to store it in the keychain</source>
        <translation>API-Token einfügen, um es im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="98"/>
        <source>%1 (default)
%2</source>
        <translation>%1 (Standard)
%2</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="99"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="140"/>
        <source>the new server</source>
        <translation>dem neuen Server</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="143"/>
        <source>Unsaved changes to %1 were discarded.</source>
        <translation>Nicht gespeicherte Änderungen an %1 wurden verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="229"/>
        <source>Requests go to %1</source>
        <translation>Anfragen gehen an %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="234"/>
        <source>Plain http to %1: the token would cross the network unencrypted. Use https unless this network is one you trust.</source>
        <translation>Unverschlüsseltes http zu %1: Das Token würde unverschlüsselt über das Netzwerk übertragen. Verwenden Sie https, es sei denn, Sie vertrauen diesem Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="244"/>
        <source>Only the system&apos;s certificate authorities are trusted.</source>
        <translation>Nur den Zertifizierungsstellen des Systems wird vertraut.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="250"/>
        <source>There is no file &quot;%1&quot;.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="251"/>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="303"/>
        <source>No PEM certificate could be read from &quot;%1&quot;.</source>
        <translation>Aus „%1“ konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="259"/>
        <source>Certificates loaded: %1, trusted besides the system&apos;s.</source>
        <translation>Zertifikate geladen: %1; ihnen wird zusätzlich zu denen des Systems vertraut.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="294"/>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="299"/>
        <source>A server named &quot;%1&quot; already exists: choose another name, or select it in the list to edit it.</source>
        <translation>Ein Server namens „%1“ existiert bereits: Wählen Sie einen anderen Namen oder wählen Sie ihn in der Liste aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="331"/>
        <source>Storing the token in the system keychain…</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="342"/>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="423"/>
        <source>stored in the keychain (type a new one to replace it)</source>
        <translation>im Schlüsselbund gespeichert (zum Ersetzen ein neues eingeben)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="343"/>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="421"/>
        <source>A token is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="349"/>
        <source>&quot;%1&quot; was saved, but not its token: %2</source>
        <translation>„%1“ wurde gespeichert, aber nicht sein Token: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="359"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="378"/>
        <source>Removed &quot;%1&quot;. A token stored for its URL stays in the keychain; use Forget token to remove it.</source>
        <translation>„%1“ wurde entfernt. Ein für seine URL gespeichertes Token bleibt im Schlüsselbund; entfernen Sie es mit „Token vergessen“.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="387"/>
        <source>Certificate Authorities (PEM)</source>
        <translation>Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="389"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="409"/>
        <source>Looking for a stored token…</source>
        <translation>Gespeichertes Token wird gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="416"/>
        <source>%1 is set: its token is used for every server, whatever the keychain holds.</source>
        <translation>%1 ist gesetzt: Dieses Token wird für jeden Server verwendet, unabhängig vom Inhalt des Schlüsselbunds.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="425"/>
        <source>No token is stored for this server yet.</source>
        <translation>Für diesen Server ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="441"/>
        <source>Removing the token from the keychain…</source>
        <translation>Das Token wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="448"/>
        <source>The token was removed from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="450"/>
        <source>No token was stored for this server.</source>
        <translation>Für diesen Server war kein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="467"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="508"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="511"/>
        <source>No token was sent: type one above, or set %1.</source>
        <translation>Es wurde kein Token gesendet: Geben Sie oben eines ein oder setzen Sie %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="522"/>
        <source>The server answered, but not as the PipesHub API does: %1</source>
        <translation>Der Server hat geantwortet, aber nicht wie die PipesHub-API: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="526"/>
        <source>Connected. Team connector instances on the server: %1.</source>
        <translation>Verbunden. Team-Connector-Instanzen auf dem Server: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/serverprofilesdialog.cpp" line="528"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <location filename="../../src/app/serversession.cpp" line="42"/>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <location filename="../../src/app/serversession.cpp" line="63"/>
        <source>environment</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../../src/app/serversession.cpp" line="63"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../src/app/serversession.cpp" line="67"/>
        <source>No token is stored for %1: set %2 or save one in Server profiles.</source>
        <translation>Für %1 ist kein Token gespeichert: Setzen Sie %2 oder speichern Sie eines in den Serverprofilen.</translation>
    </message>
    <message>
        <location filename="../../src/app/serversession.cpp" line="72"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="38"/>
        <location filename="../../src/app/shortcutsdialog.cpp" line="132"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="48"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="51"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="51"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="107"/>
        <source>Elsewhere in the window</source>
        <translation>Anderswo im Fenster</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="122"/>
        <source>In the table</source>
        <translation>In der Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="123"/>
        <source>Move to another row</source>
        <translation>Zu einer anderen Zeile wechseln</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="123"/>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Hoch, Herunter, Bild aufwärts, Bild abwärts, Pos1, Ende</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="124"/>
        <source>Show the row&apos;s menu</source>
        <translation>Das Menü der Zeile öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="124"/>
        <source>Menu or Shift+F10</source>
        <translation>Menü oder Umschalt+F10</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="125"/>
        <source>Leave the table (to the details, then the pager)</source>
        <translation>Die Tabelle verlassen (zu den Details, dann zur Seitennavigation)</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="125"/>
        <source>Tab; Shift+Tab goes back</source>
        <translation>Tab; Umschalt+Tab geht zurück</translation>
    </message>
    <message>
        <location filename="../../src/app/shortcutsdialog.cpp" line="145"/>
        <source>%1 is also the key of: %2. A key on two actions runs neither.</source>
        <translation>%1 ist auch die Taste für: %2. Eine Taste, die zwei Aktionen zugeordnet ist, löst keine von beiden aus.</translation>
    </message>
</context>
<context>
    <name>SignInProgress</name>
    <message>
        <location filename="../../src/app/lifecycle/signinprogress.cpp" line="15"/>
        <source>Cancel Sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/signinprogress.cpp" line="26"/>
        <source>Waiting for the sign-in</source>
        <translation>Warten auf die Anmeldung</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/signinprogress.cpp" line="36"/>
        <source>Waiting for the sign-in of “%1” in the browser…</source>
        <translation>Warten auf die Anmeldung von „%1“ im Browser…</translation>
    </message>
    <message>
        <location filename="../../src/app/lifecycle/signinprogress.cpp" line="49"/>
        <source>Asking the server where “%1” signs in…</source>
        <translation>Der Server wird gefragt, wo sich „%1“ anmeldet…</translation>
    </message>
</context>
<context>
    <name>SignInWatcher</name>
    <message>
        <location filename="../../src/app/lifecycle/signinwatcher.cpp" line="87"/>
        <source>No web browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie zur Anmeldung selbst diese Adresse: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../src/app/statuspanel.cpp" line="24"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../../src/app/statuspanel.cpp" line="33"/>
        <source>No server</source>
        <translation>Kein Server</translation>
    </message>
    <message>
        <location filename="../../src/app/statuspanel.cpp" line="49"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../src/app/statuspanel.cpp" line="55"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>SyncSettingsEditor</name>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="21"/>
        <source>S&amp;ync strategy:</source>
        <translation>S&amp;ync-Strategie:</translation>
    </message>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="34"/>
        <source>Every (&amp;minutes):</source>
        <translation>Intervall (&amp;Minuten):</translation>
    </message>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="44"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="60"/>
        <source>Cron e&amp;xpression:</source>
        <translation>Cron-Aus&amp;druck:</translation>
    </message>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="67"/>
        <source>minute hour day month weekday, e.g. 0 */6 * * *</source>
        <translation>Minute Stunde Tag Monat Wochentag, z. B. 0 */6 * * *</translation>
    </message>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="74"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="94"/>
        <source>&amp;Webhook events:</source>
        <translation>&amp;Webhook-Ereignisse:</translation>
    </message>
    <message>
        <location filename="../../ui/syncsettingseditor.ui" line="104"/>
        <source>comma-separated, e.g. file.created, file.modified</source>
        <translation>durch Kommas getrennt, z. B. file.created, file.modified</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="15"/>
        <source>Server default</source>
        <translation>Servervorgabe</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="16"/>
        <source>Manual: sync when asked</source>
        <translation>Manuell: nur auf Anforderung synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="17"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="18"/>
        <source>Webhook: when the service reports a change</source>
        <translation>Webhook: wenn der Dienst eine Änderung meldet</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="19"/>
        <source>Real-time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="20"/>
        <source>At least %1 minutes</source>
        <translation>Mindestens %1 Minuten</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="77"/>
        <source>The schedule runs in the chosen time zone.</source>
        <translation>Der Zeitplan gilt in der gewählten Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="79"/>
        <source>Leave the events empty to receive every event the service sends.</source>
        <translation>Lassen Sie die Ereignisse leer, um jedes Ereignis zu erhalten, das der Dienst sendet.</translation>
    </message>
    <message>
        <location filename="../../src/app/dialogs/syncsettingseditor.cpp" line="82"/>
        <source>Choose Scheduled to set a schedule, or Webhook to choose the events to listen to.</source>
        <translation>Wählen Sie „Geplant“, um einen Zeitplan festzulegen, oder „Webhook“, um die Ereignisse auszuwählen, auf die reagiert werden soll.</translation>
    </message>
</context>
<context>
    <name>TableSortGuard</name>
    <message>
        <location filename="../../src/app/list/tablesortguard.cpp" line="25"/>
        <source>This list comes from the server page by page, in the server&apos;s order, and the server cannot sort it: a column sorts when the whole result fits on one page (a larger page size, or a narrower filter), and always in the Active and Inactive states.</source>
        <translation>Diese Liste kommt seitenweise vom Server, in dessen Reihenfolge, und der Server kann sie nicht sortieren: Eine Spalte lässt sich sortieren, wenn das ganze Ergebnis auf eine Seite passt (größere Seitengröße oder engerer Filter), und bei den Status „Aktiv“ und „Inaktiv“ immer.</translation>
    </message>
    <message>
        <location filename="../../src/app/list/tablesortguard.cpp" line="36"/>
        <source>Click a column to sort every instance of this list</source>
        <translation>Klicken Sie auf eine Spalte, um alle Instanzen dieser Liste zu sortieren</translation>
    </message>
</context>
<context>
    <name>TeamScopeMemory</name>
    <message>
        <location filename="../../src/app/teamscopememory.cpp" line="36"/>
        <source>Personal is chosen: this server refused you a team instance before (only organisation admins may create them). Choose Team if that has changed.</source>
        <translation>„Persönlich“ ist ausgewählt: Dieser Server hat Ihnen zuvor eine Team-Instanz verweigert (nur Administratoren der Organisation dürfen sie erstellen). Wählen Sie „Team“, falls sich das geändert hat.</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <location filename="../../src/core/export/viewexporter.cpp" line="119"/>
        <source>The export to %1 stopped, and no file was written: %2</source>
        <translation>Der Export nach %1 wurde abgebrochen, es wurde keine Datei geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/export/viewexporter.cpp" line="196"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>appstartup</name>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="101"/>
        <source>Manage the connector instances of a PipesHub server.</source>
        <translation>Die Connector-Instanzen eines PipesHub-Servers verwalten.</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="105"/>
        <source>The server to open, e.g. https://pipeshub.example.com (the token comes from PIPESHUB_BEARER_AUTH or the system keychain).</source>
        <translation>Der zu öffnende Server, z. B. https://pipeshub.example.com (das Token stammt aus PIPESHUB_BEARER_AUTH oder dem Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="107"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="110"/>
        <source>Open on a local demo server with made-up instances (nothing leaves this machine).</source>
        <translation>Mit einem lokalen Demo-Server mit erfundenen Instanzen starten (nichts verlässt diesen Rechner).</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="112"/>
        <source>The API dialect of the demo server: pipeshub (default) or published.</source>
        <translation>Der API-Dialekt des Demo-Servers: pipeshub (Standard) oder published.</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="113"/>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="117"/>
        <source>Delay every answer of the demo server by MS milliseconds, to see how a distant server feels (default 0).</source>
        <translation>Jede Antwort des Demo-Servers um MS Millisekunden verzögern, um zu sehen, wie sich ein entfernter Server anfühlt (Standard 0).</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="118"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="139"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="149"/>
        <source>--demo-dialect must be pipeshub or published, not “%1”</source>
        <translation>--demo-dialect muss pipeshub oder published sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="151"/>
        <source>--demo-dialect needs --demo</source>
        <translation>--demo-dialect erfordert --demo</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="157"/>
        <source>--demo-latency must be a whole number of milliseconds from 0 to %1</source>
        <translation>--demo-latency muss eine ganze Zahl von Millisekunden zwischen 0 und %1 sein</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="159"/>
        <source>--demo-latency needs --demo</source>
        <translation>--demo-latency erfordert --demo</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="163"/>
        <source>--demo and --server exclude each other</source>
        <translation>--demo und --server schließen einander aus</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="204"/>
        <source>Connector Admin</source>
        <translation>Connector Admin</translation>
    </message>
    <message>
        <location filename="../../src/app/appstartup.cpp" line="224"/>
        <source>the demo server did not start: %1</source>
        <translation>der Demo-Server ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>bulkreport</name>
    <message>
        <location filename="../../src/core/ops/bulkitem.cpp" line="173"/>
        <source>%1: %2 instances (%3)</source>
        <translation>%1: %2 Instanzen (%3)</translation>
    </message>
</context>
<context>
    <name>decode</name>
    <message>
        <location filename="../../src/core/wire/pagination.cpp" line="91"/>
        <source>The server&apos;s answer has no list of connectors.</source>
        <translation>Die Antwort des Servers enthält keine Liste von Connectors.</translation>
    </message>
    <message>
        <location filename="../../src/core/wire/pagination.cpp" line="90"/>
        <source>The server&apos;s answer has a list of connectors of the wrong type.</source>
        <translation>Die Antwort des Servers enthält eine Liste von Connectors mit falschem Typ.</translation>
    </message>
    <message>
        <location filename="../../src/core/wire/pagination.cpp" line="104"/>
        <source>The server sent connectors without ids.</source>
        <translation>Der Server hat Connectors ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/core/wire/pagination.cpp" line="154"/>
        <source>The server&apos;s answer has no connector.</source>
        <translation>Die Antwort des Servers enthält keinen Connector.</translation>
    </message>
</context>
<context>
    <name>serverurl</name>
    <message>
        <location filename="../../src/core/net/serverurl.cpp" line="17"/>
        <source>No server URL given.</source>
        <translation>Keine Server-URL angegeben.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/serverurl.cpp" line="20"/>
        <source>&quot;%1&quot; is not a valid server URL.</source>
        <translation>„%1“ ist keine gültige Server-URL.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/serverurl.cpp" line="23"/>
        <source>The server URL must start with http:// or https://.</source>
        <translation>Die Server-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/serverurl.cpp" line="25"/>
        <source>Put no user name or password in the server URL.</source>
        <translation>Die Server-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/core/net/serverurl.cpp" line="27"/>
        <source>The server URL must not carry a query or fragment.</source>
        <translation>Die Server-URL darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
</context>
</TS>
