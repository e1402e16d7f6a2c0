#include "demostate.h"

#include <QCborArray>

namespace council::uitest {

namespace {

QCborMap session(qint64 id, const char *title, const char *location, const char *from, const char *to,
                 const char *state, qint64 current) {
    QCborMap s;
    s.insert(QStringLiteral("id"), id);
    s.insert(QStringLiteral("body"), 1);
    s.insert(QStringLiteral("title"), QString::fromUtf8(title));
    s.insert(QStringLiteral("location"), QString::fromUtf8(location));
    s.insert(QStringLiteral("startsOn"), QString::fromLatin1(from));
    s.insert(QStringLiteral("endsOn"), QString::fromLatin1(to));
    s.insert(QStringLiteral("state"), QString::fromLatin1(state));
    s.insert(QStringLiteral("currentItem"), current ? QCborValue(current) : QCborValue(QCborValue::Null));
    return s;
}

} // namespace

QCborMap demoState() {
    QCborMap body;
    body.insert(QStringLiteral("id"), 1);
    body.insert(QStringLiteral("name"),
                QStringLiteral("Hội đồng nhân dân thành phố Bình Minh khóa XII, nhiệm kỳ 2026 - 2031"));
    body.insert(QStringLiteral("kind"), QStringLiteral("hdnd"));

    const QCborArray sessions{
        session(kOpenSessionId, "Kỳ họp thứ Mười - Kỳ họp thường lệ cuối năm 2026",
                "Hội trường Trung tâm Hội nghị thành phố", "2026-12-08", "2026-12-09", "open",
                kCurrentItemId),
        session(6, "Kỳ họp thứ Chín - Kỳ họp chuyên đề về đầu tư công",
                "Phòng họp số 1, trụ sở HĐND thành phố", "2026-09-15", "2026-09-15", "closed", 0),
        session(8, "Kỳ họp thứ Mười một - Kỳ họp chuyên đề", "", "2027-02-20", "2027-02-20", "scheduled", 0),
    };

    QCborArray sittings;
    const char *const sittingTitles[] = {"Phiên họp thứ nhất", "Phiên họp thứ hai"};
    const char *const dates[] = {"2026-12-08", "2026-12-09"};
    for (int i = 0; i < 2; ++i) {
        QCborMap s;
        s.insert(QStringLiteral("id"), 20 + i);
        s.insert(QStringLiteral("session"), kOpenSessionId);
        s.insert(QStringLiteral("title"), QString::fromUtf8(sittingTitles[i]));
        s.insert(QStringLiteral("date"), QString::fromLatin1(dates[i]));
        s.insert(QStringLiteral("startsAt"), QStringLiteral("07:30"));
        sittings.append(s);
    }

    struct Entry {
        int sitting;
        const char *kind;
        const char *title;
        const char *presenter;
        int minutes;
    };
    const Entry entries[] = {
        {0, "procedural", "Khai mạc kỳ họp; thông qua chương trình kỳ họp", "Chủ tọa kỳ họp", 15},
        {0, "report", "Báo cáo tình hình kinh tế - xã hội năm 2026, phương hướng, nhiệm vụ năm 2027",
         "Ủy ban nhân dân thành phố", 30},
        {0, "report", "Báo cáo thẩm tra của các Ban Hội đồng nhân dân thành phố",
         "Trưởng Ban Kinh tế - Ngân sách", 20},
        {0, "resolution", "Tờ trình và dự thảo Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027",
         "Phó Chủ tịch Ủy ban nhân dân thành phố", 20},
        {0, "resolution",
         "Tờ trình và dự thảo Nghị quyết về chủ trương đầu tư dự án cải tạo kênh Đông và công viên ven sông",
         "Giám đốc Ban Quản lý dự án đầu tư xây dựng", 15},
        {0, "submission", "Tờ trình về danh mục công trình cần thu hồi đất năm 2027",
         "Giám đốc Sở Tài nguyên và Môi trường", 15},
        {0, "procedural", "Thảo luận tại tổ đại biểu", "Các tổ đại biểu", 90},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về chính sách hỗ trợ học phí cho học sinh mầm non và phổ thông",
         "Giám đốc Sở Giáo dục và Đào tạo", 15},
        {1, "procedural", "Chất vấn và trả lời chất vấn", "Chủ tọa kỳ họp", 120},
        {1, "procedural", "Biểu quyết thông qua các nghị quyết; bế mạc kỳ họp", "Chủ tọa kỳ họp", 30},
    };
    QCborArray agenda;
    int position = 0;
    for (const Entry &e : entries) {
        const qint64 id = 101 + position;
        QCborMap item;
        item.insert(QStringLiteral("id"), id);
        item.insert(QStringLiteral("session"), kOpenSessionId);
        item.insert(QStringLiteral("sitting"), 20 + e.sitting);
        item.insert(QStringLiteral("position"), position);
        item.insert(QStringLiteral("title"), QString::fromUtf8(e.title));
        item.insert(QStringLiteral("presenter"), QString::fromUtf8(e.presenter));
        item.insert(QStringLiteral("plannedMinutes"), e.minutes);
        item.insert(QStringLiteral("kind"), QString::fromLatin1(e.kind));
        item.insert(QStringLiteral("state"), id < kCurrentItemId    ? QStringLiteral("done")
                                             : id == kCurrentItemId ? QStringLiteral("current")
                                                                    : QStringLiteral("pending"));
        agenda.append(item);
        ++position;
    }

    QCborMap state;
    state.insert(QStringLiteral("bodies"), QCborArray{body});
    state.insert(QStringLiteral("members"), QCborArray{});
    state.insert(QStringLiteral("groups"), QCborArray{});
    state.insert(QStringLiteral("sessions"), sessions);
    state.insert(QStringLiteral("sittings"), sittings);
    state.insert(QStringLiteral("agenda"), agenda);
    return state;
}

} // namespace council::uitest
