<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AgendaItemCard</name>
        <message>
            <source>Now discussing</source>
            <translation>Đang thảo luận</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Đã xong</translation>
        </message>
        <message>
            <source>Presented by: %1</source>
            <translation>Trình bày: %1</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Agenda</source>
            <translation>Chương trình kỳ họp</translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s)</source>
            <translation>
                <numerusform>%n nội dung</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet placed in a sitting</source>
            <translation>Chưa xếp vào phiên họp</translation>
        </message>
        <message>
            <source>This session has no agenda items yet.</source>
            <translation>Kỳ họp này chưa có nội dung nào trong chương trình.</translation>
        </message>
        <message>
            <source>Documents of the session (%1)</source>
            <translation>Tài liệu kỳ họp (%1)</translation>
        </message>
    </context>
    <context>
        <name>AgendaWords</name>
        <message>
            <source>Draft resolution</source>
            <translation>Dự thảo nghị quyết</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Tờ trình</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Thủ tục</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n phút</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppHeader</name>
        <message>
            <source>Sessions</source>
            <translation>Các kỳ họp</translation>
        </message>
        <message>
            <source>Back to the sessions</source>
            <translation>Quay lại danh sách kỳ họp</translation>
        </message>
        <message>
            <source>Paperless Council</source>
            <translation>Phòng họp không giấy</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Tài khoản: %1</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <source>Hall display</source>
            <translation>Màn hình hội trường</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <source>Small text</source>
            <translation>Chữ nhỏ</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>Chữ vừa</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Chữ lớn</translation>
        </message>
        <message>
            <source>Extra large text</source>
            <translation>Chữ rất lớn</translation>
        </message>
    </context>
    <context>
        <name>ApprovalCard</name>
        <message>
            <source>Approved by %1</source>
            <translation>Phê duyệt bởi %1</translation>
        </message>
        <message>
            <source>Approved on %1</source>
            <translation>Ngày phê duyệt: %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Phiên bản %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalJudge</name>
        <message>
            <source>This council has no trust key yet, so no approval can be verified.</source>
            <translation>Cơ quan này chưa có khóa tin cậy nên chưa thể xác thực việc phê duyệt.</translation>
        </message>
        <message>
            <source>The trust keys kept on this device cannot be read: %1</source>
            <translation>Không đọc được các khóa tin cậy lưu trên thiết bị này: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Đang chờ gửi</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>lúc %1</translation>
        </message>
        <message>
            <source>Checking in…</source>
            <translation>Đang điểm danh…</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Sending your check-in…</source>
            <translation>Đang gửi yêu cầu điểm danh…</translation>
        </message>
        <message>
            <source>No connection: your check-in is kept and sent as soon as the connection is back.</source>
            <translation>Mất kết nối: yêu cầu điểm danh của bạn được giữ lại và sẽ tự động gửi khi có kết nối trở lại.</translation>
        </message>
        <message>
            <source>Or type the six-digit code shown on the hall screen:</source>
            <translation>Hoặc nhập mã 6 chữ số hiển thị trên màn hình hội trường:</translation>
        </message>
        <message>
            <source>Check-in code</source>
            <translation>Mã điểm danh</translation>
        </message>
        <message>
            <source>Send code</source>
            <translation>Gửi mã</translation>
        </message>
        <message>
            <source>You are not a member of this council: there is nothing to check in.</source>
            <translation>Bạn không phải là thành viên của cơ quan này nên không cần điểm danh.</translation>
        </message>
        <message>
            <source>Present: %1 of %2 · %3 needed</source>
            <translation>Có mặt: %1/%2 · cần %3</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>No quorum yet</source>
            <translation>Chưa đủ điều kiện tiến hành</translation>
        </message>
    </context>
    <context>
        <name>ConnectionIndicator</name>
        <message>
            <source>Online</source>
            <translation>Trực tuyến</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Đang kết nối…</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Đang kết nối lại…</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Mất kết nối</translation>
        </message>
    </context>
    <context>
        <name>CurrentItemPanel</name>
        <message>
            <source>Now discussing</source>
            <translation>Đang thảo luận</translation>
        </message>
        <message>
            <source>No agenda item is under discussion yet. When the chair opens one, it shows here.</source>
            <translation>Chưa có nội dung nào đang được thảo luận. Khi chủ tọa bắt đầu một nội dung, nội dung đó sẽ hiện ở đây.</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Nội dung %1/%2</translation>
        </message>
        <message>
            <source>Presented by: %1</source>
            <translation>Trình bày: %1</translation>
        </message>
        <message>
            <source>Planned: %1</source>
            <translation>Dự kiến: %1</translation>
        </message>
        <message>
            <source>Show in the agenda</source>
            <translation>Xem trong chương trình</translation>
        </message>
    </context>
    <context>
        <name>DocumentRow</name>
        <message>
            <source>Open the document %1</source>
            <translation>Mở tài liệu %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Agenda</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <source>Documents of the session</source>
            <translation>Tài liệu kỳ họp</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n tài liệu</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on this device</source>
            <translation>%1 đã có trên máy</translation>
        </message>
        <message>
            <source>Loading the documents…</source>
            <translation>Đang tải danh sách tài liệu…</translation>
        </message>
        <message>
            <source>No documents have been published for this session yet.</source>
            <translation>Kỳ họp này chưa có tài liệu nào được phát hành.</translation>
        </message>
    </context>
    <context>
        <name>HallAgendaView</name>
        <message>
            <source>Agenda item %1 of %2</source>
            <translation>Nội dung %1/%2</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Chương trình kỳ họp</translation>
        </message>
        <message>
            <source>No agenda item has been opened yet.</source>
            <translation>Chưa bắt đầu nội dung nào.</translation>
        </message>
        <message>
            <source>Presented by: %1</source>
            <translation>Trình bày: %1</translation>
        </message>
        <message>
            <source>Voting now</source>
            <translation>Đang biểu quyết</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Lần %1</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>delegates present have voted</source>
            <translation>đại biểu có mặt đã biểu quyết</translation>
        </message>
        <message>
            <source>delegates have voted</source>
            <translation>đại biểu đã biểu quyết</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Thời gian còn lại: %1</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Kiến nghị về thủ tục</translation>
        </message>
        <message>
            <source>Speaking now</source>
            <translation>Đang phát biểu</translation>
        </message>
        <message>
            <source>Speaking time is over</source>
            <translation>Đã hết thời gian phát biểu</translation>
        </message>
        <message>
            <source>left of %1 minutes</source>
            <translation>còn lại trong %1 phút</translation>
        </message>
        <message>
            <source>Next on the agenda</source>
            <translation>Nội dung tiếp theo</translation>
        </message>
        <message>
            <source>End of the agenda</source>
            <translation>Đã hết chương trình</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) waiting to speak</source>
            <translation>
                <numerusform>%n đại biểu đang chờ phát biểu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HallAttendanceView</name>
        <message>
            <source>Delegates present</source>
            <translation>Đại biểu có mặt</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 needed: %2</source>
            <translation>Cần %1: %2</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>No quorum yet</source>
            <translation>Chưa đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Điểm danh</translation>
        </message>
        <message numerus="yes">
            <source>Scan the code or type the six digits on your device. New code in %n s.</source>
            <translation>
                <numerusform>Quét mã hoặc nhập sáu chữ số trên thiết bị của bạn. Mã mới sau %n giây.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check in on your device.</source>
            <translation>Điểm danh trên thiết bị của bạn.</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Mã tham gia</translation>
        </message>
        <message>
            <source>New device? Scan this, or paste the code on the login page.</source>
            <translation>Thiết bị mới? Quét mã này hoặc dán mã vào trang đăng nhập.</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Khóa: %1</translation>
        </message>
    </context>
    <context>
        <name>HallDisplayPage</name>
        <message>
            <source>Paperless Council</source>
            <translation>Phòng họp không giấy</translation>
        </message>
        <message>
            <source>No session is in progress.</source>
            <translation>Chưa có kỳ họp nào đang diễn ra.</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Trình đơn</translation>
        </message>
        <message>
            <source>Leave the hall display</source>
            <translation>Thoát màn hình hội trường</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Thoát toàn màn hình</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Toàn màn hình</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <source>Not connected to the server: what you see may be out of date. Reconnecting…</source>
            <translation>Mất kết nối với máy chủ: thông tin đang hiển thị có thể chưa được cập nhật. Đang kết nối lại…</translation>
        </message>
        <message>
            <source>Result of the vote</source>
            <translation>Kết quả biểu quyết</translation>
        </message>
        <message>
            <source>%1 (round %2)</source>
            <translation>%1 (lần %2)</translation>
        </message>
        <message>
            <source>Delegates present: %1 / %2</source>
            <translation>Đại biểu có mặt: %1/%2</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>No quorum yet</source>
            <translation>Chưa đủ điều kiện tiến hành</translation>
        </message>
    </context>
    <context>
        <name>HallDocumentView</name>
        <message>
            <source>Document</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Trang %1</translation>
        </message>
    </context>
    <context>
        <name>HallResultChart</name>
        <message>
            <source>Approve</source>
            <translation>Tán thành</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Không tán thành</translation>
        </message>
        <message>
            <source>Not voting</source>
            <translation>Không biểu quyết</translation>
        </message>
        <message>
            <source>Did not vote or absent</source>
            <translation>Không tham gia biểu quyết hoặc vắng mặt</translation>
        </message>
        <message>
            <source>All delegates: %1 · Present: %2 · Voted: %3</source>
            <translation>Tổng số đại biểu: %1 · Có mặt: %2 · Đã biểu quyết: %3</translation>
        </message>
        <message>
            <source>Counted by hand by the secretariat</source>
            <translation>Kết quả do Thư ký kiểm phiếu thủ công</translation>
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
            <translation>Thông qua khi có ít nhất hai phần ba tổng số đại biểu tán thành (cần %1)</translation>
        </message>
        <message>
            <source>Passes with more than half of the delegates present approving (%1 needed)</source>
            <translation>Thông qua khi có quá nửa số đại biểu có mặt tán thành (cần %1)</translation>
        </message>
        <message>
            <source>Passes with more than half of the votes cast approving (%1 needed)</source>
            <translation>Thông qua khi có quá nửa số phiếu biểu quyết tán thành (cần %1)</translation>
        </message>
        <message>
            <source>Passes with more than half of all delegates approving (%1 needed)</source>
            <translation>Thông qua khi có quá nửa tổng số đại biểu tán thành (cần %1)</translation>
        </message>
        <message>
            <source>more than half of all delegates must be present</source>
            <translation>cần quá nửa tổng số đại biểu có mặt</translation>
        </message>
        <message>
            <source>at least two thirds of all delegates must be present</source>
            <translation>cần ít nhất hai phần ba tổng số đại biểu có mặt</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Thông qua</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Không thông qua</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>Không có quyết định</translation>
        </message>
    </context>
    <context>
        <name>ItemDocuments</name>
        <message>
            <source>Documents (%1)</source>
            <translation>Tài liệu (%1)</translation>
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <source>Paperless Council</source>
            <translation>Phòng họp không giấy</translation>
        </message>
        <message>
            <source>Log in to take part in council sessions.</source>
            <translation>Đăng nhập để tham dự kỳ họp.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <source>Show password</source>
            <translation>Hiện mật khẩu</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>Đang đăng nhập…</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Your password never leaves this device.</source>
            <translation>Mật khẩu của bạn không bao giờ rời khỏi thiết bị này.</translation>
        </message>
        <message>
            <source>Server address or join code</source>
            <translation>Địa chỉ máy chủ hoặc mã tham gia</translation>
        </message>
        <message>
            <source>ws://192.168.1.10:8765 or council:…</source>
            <translation>ws://192.168.1.10:8765 hoặc council:…</translation>
        </message>
        <message>
            <source>Join code accepted. This device will trust the council's key:</source>
            <translation>Đã nhận mã tham gia. Thiết bị này sẽ tin cậy khóa của cơ quan:</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Paperless Council</source>
            <translation>Phòng họp không giấy</translation>
        </message>
    </context>
    <context>
        <name>PdfDocument</name>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>Không đọc được tệp %1.</translation>
        </message>
        <message>
            <source>This is not a PDF document, or it is damaged.</source>
            <translation>Đây không phải tài liệu PDF, hoặc tài liệu bị hỏng.</translation>
        </message>
        <message>
            <source>This document is protected by a password.</source>
            <translation>Tài liệu này được bảo vệ bằng mật khẩu.</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>Tài liệu không có trang nào.</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <source>Agenda</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <source>Back to the agenda</source>
            <translation>Quay lại chương trình kỳ họp</translation>
        </message>
        <message>
            <source>Search in the document</source>
            <translation>Tìm trong tài liệu</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>Kết quả trước</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>Kết quả tiếp theo</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Không tìm thấy</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>Follow the presenter</source>
            <translation>Theo dõi người trình bày</translation>
        </message>
        <message>
            <source>Versions (%1)</source>
            <translation>Phiên bản (%1)</translation>
        </message>
        <message>
            <source>The hall shows page %1</source>
            <translation>Hội trường đang chiếu trang %1</translation>
        </message>
        <message>
            <source>Go there</source>
            <translation>Đến trang đó</translation>
        </message>
        <message>
            <source>The document cannot be opened: %1</source>
            <translation>Không mở được tài liệu: %1</translation>
        </message>
        <message>
            <source>Downloading the document… %1%</source>
            <translation>Đang tải tài liệu… %1%</translation>
        </message>
        <message>
            <source>Opening the document…</source>
            <translation>Đang mở tài liệu…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Thử lại</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>In session</source>
            <translation>Đang họp</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Sắp diễn ra</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã bế mạc</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Đang chuẩn bị</translation>
        </message>
        <message>
            <source>Dates: %1</source>
            <translation>Thời gian: %1</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>Địa điểm: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Council sessions</source>
            <translation>Các kỳ họp</translation>
        </message>
        <message>
            <source>Welcome, %1. Choose a session to see its agenda.</source>
            <translation>Xin chào, %1. Chọn một kỳ họp để xem chương trình.</translation>
        </message>
        <message>
            <source>Choose a session to see its agenda.</source>
            <translation>Chọn một kỳ họp để xem chương trình.</translation>
        </message>
        <message>
            <source>There are no sessions yet. They appear here as soon as the secretariat schedules them.</source>
            <translation>Chưa có kỳ họp nào. Kỳ họp sẽ hiện ở đây ngay khi Văn phòng lên lịch.</translation>
        </message>
        <message>
            <source>Waiting for the server. The sessions appear as soon as the connection is back.</source>
            <translation>Đang chờ máy chủ. Danh sách kỳ họp sẽ hiện ngay khi có kết nối trở lại.</translation>
        </message>
        <message>
            <source>Loading the sessions…</source>
            <translation>Đang tải danh sách kỳ họp…</translation>
        </message>
    </context>
    <context>
        <name>SpeakerCard</name>
        <message>
            <source>Speaking</source>
            <translation>Phát biểu</translation>
        </message>
        <message>
            <source>Requests to speak open when the chair starts an agenda item.</source>
            <translation>Đăng ký phát biểu được mở khi chủ tọa bắt đầu một nội dung.</translation>
        </message>
        <message>
            <source>You have the floor</source>
            <translation>Bạn đang phát biểu</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Kiến nghị về thủ tục</translation>
        </message>
        <message>
            <source>Speaking now</source>
            <translation>Đang phát biểu</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Đã hết thời gian</translation>
        </message>
        <message>
            <source>Time is nearly up</source>
            <translation>Sắp hết thời gian</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Thời gian còn lại: %1</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Đang gửi…</translation>
        </message>
        <message>
            <source>No connection: your request is kept and sent as soon as the connection is back.</source>
            <translation>Mất kết nối: đăng ký của bạn được giữ lại và sẽ tự động gửi khi có kết nối trở lại.</translation>
        </message>
        <message>
            <source>You are next.</source>
            <translation>Bạn là người phát biểu tiếp theo.</translation>
        </message>
        <message>
            <source>You are number %1 in the queue.</source>
            <translation>Bạn đang ở vị trí số %1 trong danh sách đăng ký.</translation>
        </message>
        <message>
            <source>You have not asked to speak.</source>
            <translation>Bạn chưa đăng ký phát biểu.</translation>
        </message>
        <message>
            <source>Request to speak</source>
            <translation>Đăng ký phát biểu</translation>
        </message>
        <message>
            <source>Withdraw my request</source>
            <translation>Rút đăng ký</translation>
        </message>
        <message>
            <source>I have finished speaking</source>
            <translation>Kết thúc phát biểu</translation>
        </message>
        <message>
            <source>Only delegates can ask to speak.</source>
            <translation>Chỉ đại biểu mới được đăng ký phát biểu.</translation>
        </message>
        <message>
            <source>Queue (%1)</source>
            <translation>Danh sách đăng ký (%1)</translation>
        </message>
        <message>
            <source>%1 (you)</source>
            <translation>%1 (bạn)</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>và %n người khác</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThumbnailStrip</name>
        <message>
            <source>Page %1</source>
            <translation>Trang %1</translation>
        </message>
    </context>
    <context>
        <name>VersionTrail</name>
        <message>
            <source>Versions</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Loading the version history…</source>
            <translation>Đang tải lịch sử phiên bản…</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Phiên bản %1</translation>
        </message>
        <message>
            <source>shown</source>
            <translation>đang xem</translation>
        </message>
        <message>
            <source>Uploaded by %1, %2</source>
            <translation>Tải lên bởi %1, %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Lý do: %1</translation>
        </message>
    </context>
    <context>
        <name>VoteButton</name>
        <message>
            <source>✓ your choice</source>
            <translation>✓ lựa chọn của bạn</translation>
        </message>
    </context>
    <context>
        <name>VoteCard</name>
        <message>
            <source>Vote · round %1</source>
            <translation>Biểu quyết · lần %1</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã kết thúc</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>Còn %1</translation>
        </message>
        <message>
            <source>%1 of %2 delegates present have voted</source>
            <translation>Đã biểu quyết: %1/%2 đại biểu có mặt</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) have voted</source>
            <translation>
                <numerusform>%n đại biểu đã biểu quyết</numerusform>
            </translation>
        </message>
        <message>
            <source>Check in first: only delegates present can vote.</source>
            <translation>Bạn cần điểm danh trước: chỉ đại biểu có mặt mới được biểu quyết.</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Confirm your vote: %1?</source>
            <translation>Xác nhận biểu quyết: %1?</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>Choose again</source>
            <translation>Chọn lại</translation>
        </message>
        <message>
            <source>You can change your vote until the vote closes.</source>
            <translation>Bạn có thể thay đổi lựa chọn cho đến khi kết thúc biểu quyết.</translation>
        </message>
        <message>
            <source>The chair cancelled this vote.</source>
            <translation>Chủ tọa đã hủy cuộc biểu quyết này.</translation>
        </message>
    </context>
    <context>
        <name>VoteResult</name>
        <message>
            <source>Delegates: %1</source>
            <translation>Tổng số đại biểu: %1</translation>
        </message>
        <message>
            <source>present: %1</source>
            <translation>có mặt: %1</translation>
        </message>
        <message>
            <source>voted: %1</source>
            <translation>đã biểu quyết: %1</translation>
        </message>
        <message numerus="yes">
            <source>Rule: %1 · %n approval(s) needed</source>
            <translation>
                <numerusform>Quy định: %1 · cần %n phiếu tán thành</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted by hand (the devices were not used).</source>
            <translation>Kiểm phiếu thủ công (không dùng thiết bị biểu quyết).</translation>
        </message>
        <message>
            <source>Shares of the total number of delegates (%1)</source>
            <translation>Tỷ lệ tính trên tổng số đại biểu (%1)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Tán thành</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Không tán thành</translation>
        </message>
        <message>
            <source>Not voting</source>
            <translation>Không biểu quyết</translation>
        </message>
    </context>
    <context>
        <name>council::client::AppController</name>
        <message>
            <source>The server at %1 does not answer. Check the address and the network.</source>
            <translation>Máy chủ %1 không phản hồi. Vui lòng kiểm tra địa chỉ và kết nối mạng.</translation>
        </message>
        <message>
            <source>Cannot read the password file %1: %2</source>
            <translation>Không đọc được tệp mật khẩu %1: %2</translation>
        </message>
        <message>
            <source>The password file %1 has no password for the user %2.</source>
            <translation>Tệp mật khẩu %1 không có mật khẩu của tài khoản %2.</translation>
        </message>
        <message>
            <source>Enter the server address.</source>
            <translation>Vui lòng nhập địa chỉ máy chủ.</translation>
        </message>
        <message>
            <source>The server address is not valid. Example: ws://192.168.1.10:8765</source>
            <translation>Địa chỉ máy chủ không hợp lệ. Ví dụ: ws://192.168.1.10:8765</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Vui lòng nhập tên đăng nhập.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Vui lòng nhập mật khẩu.</translation>
        </message>
        <message>
            <source>Cannot connect to the server at %1. Check the address and the network.</source>
            <translation>Không kết nối được tới máy chủ %1. Vui lòng kiểm tra địa chỉ và kết nối mạng.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
        </message>
        <message>
            <source>This device has been signed out: its access was revoked. Please log in again.</source>
            <translation>Thiết bị này đã bị đăng xuất vì quyền truy cập đã bị thu hồi. Vui lòng đăng nhập lại.</translation>
        </message>
        <message>
            <source>Your login on this device is no longer valid. Please log in again.</source>
            <translation>Phiên đăng nhập trên thiết bị này không còn hiệu lực. Vui lòng đăng nhập lại.</translation>
        </message>
        <message>
            <source>This is the check-in code of a sitting, not a join code. The join code is shown on the hall display under "Join code".</source>
            <translation>Đây là mã điểm danh của phiên họp, không phải mã tham gia. Mã tham gia hiển thị trên màn hình hội trường, dưới dòng "Mã tham gia".</translation>
        </message>
        <message>
            <source>The join code does not hold a valid server address.</source>
            <translation>Mã tham gia không chứa địa chỉ máy chủ hợp lệ.</translation>
        </message>
        <message>
            <source>The join code is incomplete or damaged. Copy it again from the hall display.</source>
            <translation>Mã tham gia không đầy đủ hoặc bị hỏng. Vui lòng sao chép lại từ màn hình hội trường.</translation>
        </message>
        <message>
            <source>This is not a join code. A join code starts with "council:".</source>
            <translation>Đây không phải là mã tham gia. Mã tham gia bắt đầu bằng "council:".</translation>
        </message>
        <message>
            <source>Not logged in: this device already trusts another key for this council at %1. The join code may be forged, or the server was reinstalled. Ask the secretariat before going on.</source>
            <translation>Chưa đăng nhập: thiết bị này đã tin cậy một khóa khác của cơ quan tại %1. Mã tham gia có thể là giả mạo, hoặc máy chủ đã được cài đặt lại. Vui lòng hỏi Văn phòng trước khi tiếp tục.</translation>
        </message>
        <message>
            <source>Not logged in: the trusted keys of this device cannot be read (%1).</source>
            <translation>Chưa đăng nhập: không đọc được các khóa tin cậy của thiết bị này (%1).</translation>
        </message>
        <message>
            <source>Logged out: the server presents a different trust key than the join code. Ask the secretariat before logging in again.</source>
            <translation>Đã đăng xuất: máy chủ đưa ra khóa tin cậy khác với khóa trong mã tham gia. Vui lòng hỏi Văn phòng trước khi đăng nhập lại.</translation>
        </message>
    </context>
    <context>
        <name>council::client::ChairController</name>
        <message>
            <source>Nobody has the floor.</source>
            <translation>Hiện không có ai đang phát biểu.</translation>
        </message>
        <message>
            <source>Choose the agenda item to vote on first.</source>
            <translation>Hãy chọn nội dung cần biểu quyết trước.</translation>
        </message>
    </context>
    <context>
        <name>council::client::DocumentListModel</name>
        <message>
            <source>Draft resolution</source>
            <translation>Dự thảo nghị quyết</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Tờ trình</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <source>Not downloaded</source>
            <translation>Chưa tải về</translation>
        </message>
        <message>
            <source>Waiting to download</source>
            <translation>Đang chờ tải</translation>
        </message>
        <message>
            <source>Downloading %1%</source>
            <translation>Đang tải %1%</translation>
        </message>
        <message>
            <source>On this device</source>
            <translation>Đã có trên máy</translation>
        </message>
        <message>
            <source>Download failed</source>
            <translation>Tải về không thành công</translation>
        </message>
        <message>
            <source>Signature verified</source>
            <translation>Đã xác thực chữ ký</translation>
        </message>
        <message>
            <source>Signature not verified</source>
            <translation>Chưa xác thực được chữ ký</translation>
        </message>
        <message>
            <source>Not approved yet</source>
            <translation>Chưa được phê duyệt</translation>
        </message>
        <message>
            <source>Signature not checked yet</source>
            <translation>Chưa kiểm tra chữ ký</translation>
        </message>
        <message>
            <source>Documents cannot be kept on this device: %1</source>
            <translation>Không thể lưu tài liệu trên thiết bị này: %1</translation>
        </message>
        <message>
            <source>This document was withdrawn.</source>
            <translation>Tài liệu này đã bị thu hồi.</translation>
        </message>
        <message>
            <source>This document was withdrawn: %1</source>
            <translation>Tài liệu này đã bị thu hồi: %1</translation>
        </message>
        <message>
            <source>This document is not available.</source>
            <translation>Tài liệu này không có sẵn.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã phê duyệt</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Chờ phê duyệt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
    </context>
    <context>
        <name>council::client::SittingController</name>
        <message>
            <source>Present</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <source>Present (late)</source>
            <translation>Có mặt (đến muộn)</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Vắng mặt</translation>
        </message>
        <message>
            <source>Absent (excused)</source>
            <translation>Vắng mặt có lý do</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Chưa điểm danh</translation>
        </message>
        <message>
            <source>Type the six digits shown on the hall screen.</source>
            <translation>Hãy nhập đủ 6 chữ số hiển thị trên màn hình hội trường.</translation>
        </message>
        <message>
            <source>The code is wrong or has expired. Type the code shown on the hall screen now.</source>
            <translation>Mã điểm danh không đúng hoặc đã hết hạn. Hãy nhập mã đang hiển thị trên màn hình hội trường.</translation>
        </message>
    </context>
    <context>
        <name>council::client::VoteController</name>
        <message numerus="yes">
            <source>%n approval(s) needed</source>
            <translation>
                <numerusform>Cần %n phiếu tán thành</numerusform>
            </translation>
        </message>
        <message>
            <source>Needs %1 of the %2 delegates approving</source>
            <translation>Cần %1/%2 đại biểu tán thành</translation>
        </message>
        <message>
            <source>Needs %1 of the %2 delegates present approving</source>
            <translation>Cần %1/%2 đại biểu có mặt tán thành</translation>
        </message>
        <message>
            <source>You have not voted yet.</source>
            <translation>Bạn chưa biểu quyết.</translation>
        </message>
        <message>
            <source>You did not vote in this round.</source>
            <translation>Bạn không biểu quyết trong lần này.</translation>
        </message>
        <message>
            <source>Sending your vote: %1…</source>
            <translation>Đang gửi biểu quyết: %1…</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1. No connection; your vote goes out as soon as it is back.</source>
            <translation>Đang chờ gửi: %1. Mất kết nối; biểu quyết sẽ được gửi ngay khi có kết nối trở lại.</translation>
        </message>
        <message>
            <source>Recorded: %1</source>
            <translation>Đã ghi nhận: %1</translation>
        </message>
        <message>
            <source>Changed and recorded: %1</source>
            <translation>Đã thay đổi và ghi nhận: %1</translation>
        </message>
        <message>
            <source>Too late: the vote had closed, so the change to %1 was not counted. Your recorded vote: %2.</source>
            <translation>Quá muộn: biểu quyết đã kết thúc nên việc thay đổi sang %1 không được tính. Lựa chọn đã ghi nhận của bạn: %2.</translation>
        </message>
        <message>
            <source>Too late: the vote had closed, so your vote (%1) was not counted.</source>
            <translation>Quá muộn: biểu quyết đã kết thúc nên lựa chọn của bạn (%1) không được tính.</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Thông qua</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Không thông qua</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>Không có quyết định</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Tán thành</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Không tán thành</translation>
        </message>
        <message>
            <source>Not voting</source>
            <translation>Không biểu quyết</translation>
        </message>
        <message>
            <source>More than half of all delegates</source>
            <translation>Quá nửa tổng số đại biểu</translation>
        </message>
        <message>
            <source>At least two thirds of all delegates</source>
            <translation>Ít nhất hai phần ba tổng số đại biểu</translation>
        </message>
        <message>
            <source>More than half of the delegates present</source>
            <translation>Quá nửa số đại biểu có mặt</translation>
        </message>
        <message>
            <source>More than half of the votes cast</source>
            <translation>Quá nửa số phiếu biểu quyết</translation>
        </message>
    </context>
</TS>
