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
        <message>
            <source>Delegate</source>
            <translation>Delegate</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>Documents / Approval</source>
            <translation>Documents / Approval</translation>
        </message>
        <message>
            <source>Show the %1 screen</source>
            <translation>Show the %1 screen</translation>
        </message>
        <message>
            <source>Screen: %1. Choose another</source>
            <translation>Screen: %1. Choose another</translation>
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
        <name>ChairConsolePage</name>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Only the chair or a vice-chair of this council can use the chair's console.</source>
            <translation>Only the chair or a vice-chair of this council can use the chair's console.</translation>
        </message>
        <message>
            <source>Close the sitting?</source>
            <translation>Close the sitting?</translation>
        </message>
        <message>
            <source>A vote is still open: end or cancel it first, then close the sitting.</source>
            <translation>A vote is still open: end or cancel it first, then close the sitting.</translation>
        </message>
        <message>
            <source>The sitting is recorded as closed now. Delegates can no longer check in (the secretariat can still correct the attendance). You can open it again later if needed.</source>
            <translation>The sitting is recorded as closed now. Delegates can no longer check in (the secretariat can still correct the attendance). You can open it again later if needed.</translation>
        </message>
        <message>
            <source>Close the sitting</source>
            <translation>Close the sitting</translation>
        </message>
        <message>
            <source>End the vote?</source>
            <translation>End the vote?</translation>
        </message>
        <message>
            <source>No more ballots are taken. The %1 delegate(s) present who have not voted are recorded as not taking part; they do not count as approving.</source>
            <translation>No more ballots are taken. The %1 delegate(s) present who have not voted are recorded as not taking part; they do not count as approving.</translation>
        </message>
        <message>
            <source>No more ballots are taken. Every delegate present has voted.</source>
            <translation>No more ballots are taken. Every delegate present has voted.</translation>
        </message>
        <message>
            <source>The result is counted and announced at once on every delegate's screen.</source>
            <translation>The result is counted and announced at once on every delegate's screen.</translation>
        </message>
        <message>
            <source>End the vote</source>
            <translation>End the vote</translation>
        </message>
        <message>
            <source>Cancel the vote?</source>
            <translation>Cancel the vote?</translation>
        </message>
        <message>
            <source>Round %1 is cancelled: the %2 ballot(s) cast so far are not counted and there is no result. You can vote again afterwards.</source>
            <translation>Round %1 is cancelled: the %2 ballot(s) cast so far are not counted and there is no result. You can vote again afterwards.</translation>
        </message>
        <message>
            <source>Cancel the vote</source>
            <translation>Cancel the vote</translation>
        </message>
        <message>
            <source>Vote again?</source>
            <translation>Vote again?</translation>
        </message>
        <message>
            <source>Round %1 is kept on record, marked as voted again. Round %2 opens at once with the same question, rule and time allowed; every delegate has to vote again.</source>
            <translation>Round %1 is kept on record, marked as voted again. Round %2 opens at once with the same question, rule and time allowed; every delegate has to vote again.</translation>
        </message>
        <message>
            <source>Vote again</source>
            <translation>Vote again</translation>
        </message>
    </context>
    <context>
        <name>ChairHallCard</name>
        <message>
            <source>Hall screen</source>
            <translation>Hall screen</translation>
        </message>
        <message>
            <source>Presenting: %1, page %2</source>
            <translation>Presenting: %1, page %2</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Vote result</source>
            <translation>Vote result</translation>
        </message>
        <message>
            <source>Present a document page</source>
            <translation>Present a document page</translation>
        </message>
        <message>
            <source>The session has no published documents.</source>
            <translation>The session has no published documents.</translation>
        </message>
        <message>
            <source>Document to present</source>
            <translation>Document to present</translation>
        </message>
        <message>
            <source>%1 pages</source>
            <translation>%1 pages</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Page to present</source>
            <translation>Page to present</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>of %1</translation>
        </message>
        <message>
            <source>Present to the hall</source>
            <translation>Present to the hall</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Page %1</translation>
        </message>
        <message>
            <source>Present the previous page</source>
            <translation>Present the previous page</translation>
        </message>
        <message>
            <source>Present the next page</source>
            <translation>Present the next page</translation>
        </message>
        <message>
            <source>Open in the reader</source>
            <translation>Open in the reader</translation>
        </message>
    </context>
    <context>
        <name>ChairQuorumCard</name>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Loading the attendance…</source>
            <translation>Loading the attendance…</translation>
        </message>
        <message>
            <source>of %1 delegates present</source>
            <translation>of %1 delegates present</translation>
        </message>
        <message>
            <source>%1 needed for the quorum</source>
            <translation>%1 needed for the quorum</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Quorum reached</translation>
        </message>
        <message>
            <source>No quorum: %1 more delegate(s) needed</source>
            <translation>No quorum: %1 more delegate(s) needed</translation>
        </message>
        <message>
            <source>Nobody is absent.</source>
            <translation>Nobody is absent.</translation>
        </message>
        <message>
            <source>Absent (%1):</source>
            <translation>Absent (%1):</translation>
        </message>
        <message>
            <source>Connection lost (%1):</source>
            <translation>Connection lost (%1):</translation>
        </message>
    </context>
    <context>
        <name>ChairSittingCard</name>
        <message>
            <source>Sitting</source>
            <translation>Sitting</translation>
        </message>
        <message>
            <source>No sitting today</source>
            <translation>No sitting today</translation>
        </message>
        <message>
            <source>In session</source>
            <translation>In session</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Not opened</source>
            <translation>Not opened</translation>
        </message>
        <message>
            <source>Reopen the sitting</source>
            <translation>Reopen the sitting</translation>
        </message>
        <message>
            <source>Open the sitting</source>
            <translation>Open the sitting</translation>
        </message>
        <message>
            <source>Close the sitting</source>
            <translation>Close the sitting</translation>
        </message>
        <message>
            <source>Item under discussion</source>
            <translation>Item under discussion</translation>
        </message>
        <message>
            <source>No item has been taken up yet.</source>
            <translation>No item has been taken up yet.</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Previous agenda item</source>
            <translation>Previous agenda item</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Next agenda item</source>
            <translation>Next agenda item</translation>
        </message>
        <message>
            <source>Go to an agenda item…</source>
            <translation>Go to an agenda item…</translation>
        </message>
    </context>
    <context>
        <name>ChairSpeakerCard</name>
        <message>
            <source>Speaking</source>
            <translation>Speaking</translation>
        </message>
        <message>
            <source>Requests to speak open when an agenda item is taken up.</source>
            <translation>Requests to speak open when an agenda item is taken up.</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Point of order</translation>
        </message>
        <message>
            <source>Has the floor</source>
            <translation>Has the floor</translation>
        </message>
        <message>
            <source>The speaking time is over.</source>
            <translation>The speaking time is over.</translation>
        </message>
        <message>
            <source>Less than a minute of speaking time left.</source>
            <translation>Less than a minute of speaking time left.</translation>
        </message>
        <message>
            <source>End the speech</source>
            <translation>End the speech</translation>
        </message>
        <message>
            <source>Nobody has the floor.</source>
            <translation>Nobody has the floor.</translation>
        </message>
        <message>
            <source>Waiting to speak (%1)</source>
            <translation>Waiting to speak (%1)</translation>
        </message>
        <message>
            <source>Nobody has asked to speak.</source>
            <translation>Nobody has asked to speak.</translation>
        </message>
        <message>
            <source>Point of order: first</source>
            <translation>Point of order: first</translation>
        </message>
        <message>
            <source>Move %1 up</source>
            <translation>Move %1 up</translation>
        </message>
        <message>
            <source>Move %1 down</source>
            <translation>Move %1 down</translation>
        </message>
        <message>
            <source>Give the floor</source>
            <translation>Give the floor</translation>
        </message>
    </context>
    <context>
        <name>ChairVoteCard</name>
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
        <message>
            <source>No time limit</source>
            <translation>No time limit</translation>
        </message>
        <message>
            <source>30 seconds</source>
            <translation>30 seconds</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minute</translation>
        </message>
        <message>
            <source>2 minutes</source>
            <translation>2 minutes</translation>
        </message>
        <message>
            <source>3 minutes</source>
            <translation>3 minutes</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 minutes</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutes</translation>
        </message>
        <message>
            <source>Vote in progress · round %1</source>
            <translation>Vote in progress · round %1</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>Rule: %1</translation>
        </message>
        <message>
            <source>Voted</source>
            <translation>Voted</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Time left: %1</translation>
        </message>
        <message>
            <source>%1 of the %2 delegates present have voted</source>
            <translation>%1 of the %2 delegates present have voted</translation>
        </message>
        <message>
            <source>Every delegate present has voted.</source>
            <translation>Every delegate present has voted.</translation>
        </message>
        <message>
            <source>Not voted yet (%1): %2</source>
            <translation>Not voted yet (%1): %2</translation>
        </message>
        <message>
            <source>+30 seconds</source>
            <translation>+30 seconds</translation>
        </message>
        <message>
            <source>+1 minute</source>
            <translation>+1 minute</translation>
        </message>
        <message>
            <source>End the vote</source>
            <translation>End the vote</translation>
        </message>
        <message>
            <source>Cancel the vote</source>
            <translation>Cancel the vote</translation>
        </message>
        <message>
            <source>Result of round %1: %2</source>
            <translation>Result of round %1: %2</translation>
        </message>
        <message>
            <source>Round %1 was cancelled: %2</source>
            <translation>Round %1 was cancelled: %2</translation>
        </message>
        <message>
            <source>Round %1 was voted again: %2</source>
            <translation>Round %1 was voted again: %2</translation>
        </message>
        <message>
            <source>Present but did not vote (%1): %2</source>
            <translation>Present but did not vote (%1): %2</translation>
        </message>
        <message>
            <source>Show on the hall screen</source>
            <translation>Show on the hall screen</translation>
        </message>
        <message>
            <source>Vote again (round %1)</source>
            <translation>Vote again (round %1)</translation>
        </message>
        <message>
            <source>New vote on the item under discussion</source>
            <translation>New vote on the item under discussion</translation>
        </message>
        <message>
            <source>The question, e.g. Approve the draft resolution on …</source>
            <translation>The question, e.g. Approve the draft resolution on …</translation>
        </message>
        <message>
            <source>The question of the vote</source>
            <translation>The question of the vote</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Time allowed</source>
            <translation>Time allowed</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (default)</translation>
        </message>
        <message>
            <source>Not the council's usual rule (%1).</source>
            <translation>Not the council's usual rule (%1).</translation>
        </message>
        <message>
            <source>Open the vote</source>
            <translation>Open the vote</translation>
        </message>
        <message>
            <source>Take up an agenda item first: a vote belongs to an item.</source>
            <translation>Take up an agenda item first: a vote belongs to an item.</translation>
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
        <message>
            <source>The chair has closed this sitting: check-in is over.</source>
            <translation>The chair has closed this sitting: check-in is over.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
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
        <name>DocumentDeskApproveDialog</name>
        <message>
            <source>Approve “%1”</source>
            <translation>Approve “%1”</translation>
        </message>
        <message>
            <source>You sign version %1 exactly as you read it, with your own signing key. Your password opens the key on this device; it is not sent to the server.</source>
            <translation>You sign version %1 exactly as you read it, with your own signing key. Your password opens the key on this device; it is not sent to the server.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Your password</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Sign and approve</source>
            <translation>Sign and approve</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskPage</name>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Document desk</source>
            <translation>Document desk</translation>
        </message>
        <message>
            <source>You prepare, review and publish the documents of this session.</source>
            <translation>You prepare, review and publish the documents of this session.</translation>
        </message>
        <message>
            <source>Secretariat: upload documents, send them for review, publish the approved ones.</source>
            <translation>Secretariat: upload documents, send them for review, publish the approved ones.</translation>
        </message>
        <message>
            <source>Approver: read each document awaiting review, then approve it with your signature or reject it with a reason.</source>
            <translation>Approver: read each document awaiting review, then approve it with your signature or reject it with a reason.</translation>
        </message>
        <message>
            <source>You can read the documents published to you; the steps of the workflow are for the secretariat and the approvers.</source>
            <translation>You can read the documents published to you; the steps of the workflow are for the secretariat and the approvers.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Nothing awaits review.</source>
            <translation>Nothing awaits review.</translation>
        </message>
        <message>
            <source>No documents here.</source>
            <translation>No documents here.</translation>
        </message>
        <message>
            <source>Reject “%1”</source>
            <translation>Reject “%1”</translation>
        </message>
        <message>
            <source>Version %1 goes back to the secretariat with your reason. It can be sent for review again after it is replaced by a corrected version.</source>
            <translation>Version %1 goes back to the secretariat with your reason. It can be sent for review again after it is replaced by a corrected version.</translation>
        </message>
        <message>
            <source>What has to change (required)</source>
            <translation>What has to change (required)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Withdraw “%1”?</source>
            <translation>Withdraw “%1”?</translation>
        </message>
        <message>
            <source>Why it is withdrawn (required; delegates see it)</source>
            <translation>Why it is withdrawn (required; delegates see it)</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Version %1 awaits your review.</source>
            <translation>Version %1 awaits your review.</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskPublishDialog</name>
        <message>
            <source>Publish “%1”</source>
            <translation>Publish “%1”</translation>
        </message>
        <message>
            <source>Who receives it? Their devices download it at once.</source>
            <translation>Who receives it? Their devices download it at once.</translation>
        </message>
        <message>
            <source>Everyone, under its agenda item</source>
            <translation>Everyone, under its agenda item</translation>
        </message>
        <message>
            <source>Everyone, under the session</source>
            <translation>Everyone, under the session</translation>
        </message>
        <message>
            <source>Every member of the body</source>
            <translation>Every member of the body</translation>
        </message>
        <message>
            <source>Only chosen groups</source>
            <translation>Only chosen groups</translation>
        </message>
        <message>
            <source>The secretariat, the chair and the approvers see it too.</source>
            <translation>The secretariat, the chair and the approvers see it too.</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskReasonDialog</name>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskReplaceDialog</name>
        <message>
            <source>Replace the version of “%1”</source>
            <translation>Replace the version of “%1”</translation>
        </message>
        <message>
            <source>Choose the new version</source>
            <translation>Choose the new version</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.rtf)</source>
            <translation>Documents (*.pdf *.docx *.doc *.odt *.rtf)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>The new version starts as a draft: it is sent for review and approved again before it is published. Delegates keep the published version until then.</source>
            <translation>The new version starts as a draft: it is sent for review and approved again before it is published. Delegates keep the published version until then.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Why this version replaces the current one (required)</source>
            <translation>Why this version replaces the current one (required)</translation>
        </message>
        <message>
            <source>Not replaced: %1</source>
            <translation>Not replaced: %1</translation>
        </message>
        <message>
            <source>Stop upload</source>
            <translation>Stop upload</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Upload new version</source>
            <translation>Upload new version</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskRow</name>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Item: %1</source>
            <translation>Item: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>uploaded by %1</source>
            <translation>uploaded by %1</translation>
        </message>
        <message>
            <source>changed %1</source>
            <translation>changed %1</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>Rejected: %1</translation>
        </message>
        <message>
            <source>Why version %1: %2</source>
            <translation>Why version %1: %2</translation>
        </message>
        <message>
            <source>Withdrawn: %1</source>
            <translation>Withdrawn: %1</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Review and approve</source>
            <translation>Review and approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Send for review</source>
            <translation>Send for review</translation>
        </message>
        <message>
            <source>Publish again</source>
            <translation>Publish again</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Replace version</source>
            <translation>Replace version</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskUploadPanel</name>
        <message>
            <source>Choose a document</source>
            <translation>Choose a document</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.rtf)</source>
            <translation>Documents (*.pdf *.docx *.doc *.odt *.rtf)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Upload a document</source>
            <translation>Upload a document</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Other file…</translation>
        </message>
        <message>
            <source>PDF, Word, ODT or RTF</source>
            <translation>PDF, Word, ODT or RTF</translation>
        </message>
        <message>
            <source>Title of the document</source>
            <translation>Title of the document</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Submission</translation>
        </message>
        <message>
            <source>Draft resolution</source>
            <translation>Draft resolution</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Other document</translation>
        </message>
        <message>
            <source>No agenda item (the session)</source>
            <translation>No agenda item (the session)</translation>
        </message>
        <message>
            <source>No agenda item</source>
            <translation>No agenda item</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>The server checks the file…</source>
            <translation>The server checks the file…</translation>
        </message>
        <message>
            <source>%1 of %2 sent</source>
            <translation>%1 of %2 sent</translation>
        </message>
        <message>
            <source>Not uploaded: %1</source>
            <translation>Not uploaded: %1</translation>
        </message>
        <message>
            <source>Uploaded as a draft. Send it for review from the list.</source>
            <translation>Uploaded as a draft. Send it for review from the list.</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Upload</translation>
        </message>
        <message>
            <source>Stop upload</source>
            <translation>Stop upload</translation>
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
        <message>
            <source>Loading page %1…</source>
            <translation>Loading page %1…</translation>
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
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to where the document was opened</source>
            <translation>Back to where the document was opened</translation>
        </message>
    </context>
    <context>
        <name>SecretariatAgendaRow</name>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>SecretariatAttendanceTab</name>
        <message>
            <source>Sitting</source>
            <translation>Sitting</translation>
        </message>
        <message>
            <source>Present %1 of %2 delegates, %3 needed: %4</source>
            <translation>Present %1 of %2 delegates, %3 needed: %4</translation>
        </message>
        <message>
            <source>quorum reached</source>
            <translation>quorum reached</translation>
        </message>
        <message>
            <source>no quorum</source>
            <translation>no quorum</translation>
        </message>
        <message>
            <source>The session has no sitting yet: add one under “Session &amp; agenda”.</source>
            <translation>The session has no sitting yet: add one under “Session &amp; agenda”.</translation>
        </message>
        <message>
            <source>seat %1</source>
            <translation>seat %1</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Set</translation>
        </message>
    </context>
    <context>
        <name>SecretariatHandCountTab</name>
        <message>
            <source>voting is open</source>
            <translation>voting is open</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>repeated</source>
            <translation>repeated</translation>
        </message>
        <message>
            <source>Hand count of the latest vote</source>
            <translation>Hand count of the latest vote</translation>
        </message>
        <message>
            <source>The session has had no vote yet.</source>
            <translation>The session has had no vote yet.</translation>
        </message>
        <message>
            <source>Round %1: “%2” (%3)</source>
            <translation>Round %1: “%2” (%3)</translation>
        </message>
        <message>
            <source>Enter the numbers counted in the hall. The council has %1 delegates.</source>
            <translation>Enter the numbers counted in the hall. The council has %1 delegates.</translation>
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
            <source>Delegates present</source>
            <translation>Delegates present</translation>
        </message>
        <message>
            <source>Record the hand count</source>
            <translation>Record the hand count</translation>
        </message>
        <message>
            <source>Recorded (counted by hand)</source>
            <translation>Recorded (counted by hand)</translation>
        </message>
        <message>
            <source>Recorded by the devices</source>
            <translation>Recorded by the devices</translation>
        </message>
        <message>
            <source>approve %1, disapprove %2, not voting %3, present %4 of %5 delegates — %6.</source>
            <translation>approve %1, disapprove %2, not voting %3, present %4 of %5 delegates — %6.</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>not passed</translation>
        </message>
        <message>
            <source>no decision</source>
            <translation>no decision</translation>
        </message>
    </context>
    <context>
        <name>SecretariatImportTab</name>
        <message>
            <source>Choose the member list (CSV)</source>
            <translation>Choose the member list (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>A UTF-8 CSV file with a header line: name, functions, group, seat, username (or họ tên, chức năng, tổ, ghế, tài khoản). Several functions or groups in one cell are separated by “;”. Functions: delegate, chair, vice_chair, secretary, approver, display.</source>
            <translation>A UTF-8 CSV file with a header line: name, functions, group, seat, username (or họ tên, chức năng, tổ, ghế, tài khoản). Several functions or groups in one cell are separated by “;”. Functions: delegate, chair, vice_chair, secretary, approver, display.</translation>
        </message>
        <message>
            <source>Choose CSV file…</source>
            <translation>Choose CSV file…</translation>
        </message>
        <message numerus="yes">
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Import %n member(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n line(s)</source>
            <translation>
                <numerusform>%1: %n line(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pasted text</source>
            <translation>Pasted text</translation>
        </message>
        <message numerus="yes">
            <source>%n good</source>
            <translation>
                <numerusform>%n good</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors — fix them in the file and choose it again; nothing is imported while a line is wrong</source>
            <translation>
                <numerusform>%n with errors — fix them in the file and choose it again; nothing is imported while a line is wrong</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to check</source>
            <translation>
                <numerusform>%n to check</numerusform>
            </translation>
        </message>
        <message>
            <source>only the first errors are listed</source>
            <translation>only the first errors are listed</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Line %1</translation>
        </message>
        <message>
            <source>group: %1</source>
            <translation>group: %1</translation>
        </message>
        <message>
            <source>seat %1</source>
            <translation>seat %1</translation>
        </message>
        <message>
            <source>account %1</source>
            <translation>account %1</translation>
        </message>
    </context>
    <context>
        <name>SecretariatItemDialog</name>
        <message>
            <source>No sitting yet</source>
            <translation>No sitting yet</translation>
        </message>
        <message>
            <source>Edit agenda item</source>
            <translation>Edit agenda item</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Sitting</source>
            <translation>Sitting</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <source>Planned minutes</source>
            <translation>Planned minutes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>SecretariatPage</name>
        <message>
            <source>Secretariat</source>
            <translation>Secretariat</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>Your account is not a secretary of this council: the server will refuse changes.</source>
            <translation>Your account is not a secretary of this council: the server will refuse changes.</translation>
        </message>
        <message>
            <source>Session &amp; agenda</source>
            <translation>Session &amp; agenda</translation>
        </message>
        <message>
            <source>Members (CSV import)</source>
            <translation>Members (CSV import)</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Hand count</source>
            <translation>Hand count</translation>
        </message>
    </context>
    <context>
        <name>SecretariatSessionTab</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>In session</source>
            <translation>In session</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Council</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Create session</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Save session</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Sittings</source>
            <translation>Sittings</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the sitting?</source>
            <translation>Delete the sitting?</translation>
        </message>
        <message>
            <source>Delete the sitting “%1”? Its agenda items stay in the session, without a sitting.</source>
            <translation>Delete the sitting “%1”? Its agenda items stay in the session, without a sitting.</translation>
        </message>
        <message>
            <source>No sitting yet. A vote and attendance need a sitting.</source>
            <translation>No sitting yet. A vote and attendance need a sitting.</translation>
        </message>
        <message>
            <source>Title, e.g. Morning sitting</source>
            <translation>Title, e.g. Morning sitting</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Save sitting</source>
            <translation>Save sitting</translation>
        </message>
        <message>
            <source>Add sitting</source>
            <translation>Add sitting</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Drag an item by its handle ☰, or use the arrows, to change the order.</source>
            <translation>Drag an item by its handle ☰, or use the arrows, to change the order.</translation>
        </message>
        <message>
            <source>Delete the agenda item?</source>
            <translation>Delete the agenda item?</translation>
        </message>
        <message>
            <source>Delete “%1” from the agenda? Its requests to speak are deleted with it. Documents attached to it are neither deleted nor withdrawn, and the results of votes already held on it are kept. This cannot be undone.</source>
            <translation>Delete “%1” from the agenda? Its requests to speak are deleted with it. Documents attached to it are neither deleted nor withdrawn, and the results of votes already held on it are kept. This cannot be undone.</translation>
        </message>
        <message>
            <source>The agenda is empty.</source>
            <translation>The agenda is empty.</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Add agenda item</translation>
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
        <name>council::client::AttendanceOverrideModel</name>
        <message>
            <source>checked in on a device</source>
            <translation>checked in on a device</translation>
        </message>
        <message>
            <source>checked in with the hall code</source>
            <translation>checked in with the hall code</translation>
        </message>
        <message>
            <source>set by the secretariat</source>
            <translation>set by the secretariat</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
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
            <source>Choose present, late, absent or excused.</source>
            <translation>Choose present, late, absent or excused.</translation>
        </message>
        <message>
            <source>Enter the reason for the change (it goes into the minutes).</source>
            <translation>Enter the reason for the change (it goes into the minutes).</translation>
        </message>
        <message>
            <source>The reason is too long (at most 300 characters).</source>
            <translation>The reason is too long (at most 300 characters).</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
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
        <message>
            <source>This session has no sitting to open.</source>
            <translation>This session has no sitting to open.</translation>
        </message>
        <message>
            <source>The sitting is already open.</source>
            <translation>The sitting is already open.</translation>
        </message>
        <message>
            <source>Another sitting of this session is open: close it first.</source>
            <translation>Another sitting of this session is open: close it first.</translation>
        </message>
        <message>
            <source>This session has no sitting to close.</source>
            <translation>This session has no sitting to close.</translation>
        </message>
        <message>
            <source>A vote is open: close or cancel it before closing the sitting.</source>
            <translation>A vote is open: close or cancel it before closing the sitting.</translation>
        </message>
        <message>
            <source>The sitting is not open.</source>
            <translation>The sitting is not open.</translation>
        </message>
    </context>
    <context>
        <name>council::client::DocumentDesk</name>
        <message>
            <source>every member of the body</source>
            <translation>every member of the body</translation>
        </message>
        <message>
            <source>every member of the body, under this session</source>
            <translation>every member of the body, under this session</translation>
        </message>
        <message>
            <source>every member of the body, under its agenda item</source>
            <translation>every member of the body, under its agenda item</translation>
        </message>
        <message>
            <source>every member of the body, under the item “%1”</source>
            <translation>every member of the body, under the item “%1”</translation>
        </message>
        <message>
            <source>the members of the chosen groups</source>
            <translation>the members of the chosen groups</translation>
        </message>
        <message>
            <source>the members of %1</source>
            <translation>the members of %1</translation>
        </message>
        <message>
            <source>“%1” will be taken back from %2. It disappears at once from their document lists and readers; a reader who has it open is told it was withdrawn, with your reason. Their devices delete the copy they keep when the notice reaches them (devices that are off line get it when they reconnect) and the server no longer hands out its bytes to them. The secretariat, the chair and the approvers keep it here, and it can be published again.</source>
            <translation>“%1” will be taken back from %2. It disappears at once from their document lists and readers; a reader who has it open is told it was withdrawn, with your reason. Their devices delete the copy they keep when the notice reaches them (devices that are off line get it when they reconnect) and the server no longer hands out its bytes to them. The secretariat, the chair and the approvers keep it here, and it can be published again.</translation>
        </message>
        <message>
            <source>Give the document a title.</source>
            <translation>Give the document a title.</translation>
        </message>
        <message>
            <source>Say why this version replaces the current one.</source>
            <translation>Say why this version replaces the current one.</translation>
        </message>
        <message>
            <source>Open a session first.</source>
            <translation>Open a session first.</translation>
        </message>
        <message>
            <source>%1 is not a file that can be read.</source>
            <translation>%1 is not a file that can be read.</translation>
        </message>
        <message>
            <source>“%1” was uploaded as a draft.</source>
            <translation>“%1” was uploaded as a draft.</translation>
        </message>
        <message>
            <source>“%1” now has version %2.</source>
            <translation>“%1” now has version %2.</translation>
        </message>
        <message>
            <source>“%1” was sent for review.</source>
            <translation>“%1” was sent for review.</translation>
        </message>
        <message>
            <source>Say why the document is rejected.</source>
            <translation>Say why the document is rejected.</translation>
        </message>
        <message>
            <source>“%1” was returned to the secretariat.</source>
            <translation>“%1” was returned to the secretariat.</translation>
        </message>
        <message>
            <source>Choose at least one group.</source>
            <translation>Choose at least one group.</translation>
        </message>
        <message>
            <source>“%1” was published.</source>
            <translation>“%1” was published.</translation>
        </message>
        <message>
            <source>Say why the document is withdrawn.</source>
            <translation>Say why the document is withdrawn.</translation>
        </message>
        <message>
            <source>“%1” was withdrawn.</source>
            <translation>“%1” was withdrawn.</translation>
        </message>
        <message>
            <source>Another approval is under way.</source>
            <translation>Another approval is under way.</translation>
        </message>
        <message>
            <source>Type your password: it opens your signing key on this device.</source>
            <translation>Type your password: it opens your signing key on this device.</translation>
        </message>
        <message>
            <source>Checking the document…</source>
            <translation>Checking the document…</translation>
        </message>
        <message>
            <source>Version %1 is %2 now: only a version awaiting review can be approved.</source>
            <translation>Version %1 is %2 now: only a version awaiting review can be approved.</translation>
        </message>
        <message>
            <source>The document changed since you opened it (now version %1). Read it again before you approve it.</source>
            <translation>The document changed since you opened it (now version %1). Read it again before you approve it.</translation>
        </message>
        <message>
            <source>Opening your signing key on this device…</source>
            <translation>Opening your signing key on this device…</translation>
        </message>
        <message>
            <source>Your account has no signing key yet. Create one with: councilctl key init --password-stdin</source>
            <translation>Your account has no signing key yet. Create one with: councilctl key init --password-stdin</translation>
        </message>
        <message>
            <source>The password is wrong: your signing key did not open. Nothing was sent; type it again.</source>
            <translation>The password is wrong: your signing key did not open. Nothing was sent; type it again.</translation>
        </message>
        <message>
            <source>Your signing key cannot be used: %1</source>
            <translation>Your signing key cannot be used: %1</translation>
        </message>
        <message>
            <source>Checking the approver list…</source>
            <translation>Checking the approver list…</translation>
        </message>
        <message>
            <source>The server's trust key is not a valid key.</source>
            <translation>The server's trust key is not a valid key.</translation>
        </message>
        <message>
            <source>Your key %1 is not on the body's approver list (version %2). An administrator adds it: councilctl trust add-approver.</source>
            <translation>Your key %1 is not on the body's approver list (version %2). An administrator adds it: councilctl trust add-approver.</translation>
        </message>
        <message>
            <source>Checking the content of version %1…</source>
            <translation>Checking the content of version %1…</translation>
        </message>
        <message>
            <source>The document's bytes could not be checked: %1</source>
            <translation>The document's bytes could not be checked: %1</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Signing…</translation>
        </message>
        <message>
            <source>“%1” version %2 approved: you signed it with key %3.</source>
            <translation>“%1” version %2 approved: you signed it with key %3.</translation>
        </message>
    </context>
    <context>
        <name>council::client::DocumentDeskModel</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
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
    </context>
    <context>
        <name>council::client::DocumentDownloader</name>
        <message>
            <source>the server did not answer within %1 s</source>
            <translation>the server did not answer within %1 s</translation>
        </message>
        <message>
            <source>'%1' is not a content hash</source>
            <translation>'%1' is not a content hash</translation>
        </message>
        <message>
            <source>a file size cannot be negative</source>
            <translation>a file size cannot be negative</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>cannot write %1: %2</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>no connection</translation>
        </message>
        <message>
            <source>the server holds %1 bytes under this hash, not %2</source>
            <translation>the server holds %1 bytes under this hash, not %2</translation>
        </message>
        <message>
            <source>the server's answer to doc.fetch is not usable</source>
            <translation>the server's answer to doc.fetch is not usable</translation>
        </message>
        <message>
            <source>the downloaded bytes do not match hash %1 (they hash to %2); the partial file was deleted</source>
            <translation>the downloaded bytes do not match hash %1 (they hash to %2); the partial file was deleted</translation>
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
        <name>council::client::DocumentUploader</name>
        <message>
            <source>the server did not answer within %1 s</source>
            <translation>the server did not answer within %1 s</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 changed while it was read</source>
            <translation>%1 changed while it was read</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>no connection</translation>
        </message>
        <message>
            <source>the server's answer to doc.upload_begin is not usable</source>
            <translation>the server's answer to doc.upload_begin is not usable</translation>
        </message>
        <message>
            <source>%1 changed during the upload</source>
            <translation>%1 changed during the upload</translation>
        </message>
        <message>
            <source>the server acknowledged %1 of %2 bytes</source>
            <translation>the server acknowledged %1 of %2 bytes</translation>
        </message>
        <message>
            <source>the server accepts no more bytes of the upload</source>
            <translation>the server accepts no more bytes of the upload</translation>
        </message>
    </context>
    <context>
        <name>council::client::HandCountForm</name>
        <message>
            <source>The session has had no vote yet: there is nothing to count.</source>
            <translation>The session has had no vote yet: there is nothing to count.</translation>
        </message>
        <message>
            <source>This round was repeated: count the new round instead.</source>
            <translation>This round was repeated: count the new round instead.</translation>
        </message>
        <message>
            <source>The numbers cannot be negative.</source>
            <translation>The numbers cannot be negative.</translation>
        </message>
        <message>
            <source>Approve, disapprove and not voting add up to %1, more than the %2 delegates present.</source>
            <translation>Approve, disapprove and not voting add up to %1, more than the %2 delegates present.</translation>
        </message>
        <message>
            <source>%1 present is more than the council's %2 delegates.</source>
            <translation>%1 present is more than the council's %2 delegates.</translation>
        </message>
        <message>
            <source>The hand count was recorded.</source>
            <translation>The hand count was recorded.</translation>
        </message>
    </context>
    <context>
        <name>council::client::MemberImportModel</name>
        <message>
            <source>delegate</source>
            <translation>delegate</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>chair</translation>
        </message>
        <message>
            <source>vice-chair</source>
            <translation>vice-chair</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>secretary</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>approver</translation>
        </message>
        <message>
            <source>hall display</source>
            <translation>hall display</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>The file is too large (at most %1 KiB).</source>
            <translation>The file is too large (at most %1 KiB).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8".</source>
            <translation>The file is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8".</translation>
        </message>
        <message>
            <source>Choose the council to import into first.</source>
            <translation>Choose the council to import into first.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>This line cannot be read.</source>
            <translation>This line cannot be read.</translation>
        </message>
        <message>
            <source>Choose a file and check its preview first.</source>
            <translation>Choose a file and check its preview first.</translation>
        </message>
        <message>
            <source>Fix the lines marked in red in the file, then choose it again.</source>
            <translation>Fix the lines marked in red in the file, then choose it again.</translation>
        </message>
        <message numerus="yes">
            <source>%n new group(s) created.</source>
            <translation>
                <numerusform>%n new group(s) created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) imported.</source>
            <translation>
                <numerusform>%n member(s) imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused this line.</source>
            <translation>The server refused this line.</translation>
        </message>
    </context>
    <context>
        <name>council::client::SealedDownloader</name>
        <message>
            <source>the server did not answer within %1 s</source>
            <translation>the server did not answer within %1 s</translation>
        </message>
        <message>
            <source>'%1' is not a content hash</source>
            <translation>'%1' is not a content hash</translation>
        </message>
        <message>
            <source>a file size cannot be negative</source>
            <translation>a file size cannot be negative</translation>
        </message>
        <message>
            <source>the document cache is not available</source>
            <translation>the document cache is not available</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>no connection</translation>
        </message>
        <message>
            <source>the server holds %1 bytes under this hash, not %2</source>
            <translation>the server holds %1 bytes under this hash, not %2</translation>
        </message>
        <message>
            <source>the server's answer to doc.fetch is not usable</source>
            <translation>the server's answer to doc.fetch is not usable</translation>
        </message>
        <message>
            <source>the downloaded bytes do not match hash %1 (they hash to %2)</source>
            <translation>the downloaded bytes do not match hash %1 (they hash to %2)</translation>
        </message>
    </context>
    <context>
        <name>council::client::SessionEditor</name>
        <message>
            <source>Enter the session's title.</source>
            <translation>Enter the session's title.</translation>
        </message>
        <message>
            <source>Enter the first day as YYYY-MM-DD, e.g. 2025-07-08.</source>
            <translation>Enter the first day as YYYY-MM-DD, e.g. 2025-07-08.</translation>
        </message>
        <message>
            <source>Enter the last day as YYYY-MM-DD, e.g. 2025-07-10.</source>
            <translation>Enter the last day as YYYY-MM-DD, e.g. 2025-07-10.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>The last day cannot be before the first day.</translation>
        </message>
        <message>
            <source>Enter the sitting's title.</source>
            <translation>Enter the sitting's title.</translation>
        </message>
        <message>
            <source>Enter the sitting's date as YYYY-MM-DD.</source>
            <translation>Enter the sitting's date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The date is outside the session (%1 to %2).</source>
            <translation>The date is outside the session (%1 to %2).</translation>
        </message>
        <message>
            <source>Enter the starting time as HH:MM, e.g. 08:00, or leave it empty.</source>
            <translation>Enter the starting time as HH:MM, e.g. 08:00, or leave it empty.</translation>
        </message>
        <message>
            <source>Enter the item's title.</source>
            <translation>Enter the item's title.</translation>
        </message>
        <message>
            <source>The planned time must be between 0 and %1 minutes.</source>
            <translation>The planned time must be between 0 and %1 minutes.</translation>
        </message>
        <message>
            <source>Choose the council the session belongs to.</source>
            <translation>Choose the council the session belongs to.</translation>
        </message>
        <message>
            <source>The session was created.</source>
            <translation>The session was created.</translation>
        </message>
        <message>
            <source>The session was saved.</source>
            <translation>The session was saved.</translation>
        </message>
        <message>
            <source>The session's state was changed.</source>
            <translation>The session's state was changed.</translation>
        </message>
        <message>
            <source>The sitting was added.</source>
            <translation>The sitting was added.</translation>
        </message>
        <message>
            <source>The sitting was saved.</source>
            <translation>The sitting was saved.</translation>
        </message>
        <message>
            <source>The sitting was removed.</source>
            <translation>The sitting was removed.</translation>
        </message>
        <message>
            <source>The item was added to the agenda.</source>
            <translation>The item was added to the agenda.</translation>
        </message>
        <message>
            <source>The item was saved.</source>
            <translation>The item was saved.</translation>
        </message>
        <message>
            <source>The agenda was reordered.</source>
            <translation>The agenda was reordered.</translation>
        </message>
        <message>
            <source>The item was removed from the agenda.</source>
            <translation>The item was removed from the agenda.</translation>
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
