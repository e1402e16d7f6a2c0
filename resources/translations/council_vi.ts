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
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Paperless Council</source>
        <translation>Phòng họp không giấy</translation>
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
</context>
</TS>
