// The member list import as the secretariat uses it (member.import): a
// preview lists the rows it read and every line the import would refuse,
// changing nothing and telling nobody; the file fixed, the real import loads
// it; a file with a bad line loads nothing; only the secretariat may do it.
#include "livesitting.h"
#include "testcouncil.h"

#include <QCborArray>
#include <QTest>

using namespace council::testing;
using council::protocol::Event;
using council::protocol::Request;

namespace {

QCborMap importBody(qint64 body, const QString &csv, bool preview) {
    QCborMap m{{QStringLiteral("body"), body}, {QStringLiteral("csv"), csv}};
    if (preview)
        m.insert(QStringLiteral("preview"), true);
    return m;
}

QList<qint64> linesOf(const Reply &r, const QString &key) {
    QList<qint64> lines;
    for (const QCborValue &v : r.value(key).toArray())
        lines << v.toMap().value(QStringLiteral("line")).toInteger();
    return lines;
}

QStringList memberNames(RawClient &client, qint64 body) {
    const Reply r = client.request(Request::MemberList, QCborMap{{QStringLiteral("body"), body}});
    QStringList names;
    for (const QCborValue &v : r.value(QStringLiteral("members")).toArray())
        names << v.toMap().value(QStringLiteral("fullName")).toString();
    names.sort();
    return names;
}

} // namespace

class tst_MemberImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void previewListsRowsAndEveryBadLine();
    void aBadFileImportsNothing();
    void theFixedFileImports();
    void previewAfterImportFlagsTakenAccounts();
    void duplicatesAreWarnedAbout();
    void onlyTheSecretariatImports();

private:
    QString csv(const QString &function3, const QString &username5) const;

    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
    QString m_newUser; // an account not yet in the body
    QStringList m_membersBefore;
};

void tst_MemberImport::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
    m_newUser = m_council->uniqueName(QStringLiteral("daibieumoi"));
    COUNCIL_VERIFY_OK(m_council->createUser(m_newUser, QStringLiteral("mật khẩu mới")));
    COUNCIL_VERIFY_OK(m_f.delegate->sync(0));
    m_membersBefore = memberNames(*m_f.secretary, m_f.body);
    QCOMPARE(m_membersBefore.size(), 3);
}

// Five members; line 3's function and line 5's account are what the tests vary.
QString tst_MemberImport::csv(const QString &function3, const QString &username5) const {
    return QStringLiteral("họ tên,chức năng,tổ,ghế,tài khoản\n"
                          "Nguyễn Văn An,đại biểu,Tổ 1,A01,%3\n"
                          "Trần Thị Bình,%1,Tổ 1,A02,\n"
                          "Lê Văn Cường,đại biểu;chủ tọa,Tổ 2,A03,\n"
                          "Phạm Thị Dung,đại biểu,Tổ 2,A04,%2\n"
                          "Hoàng Văn Em,đại biểu,,A05,\n")
        .arg(function3, username5, m_newUser);
}

void tst_MemberImport::previewListsRowsAndEveryBadLine() {
    const EventMark mark = markEvents(*m_f.delegate);
    const QString bad = csv(QStringLiteral("thủ quỹ"), QStringLiteral("khongcotaikhoan"));
    const QByteArray op = RawClient::newOp();
    const Reply r = m_f.secretary->request(Request::MemberImport, importBody(m_f.body, bad, true), op);
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("total")).toInteger(), 5);
    QCOMPARE(linesOf(r, QStringLiteral("rows")), (QList<qint64>{2, 4, 6}));
    QCOMPARE(linesOf(r, QStringLiteral("errors")), (QList<qint64>{3, 5}));
    QCOMPARE(r.value(QStringLiteral("errorsTruncated")).toBool(), false);
    const QCborArray errors = r.value(QStringLiteral("errors")).toArray();
    // Vietnamese first, English beside it.
    QVERIFY(
        errors[0].toMap().value(QStringLiteral("message")).toString().contains(QStringLiteral("thủ quỹ")));
    QVERIFY(errors[0]
                .toMap()
                .value(QStringLiteral("en"))
                .toString()
                .contains(QStringLiteral("unknown function")));
    QVERIFY(errors[1]
                .toMap()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("khongcotaikhoan")));
    QVERIFY(errors[1].toMap().value(QStringLiteral("en")).toString().contains(QStringLiteral("no account")));
    // The rows as the import would store them.
    const QCborMap first = r.value(QStringLiteral("rows")).toArray().at(0).toMap();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(first.value(QStringLiteral("functions")).toArray(), QCborArray{QStringLiteral("delegate")});
    QCOMPARE(first.value(QStringLiteral("groups")).toArray(), QCborArray{QStringLiteral("Tổ 1")});
    QCOMPARE(first.value(QStringLiteral("seat")).toString(), QStringLiteral("A01"));
    QCOMPARE(first.value(QStringLiteral("username")).toString(), m_newUser);
    const QCborMap second = r.value(QStringLiteral("rows")).toArray().at(1).toMap();
    QCOMPARE(second.value(QStringLiteral("functions")).toArray().size(), 2);

    // Nothing changed, nobody was told: a later change's event comes first.
    QCOMPARE(memberNames(*m_f.secretary, m_f.body), m_membersBefore);
    COUNCIL_VERIFY_OK(m_f.secretary->request(
        Request::GroupCreate, QCborMap{{QStringLiteral("body"), m_f.body},
                                       {QStringLiteral("name"), QStringLiteral("Ban Pháp chế")}}));
    QVERIFY(waitForEvent(*m_f.delegate, Event::GroupChanged, {}, 10000, mark));
    QVERIFY(eventsOf(*m_f.delegate, Event::MembersImported, {}, mark).isEmpty());
    QVERIFY(eventsOf(*m_f.delegate, Event::MemberChanged, {}, mark).isEmpty());

    // The preview did not use up its op: a real import under the same op is applied.
    const QString good = csv(QStringLiteral("đại biểu"), QString());
    const Reply real = m_f.secretary->request(Request::MemberImport, importBody(m_f.body, good, false), op);
    COUNCIL_VERIFY_OK(real);
    QCOMPARE(real.value(QStringLiteral("imported")).toInteger(), 5);
    // Undo, for the tests that follow: remove what was just imported.
    const Reply list =
        m_f.secretary->request(Request::MemberList, QCborMap{{QStringLiteral("body"), m_f.body}});
    for (const QCborValue &v : list.value(QStringLiteral("members")).toArray()) {
        const QString name = v.toMap().value(QStringLiteral("fullName")).toString();
        if (!m_membersBefore.contains(name))
            COUNCIL_VERIFY_OK(m_f.secretary->request(
                Request::MemberRemove,
                QCborMap{{QStringLiteral("id"), v.toMap().value(QStringLiteral("id"))}}));
    }
    QCOMPARE(memberNames(*m_f.secretary, m_f.body), m_membersBefore);
}

void tst_MemberImport::aBadFileImportsNothing() {
    const QString bad = csv(QStringLiteral("thủ quỹ"), QStringLiteral("khongcotaikhoan"));
    const Reply r = m_f.secretary->request(Request::MemberImport, importBody(m_f.body, bad, false));
    COUNCIL_COMPARE_ERROR(r, "import_failed");
    // The first bad line is named.
    QVERIFY2(r.value(QStringLiteral("detail")).toString().contains(QStringLiteral("line 3")),
             qPrintable(r.describe()));
    QCOMPARE(memberNames(*m_f.secretary, m_f.body), m_membersBefore);
}

void tst_MemberImport::theFixedFileImports() {
    const QString fixed = csv(QStringLiteral("đại biểu"), QString());
    const Reply preview = m_f.secretary->request(Request::MemberImport, importBody(m_f.body, fixed, true));
    COUNCIL_VERIFY_OK(preview);
    QVERIFY2(preview.value(QStringLiteral("errors")).toArray().isEmpty(), qPrintable(preview.describe()));
    QCOMPARE(linesOf(preview, QStringLiteral("rows")), (QList<qint64>{2, 3, 4, 5, 6}));
    QCOMPARE(memberNames(*m_f.secretary, m_f.body), m_membersBefore);

    const EventMark mark = markEvents(*m_f.delegate);
    const Reply r = m_f.secretary->request(Request::MemberImport, importBody(m_f.body, fixed, false));
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("imported")).toInteger(), 5);
    QVERIFY(waitForEvent(*m_f.delegate, Event::MembersImported, {}, 10000, mark));
    const QStringList names = memberNames(*m_f.secretary, m_f.body);
    QCOMPARE(names.size(), m_membersBefore.size() + 5);
    QVERIFY(names.contains(QStringLiteral("Hoàng Văn Em")));
}

void tst_MemberImport::previewAfterImportFlagsTakenAccounts() {
    // The account of line 2 is a member now: importing the file again would fail there.
    const QString again = csv(QStringLiteral("đại biểu"), m_f.delegateName);
    const Reply r = m_f.secretary->request(Request::MemberImport, importBody(m_f.body, again, true));
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(linesOf(r, QStringLiteral("errors")), (QList<qint64>{2, 5}));
    for (const QCborValue &e : r.value(QStringLiteral("errors")).toArray())
        QVERIFY(
            e.toMap().value(QStringLiteral("en")).toString().contains(QStringLiteral("already a member")));
    QCOMPARE(linesOf(r, QStringLiteral("rows")), (QList<qint64>{3, 4, 6}));
}

void tst_MemberImport::duplicatesAreWarnedAbout() {
    const QString twice = QStringLiteral("name,seat\nVõ Thị Giang,B01\nĐặng Văn Hải,B02\nvõ thị giang,B01\n");
    const Reply r = m_f.secretary->request(Request::MemberImport, importBody(m_f.body, twice, true));
    COUNCIL_VERIFY_OK(r);
    QVERIFY(r.value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(linesOf(r, QStringLiteral("warnings")), QList<qint64>{4});
    QCOMPARE(linesOf(r, QStringLiteral("rows")), (QList<qint64>{2, 3, 4}));
}

void tst_MemberImport::onlyTheSecretariatImports() {
    const QString fixed = csv(QStringLiteral("đại biểu"), QString());
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::MemberImport, importBody(m_f.body, fixed, true)),
                          "permission_denied");
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::MemberImport, importBody(m_f.body, fixed, true)),
                          "permission_denied");
    // A preview is still a request that needs an op, like the import it previews.
    const qint64 id = m_f.secretary->sendWithoutOp(Request::MemberImport, importBody(m_f.body, fixed, true));
    COUNCIL_COMPARE_ERROR(m_f.secretary->waitReply(id), "op_required");
}

QTEST_GUILESS_MAIN(tst_MemberImport)
#include "tst_memberimport.moc"
