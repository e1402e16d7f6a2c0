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
        <source>Server address</source>
        <translation>Server address</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Paperless Council</source>
        <translation>Paperless Council</translation>
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
</context>
</TS>
