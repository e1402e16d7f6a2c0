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
        <message>
            <source>Delegate</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chủ tọa</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Thư ký</translation>
        </message>
        <message>
            <source>Documents / Approval</source>
            <translation>Tài liệu / Phê duyệt</translation>
        </message>
        <message>
            <source>Show the %1 screen</source>
            <translation>Hiện màn hình %1</translation>
        </message>
        <message>
            <source>Screen: %1. Choose another</source>
            <translation>Màn hình: %1. Chọn màn hình khác</translation>
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
        <name>ChairConsolePage</name>
        <message>
            <source>Dismiss</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Only the chair or a vice-chair of this council can use the chair's console.</source>
            <translation>Chỉ chủ tọa hoặc phó chủ tọa của hội đồng mới sử dụng được màn hình điều hành của chủ tọa.</translation>
        </message>
        <message>
            <source>Close the sitting?</source>
            <translation>Bế mạc phiên họp?</translation>
        </message>
        <message>
            <source>A vote is still open: end or cancel it first, then close the sitting.</source>
            <translation>Đang biểu quyết: hãy kết thúc hoặc hủy biểu quyết trước, sau đó mới bế mạc phiên họp.</translation>
        </message>
        <message>
            <source>The sitting is recorded as closed now. Delegates can no longer check in (the secretariat can still correct the attendance). You can open it again later if needed.</source>
            <translation>Phiên họp được ghi nhận là đã bế mạc ngay bây giờ. Đại biểu không thể điểm danh thêm (Văn phòng vẫn có thể điều chỉnh điểm danh). Khi cần, có thể khai mạc lại phiên họp sau.</translation>
        </message>
        <message>
            <source>Close the sitting</source>
            <translation>Bế mạc phiên họp</translation>
        </message>
        <message>
            <source>End the vote?</source>
            <translation>Kết thúc biểu quyết?</translation>
        </message>
        <message>
            <source>No more ballots are taken. The %1 delegate(s) present who have not voted are recorded as not taking part; they do not count as approving.</source>
            <translation>Không nhận thêm phiếu. %1 đại biểu có mặt chưa bấm nút sẽ được ghi là không tham gia biểu quyết; họ không được tính là tán thành.</translation>
        </message>
        <message>
            <source>No more ballots are taken. Every delegate present has voted.</source>
            <translation>Không nhận thêm phiếu. Tất cả đại biểu có mặt đã biểu quyết.</translation>
        </message>
        <message>
            <source>The result is counted and announced at once on every delegate's screen.</source>
            <translation>Kết quả được tính và công bố ngay trên máy của các đại biểu.</translation>
        </message>
        <message>
            <source>End the vote</source>
            <translation>Kết thúc biểu quyết</translation>
        </message>
        <message>
            <source>Cancel the vote?</source>
            <translation>Hủy biểu quyết?</translation>
        </message>
        <message>
            <source>Round %1 is cancelled: the %2 ballot(s) cast so far are not counted and there is no result. You can vote again afterwards.</source>
            <translation>Lần biểu quyết thứ %1 bị hủy: %2 phiếu đã bấm không được tính và không có kết quả. Sau đó có thể biểu quyết lại.</translation>
        </message>
        <message>
            <source>Cancel the vote</source>
            <translation>Hủy biểu quyết</translation>
        </message>
        <message>
            <source>Vote again?</source>
            <translation>Biểu quyết lại?</translation>
        </message>
        <message>
            <source>Round %1 is kept on record, marked as voted again. Round %2 opens at once with the same question, rule and time allowed; every delegate has to vote again.</source>
            <translation>Lần biểu quyết thứ %1 vẫn được lưu lại và đánh dấu là đã biểu quyết lại. Lần thứ %2 mở ngay với cùng nội dung, cùng quy định và cùng thời gian; mọi đại biểu phải bấm lại.</translation>
        </message>
        <message>
            <source>Vote again</source>
            <translation>Biểu quyết lại</translation>
        </message>
    </context>
    <context>
        <name>ChairHallCard</name>
        <message>
            <source>Hall screen</source>
            <translation>Màn hình hội trường</translation>
        </message>
        <message>
            <source>Presenting: %1, page %2</source>
            <translation>Đang trình chiếu: %1, trang %2</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Nội dung đang thảo luận</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Vote result</source>
            <translation>Kết quả biểu quyết</translation>
        </message>
        <message>
            <source>Present a document page</source>
            <translation>Trình chiếu một trang tài liệu</translation>
        </message>
        <message>
            <source>The session has no published documents.</source>
            <translation>Kỳ họp chưa có tài liệu nào được phát hành.</translation>
        </message>
        <message>
            <source>Document to present</source>
            <translation>Tài liệu cần trình chiếu</translation>
        </message>
        <message>
            <source>%1 pages</source>
            <translation>%1 trang</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Trang</translation>
        </message>
        <message>
            <source>Page to present</source>
            <translation>Trang cần trình chiếu</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
        <message>
            <source>Present to the hall</source>
            <translation>Trình chiếu lên hội trường</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Trang %1</translation>
        </message>
        <message>
            <source>Present the previous page</source>
            <translation>Trình chiếu trang trước</translation>
        </message>
        <message>
            <source>Present the next page</source>
            <translation>Trình chiếu trang sau</translation>
        </message>
        <message>
            <source>Open in the reader</source>
            <translation>Mở để đọc</translation>
        </message>
    </context>
    <context>
        <name>ChairQuorumCard</name>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Loading the attendance…</source>
            <translation>Đang tải điểm danh…</translation>
        </message>
        <message>
            <source>of %1 delegates present</source>
            <translation>/ %1 đại biểu có mặt</translation>
        </message>
        <message>
            <source>%1 needed for the quorum</source>
            <translation>Cần %1 đại biểu để đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>No quorum: %1 more delegate(s) needed</source>
            <translation>Chưa đủ điều kiện tiến hành: cần thêm %1 đại biểu</translation>
        </message>
        <message>
            <source>Nobody is absent.</source>
            <translation>Không có đại biểu vắng mặt.</translation>
        </message>
        <message>
            <source>Absent (%1):</source>
            <translation>Vắng mặt (%1):</translation>
        </message>
        <message>
            <source>Connection lost (%1):</source>
            <translation>Mất kết nối (%1):</translation>
        </message>
    </context>
    <context>
        <name>ChairSittingCard</name>
        <message>
            <source>Sitting</source>
            <translation>Phiên họp</translation>
        </message>
        <message>
            <source>No sitting today</source>
            <translation>Hôm nay không có phiên họp</translation>
        </message>
        <message>
            <source>In session</source>
            <translation>Đang họp</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã bế mạc</translation>
        </message>
        <message>
            <source>Not opened</source>
            <translation>Chưa khai mạc</translation>
        </message>
        <message>
            <source>Reopen the sitting</source>
            <translation>Khai mạc lại phiên họp</translation>
        </message>
        <message>
            <source>Open the sitting</source>
            <translation>Khai mạc phiên họp</translation>
        </message>
        <message>
            <source>Close the sitting</source>
            <translation>Bế mạc phiên họp</translation>
        </message>
        <message>
            <source>Item under discussion</source>
            <translation>Nội dung đang thảo luận</translation>
        </message>
        <message>
            <source>No item has been taken up yet.</source>
            <translation>Chưa bắt đầu nội dung nào.</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Trước</translation>
        </message>
        <message>
            <source>Previous agenda item</source>
            <translation>Nội dung trước</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Tiếp theo</translation>
        </message>
        <message>
            <source>Next agenda item</source>
            <translation>Nội dung tiếp theo</translation>
        </message>
        <message>
            <source>Go to an agenda item…</source>
            <translation>Chuyển đến nội dung…</translation>
        </message>
    </context>
    <context>
        <name>ChairSpeakerCard</name>
        <message>
            <source>Speaking</source>
            <translation>Phát biểu</translation>
        </message>
        <message>
            <source>Requests to speak open when an agenda item is taken up.</source>
            <translation>Đại biểu đăng ký phát biểu được khi bắt đầu một nội dung.</translation>
        </message>
        <message>
            <source>Point of order</source>
            <translation>Kiến nghị về thủ tục</translation>
        </message>
        <message>
            <source>Has the floor</source>
            <translation>Đang phát biểu</translation>
        </message>
        <message>
            <source>The speaking time is over.</source>
            <translation>Đã hết thời gian phát biểu.</translation>
        </message>
        <message>
            <source>Less than a minute of speaking time left.</source>
            <translation>Còn chưa đến một phút phát biểu.</translation>
        </message>
        <message>
            <source>End the speech</source>
            <translation>Kết thúc phát biểu</translation>
        </message>
        <message>
            <source>Nobody has the floor.</source>
            <translation>Chưa có ai phát biểu.</translation>
        </message>
        <message>
            <source>Waiting to speak (%1)</source>
            <translation>Đăng ký phát biểu (%1)</translation>
        </message>
        <message>
            <source>Nobody has asked to speak.</source>
            <translation>Chưa có ai đăng ký phát biểu.</translation>
        </message>
        <message>
            <source>Point of order: first</source>
            <translation>Kiến nghị về thủ tục: ưu tiên trước</translation>
        </message>
        <message>
            <source>Move %1 up</source>
            <translation>Đưa %1 lên trước</translation>
        </message>
        <message>
            <source>Move %1 down</source>
            <translation>Đưa %1 xuống sau</translation>
        </message>
        <message>
            <source>Give the floor</source>
            <translation>Mời phát biểu</translation>
        </message>
    </context>
    <context>
        <name>ChairVoteCard</name>
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
        <message>
            <source>No time limit</source>
            <translation>Không giới hạn thời gian</translation>
        </message>
        <message>
            <source>30 seconds</source>
            <translation>30 giây</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 phút</translation>
        </message>
        <message>
            <source>2 minutes</source>
            <translation>2 phút</translation>
        </message>
        <message>
            <source>3 minutes</source>
            <translation>3 phút</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 phút</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 phút</translation>
        </message>
        <message>
            <source>Vote in progress · round %1</source>
            <translation>Đang biểu quyết · lần %1</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>Quy định: %1</translation>
        </message>
        <message>
            <source>Voted</source>
            <translation>Đã biểu quyết</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Thời gian còn lại</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Thời gian còn lại: %1</translation>
        </message>
        <message>
            <source>%1 of the %2 delegates present have voted</source>
            <translation>Đã biểu quyết %1/%2 đại biểu có mặt</translation>
        </message>
        <message>
            <source>Every delegate present has voted.</source>
            <translation>Tất cả đại biểu có mặt đã biểu quyết.</translation>
        </message>
        <message>
            <source>Not voted yet (%1): %2</source>
            <translation>Chưa biểu quyết (%1): %2</translation>
        </message>
        <message>
            <source>+30 seconds</source>
            <translation>+30 giây</translation>
        </message>
        <message>
            <source>+1 minute</source>
            <translation>+1 phút</translation>
        </message>
        <message>
            <source>End the vote</source>
            <translation>Kết thúc biểu quyết</translation>
        </message>
        <message>
            <source>Cancel the vote</source>
            <translation>Hủy biểu quyết</translation>
        </message>
        <message>
            <source>Result of round %1: %2</source>
            <translation>Kết quả biểu quyết lần %1: %2</translation>
        </message>
        <message>
            <source>Round %1 was cancelled: %2</source>
            <translation>Lần biểu quyết thứ %1 đã bị hủy: %2</translation>
        </message>
        <message>
            <source>Round %1 was voted again: %2</source>
            <translation>Lần biểu quyết thứ %1 đã được biểu quyết lại: %2</translation>
        </message>
        <message>
            <source>Present but did not vote (%1): %2</source>
            <translation>Có mặt nhưng không tham gia biểu quyết (%1): %2</translation>
        </message>
        <message>
            <source>Show on the hall screen</source>
            <translation>Hiển thị lên màn hình hội trường</translation>
        </message>
        <message>
            <source>Vote again (round %1)</source>
            <translation>Biểu quyết lại (lần %1)</translation>
        </message>
        <message>
            <source>New vote on the item under discussion</source>
            <translation>Biểu quyết mới về nội dung đang thảo luận</translation>
        </message>
        <message>
            <source>The question, e.g. Approve the draft resolution on …</source>
            <translation>Nội dung biểu quyết, ví dụ: Thông qua dự thảo nghị quyết về …</translation>
        </message>
        <message>
            <source>The question of the vote</source>
            <translation>Nội dung biểu quyết</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Quy định</translation>
        </message>
        <message>
            <source>Time allowed</source>
            <translation>Thời gian biểu quyết</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (mặc định)</translation>
        </message>
        <message>
            <source>Not the council's usual rule (%1).</source>
            <translation>Không phải quy định thường dùng của hội đồng (%1).</translation>
        </message>
        <message>
            <source>Open the vote</source>
            <translation>Mở biểu quyết</translation>
        </message>
        <message>
            <source>Take up an agenda item first: a vote belongs to an item.</source>
            <translation>Hãy bắt đầu một nội dung trước: mỗi lần biểu quyết thuộc về một nội dung.</translation>
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
        <message>
            <source>The chair has closed this sitting: check-in is over.</source>
            <translation>Chủ tọa đã bế mạc phiên họp này: không thể điểm danh nữa.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Confirm</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Quay lại</translation>
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
        <name>DocumentDeskApproveDialog</name>
        <message>
            <source>Approve “%1”</source>
            <translation>Phê duyệt “%1”</translation>
        </message>
        <message>
            <source>You sign version %1 exactly as you read it, with your own signing key. Your password opens the key on this device; it is not sent to the server.</source>
            <translation>Bạn ký phiên bản %1 đúng như bạn đã đọc, bằng khóa ký của riêng bạn. Mật khẩu chỉ dùng để mở khóa trên thiết bị này và không được gửi lên máy chủ.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Mật khẩu của bạn</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Sign and approve</source>
            <translation>Ký và phê duyệt</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskPage</name>
        <message>
            <source>Dismiss</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Document desk</source>
            <translation>Xử lý tài liệu</translation>
        </message>
        <message>
            <source>You prepare, review and publish the documents of this session.</source>
            <translation>Bạn chuẩn bị, phê duyệt và phát hành tài liệu của kỳ họp này.</translation>
        </message>
        <message>
            <source>Secretariat: upload documents, send them for review, publish the approved ones.</source>
            <translation>Văn phòng: tải tài liệu lên, gửi phê duyệt, phát hành tài liệu đã được phê duyệt.</translation>
        </message>
        <message>
            <source>Approver: read each document awaiting review, then approve it with your signature or reject it with a reason.</source>
            <translation>Người phê duyệt: đọc từng tài liệu chờ duyệt, rồi ký phê duyệt hoặc không phê duyệt kèm lý do.</translation>
        </message>
        <message>
            <source>You can read the documents published to you; the steps of the workflow are for the secretariat and the approvers.</source>
            <translation>Bạn được đọc các tài liệu đã phát hành cho bạn; các bước xử lý dành cho Văn phòng và người phê duyệt.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Chờ duyệt</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Dự thảo</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Không phê duyệt</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã phê duyệt</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Đã phát hành</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Đã thu hồi</translation>
        </message>
        <message>
            <source>Nothing awaits review.</source>
            <translation>Không có tài liệu nào chờ duyệt.</translation>
        </message>
        <message>
            <source>No documents here.</source>
            <translation>Không có tài liệu nào.</translation>
        </message>
        <message>
            <source>Reject “%1”</source>
            <translation>Không phê duyệt “%1”</translation>
        </message>
        <message>
            <source>Version %1 goes back to the secretariat with your reason. It can be sent for review again after it is replaced by a corrected version.</source>
            <translation>Phiên bản %1 được trả về Văn phòng kèm lý do của bạn. Tài liệu có thể được gửi phê duyệt lại sau khi thay bằng phiên bản đã sửa.</translation>
        </message>
        <message>
            <source>What has to change (required)</source>
            <translation>Cần sửa những gì (bắt buộc)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Không phê duyệt</translation>
        </message>
        <message>
            <source>Withdraw “%1”?</source>
            <translation>Thu hồi “%1”?</translation>
        </message>
        <message>
            <source>Why it is withdrawn (required; delegates see it)</source>
            <translation>Lý do thu hồi (bắt buộc; đại biểu sẽ thấy)</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Thu hồi</translation>
        </message>
        <message>
            <source>Version %1 awaits your review.</source>
            <translation>Phiên bản %1 đang chờ bạn phê duyệt.</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Phê duyệt</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskPublishDialog</name>
        <message>
            <source>Publish “%1”</source>
            <translation>Phát hành “%1”</translation>
        </message>
        <message>
            <source>Who receives it? Their devices download it at once.</source>
            <translation>Ai được nhận? Thiết bị của họ sẽ tải tài liệu về ngay.</translation>
        </message>
        <message>
            <source>Everyone, under its agenda item</source>
            <translation>Mọi người, trong nội dung chương trình của tài liệu</translation>
        </message>
        <message>
            <source>Everyone, under the session</source>
            <translation>Mọi người, trong kỳ họp</translation>
        </message>
        <message>
            <source>Every member of the body</source>
            <translation>Mọi thành viên của cơ quan</translation>
        </message>
        <message>
            <source>Only chosen groups</source>
            <translation>Chỉ các nhóm được chọn</translation>
        </message>
        <message>
            <source>The secretariat, the chair and the approvers see it too.</source>
            <translation>Văn phòng, chủ tọa và người phê duyệt cũng xem được.</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Phát hành</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskReasonDialog</name>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Quay lại</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskReplaceDialog</name>
        <message>
            <source>Replace the version of “%1”</source>
            <translation>Thay phiên bản của “%1”</translation>
        </message>
        <message>
            <source>Choose the new version</source>
            <translation>Chọn phiên bản mới</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.rtf)</source>
            <translation>Tài liệu (*.pdf *.docx *.doc *.odt *.rtf)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>The new version starts as a draft: it is sent for review and approved again before it is published. Delegates keep the published version until then.</source>
            <translation>Phiên bản mới bắt đầu là dự thảo: phải gửi phê duyệt và được phê duyệt lại trước khi phát hành. Cho đến lúc đó, đại biểu vẫn dùng phiên bản đã phát hành.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Chưa chọn tệp</translation>
        </message>
        <message>
            <source>Why this version replaces the current one (required)</source>
            <translation>Lý do phiên bản này thay thế phiên bản hiện tại (bắt buộc)</translation>
        </message>
        <message>
            <source>Not replaced: %1</source>
            <translation>Chưa thay được: %1</translation>
        </message>
        <message>
            <source>Stop upload</source>
            <translation>Dừng tải lên</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Upload new version</source>
            <translation>Tải lên phiên bản mới</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskRow</name>
        <message>
            <source>Version %1</source>
            <translation>Phiên bản %1</translation>
        </message>
        <message>
            <source>Item: %1</source>
            <translation>Nội dung: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
        <message>
            <source>uploaded by %1</source>
            <translation>do %1 tải lên</translation>
        </message>
        <message>
            <source>changed %1</source>
            <translation>cập nhật %1</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>Không phê duyệt: %1</translation>
        </message>
        <message>
            <source>Why version %1: %2</source>
            <translation>Lý do có phiên bản %1: %2</translation>
        </message>
        <message>
            <source>Withdrawn: %1</source>
            <translation>Đã thu hồi: %1</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Đọc</translation>
        </message>
        <message>
            <source>Review and approve</source>
            <translation>Xem và phê duyệt</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Không phê duyệt</translation>
        </message>
        <message>
            <source>Send for review</source>
            <translation>Gửi phê duyệt</translation>
        </message>
        <message>
            <source>Publish again</source>
            <translation>Phát hành lại</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Phát hành</translation>
        </message>
        <message>
            <source>Replace version</source>
            <translation>Thay phiên bản</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Thu hồi</translation>
        </message>
    </context>
    <context>
        <name>DocumentDeskUploadPanel</name>
        <message>
            <source>Choose a document</source>
            <translation>Chọn tài liệu</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.rtf)</source>
            <translation>Tài liệu (*.pdf *.docx *.doc *.odt *.rtf)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Upload a document</source>
            <translation>Tải tài liệu lên</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Chọn tệp khác…</translation>
        </message>
        <message>
            <source>PDF, Word, ODT or RTF</source>
            <translation>PDF, Word, ODT hoặc RTF</translation>
        </message>
        <message>
            <source>Title of the document</source>
            <translation>Tiêu đề tài liệu</translation>
        </message>
        <message>
            <source>Submission</source>
            <translation>Tờ trình</translation>
        </message>
        <message>
            <source>Draft resolution</source>
            <translation>Dự thảo nghị quyết</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Tài liệu khác</translation>
        </message>
        <message>
            <source>No agenda item (the session)</source>
            <translation>Không gắn nội dung (cả kỳ họp)</translation>
        </message>
        <message>
            <source>No agenda item</source>
            <translation>Không gắn nội dung</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Đang đọc tệp…</translation>
        </message>
        <message>
            <source>The server checks the file…</source>
            <translation>Máy chủ đang kiểm tra tệp…</translation>
        </message>
        <message>
            <source>%1 of %2 sent</source>
            <translation>Đã gửi %1 / %2</translation>
        </message>
        <message>
            <source>Not uploaded: %1</source>
            <translation>Chưa tải lên được: %1</translation>
        </message>
        <message>
            <source>Uploaded as a draft. Send it for review from the list.</source>
            <translation>Đã tải lên dưới dạng dự thảo. Hãy gửi phê duyệt từ danh sách.</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Tải lên</translation>
        </message>
        <message>
            <source>Stop upload</source>
            <translation>Dừng tải lên</translation>
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
        <message>
            <source>Loading page %1…</source>
            <translation>Đang tải trang %1…</translation>
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
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Back to where the document was opened</source>
            <translation>Quay lại nơi đã mở tài liệu</translation>
        </message>
    </context>
    <context>
        <name>SecretariatAgendaRow</name>
        <message>
            <source>Move up</source>
            <translation>Chuyển lên</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Chuyển xuống</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Sửa</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
    </context>
    <context>
        <name>SecretariatAttendanceTab</name>
        <message>
            <source>Sitting</source>
            <translation>Phiên họp</translation>
        </message>
        <message>
            <source>Present %1 of %2 delegates, %3 needed: %4</source>
            <translation>Có mặt %1/%2 đại biểu, cần %3: %4</translation>
        </message>
        <message>
            <source>quorum reached</source>
            <translation>đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>no quorum</source>
            <translation>chưa đủ điều kiện tiến hành</translation>
        </message>
        <message>
            <source>The session has no sitting yet: add one under “Session &amp; agenda”.</source>
            <translation>Kỳ họp chưa có phiên họp: hãy thêm ở mục “Kỳ họp &amp; chương trình”.</translation>
        </message>
        <message>
            <source>seat %1</source>
            <translation>ghế %1</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>Lý do (bắt buộc)</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Ghi nhận</translation>
        </message>
    </context>
    <context>
        <name>SecretariatHandCountTab</name>
        <message>
            <source>voting is open</source>
            <translation>đang biểu quyết</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>đã kết thúc</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>đã hủy</translation>
        </message>
        <message>
            <source>repeated</source>
            <translation>đã biểu quyết lại</translation>
        </message>
        <message>
            <source>Hand count of the latest vote</source>
            <translation>Kiểm phiếu thủ công lần biểu quyết gần nhất</translation>
        </message>
        <message>
            <source>The session has had no vote yet.</source>
            <translation>Kỳ họp chưa có lần biểu quyết nào.</translation>
        </message>
        <message>
            <source>Round %1: “%2” (%3)</source>
            <translation>Lần %1: “%2” (%3)</translation>
        </message>
        <message>
            <source>Enter the numbers counted in the hall. The council has %1 delegates.</source>
            <translation>Nhập các số đếm được tại hội trường. Tổng số đại biểu là %1.</translation>
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
            <source>Delegates present</source>
            <translation>Đại biểu có mặt</translation>
        </message>
        <message>
            <source>Record the hand count</source>
            <translation>Ghi nhận kết quả kiểm phiếu</translation>
        </message>
        <message>
            <source>Recorded (counted by hand)</source>
            <translation>Đã ghi nhận (kiểm phiếu thủ công)</translation>
        </message>
        <message>
            <source>Recorded by the devices</source>
            <translation>Kết quả từ thiết bị</translation>
        </message>
        <message>
            <source>approve %1, disapprove %2, not voting %3, present %4 of %5 delegates — %6.</source>
            <translation>tán thành %1, không tán thành %2, không biểu quyết %3, có mặt %4/%5 đại biểu — %6.</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>được thông qua</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>không được thông qua</translation>
        </message>
        <message>
            <source>no decision</source>
            <translation>không có quyết định</translation>
        </message>
    </context>
    <context>
        <name>SecretariatImportTab</name>
        <message>
            <source>Choose the member list (CSV)</source>
            <translation>Chọn danh sách thành viên (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>A UTF-8 CSV file with a header line: name, functions, group, seat, username (or họ tên, chức năng, tổ, ghế, tài khoản). Several functions or groups in one cell are separated by “;”. Functions: delegate, chair, vice_chair, secretary, approver, display.</source>
            <translation>Tệp CSV mã UTF-8, dòng đầu là tên cột: họ tên, chức năng, tổ, ghế, tài khoản (hoặc name, functions, group, seat, username). Nhiều chức năng hoặc tổ trong một ô được ngăn cách bằng “;”. Chức năng: delegate (đại biểu), chair (chủ tọa), vice_chair (phó chủ tọa), secretary (thư ký), approver (phê duyệt), display (màn hình).</translation>
        </message>
        <message>
            <source>Choose CSV file…</source>
            <translation>Chọn tệp CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Nhập %n thành viên</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Xóa bản xem trước</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n line(s)</source>
            <translation>
                <numerusform>%1: %n dòng</numerusform>
            </translation>
        </message>
        <message>
            <source>Pasted text</source>
            <translation>Văn bản dán vào</translation>
        </message>
        <message numerus="yes">
            <source>%n good</source>
            <translation>
                <numerusform>%n dòng hợp lệ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors — fix them in the file and choose it again; nothing is imported while a line is wrong</source>
            <translation>
                <numerusform>%n dòng lỗi — hãy sửa trong tệp rồi chọn lại; chưa nhập gì khi còn dòng lỗi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to check</source>
            <translation>
                <numerusform>%n dòng cần xem lại</numerusform>
            </translation>
        </message>
        <message>
            <source>only the first errors are listed</source>
            <translation>chỉ liệt kê các lỗi đầu tiên</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Dòng %1</translation>
        </message>
        <message>
            <source>group: %1</source>
            <translation>tổ: %1</translation>
        </message>
        <message>
            <source>seat %1</source>
            <translation>ghế %1</translation>
        </message>
        <message>
            <source>account %1</source>
            <translation>tài khoản %1</translation>
        </message>
    </context>
    <context>
        <name>SecretariatItemDialog</name>
        <message>
            <source>No sitting yet</source>
            <translation>Chưa xếp phiên họp</translation>
        </message>
        <message>
            <source>Edit agenda item</source>
            <translation>Sửa nội dung</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>Thêm nội dung</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Sitting</source>
            <translation>Phiên họp</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Người trình bày</translation>
        </message>
        <message>
            <source>Planned minutes</source>
            <translation>Thời lượng (phút)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
    </context>
    <context>
        <name>SecretariatPage</name>
        <message>
            <source>Secretariat</source>
            <translation>Thư ký kỳ họp</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Kỳ họp mới</translation>
        </message>
        <message>
            <source>Your account is not a secretary of this council: the server will refuse changes.</source>
            <translation>Tài khoản của bạn không phải thư ký của cơ quan này: máy chủ sẽ từ chối các thay đổi.</translation>
        </message>
        <message>
            <source>Session &amp; agenda</source>
            <translation>Kỳ họp &amp; chương trình</translation>
        </message>
        <message>
            <source>Members (CSV import)</source>
            <translation>Đại biểu (nhập CSV)</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Hand count</source>
            <translation>Kiểm phiếu thủ công</translation>
        </message>
    </context>
    <context>
        <name>SecretariatSessionTab</name>
        <message>
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Đã lên lịch</translation>
        </message>
        <message>
            <source>In session</source>
            <translation>Đang họp</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã bế mạc</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Kỳ họp mới</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Kỳ họp</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Ngày bắt đầu</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Ngày kết thúc</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>NNNN-TT-NN</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Tạo kỳ họp</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Lưu kỳ họp</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Sittings</source>
            <translation>Các phiên họp</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Sửa</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Delete the sitting?</source>
            <translation>Xóa phiên họp?</translation>
        </message>
        <message>
            <source>Delete the sitting “%1”? Its agenda items stay in the session, without a sitting.</source>
            <translation>Xóa phiên họp “%1”? Các nội dung của phiên vẫn ở lại trong kỳ họp, chưa xếp phiên.</translation>
        </message>
        <message>
            <source>No sitting yet. A vote and attendance need a sitting.</source>
            <translation>Chưa có phiên họp. Cần có phiên họp để điểm danh và biểu quyết.</translation>
        </message>
        <message>
            <source>Title, e.g. Morning sitting</source>
            <translation>Tên, ví dụ Phiên họp buổi sáng</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>GG:PP</translation>
        </message>
        <message>
            <source>Save sitting</source>
            <translation>Lưu phiên họp</translation>
        </message>
        <message>
            <source>Add sitting</source>
            <translation>Thêm phiên họp</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Chương trình kỳ họp</translation>
        </message>
        <message>
            <source>Drag an item by its handle ☰, or use the arrows, to change the order.</source>
            <translation>Kéo nội dung bằng tay nắm ☰, hoặc dùng các mũi tên, để đổi thứ tự.</translation>
        </message>
        <message>
            <source>Delete the agenda item?</source>
            <translation>Xóa mục chương trình?</translation>
        </message>
        <message>
            <source>Delete “%1” from the agenda? Its requests to speak are deleted with it. Documents attached to it are neither deleted nor withdrawn, and the results of votes already held on it are kept. This cannot be undone.</source>
            <translation>Xóa mục “%1” khỏi chương trình? Các đăng ký phát biểu của mục bị xóa theo. Tài liệu gắn với mục không bị xóa và không bị thu hồi; kết quả các lần biểu quyết đã có về mục vẫn được giữ. Không thể hoàn tác.</translation>
        </message>
        <message>
            <source>The agenda is empty.</source>
            <translation>Chương trình chưa có nội dung nào.</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Thêm nội dung</translation>
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
        <name>council::client::AttendanceOverrideModel</name>
        <message>
            <source>checked in on a device</source>
            <translation>điểm danh trên thiết bị</translation>
        </message>
        <message>
            <source>checked in with the hall code</source>
            <translation>điểm danh bằng mã hội trường</translation>
        </message>
        <message>
            <source>set by the secretariat</source>
            <translation>do thư ký ghi nhận</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Đến muộn</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Vắng mặt</translation>
        </message>
        <message>
            <source>Absent (excused)</source>
            <translation>Vắng mặt (có lý do)</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Chưa điểm danh</translation>
        </message>
        <message>
            <source>Choose present, late, absent or excused.</source>
            <translation>Chọn có mặt, đến muộn, vắng mặt hoặc vắng mặt có lý do.</translation>
        </message>
        <message>
            <source>Enter the reason for the change (it goes into the minutes).</source>
            <translation>Nhập lý do thay đổi (lý do được ghi vào biên bản).</translation>
        </message>
        <message>
            <source>The reason is too long (at most 300 characters).</source>
            <translation>Lý do quá dài (tối đa 300 ký tự).</translation>
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
            <translation>Hiện không có ai đang phát biểu.</translation>
        </message>
        <message>
            <source>Choose the agenda item to vote on first.</source>
            <translation>Hãy chọn nội dung cần biểu quyết trước.</translation>
        </message>
        <message>
            <source>This session has no sitting to open.</source>
            <translation>Kỳ họp này chưa có phiên họp nào để khai mạc.</translation>
        </message>
        <message>
            <source>The sitting is already open.</source>
            <translation>Phiên họp đã được khai mạc.</translation>
        </message>
        <message>
            <source>Another sitting of this session is open: close it first.</source>
            <translation>Một phiên họp khác của kỳ họp đang diễn ra: hãy bế mạc phiên đó trước.</translation>
        </message>
        <message>
            <source>This session has no sitting to close.</source>
            <translation>Kỳ họp này chưa có phiên họp nào để bế mạc.</translation>
        </message>
        <message>
            <source>A vote is open: close or cancel it before closing the sitting.</source>
            <translation>Đang biểu quyết: hãy kết thúc hoặc hủy biểu quyết trước khi bế mạc phiên họp.</translation>
        </message>
        <message>
            <source>The sitting is not open.</source>
            <translation>Phiên họp chưa khai mạc hoặc đã bế mạc.</translation>
        </message>
    </context>
    <context>
        <name>council::client::DocumentDesk</name>
        <message>
            <source>every member of the body</source>
            <translation>mọi thành viên của cơ quan</translation>
        </message>
        <message>
            <source>every member of the body, under this session</source>
            <translation>mọi thành viên của cơ quan, trong kỳ họp này</translation>
        </message>
        <message>
            <source>every member of the body, under its agenda item</source>
            <translation>mọi thành viên của cơ quan, trong nội dung chương trình của tài liệu</translation>
        </message>
        <message>
            <source>every member of the body, under the item “%1”</source>
            <translation>mọi thành viên của cơ quan, trong nội dung “%1”</translation>
        </message>
        <message>
            <source>the members of the chosen groups</source>
            <translation>thành viên của các nhóm đã chọn</translation>
        </message>
        <message>
            <source>the members of %1</source>
            <translation>thành viên của %1</translation>
        </message>
        <message>
            <source>“%1” will be taken back from %2. It disappears at once from their document lists and readers; a reader who has it open is told it was withdrawn, with your reason. Their devices delete the copy they keep when the notice reaches them (devices that are off line get it when they reconnect) and the server no longer hands out its bytes to them. The secretariat, the chair and the approvers keep it here, and it can be published again.</source>
            <translation>“%1” sẽ được thu hồi khỏi %2. Tài liệu biến mất ngay khỏi danh sách tài liệu và màn hình đọc của họ; ai đang mở tài liệu sẽ được báo là tài liệu đã bị thu hồi, kèm lý do của bạn. Thiết bị của họ xóa bản lưu khi nhận được thông báo (thiết bị đang mất kết nối sẽ nhận khi kết nối lại) và máy chủ không cấp nội dung tài liệu cho họ nữa. Văn phòng, chủ tọa và người phê duyệt vẫn giữ tài liệu tại đây, và có thể phát hành lại.</translation>
        </message>
        <message>
            <source>Give the document a title.</source>
            <translation>Hãy đặt tiêu đề cho tài liệu.</translation>
        </message>
        <message>
            <source>Say why this version replaces the current one.</source>
            <translation>Hãy nêu lý do phiên bản này thay thế phiên bản hiện tại.</translation>
        </message>
        <message>
            <source>Open a session first.</source>
            <translation>Hãy mở một kỳ họp trước.</translation>
        </message>
        <message>
            <source>%1 is not a file that can be read.</source>
            <translation>%1 không phải là tệp đọc được.</translation>
        </message>
        <message>
            <source>“%1” was uploaded as a draft.</source>
            <translation>Đã tải lên “%1” dưới dạng dự thảo.</translation>
        </message>
        <message>
            <source>“%1” now has version %2.</source>
            <translation>“%1” nay có phiên bản %2.</translation>
        </message>
        <message>
            <source>“%1” was sent for review.</source>
            <translation>Đã gửi “%1” để phê duyệt.</translation>
        </message>
        <message>
            <source>Say why the document is rejected.</source>
            <translation>Hãy nêu lý do không phê duyệt tài liệu.</translation>
        </message>
        <message>
            <source>“%1” was returned to the secretariat.</source>
            <translation>Đã trả “%1” về Văn phòng.</translation>
        </message>
        <message>
            <source>Choose at least one group.</source>
            <translation>Hãy chọn ít nhất một nhóm.</translation>
        </message>
        <message>
            <source>“%1” was published.</source>
            <translation>Đã phát hành “%1”.</translation>
        </message>
        <message>
            <source>Say why the document is withdrawn.</source>
            <translation>Hãy nêu lý do thu hồi tài liệu.</translation>
        </message>
        <message>
            <source>“%1” was withdrawn.</source>
            <translation>Đã thu hồi “%1”.</translation>
        </message>
        <message>
            <source>Another approval is under way.</source>
            <translation>Đang thực hiện một lượt phê duyệt khác.</translation>
        </message>
        <message>
            <source>Type your password: it opens your signing key on this device.</source>
            <translation>Hãy nhập mật khẩu: mật khẩu mở khóa ký của bạn ngay trên thiết bị này.</translation>
        </message>
        <message>
            <source>Checking the document…</source>
            <translation>Đang kiểm tra tài liệu…</translation>
        </message>
        <message>
            <source>Version %1 is %2 now: only a version awaiting review can be approved.</source>
            <translation>Phiên bản %1 hiện ở trạng thái “%2”: chỉ phiên bản đang chờ duyệt mới được phê duyệt.</translation>
        </message>
        <message>
            <source>The document changed since you opened it (now version %1). Read it again before you approve it.</source>
            <translation>Tài liệu đã thay đổi từ khi bạn mở (nay là phiên bản %1). Hãy đọc lại trước khi phê duyệt.</translation>
        </message>
        <message>
            <source>Opening your signing key on this device…</source>
            <translation>Đang mở khóa ký của bạn trên thiết bị này…</translation>
        </message>
        <message>
            <source>Your account has no signing key yet. Create one with: councilctl key init --password-stdin</source>
            <translation>Tài khoản của bạn chưa có khóa ký. Hãy tạo bằng lệnh: councilctl key init --password-stdin</translation>
        </message>
        <message>
            <source>The password is wrong: your signing key did not open. Nothing was sent; type it again.</source>
            <translation>Mật khẩu không đúng: không mở được khóa ký của bạn. Chưa có gì được gửi đi; hãy nhập lại.</translation>
        </message>
        <message>
            <source>Your signing key cannot be used: %1</source>
            <translation>Không dùng được khóa ký của bạn: %1</translation>
        </message>
        <message>
            <source>Checking the approver list…</source>
            <translation>Đang kiểm tra danh sách người phê duyệt…</translation>
        </message>
        <message>
            <source>The server's trust key is not a valid key.</source>
            <translation>Khóa tin cậy của máy chủ không phải là khóa hợp lệ.</translation>
        </message>
        <message>
            <source>Your key %1 is not on the body's approver list (version %2). An administrator adds it: councilctl trust add-approver.</source>
            <translation>Khóa %1 của bạn không có trong danh sách người phê duyệt của cơ quan (phiên bản %2). Quản trị viên cần bổ sung bằng lệnh: councilctl trust add-approver.</translation>
        </message>
        <message>
            <source>Checking the content of version %1…</source>
            <translation>Đang kiểm tra nội dung phiên bản %1…</translation>
        </message>
        <message>
            <source>The document's bytes could not be checked: %1</source>
            <translation>Không kiểm tra được nội dung tài liệu: %1</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Đang ký…</translation>
        </message>
        <message>
            <source>“%1” version %2 approved: you signed it with key %3.</source>
            <translation>Đã phê duyệt “%1” phiên bản %2: bạn đã ký bằng khóa %3.</translation>
        </message>
    </context>
    <context>
        <name>council::client::DocumentDeskModel</name>
        <message>
            <source>Draft</source>
            <translation>Dự thảo</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Chờ duyệt</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã phê duyệt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Không phê duyệt</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Đã phát hành</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Đã thu hồi</translation>
        </message>
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
    </context>
    <context>
        <name>council::client::DocumentDownloader</name>
        <message>
            <source>the server did not answer within %1 s</source>
            <translation>máy chủ không trả lời trong %1 giây</translation>
        </message>
        <message>
            <source>'%1' is not a content hash</source>
            <translation>“%1” không phải là mã băm nội dung</translation>
        </message>
        <message>
            <source>a file size cannot be negative</source>
            <translation>kích thước tệp không thể âm</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>không ghi được %1: %2</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>không có kết nối</translation>
        </message>
        <message>
            <source>the server holds %1 bytes under this hash, not %2</source>
            <translation>máy chủ giữ %1 byte dưới mã băm này, không phải %2</translation>
        </message>
        <message>
            <source>the server's answer to doc.fetch is not usable</source>
            <translation>câu trả lời của máy chủ cho doc.fetch không dùng được</translation>
        </message>
        <message>
            <source>the downloaded bytes do not match hash %1 (they hash to %2); the partial file was deleted</source>
            <translation>dữ liệu tải về không khớp mã băm %1 (băm ra %2); tệp tải dở đã bị xóa</translation>
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
        <name>council::client::DocumentUploader</name>
        <message>
            <source>the server did not answer within %1 s</source>
            <translation>máy chủ không trả lời trong %1 giây</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>không đọc được %1: %2</translation>
        </message>
        <message>
            <source>%1 changed while it was read</source>
            <translation>%1 đã thay đổi trong khi đang đọc</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>không có kết nối</translation>
        </message>
        <message>
            <source>the server's answer to doc.upload_begin is not usable</source>
            <translation>câu trả lời của máy chủ cho doc.upload_begin không dùng được</translation>
        </message>
        <message>
            <source>%1 changed during the upload</source>
            <translation>%1 đã thay đổi trong khi tải lên</translation>
        </message>
        <message>
            <source>the server acknowledged %1 of %2 bytes</source>
            <translation>máy chủ xác nhận đã nhận %1 trên %2 byte</translation>
        </message>
        <message>
            <source>the server accepts no more bytes of the upload</source>
            <translation>máy chủ không nhận thêm dữ liệu của lần tải lên này</translation>
        </message>
    </context>
    <context>
        <name>council::client::HandCountForm</name>
        <message>
            <source>The session has had no vote yet: there is nothing to count.</source>
            <translation>Kỳ họp chưa có lần biểu quyết nào: không có gì để kiểm phiếu.</translation>
        </message>
        <message>
            <source>This round was repeated: count the new round instead.</source>
            <translation>Lần biểu quyết này đã được biểu quyết lại: hãy kiểm phiếu lần mới.</translation>
        </message>
        <message>
            <source>The numbers cannot be negative.</source>
            <translation>Các số không được âm.</translation>
        </message>
        <message>
            <source>Approve, disapprove and not voting add up to %1, more than the %2 delegates present.</source>
            <translation>Tán thành, không tán thành và không biểu quyết cộng lại là %1, nhiều hơn %2 đại biểu có mặt.</translation>
        </message>
        <message>
            <source>%1 present is more than the council's %2 delegates.</source>
            <translation>%1 người có mặt nhiều hơn tổng số %2 đại biểu.</translation>
        </message>
        <message>
            <source>The hand count was recorded.</source>
            <translation>Đã ghi nhận kết quả kiểm phiếu thủ công.</translation>
        </message>
    </context>
    <context>
        <name>council::client::MemberImportModel</name>
        <message>
            <source>delegate</source>
            <translation>đại biểu</translation>
        </message>
        <message>
            <source>chair</source>
            <translation>chủ tọa</translation>
        </message>
        <message>
            <source>vice-chair</source>
            <translation>phó chủ tọa</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>thư ký</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>người phê duyệt</translation>
        </message>
        <message>
            <source>hall display</source>
            <translation>màn hình hội trường</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Không mở được %1: %2</translation>
        </message>
        <message>
            <source>The file is too large (at most %1 KiB).</source>
            <translation>Tệp quá lớn (tối đa %1 KiB).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8".</source>
            <translation>Tệp không phải văn bản UTF-8. Hãy lưu lại từ bảng tính dưới dạng "CSV UTF-8".</translation>
        </message>
        <message>
            <source>Choose the council to import into first.</source>
            <translation>Hãy chọn cơ quan cần nhập danh sách trước.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Tệp trống.</translation>
        </message>
        <message>
            <source>This line cannot be read.</source>
            <translation>Không đọc được dòng này.</translation>
        </message>
        <message>
            <source>Choose a file and check its preview first.</source>
            <translation>Hãy chọn tệp và kiểm tra bản xem trước.</translation>
        </message>
        <message>
            <source>Fix the lines marked in red in the file, then choose it again.</source>
            <translation>Hãy sửa các dòng tô đỏ trong tệp rồi chọn lại tệp.</translation>
        </message>
        <message numerus="yes">
            <source>%n new group(s) created.</source>
            <translation>
                <numerusform>Đã tạo %n tổ mới.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) imported.</source>
            <translation>
                <numerusform>Đã nhập %n thành viên.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused this line.</source>
            <translation>Máy chủ từ chối dòng này.</translation>
        </message>
    </context>
    <context>
        <name>council::client::SealedDownloader</name>
        <message>
            <source>the server did not answer within %1 s</source>
            <translation>máy chủ không trả lời trong %1 giây</translation>
        </message>
        <message>
            <source>'%1' is not a content hash</source>
            <translation>“%1” không phải là mã băm nội dung</translation>
        </message>
        <message>
            <source>a file size cannot be negative</source>
            <translation>kích thước tệp không thể âm</translation>
        </message>
        <message>
            <source>the document cache is not available</source>
            <translation>bộ nhớ tài liệu trên thiết bị không dùng được</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>không có kết nối</translation>
        </message>
        <message>
            <source>the server holds %1 bytes under this hash, not %2</source>
            <translation>máy chủ giữ %1 byte dưới mã băm này, không phải %2</translation>
        </message>
        <message>
            <source>the server's answer to doc.fetch is not usable</source>
            <translation>câu trả lời của máy chủ cho doc.fetch không dùng được</translation>
        </message>
        <message>
            <source>the downloaded bytes do not match hash %1 (they hash to %2)</source>
            <translation>dữ liệu tải về không khớp mã băm %1 (băm ra %2)</translation>
        </message>
    </context>
    <context>
        <name>council::client::SessionEditor</name>
        <message>
            <source>Enter the session's title.</source>
            <translation>Nhập tên kỳ họp.</translation>
        </message>
        <message>
            <source>Enter the first day as YYYY-MM-DD, e.g. 2025-07-08.</source>
            <translation>Nhập ngày bắt đầu theo dạng NNNN-TT-NN, ví dụ 2025-07-08.</translation>
        </message>
        <message>
            <source>Enter the last day as YYYY-MM-DD, e.g. 2025-07-10.</source>
            <translation>Nhập ngày kết thúc theo dạng NNNN-TT-NN, ví dụ 2025-07-10.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>Ngày kết thúc không thể trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>Enter the sitting's title.</source>
            <translation>Nhập tên phiên họp.</translation>
        </message>
        <message>
            <source>Enter the sitting's date as YYYY-MM-DD.</source>
            <translation>Nhập ngày của phiên họp theo dạng NNNN-TT-NN.</translation>
        </message>
        <message>
            <source>The date is outside the session (%1 to %2).</source>
            <translation>Ngày này nằm ngoài thời gian kỳ họp (từ %1 đến %2).</translation>
        </message>
        <message>
            <source>Enter the starting time as HH:MM, e.g. 08:00, or leave it empty.</source>
            <translation>Nhập giờ bắt đầu theo dạng GG:PP, ví dụ 08:00, hoặc để trống.</translation>
        </message>
        <message>
            <source>Enter the item's title.</source>
            <translation>Nhập tên nội dung.</translation>
        </message>
        <message>
            <source>The planned time must be between 0 and %1 minutes.</source>
            <translation>Thời lượng dự kiến phải từ 0 đến %1 phút.</translation>
        </message>
        <message>
            <source>Choose the council the session belongs to.</source>
            <translation>Chọn cơ quan tổ chức kỳ họp.</translation>
        </message>
        <message>
            <source>The session was created.</source>
            <translation>Đã tạo kỳ họp.</translation>
        </message>
        <message>
            <source>The session was saved.</source>
            <translation>Đã lưu kỳ họp.</translation>
        </message>
        <message>
            <source>The session's state was changed.</source>
            <translation>Đã đổi trạng thái kỳ họp.</translation>
        </message>
        <message>
            <source>The sitting was added.</source>
            <translation>Đã thêm phiên họp.</translation>
        </message>
        <message>
            <source>The sitting was saved.</source>
            <translation>Đã lưu phiên họp.</translation>
        </message>
        <message>
            <source>The sitting was removed.</source>
            <translation>Đã xóa phiên họp.</translation>
        </message>
        <message>
            <source>The item was added to the agenda.</source>
            <translation>Đã thêm nội dung vào chương trình.</translation>
        </message>
        <message>
            <source>The item was saved.</source>
            <translation>Đã lưu nội dung.</translation>
        </message>
        <message>
            <source>The agenda was reordered.</source>
            <translation>Đã sắp xếp lại chương trình.</translation>
        </message>
        <message>
            <source>The item was removed from the agenda.</source>
            <translation>Đã xóa nội dung khỏi chương trình.</translation>
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
