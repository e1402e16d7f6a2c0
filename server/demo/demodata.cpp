#include "demodata.h"

namespace council::server::demo {

QStringList delegateNames() {
    // Family, middle and given names combined so that the list reads like a real council.
    static const char *const names[] = {
        "Nguyễn Văn Thành",    "Trần Thị Thu Hà",     "Lê Minh Quân",     "Phạm Thị Lan",
        "Hoàng Đức Anh",       "Huỳnh Thị Mỹ Dung",   "Phan Văn Hùng",    "Vũ Thị Ngọc Ánh",
        "Võ Quốc Bảo",         "Đặng Thị Hồng Nhung", "Bùi Văn Toàn",     "Đỗ Thị Kim Oanh",
        "Hồ Minh Trí",         "Ngô Thị Phương",      "Dương Văn Lộc",    "Lý Thị Hạnh",
        "Nguyễn Hữu Phúc",     "Trần Quang Vinh",     "Lê Thị Bích Ngọc", "Phạm Văn Đức",
        "Hoàng Thị Thanh Tâm", "Đinh Công Sơn",       "Trịnh Thị Yến",    "Mai Văn Khánh",
        "Tô Thị Minh Châu",    "Nguyễn Thị Ân",       "Cao Văn Bình",     "Lương Thị Diệu",
        "Kiều Văn Giang",      "Tạ Thị Hoa",          "Đoàn Văn Kiên",    "La Thị Loan",
        "Nguyễn Đình Mạnh",    "Trương Thị Nga",      "Lâm Văn Nghĩa",    "Quách Thị Quyên",
        "Hà Văn Sang",         "Châu Thị Thảo",       "Triệu Văn Út",     "Âu Thị Xuân",
    };
    QStringList out;
    for (const char *n : names)
        out << QString::fromUtf8(n);
    return out;
}

QList<AgendaEntry> agenda() {
    return {
        {0, "procedural", "Khai mạc kỳ họp; thông qua chương trình kỳ họp", "Chủ tọa kỳ họp", 15},
        {0, "report", "Báo cáo tình hình kinh tế - xã hội năm 2026, phương hướng, nhiệm vụ năm 2027",
         "Ủy ban nhân dân thành phố", 30},
        {0, "report", "Báo cáo thẩm tra của các Ban Hội đồng nhân dân thành phố",
         "Trưởng Ban Kinh tế - Ngân sách", 20},
        {0, "resolution", "Tờ trình và dự thảo Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027",
         "Phó Chủ tịch Ủy ban nhân dân thành phố", 20},
        {0, "resolution", "Tờ trình và dự thảo Nghị quyết về dự toán thu, chi ngân sách nhà nước năm 2027",
         "Giám đốc Sở Tài chính", 20},
        {0, "resolution", "Tờ trình và dự thảo Nghị quyết về phân bổ dự toán ngân sách thành phố năm 2027",
         "Giám đốc Sở Tài chính", 15},
        {0, "resolution", "Tờ trình và dự thảo Nghị quyết về kế hoạch đầu tư công năm 2027",
         "Giám đốc Sở Kế hoạch và Đầu tư", 15},
        {0, "resolution",
         "Tờ trình và dự thảo Nghị quyết về chủ trương đầu tư dự án cải tạo kênh Đông và công viên ven sông",
         "Giám đốc Ban Quản lý dự án đầu tư xây dựng", 15},
        {0, "resolution", "Tờ trình và dự thảo Nghị quyết về danh mục công trình cần thu hồi đất năm 2027",
         "Giám đốc Sở Tài nguyên và Môi trường", 15},
        {0, "resolution",
         "Tờ trình và dự thảo Nghị quyết về giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt",
         "Giám đốc Sở Tài nguyên và Môi trường", 10},
        {0, "procedural", "Thảo luận tại tổ đại biểu", "Các tổ đại biểu", 90},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về chính sách hỗ trợ học phí cho học sinh mầm non và phổ thông",
         "Giám đốc Sở Giáo dục và Đào tạo", 15},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về mức hỗ trợ đóng bảo hiểm y tế cho người cao tuổi",
         "Giám đốc Sở Y tế", 10},
        {1, "resolution", "Tờ trình và dự thảo Nghị quyết về đặt tên đường và công trình công cộng năm 2026",
         "Giám đốc Sở Văn hóa, Thể thao và Du lịch", 10},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về biên chế công chức và số lượng người làm việc năm 2027",
         "Giám đốc Sở Nội vụ", 10},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về chương trình chuyển đổi số của thành phố giai đoạn 2027 - 2030",
         "Giám đốc Sở Thông tin và Truyền thông", 15},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về hỗ trợ chuyển đổi cây trồng, vật nuôi vùng ven đô",
         "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", 10},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về quy định mức thu phí sử dụng tạm thời lòng đường, hè phố",
         "Giám đốc Sở Giao thông vận tải", 10},
        {1, "resolution", "Tờ trình và dự thảo Nghị quyết về kế hoạch tài chính 05 năm giai đoạn 2026 - 2030",
         "Giám đốc Sở Tài chính", 15},
        {1, "resolution",
         "Tờ trình và dự thảo Nghị quyết về chương trình giám sát của Hội đồng nhân dân năm 2027",
         "Thường trực Hội đồng nhân dân thành phố", 10},
        {1, "resolution", "Tờ trình và dự thảo Nghị quyết về lịch tổ chức kỳ họp thường lệ năm 2027",
         "Thường trực Hội đồng nhân dân thành phố", 5},
        {1, "procedural", "Chất vấn và trả lời chất vấn", "Chủ tọa kỳ họp", 120},
        {1, "procedural", "Biểu quyết thông qua các nghị quyết; bế mạc kỳ họp", "Chủ tọa kỳ họp", 30},
    };
}

} // namespace council::server::demo
