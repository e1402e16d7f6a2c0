// The secretariat's console through the real models against the real
// council-server --demo on loopback: the secretary ("thuky") builds a session
// with a sitting and an agenda, reorders, edits and removes items, and a
// delegate's client ("daibieu") follows in its own AgendaModel; the delegate's
// own attempt is refused by the server and shown. Then a member list is
// previewed from CSV (with its bad lines) and imported, an attendance
// override with its reason reaches attendance.list and the timeline, and a
// hand count is recorded while wrong numbers never leave the client.
#include "appcontroller.h"
#include "livedemo.h"

#include <QCborArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::testing;
using council::client::AgendaModel;
using council::client::AppController;
using council::client::AttendanceOverrideModel;
using council::client::HandCountForm;
using council::client::MemberImportModel;
using council::client::SecretariatController;
using council::client::SessionEditor;
using council::protocol::Request;

namespace {

constexpr int kWait = 15000;

QCborMap fields(std::initializer_list<std::pair<const char *, QCborValue>> list) {
    QCborMap m;
    for (const auto &[key, value] : list)
        m.insert(QLatin1String(key), value);
    return m;
}

QString text(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toString();
}

qint64 integer(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toInteger();
}

QList<qint64> idsOf(const AgendaModel *agenda) {
    QList<qint64> ids;
    for (int row = 0; row < agenda->rowCount(); ++row)
        ids << agenda->data(agenda->index(row), AgendaModel::IdRole).toLongLong();
    return ids;
}

} // namespace

class TstSecretariat : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    LiveDemo m_demo;
    std::unique_ptr<AppController> m_secretary;
    std::unique_ptr<AppController> m_delegate;
    qint64 m_session = 0;
    qint64 m_sitting = 0;
    QList<qint64> m_items;

    SecretariatController *sec() const { return m_secretary->secretariat(); }
    SessionEditor *editor() const { return sec()->editor(); }

    std::unique_ptr<AppController> loggedIn(const QString &user) {
        auto app = std::make_unique<AppController>();
        app->login(m_demo.url().toString(), user, m_demo.password(user));
        return app;
    }

    // The session as the server has it: its agenda's ids by position.
    QList<qint64> serverOrder(QCborMap *session = nullptr, QCborArray *agenda = nullptr) {
        const auto r = m_demo.call(QStringLiteral("thuky"), Request::SessionGet, fields({{"id", m_session}}));
        if (!r.ok)
            return {};
        QList<std::pair<qint64, qint64>> byPosition;
        const QCborArray items = r.body.value(QStringLiteral("agenda")).toArray();
        for (const QCborValue &v : items)
            byPosition.append({integer(v.toMap(), "position"), integer(v.toMap(), "id")});
        std::sort(byPosition.begin(), byPosition.end());
        QList<qint64> ids;
        for (const auto &[position, id] : byPosition)
            ids << id;
        if (session)
            *session = r.body.value(QStringLiteral("session")).toMap();
        if (agenda)
            *agenda = items;
        return ids;
    }

private slots:
    void initTestCase();
    void secretaryMayManage();
    void buildsASession();
    void reordersEditsAndRemoves();
    void delegateIsRefused();
    void previewsAndImportsMembers();
    void overridesAttendanceWithAReason();
    void recordsAHandCount();
};

void TstSecretariat::initTestCase() {
    // Never the user's own settings, tokens or pinned keys.
    qputenv("XDG_CONFIG_HOME", m_config.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
    qputenv("COUNCIL_CONFIG_DIR", m_config.filePath(QStringLiteral("council")).toUtf8());
    QString error;
    if (!m_demo.start(&error))
        QSKIP(qPrintable(QStringLiteral("no demo server: ") + error));
    m_secretary = loggedIn(QStringLiteral("thuky"));
    m_delegate = loggedIn(QStringLiteral("daibieu"));
    for (AppController *app : {m_secretary.get(), m_delegate.get()}) {
        QTRY_VERIFY_WITH_TIMEOUT(app->loggedIn() && app->synced(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(app->connectionStatus(), AppController::ConnectionStatus::Online, kWait);
    }
}

void TstSecretariat::secretaryMayManage() {
    QTRY_VERIFY_WITH_TIMEOUT(sec()->canManage(), kWait);
    QCOMPARE(sec()->bodyId(), m_demo.body());
    QCOMPARE(sec()->bodies().size(), 1);
    QVERIFY(!sec()->bodies().first().toMap().value(QStringLiteral("name")).toString().isEmpty());
    // A delegate is no secretary.
    QTest::qWait(200);
    QVERIFY(!m_delegate->secretariat()->canManage());
}

void TstSecretariat::buildsASession() {
    // A form with a mistake never leaves the client.
    QVERIFY(!editor()
                 ->sessionProblem(QStringLiteral("Kỳ họp"), QStringLiteral("2031-03-05"),
                                  QStringLiteral("2031-03-02"))
                 .isEmpty());
    editor()->createSession(m_demo.body(), QStringLiteral(" "), {}, QStringLiteral("2031-03-02"),
                            QStringLiteral("2031-03-03"));
    QVERIFY(!editor()->errorMessage().isEmpty());
    QVERIFY(!editor()->busy());

    QSignalSpy created(editor(), &SessionEditor::sessionCreated);
    editor()->createSession(m_demo.body(), QStringLiteral("Kỳ họp chuyên đề lần thứ hai"),
                            QStringLiteral("Hội trường tầng 3"), QStringLiteral("2031-03-02"),
                            QStringLiteral("2031-03-03"));
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, kWait);
    QVERIFY2(editor()->errorMessage().isEmpty(), qPrintable(editor()->errorMessage()));
    m_session = created.first().first().toLongLong();
    QCOMPARE(sec()->sessionId(), m_session);
    QTRY_COMPARE_WITH_TIMEOUT(editor()->session().value(QStringLiteral("title")).toString(),
                              QStringLiteral("Kỳ họp chuyên đề lần thứ hai"), kWait);
    QCOMPARE(editor()->session().value(QStringLiteral("body")).toLongLong(), m_demo.body());

    // A sitting outside the session's days is refused before sending.
    editor()->addSitting(QStringLiteral("Phiên sáng"), QStringLiteral("2031-04-01"), QStringLiteral("08:00"));
    QVERIFY(!editor()->errorMessage().isEmpty());
    editor()->addSitting(QStringLiteral("Phiên sáng"), QStringLiteral("2031-03-02"), QStringLiteral("08:00"));
    QTRY_COMPARE_WITH_TIMEOUT(editor()->sittings().size(), 1, kWait);
    m_sitting = editor()->sittings().first().toMap().value(QStringLiteral("id")).toLongLong();
    QVERIFY(m_sitting != 0);

    const QStringList titles{QStringLiteral("Khai mạc kỳ họp"),
                             QStringLiteral("Tờ trình về kế hoạch đầu tư công"),
                             QStringLiteral("Báo cáo tình hình kinh tế - xã hội")};
    const QStringList kinds{QStringLiteral("procedural"), QStringLiteral("submission"),
                            QStringLiteral("report")};
    for (int i = 0; i < titles.size(); ++i) {
        editor()->addItem(titles[i], m_sitting, QStringLiteral("Chủ tịch HĐND"), 15 + 5 * i, kinds[i]);
        QTRY_COMPARE_WITH_TIMEOUT(editor()->agenda()->rowCount(), i + 1, kWait);
    }
    QVERIFY2(editor()->errorMessage().isEmpty(), qPrintable(editor()->errorMessage()));
    m_items = idsOf(editor()->agenda());

    // The server has it as the editor shows it.
    QCborMap session;
    QCborArray agenda;
    QCOMPARE(serverOrder(&session, &agenda), m_items);
    QCOMPARE(text(session, "location"), QStringLiteral("Hội trường tầng 3"));
    QCOMPARE(text(session, "startsOn"), QStringLiteral("2031-03-02"));
    for (const QCborValue &v : agenda) {
        const QCborMap item = v.toMap();
        const int i = int(m_items.indexOf(integer(item, "id")));
        QCOMPARE(text(item, "title"), titles[i]);
        QCOMPARE(text(item, "kind"), kinds[i]);
        QCOMPARE(integer(item, "sitting"), m_sitting);
        QCOMPARE(integer(item, "plannedMinutes"), qint64(15 + 5 * i));
    }

    // The delegate's client shows the new session's agenda in the same order.
    m_delegate->openSession(m_session);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(m_delegate->agenda()), m_items, kWait);
}

void TstSecretariat::reordersEditsAndRemoves() {
    // The last item to the top (what a drag to the first row does).
    editor()->moveItem(m_items[2], 0);
    const QList<qint64> moved{m_items[2], m_items[0], m_items[1]};
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(editor()->agenda()), moved, kWait);
    QCOMPARE(serverOrder(), moved);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(m_delegate->agenda()), moved, kWait);
    // One step down (the keyboard's "move down").
    editor()->moveItem(m_items[2], 1);
    const QList<qint64> stepped{m_items[0], m_items[2], m_items[1]};
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(editor()->agenda()), stepped, kWait);
    QCOMPARE(serverOrder(), stepped);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(m_delegate->agenda()), stepped, kWait);

    // Edit an item.
    editor()->updateItem(m_items[1], QStringLiteral("Tờ trình về kế hoạch đầu tư công năm 2032"), m_sitting,
                         QStringLiteral("Giám đốc Sở Kế hoạch"), 40, QStringLiteral("resolution"));
    QTRY_COMPARE_WITH_TIMEOUT(editor()->item(m_items[1]).value(QStringLiteral("title")).toString(),
                              QStringLiteral("Tờ trình về kế hoạch đầu tư công năm 2032"), kWait);
    QCborArray agenda;
    serverOrder(nullptr, &agenda);
    bool seen = false;
    for (const QCborValue &v : agenda) {
        const QCborMap item = v.toMap();
        if (integer(item, "id") != m_items[1])
            continue;
        seen = true;
        QCOMPARE(text(item, "presenter"), QStringLiteral("Giám đốc Sở Kế hoạch"));
        QCOMPARE(text(item, "kind"), QStringLiteral("resolution"));
        QCOMPARE(integer(item, "plannedMinutes"), qint64(40));
    }
    QVERIFY(seen);
    const int row = m_delegate->agenda()->rowOf(m_items[1]);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_delegate->agenda()->data(m_delegate->agenda()->index(row), AgendaModel::TitleRole).toString(),
        QStringLiteral("Tờ trình về kế hoạch đầu tư công năm 2032"), kWait);

    // Edit the session.
    editor()->updateSession(QStringLiteral("Kỳ họp chuyên đề lần thứ hai (bổ sung)"),
                            QStringLiteral("Hội trường A"), QStringLiteral("2031-03-02"),
                            QStringLiteral("2031-03-04"));
    QTRY_COMPARE_WITH_TIMEOUT(editor()->session().value(QStringLiteral("endsOn")).toString(),
                              QStringLiteral("2031-03-04"), kWait);
    QCborMap session;
    serverOrder(&session);
    QCOMPARE(text(session, "title"), QStringLiteral("Kỳ họp chuyên đề lần thứ hai (bổ sung)"));
    QCOMPARE(text(session, "location"), QStringLiteral("Hội trường A"));

    // Remove one.
    editor()->removeItem(m_items[0]);
    const QList<qint64> rest{m_items[2], m_items[1]};
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(editor()->agenda()), rest, kWait);
    QCOMPARE(serverOrder(), rest);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(m_delegate->agenda()), rest, kWait);
    QVERIFY2(editor()->errorMessage().isEmpty(), qPrintable(editor()->errorMessage()));
}

void TstSecretariat::delegateIsRefused() {
    SessionEditor *theirs = m_delegate->secretariat()->editor();
    m_delegate->secretariat()->setSessionId(m_session);
    QCOMPARE(theirs->sessionId(), m_session);
    theirs->addItem(QStringLiteral("Mục do đại biểu tự thêm"), 0, {}, 10, QStringLiteral("other"));
    QTRY_VERIFY_WITH_TIMEOUT(!theirs->errorMessage().isEmpty(), kWait);
    QVERIFY(!theirs->busy());
    theirs->removeItem(m_items[1]);
    QTRY_VERIFY_WITH_TIMEOUT(!theirs->busy(), kWait);
    QVERIFY(!theirs->errorMessage().isEmpty());
    // Nothing changed on the server.
    QCOMPARE(serverOrder(), (QList<qint64>{m_items[2], m_items[1]}));
}

void TstSecretariat::previewsAndImportsMembers() {
    MemberImportModel *members = sec()->members();
    QCOMPARE(members->bodyId(), m_demo.body());
    const auto memberNames = [this] {
        QStringList names;
        const auto r =
            m_demo.call(QStringLiteral("thuky"), Request::MemberList, fields({{"body", m_demo.body()}}));
        for (const QCborValue &v : r.body.value(QStringLiteral("members")).toArray())
            names << text(v.toMap(), "fullName");
        return names;
    };
    const qsizetype before = memberNames().size();

    // A file with two bad lines: an unknown function and an account already in the council.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("dai-bieu.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("họ tên,chức năng,tổ,ghế,tài khoản\n"
                "Lò Văn Thử,delegate,Tổ Mường Lát,C01,\n"
                "Hà Thị Nhập,thu_quy,Tổ Mường Lát,C02,\n"
                "Vi Văn Trùng,delegate,,C03,daibieu\n");
    }
    members->previewFile(QUrl::fromLocalFile(bad));
    QTRY_VERIFY_WITH_TIMEOUT(members->hasPreview() || !members->errorMessage().isEmpty(), kWait);
    QVERIFY2(members->hasPreview(), qPrintable(members->errorMessage()));
    QCOMPARE(members->fileName(), QStringLiteral("dai-bieu.csv"));
    QCOMPARE(members->total(), 3);
    QCOMPARE(members->errorCount(), 2);
    QCOMPARE(members->validCount(), 1);
    QVERIFY(!members->canImport());
    QCOMPARE(members->rowCount(), 3);
    QCOMPARE(members->data(members->index(0), MemberImportModel::NameRole).toString(),
             QStringLiteral("Lò Văn Thử"));
    QCOMPARE(members->data(members->index(1), MemberImportModel::LineRole).toInt(), 3);
    QVERIFY(members->data(members->index(1), MemberImportModel::IsErrorRole).toBool());
    QVERIFY(!members->data(members->index(1), MemberImportModel::ErrorRole).toString().isEmpty());
    QVERIFY(members->data(members->index(2), MemberImportModel::IsErrorRole).toBool());
    // Import is refused while lines are wrong, and the preview stored nothing.
    members->importMembers();
    QVERIFY(!members->errorMessage().isEmpty());
    QVERIFY(!members->busy());
    QCOMPARE(memberNames().size(), before);

    // The corrected file previews clean and imports.
    const QString csv = QStringLiteral("name,functions,group,seat\n"
                                       "Lò Văn Thử,delegate,Tổ Mường Lát,C01\n"
                                       "Hà Thị Nhập,delegate;approver,Tổ Mường Lát,C02\n");
    members->previewText(csv);
    QTRY_VERIFY_WITH_TIMEOUT(members->hasPreview() || !members->errorMessage().isEmpty(), kWait);
    QVERIFY2(members->canImport(), qPrintable(members->errorMessage()));
    QCOMPARE(members->validCount(), 2);
    QVERIFY(members->data(members->index(1), MemberImportModel::FunctionsRole)
                .toString()
                .contains(QLatin1Char(',')));
    QSignalSpy imported(members, &MemberImportModel::imported);
    members->importMembers();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, kWait);
    QCOMPARE(imported.first().at(0).toInt(), 2);
    QVERIFY(!members->statusMessage().isEmpty());
    QVERIFY(!members->hasPreview());
    const QStringList after = memberNames();
    QCOMPARE(after.size(), before + 2);
    QVERIFY(after.contains(QStringLiteral("Hà Thị Nhập")));

    // The same accounts again would be refused by the real import: a file
    // naming an account that is a member already fails there, whole.
    members->previewText(QStringLiteral("name,functions,username\nVi Văn Trùng,delegate,daibieu\n"));
    QTRY_VERIFY_WITH_TIMEOUT(members->hasPreview() || !members->errorMessage().isEmpty(), kWait);
    QCOMPARE(members->errorCount(), 1);
    const auto direct = m_demo.call(
        QStringLiteral("thuky"), Request::MemberImport,
        fields({{"body", m_demo.body()},
                {"csv", QStringLiteral("name,functions,username\nVi Văn Trùng,delegate,daibieu\n")}}));
    QVERIFY(!direct.ok);
    QCOMPARE(direct.errorCode, QStringLiteral("import_failed"));
    QCOMPARE(memberNames().size(), after.size());
    members->clear();
}

void TstSecretariat::overridesAttendanceWithAReason() {
    // The demo session, open in the secretary's app: the console follows it.
    m_secretary->openSession(m_demo.session());
    QTRY_COMPARE_WITH_TIMEOUT(sec()->sessionId(), m_demo.session(), kWait);
    AttendanceOverrideModel *attendance = sec()->attendance();
    const qint64 sitting = m_demo.sittings().first();
    attendance->setSittingId(sitting);
    QTRY_VERIFY_WITH_TIMEOUT(attendance->known(), kWait);
    const qint64 member = m_demo.memberOf(QStringLiteral("daibieu"));
    const int row = attendance->rowOf(member);
    QVERIFY(row >= 0);
    // The quorum as the server counts it (the demo's delegates and the two imported).
    const auto quorum =
        m_demo.call(QStringLiteral("thuky"), Request::AttendanceList, fields({{"sitting", sitting}}));
    QCOMPARE(attendance->total(), int(integer(quorum.body.value(QStringLiteral("quorum")).toMap(), "total")));
    QCOMPARE(attendance->total(), int(m_demo.delegates().size()) + 2);

    // Without a reason nothing is sent.
    attendance->setStatus(member, QStringLiteral("excused"), QStringLiteral("  "));
    QVERIFY(!attendance->errorMessage().isEmpty());
    QVERIFY(!attendance->busy());

    const QString reason = QStringLiteral("Đi công tác theo quyết định của Thường trực HĐND");
    attendance->setStatus(member, QStringLiteral("excused"), reason);
    QTRY_COMPARE_WITH_TIMEOUT(
        attendance->data(attendance->index(row), AttendanceOverrideModel::StatusRole).toString(),
        QStringLiteral("excused"), kWait);
    QVERIFY2(attendance->errorMessage().isEmpty(), qPrintable(attendance->errorMessage()));
    QCOMPARE(attendance->data(attendance->index(row), AttendanceOverrideModel::ReasonRole).toString(),
             reason);
    QCOMPARE(attendance->data(attendance->index(row), AttendanceOverrideModel::MethodRole).toString(),
             QStringLiteral("secretariat"));

    // The server's list and timeline have it.
    auto r = m_demo.call(QStringLiteral("chutoa"), Request::AttendanceList, fields({{"sitting", sitting}}));
    QVERIFY(r.ok);
    bool listed = false;
    for (const QCborValue &v : r.body.value(QStringLiteral("entries")).toArray()) {
        const QCborMap e = v.toMap();
        if (integer(e, "member") != member)
            continue;
        listed = true;
        QCOMPARE(text(e, "status"), QStringLiteral("excused"));
        QCOMPARE(text(e, "reason"), reason);
        QCOMPARE(text(e, "method"), QStringLiteral("secretariat"));
    }
    QVERIFY(listed);
    r = m_demo.call(QStringLiteral("chutoa"), Request::AttendanceTimeline,
                    fields({{"sitting", sitting}, {"member", member}}));
    QVERIFY(r.ok);
    const QCborArray changes = r.body.value(QStringLiteral("changes")).toArray();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(text(changes.last().toMap(), "reason"), reason);
    QCOMPARE(text(changes.last().toMap(), "status"), QStringLiteral("excused"));

    // A change made elsewhere (the delegate checks in) shows up live.
    r = m_demo.call(QStringLiteral("daibieu"), Request::AttendanceCheckIn, fields({{"sitting", sitting}}));
    QVERIFY2(r.ok, qPrintable(r.errorCode));
    QTRY_COMPARE_WITH_TIMEOUT(
        attendance->data(attendance->index(row), AttendanceOverrideModel::StatusRole).toString(),
        QStringLiteral("present"), kWait);
}

void TstSecretariat::recordsAHandCount() {
    QString error;
    QVERIFY2(m_demo.openSession(&error), qPrintable(error));
    const qint64 item = m_demo.items().first();
    QVERIFY2(m_demo.setCurrentItem(item, &error), qPrintable(error));
    const qint64 sitting = m_demo.sittingOfItem(item);
    constexpr int kPresent = 12;
    QVERIFY2(m_demo.markPresent(sitting, kPresent, &error), qPrintable(error));
    const qint64 round = m_demo.openVote(item, QStringLiteral("Thông qua chương trình kỳ họp"), 600, &error);
    QVERIFY2(round != 0, qPrintable(error));

    HandCountForm *form = sec()->handCount();
    QCOMPARE(form->sessionId(), m_demo.session());
    QTRY_COMPARE_WITH_TIMEOUT(form->roundId(), round, kWait);
    QCOMPARE(form->roundState(), QStringLiteral("open"));
    // Prefilled with those present at the round's sitting, as the server counts them.
    const auto list =
        m_demo.call(QStringLiteral("thuky"), Request::AttendanceList, fields({{"sitting", sitting}}));
    const int present = int(integer(list.body.value(QStringLiteral("quorum")).toMap(), "present"));
    QVERIFY(present >= kPresent);
    QTRY_COMPARE_WITH_TIMEOUT(form->present(), present, kWait);
    QVERIFY(form->total() >= present);

    // Wrong numbers stay on the client.
    form->setApprove(present);
    form->setDisapprove(1);
    QVERIFY(!form->problem().isEmpty());
    form->submit();
    QVERIFY(!form->errorMessage().isEmpty());
    QVERIFY(!form->busy());
    form->setApprove(-1);
    form->setDisapprove(0);
    QVERIFY(!form->problem().isEmpty());
    form->setApprove(0);
    form->setPresent(form->total() + 1);
    QVERIFY(!form->problem().isEmpty());
    form->submit();
    QVERIFY(!form->busy());
    auto r = m_demo.call(QStringLiteral("thuky"), Request::VoteGet, fields({{"round", round}}));
    QCOMPARE(text(r.body.value(QStringLiteral("round")).toMap(), "state"), QStringLiteral("open"));
    QVERIFY(!r.body.value(QStringLiteral("round")).toMap().value(QStringLiteral("handCounted")).toBool());

    // The server refuses a delegate's count, and the form says so.
    HandCountForm *theirs = m_delegate->secretariat()->handCount();
    m_delegate->secretariat()->setSessionId(m_demo.session());
    QTRY_COMPARE_WITH_TIMEOUT(theirs->roundId(), round, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(theirs->present() > 0, kWait);
    theirs->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!theirs->errorMessage().isEmpty(), kWait);

    // The right numbers are recorded, marked as counted by hand.
    form->setPresent(present);
    form->setApprove(present - 3);
    form->setDisapprove(2);
    form->setNotVoting(1);
    QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(form->handCounted(), kWait);
    QVERIFY2(form->errorMessage().isEmpty(), qPrintable(form->errorMessage()));
    QCOMPARE(form->roundState(), QStringLiteral("closed"));
    QCOMPARE(form->result().value(QStringLiteral("approve")).toInt(), present - 3);
    r = m_demo.call(QStringLiteral("chutoa"), Request::VoteGet, fields({{"round", round}}));
    const QCborMap recorded = r.body.value(QStringLiteral("round")).toMap();
    QVERIFY(recorded.value(QStringLiteral("handCounted")).toBool());
    const QCborMap result = recorded.value(QStringLiteral("result")).toMap();
    QVERIFY(result.value(QStringLiteral("handCounted")).toBool());
    QCOMPARE(integer(result, "approve"), qint64(present - 3));
    QCOMPARE(integer(result, "disapprove"), qint64(2));
    QCOMPARE(integer(result, "notVoting"), qint64(1));
    QCOMPARE(integer(result, "present"), qint64(present));
}

QTEST_MAIN(TstSecretariat)
#include "tst_secretariat.moc"
