<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AgendaItemCard</name>
        <message>
            <source>Now discussing</source>
            <translation>Now discussing</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Presented by: %1</source>
            <translation>Presented by: %1</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s)</source>
            <translation>
                <numerusform>%n agenda item</numerusform>
                <numerusform>%n agenda items</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet placed in a sitting</source>
            <translation>Not yet placed in a sitting</translation>
        </message>
        <message>
            <source>This session has no agenda items yet.</source>
            <translation>This session has no agenda items yet.</translation>
        </message>
        <message>
            <source>Documents of the session (%1)</source>
            <translation>Documents of the session (%1)</translation>
        </message>
    </context>
    <context>
        <name>AgendaWords</name>
        <message>
            <source>Draft resolution</source>
            <translation>Draft resolution</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Submission</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppHeader</name>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Back to the sessions</source>
            <translation>Back to the sessions</translation>
        </message>
        <message>
            <source>Paperless Council</source>
            <translation>Paperless Council</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Account: %1</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>Hall display</source>
            <translation>Hall display</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Small text</source>
            <translation>Small text</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>Normal text</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Large text</translation>
        </message>
        <message>
            <source>Extra large text</source>
            <translation>Extra large text</translation>
        </message>
    </context>
    <context>
        <name>ApprovalCard</name>
        <message>
            <source>Approved by %1</source>
            <translation>Approved by %1</translation>
        </message>
        <message>
            <source>Approved on %1</source>
            <translation>Approved on %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page(s)</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalJudge</name>
        <message>
            <source>This council has no trust key yet, so no approval can be verified.</source>
            <translation>This council has no trust key yet, so no approval can be verified.</translation>
        </message>
        <message>
            <source>The trust keys kept on this device cannot be read: %1</source>
            <translation>The trust keys kept on this device cannot be read: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>at %1</translation>
        </message>
        <message>
            <source>Checking in…</source>
            <translation>Checking in…</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Sending your check-in…</source>
            <translation>Sending your check-in…</translation>
        </message>
        <message>
            <source>No connection: your check-in is kept and sent as soon as the connection is back.</source>
            <translation>No connection: your check-in is kept and sent as soon as the connection is back.</translation>
        </message>
        <message>
            <source>Or type the six-digit code shown on the hall screen:</source>
            <translation>Or type the six-digit code shown on the hall screen:</translation>
        </message>
        <message>
            <source>Check-in code</source>
            <translation>Check-in code</translation>
        </message>
        <message>
            <source>Send code</source>
            <translation>Send code</translation>
        </message>
        <message>
            <source>You are not a member of this council: there is nothing to check in.</source>
            <translation>You are not a member of this council: there is nothing to check in.</translation>
        </message>
        <message>
            <source>Present: %1 of %2 · %3 needed</source>
            <translation>Present: %1 of %2 · %3 needed</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Quorum reached</translation>
        </message>
        <message>
            <source>No quorum yet</source>
            <translation>No quorum yet</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Reconnecting…</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
    </context>
    <context>
        <name>CurrentItemPanel</name>
        <message>
            <source>Now discussing</source>
            <translation>Now discussing</translation>
        </message>
        <message>
            <source>No agenda item is under discussion yet. When the chair opens one, it shows here.</source>
            <translation>No agenda item is under discussion yet. When the chair opens one, it shows here.</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Item %1 of %2</translation>
        </message>
        <message>
            <source>Presented by: %1</source>
            <translation>Presented by: %1</translation>
        </message>
        <message>
            <source>Planned: %1</source>
            <translation>Planned: %1</translation>
        </message>
        <message>
            <source>Show in the agenda</source>
            <translation>Show in the agenda</translation>
        </message>
    </context>
    <context>
        <name>DocumentRow</name>
        <message>
            <source>Open the document %1</source>
            <translation>Open the document %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page(s)</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Documents of the session</source>
            <translation>Documents of the session</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document(s)</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 on this device</source>
            <translation>%1 on this device</translation>
        </message>
        <message>
            <source>Loading the documents…</source>
            <translation>Loading the documents…</translation>
        </message>
        <message>
            <source>No documents have been published for this session yet.</source>
            <translation>No documents have been published for this session yet.</translation>
        </message>
    </context>
    <context>
        <name>HallAgendaView</name>
        <message>
            <source>Agenda item %1 of %2</source>
            <translation>Agenda item %1 of %2</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No agenda item has been opened yet.</source>
            <translation>No agenda item has been opened yet.</translation>
        </message>
        <message>
            <source>Presented by: %1</source>
            <translation>Presented by: %1</translation>
        </message>
        <message>
            <source>Voting now</source>
            <translation>Voting now</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Round %1</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>delegates present have voted</source>
            <translation>delegates present have voted</translation>
        </message>
        <message>
            <source>delegates have voted</source>
            <translation>delegates have voted</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Time left: %1</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Point of order</translation>
        </message>
        <message>
            <source>Speaking now</source>
            <translation>Speaking now</translation>
        </message>
        <message>
            <source>Speaking time is over</source>
            <translation>Speaking time is over</translation>
        </message>
        <message>
            <source>left of %1 minutes</source>
            <translation>left of %1 minutes</translation>
        </message>
        <message>
            <source>Next on the agenda</source>
            <translation>Next on the agenda</translation>
        </message>
        <message>
            <source>End of the agenda</source>
            <translation>End of the agenda</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) waiting to speak</source>
            <translation>
                <numerusform>%n delegate(s) waiting to speak</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>HallAttendanceView</name>
        <message>
            <source>Delegates present</source>
            <translation>Delegates present</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 needed: %2</source>
            <translation>%1 needed: %2</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Quorum reached</translation>
        </message>
        <message>
            <source>No quorum yet</source>
            <translation>No quorum yet</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message numerus="yes">
            <source>Scan the code or type the six digits on your device. New code in %n s.</source>
            <translation>
                <numerusform>Scan the code or type the six digits on your device. New code in %n s.</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Check in on your device.</source>
            <translation>Check in on your device.</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Join code</translation>
        </message>
        <message>
            <source>New device? Scan this, or paste the code on the login page.</source>
            <translation>New device? Scan this, or paste the code on the login page.</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Key: %1</translation>
        </message>
    </context>
    <context>
        <name>HallDisplayPage</name>
        <message>
            <source>Paperless Council</source>
            <translation>Paperless Council</translation>
        </message>
        <message>
            <source>No session is in progress.</source>
            <translation>No session is in progress.</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Leave the hall display</source>
            <translation>Leave the hall display</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Leave full screen</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Full screen</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>Not connected to the server: what you see may be out of date. Reconnecting…</source>
            <translation>Not connected to the server: what you see may be out of date. Reconnecting…</translation>
        </message>
        <message>
            <source>Result of the vote</source>
            <translation>Result of the vote</translation>
        </message>
        <message>
            <source>%1 (round %2)</source>
            <translation>%1 (round %2)</translation>
        </message>
        <message>
            <source>Delegates present: %1 / %2</source>
            <translation>Delegates present: %1 / %2</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Quorum reached</translation>
        </message>
        <message>
            <source>No quorum yet</source>
            <translation>No quorum yet</translation>
        </message>
    </context>
    <context>
        <name>HallDocumentView</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
    </context>
    <context>
        <name>HallResultChart</name>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Disapprove</translation>
        </message>
        <message>
            <source>Not voting</source>
            <translation>Not voting</translation>
        </message>
        <message>
            <source>Did not vote or absent</source>
            <translation>Did not vote or absent</translation>
        </message>
        <message>
            <source>All delegates: %1 · Present: %2 · Voted: %3</source>
            <translation>All delegates: %1 · Present: %2 · Voted: %3</translation>
        </message>
        <message>
            <source>Counted by hand by the secretariat</source>
            <translation>Counted by hand by the secretariat</translation>
        </message>
    </context>
    <context>
        <name>HallWords</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Passes with at least two thirds of all delegates approving (%1 needed)</source>
            <translation>Passes with at least two thirds of all delegates approving (%1 needed)</translation>
        </message>
        <message>
            <source>Passes with more than half of the delegates present approving (%1 needed)</source>
            <translation>Passes with more than half of the delegates present approving (%1 needed)</translation>
        </message>
        <message>
            <source>Passes with more than half of the votes cast approving (%1 needed)</source>
            <translation>Passes with more than half of the votes cast approving (%1 needed)</translation>
        </message>
        <message>
            <source>Passes with more than half of all delegates approving (%1 needed)</source>
            <translation>Passes with more than half of all delegates approving (%1 needed)</translation>
        </message>
        <message>
            <source>more than half of all delegates must be present</source>
            <translation>more than half of all delegates must be present</translation>
        </message>
        <message>
            <source>at least two thirds of all delegates must be present</source>
            <translation>at least two thirds of all delegates must be present</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Not passed</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>No decision</translation>
        </message>
    </context>
    <context>
        <name>ItemDocuments</name>
        <message>
            <source>Documents (%1)</source>
            <translation>Documents (%1)</translation>
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <source>Paperless Council</source>
            <translation>Paperless Council</translation>
        </message>
        <message>
            <source>Log in to take part in council sessions.</source>
            <translation>Log in to take part in council sessions.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Show password</source>
            <translation>Show password</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Your password never leaves this device.</source>
            <translation>Your password never leaves this device.</translation>
        </message>
        <message>
            <source>Server address or join code</source>
            <translation>Server address or join code</translation>
        </message>
        <message>
            <source>ws://192.168.1.10:8765 or council:…</source>
            <translation>ws://192.168.1.10:8765 or council:…</translation>
        </message>
        <message>
            <source>Join code accepted. This device will trust the council's key:</source>
            <translation>Join code accepted. This device will trust the council's key:</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Paperless Council</source>
            <translation>Paperless Council</translation>
        </message>
    </context>
    <context>
        <name>PdfDocument</name>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>The file %1 cannot be read.</translation>
        </message>
        <message>
            <source>This is not a PDF document, or it is damaged.</source>
            <translation>This is not a PDF document, or it is damaged.</translation>
        </message>
        <message>
            <source>This document is protected by a password.</source>
            <translation>This document is protected by a password.</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>The document has no pages.</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Back to the agenda</source>
            <translation>Back to the agenda</translation>
        </message>
        <message>
            <source>Search in the document</source>
            <translation>Search in the document</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>Previous hit</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>Next hit</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Follow the presenter</source>
            <translation>Follow the presenter</translation>
        </message>
        <message>
            <source>Versions (%1)</source>
            <translation>Versions (%1)</translation>
        </message>
        <message>
            <source>The hall shows page %1</source>
            <translation>The hall shows page %1</translation>
        </message>
        <message>
            <source>Go there</source>
            <translation>Go there</translation>
        </message>
        <message>
            <source>The document cannot be opened: %1</source>
            <translation>The document cannot be opened: %1</translation>
        </message>
        <message>
            <source>Downloading the document… %1%</source>
            <translation>Downloading the document… %1%</translation>
        </message>
        <message>
            <source>Opening the document…</source>
            <translation>Opening the document…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>In session</source>
            <translation>In session</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Dates: %1</source>
            <translation>Dates: %1</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>Place: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Council sessions</source>
            <translation>Council sessions</translation>
        </message>
        <message>
            <source>Welcome, %1. Choose a session to see its agenda.</source>
            <translation>Welcome, %1. Choose a session to see its agenda.</translation>
        </message>
        <message>
            <source>Choose a session to see its agenda.</source>
            <translation>Choose a session to see its agenda.</translation>
        </message>
        <message>
            <source>There are no sessions yet. They appear here as soon as the secretariat schedules them.</source>
            <translation>There are no sessions yet. They appear here as soon as the secretariat schedules them.</translation>
        </message>
        <message>
            <source>Waiting for the server. The sessions appear as soon as the connection is back.</source>
            <translation>Waiting for the server. The sessions appear as soon as the connection is back.</translation>
        </message>
        <message>
            <source>Loading the sessions…</source>
            <translation>Loading the sessions…</translation>
        </message>
    </context>
    <context>
        <name>SpeakerCard</name>
        <message>
            <source>Speaking</source>
            <translation>Speaking</translation>
        </message>
        <message>
            <source>Requests to speak open when the chair starts an agenda item.</source>
            <translation>Requests to speak open when the chair starts an agenda item.</translation>
        </message>
        <message>
            <source>You have the floor</source>
            <translation>You have the floor</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Point of order</translation>
        </message>
        <message>
            <source>Speaking now</source>
            <translation>Speaking now</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <source>Time is nearly up</source>
            <translation>Time is nearly up</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Time left: %1</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>No connection: your request is kept and sent as soon as the connection is back.</source>
            <translation>No connection: your request is kept and sent as soon as the connection is back.</translation>
        </message>
        <message>
            <source>You are next.</source>
            <translation>You are next.</translation>
        </message>
        <message>
            <source>You are number %1 in the queue.</source>
            <translation>You are number %1 in the queue.</translation>
        </message>
        <message>
            <source>You have not asked to speak.</source>
            <translation>You have not asked to speak.</translation>
        </message>
        <message>
            <source>Request to speak</source>
            <translation>Request to speak</translation>
        </message>
        <message>
            <source>Withdraw my request</source>
            <translation>Withdraw my request</translation>
        </message>
        <message>
            <source>I have finished speaking</source>
            <translation>I have finished speaking</translation>
        </message>
        <message>
            <source>Only delegates can ask to speak.</source>
            <translation>Only delegates can ask to speak.</translation>
        </message>
        <message>
            <source>Queue (%1)</source>
            <translation>Queue (%1)</translation>
        </message>
        <message>
            <source>%1 (you)</source>
            <translation>%1 (you)</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ThumbnailStrip</name>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
    </context>
    <context>
        <name>VersionTrail</name>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Loading the version history…</source>
            <translation>Loading the version history…</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>shown</source>
            <translation>shown</translation>
        </message>
        <message>
            <source>Uploaded by %1, %2</source>
            <translation>Uploaded by %1, %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
    </context>
    <context>
        <name>VoteButton</name>
        <message>
            <source>✓ your choice</source>
            <translation>✓ your choice</translation>
        </message>
    </context>
    <context>
        <name>VoteCard</name>
        <message>
            <source>Vote · round %1</source>
            <translation>Vote · round %1</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>%1 of %2 delegates present have voted</source>
            <translation>%1 of %2 delegates present have voted</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) have voted</source>
            <translation>
                <numerusform>%n delegate(s) have voted</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Check in first: only delegates present can vote.</source>
            <translation>Check in first: only delegates present can vote.</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Confirm your vote: %1?</source>
            <translation>Confirm your vote: %1?</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Choose again</source>
            <translation>Choose again</translation>
        </message>
        <message>
            <source>You can change your vote until the vote closes.</source>
            <translation>You can change your vote until the vote closes.</translation>
        </message>
        <message>
            <source>The chair cancelled this vote.</source>
            <translation>The chair cancelled this vote.</translation>
        </message>
    </context>
    <context>
        <name>VoteResult</name>
        <message>
            <source>Delegates: %1</source>
            <translation>Delegates: %1</translation>
        </message>
        <message>
            <source>present: %1</source>
            <translation>present: %1</translation>
        </message>
        <message>
            <source>voted: %1</source>
            <translation>voted: %1</translation>
        </message>
        <message numerus="yes">
            <source>Rule: %1 · %n approval(s) needed</source>
            <translation>
                <numerusform>Rule: %1 · %n approval(s) needed</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Counted by hand (the devices were not used).</source>
            <translation>Counted by hand (the devices were not used).</translation>
        </message>
        <message>
            <source>Shares of the total number of delegates (%1)</source>
            <translation>Shares of the total number of delegates (%1)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Disapprove</translation>
        </message>
        <message>
            <source>Not voting</source>
            <translation>Not voting</translation>
        </message>
    </context>
    <context>
        <name>council::client::AppController</name>
        <message>
            <source>The server at %1 does not answer. Check the address and the network.</source>
            <translation>The server at %1 does not answer. Check the address and the network.</translation>
        </message>
        <message>
            <source>Cannot read the password file %1: %2</source>
            <translation>Cannot read the password file %1: %2</translation>
        </message>
        <message>
            <source>The password file %1 has no password for the user %2.</source>
            <translation>The password file %1 has no password for the user %2.</translation>
        </message>
        <message>
            <source>Enter the server address.</source>
            <translation>Enter the server address.</translation>
        </message>
        <message>
            <source>The server address is not valid. Example: ws://192.168.1.10:8765</source>
            <translation>The server address is not valid. Example: ws://192.168.1.10:8765</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Cannot connect to the server at %1. Check the address and the network.</source>
            <translation>Cannot connect to the server at %1. Check the address and the network.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>This device has been signed out: its access was revoked. Please log in again.</source>
            <translation>This device has been signed out: its access was revoked. Please log in again.</translation>
        </message>
        <message>
            <source>Your login on this device is no longer valid. Please log in again.</source>
            <translation>Your login on this device is no longer valid. Please log in again.</translation>
        </message>
        <message>
            <source>This is the check-in code of a sitting, not a join code. The join code is shown on the hall display under "Join code".</source>
            <translation>This is the check-in code of a sitting, not a join code. The join code is shown on the hall display under "Join code".</translation>
        </message>
        <message>
            <source>The join code does not hold a valid server address.</source>
            <translation>The join code does not hold a valid server address.</translation>
        </message>
        <message>
            <source>The join code is incomplete or damaged. Copy it again from the hall display.</source>
            <translation>The join code is incomplete or damaged. Copy it again from the hall display.</translation>
        </message>
        <message>
            <source>This is not a join code. A join code starts with "council:".</source>
            <translation>This is not a join code. A join code starts with "council:".</translation>
        </message>
        <message>
            <source>Not logged in: this device already trusts another key for this council at %1. The join code may be forged, or the server was reinstalled. Ask the secretariat before going on.</source>
            <translation>Not logged in: this device already trusts another key for this council at %1. The join code may be forged, or the server was reinstalled. Ask the secretariat before going on.</translation>
        </message>
        <message>
            <source>Not logged in: the trusted keys of this device cannot be read (%1).</source>
            <translation>Not logged in: the trusted keys of this device cannot be read (%1).</translation>
        </message>
        <message>
            <source>Logged out: the server presents a different trust key than the join code. Ask the secretariat before logging in again.</source>
            <translation>Logged out: the server presents a different trust key than the join code. Ask the secretariat before logging in again.</translation>
        </message>
    </context>
    <context>
        <name>council::client::ChairController</name>
        <message>
            <source>Nobody has the floor.</source>
            <translation>Nobody has the floor.</translation>
        </message>
        <message>
            <source>Choose the agenda item to vote on first.</source>
            <translation>Choose the agenda item to vote on first.</translation>
        </message>
    </context>
    <context>
        <name>council::client::DocumentListModel</name>
        <message>
            <source>Draft resolution</source>
            <translation>Draft resolution</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Submission</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Not downloaded</source>
            <translation>Not downloaded</translation>
        </message>
        <message>
            <source>Waiting to download</source>
            <translation>Waiting to download</translation>
        </message>
        <message>
            <source>Downloading %1%</source>
            <translation>Downloading %1%</translation>
        </message>
        <message>
            <source>On this device</source>
            <translation>On this device</translation>
        </message>
        <message>
            <source>Download failed</source>
            <translation>Download failed</translation>
        </message>
        <message>
            <source>Signature verified</source>
            <translation>Signature verified</translation>
        </message>
        <message>
            <source>Signature not verified</source>
            <translation>Signature not verified</translation>
        </message>
        <message>
            <source>Not approved yet</source>
            <translation>Not approved yet</translation>
        </message>
        <message>
            <source>Signature not checked yet</source>
            <translation>Signature not checked yet</translation>
        </message>
        <message>
            <source>Documents cannot be kept on this device: %1</source>
            <translation>Documents cannot be kept on this device: %1</translation>
        </message>
        <message>
            <source>This document was withdrawn.</source>
            <translation>This document was withdrawn.</translation>
        </message>
        <message>
            <source>This document was withdrawn: %1</source>
            <translation>This document was withdrawn: %1</translation>
        </message>
        <message>
            <source>This document is not available.</source>
            <translation>This document is not available.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
    </context>
    <context>
        <name>council::client::SittingController</name>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Present (late)</source>
            <translation>Present (late)</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Absent (excused)</source>
            <translation>Absent (excused)</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Not checked in</translation>
        </message>
        <message>
            <source>Type the six digits shown on the hall screen.</source>
            <translation>Type the six digits shown on the hall screen.</translation>
        </message>
        <message>
            <source>The code is wrong or has expired. Type the code shown on the hall screen now.</source>
            <translation>The code is wrong or has expired. Type the code shown on the hall screen now.</translation>
        </message>
    </context>
    <context>
        <name>council::client::VoteController</name>
        <message numerus="yes">
            <source>%n approval(s) needed</source>
            <translation>
                <numerusform>%n approval(s) needed</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Needs %1 of the %2 delegates approving</source>
            <translation>Needs %1 of the %2 delegates approving</translation>
        </message>
        <message>
            <source>Needs %1 of the %2 delegates present approving</source>
            <translation>Needs %1 of the %2 delegates present approving</translation>
        </message>
        <message>
            <source>You have not voted yet.</source>
            <translation>You have not voted yet.</translation>
        </message>
        <message>
            <source>You did not vote in this round.</source>
            <translation>You did not vote in this round.</translation>
        </message>
        <message>
            <source>Sending your vote: %1…</source>
            <translation>Sending your vote: %1…</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1. No connection; your vote goes out as soon as it is back.</source>
            <translation>Waiting to be sent: %1. No connection; your vote goes out as soon as it is back.</translation>
        </message>
        <message>
            <source>Recorded: %1</source>
            <translation>Recorded: %1</translation>
        </message>
        <message>
            <source>Changed and recorded: %1</source>
            <translation>Changed and recorded: %1</translation>
        </message>
        <message>
            <source>Too late: the vote had closed, so the change to %1 was not counted. Your recorded vote: %2.</source>
            <translation>Too late: the vote had closed, so the change to %1 was not counted. Your recorded vote: %2.</translation>
        </message>
        <message>
            <source>Too late: the vote had closed, so your vote (%1) was not counted.</source>
            <translation>Too late: the vote had closed, so your vote (%1) was not counted.</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Not passed</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>No decision</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Disapprove</translation>
        </message>
        <message>
            <source>Not voting</source>
            <translation>Not voting</translation>
        </message>
        <message>
            <source>More than half of all delegates</source>
            <translation>More than half of all delegates</translation>
        </message>
        <message>
            <source>At least two thirds of all delegates</source>
            <translation>At least two thirds of all delegates</translation>
        </message>
        <message>
            <source>More than half of the delegates present</source>
            <translation>More than half of the delegates present</translation>
        </message>
        <message>
            <source>More than half of the votes cast</source>
            <translation>More than half of the votes cast</translation>
        </message>
    </context>
</TS>
