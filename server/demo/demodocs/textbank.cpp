#include "textbank.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <numeric>

namespace council::demodocs {

namespace {

using Strings = std::initializer_list<const char *>;

QStringList list(Strings items) {
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

constexpr int kTopics = int(Topic::Agriculture) + 1;

// Sentences that fit any document of a city administration.
const QStringList &generalSentences() {
    static const QStringList s = list({
        "Ủy ban nhân dân thành phố chỉ đạo các sở, ban, ngành và Ủy ban nhân dân các phường, xã triển khai "
        "đồng bộ các nhiệm vụ, giải pháp đã đề ra.",
        "Việc tổ chức thực hiện phải bảo đảm đúng quy định của pháp luật, công khai, minh bạch và có sự giám "
        "sát của Nhân dân.",
        "Các cơ quan, đơn vị định kỳ báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư trước ngày 15 của "
        "tháng cuối quý để tổng hợp, báo cáo Ủy ban nhân dân thành phố.",
        "Trong quá trình triển khai, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản "
        "ánh "
        "để được xem xét, giải quyết theo thẩm quyền.",
        "Tăng cường công tác thanh tra, kiểm tra, giám sát; xử lý nghiêm các hành vi vi phạm, gây thất "
        "thoát, "
        "lãng phí.",
        "Đẩy mạnh cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý nhà nước và chất lượng phục vụ "
        "người dân, doanh nghiệp.",
        "Phát huy vai trò của Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội trong "
        "việc "
        "tuyên truyền, vận động Nhân dân cùng tham gia thực hiện.",
        "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Ủy ban nhân dân thành phố về kết quả thực "
        "hiện "
        "nhiệm vụ được giao.",
        "Kết quả thực hiện là một trong những tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của tập thể và cá "
        "nhân người đứng đầu hằng năm.",
        "Thực hiện nghiêm chủ trương tiết kiệm, chống lãng phí; cắt giảm tối đa các khoản chi hội nghị, hội "
        "thảo, công tác phí không cần thiết.",
        "Tiếp tục rà soát, sửa đổi, bổ sung các văn bản quy phạm pháp luật của thành phố bảo đảm phù hợp với "
        "quy định của Trung ương và điều kiện thực tiễn của địa phương.",
        "Các chỉ tiêu được giao là căn cứ để các cơ quan, đơn vị xây dựng kế hoạch chi tiết, phân công rõ "
        "người, rõ việc, rõ thời gian hoàn thành.",
        "Qua {count} đợt khảo sát thực tế tại các phường, xã, đa số ý kiến cử tri đồng tình và đánh giá cao "
        "sự "
        "cần thiết của chính sách.",
        "Dự thảo đã được đăng tải trên Cổng thông tin điện tử của thành phố trong thời gian 30 ngày để lấy ý "
        "kiến rộng rãi của cơ quan, tổ chức và cá nhân.",
        "Sở Tư pháp đã thẩm định dự thảo; các ý kiến thẩm định đã được tiếp thu, giải trình đầy đủ trong hồ "
        "sơ "
        "trình kỳ họp.",
        "Công tác phối hợp giữa các cấp, các ngành có lúc chưa chặt chẽ, một số nhiệm vụ còn chậm so với "
        "tiến "
        "độ đề ra.",
        "Tổng hợp ý kiến góp ý, có {count} lượt ý kiến của cơ quan, tổ chức và cá nhân, trong đó phần lớn "
        "thống nhất với nội dung dự thảo.",
        "Ứng dụng công nghệ thông tin trong quản lý, điều hành; thực hiện thủ tục hành chính trên môi trường "
        "điện tử ở mức độ toàn trình.",
        "Bảo đảm quốc phòng, an ninh, giữ vững trật tự, an toàn xã hội, tạo môi trường thuận lợi cho phát "
        "triển kinh tế - xã hội.",
        "Tình hình thế giới và trong nước tiếp tục diễn biến phức tạp, khó lường, tác động trực tiếp đến "
        "hoạt "
        "động sản xuất, kinh doanh trên địa bàn.",
        "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện kịp thời, đúng quy định; nhiều "
        "vụ "
        "việc phức tạp, kéo dài đã được giải quyết dứt điểm.",
        "Tại {ward}, mô hình dân vận khéo được nhân rộng, tạo sự đồng thuận của người dân trong triển khai "
        "các "
        "chủ trương của thành phố.",
        "Một bộ phận cán bộ, công chức còn né tránh, đùn đẩy trách nhiệm, ngại va chạm trong thực thi công "
        "vụ.",
        "Chế độ thông tin, báo cáo được thực hiện nghiêm túc, đúng thời hạn, phục vụ kịp thời công tác chỉ "
        "đạo, điều hành của thành phố.",
    });
    return s;
}

// Sentences of each topic, in the order of enum Topic.
const std::array<QStringList, kTopics> &topicSentences() {
    static const std::array<QStringList, kTopics> s = {
        // Economy
        list({
            "Tốc độ tăng trưởng kinh tế (GRDP) năm 2026 ước đạt {gdp}, cao hơn mức bình quân chung của vùng.",
            "Cơ cấu kinh tế chuyển dịch đúng hướng; tỷ trọng khu vực dịch vụ chiếm 58,3%, công nghiệp - xây "
            "dựng chiếm 36,1%.",
            "GRDP bình quân đầu người ước đạt 142 triệu đồng, tăng 11,2 triệu đồng so với năm 2025.",
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng {growth} so với cùng kỳ.",
            "Trong năm có {count} doanh nghiệp thành lập mới với tổng vốn đăng ký khoảng {money}.",
            "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 0,8%; {count} căn nhà đại đoàn kết được xây "
            "mới "
            "và sửa chữa.",
            "Giải quyết việc làm cho khoảng {count} nghìn lao động; tỷ lệ lao động qua đào tạo đạt {rate}.",
            "Kim ngạch xuất khẩu ước đạt 1.250 triệu USD, tăng {growth} so với năm 2025.",
            "Lượng khách du lịch đến thành phố ước đạt 3,2 triệu lượt, doanh thu từ du lịch tăng {growth}.",
            "Tổng vốn đầu tư toàn xã hội ước đạt {money}, bằng {ratio} kế hoạch năm.",
            "Chỉ số năng lực cạnh tranh cấp tỉnh của thành phố tăng 4 bậc so với năm trước.",
            "Sản xuất công nghiệp phục hồi rõ nét, chỉ số sản xuất công nghiệp tăng {growth} so với cùng kỳ.",
        }),
        // Budget
        list({
            "Tổng thu ngân sách nhà nước trên địa bàn ước đạt {money}, bằng {ratio} dự toán Hội đồng nhân "
            "dân "
            "thành phố giao.",
            "Thu nội địa tăng {growth} so với cùng kỳ, chủ yếu nhờ nguồn thu từ tiền sử dụng đất và thuế thu "
            "nhập "
            "doanh nghiệp.",
            "Tổng chi ngân sách địa phương là {money}, trong đó chi đầu tư phát triển chiếm {share} tổng "
            "chi.",
            "Bố trí dự phòng ngân sách theo đúng tỷ lệ quy định để chủ động ứng phó với thiên tai, dịch bệnh "
            "và "
            "các nhiệm vụ cấp bách phát sinh.",
            "Thực hiện cơ chế tạo nguồn cải cách tiền lương từ 70% tăng thu ngân sách địa phương và 10% tiết "
            "kiệm chi thường xuyên.",
            "Phân bổ dự toán phải bảo đảm đúng định mức, tiêu chuẩn, chế độ chi và thời gian quy định của "
            "Luật "
            "Ngân sách nhà nước.",
            "Chi thường xuyên được bố trí {money}, đáp ứng yêu cầu hoạt động của bộ máy và thực hiện các "
            "chính "
            "sách an sinh xã hội.",
            "Các khoản thu phí, lệ phí được quản lý, sử dụng theo quy định; không ban hành các khoản thu "
            "ngoài "
            "quy định của pháp luật.",
            "Tăng cường quản lý thu, chống thất thu, xử lý nợ đọng thuế; phấn đấu giảm tỷ lệ nợ thuế xuống "
            "dưới "
            "5% tổng thu.",
            "Bội chi ngân sách địa phương được kiểm soát trong giới hạn cho phép và chỉ sử dụng cho đầu tư "
            "phát "
            "triển.",
            "Số bổ sung có mục tiêu từ ngân sách trung ương là {money} để thực hiện các chương trình mục "
            "tiêu "
            "quốc gia.",
            "Thực hiện công khai dự toán và quyết toán ngân sách theo đúng quy định, tạo điều kiện để Nhân "
            "dân "
            "giám sát.",
            "Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của thành phố theo phân cấp "
            "hiện "
            "hành.",
            "Dự toán chi ngân sách cấp thành phố năm 2027 là {money}; chi ngân sách các phường, xã là "
            "{money}.",
        }),
        // Investment
        list({
            "Tổng vốn đầu tư công năm 2027 là {money}, được phân bổ cho {count} dự án chuyển tiếp và dự án "
            "khởi "
            "công mới.",
            "Ưu tiên bố trí vốn cho các dự án đã hoàn thành, dự án chuyển tiếp có khả năng hoàn thành trong "
            "năm; "
            "hạn chế khởi công mới dàn trải.",
            "Tỷ lệ giải ngân vốn đầu tư công đến ngày 30 tháng 11 năm 2026 đạt {rate} kế hoạch vốn được "
            "giao.",
            "Dự án cải tạo kênh Đông có chiều dài tuyến khoảng 4,2 km, kết hợp xây dựng đường ven kênh và hệ "
            "thống thoát nước.",
            "Công viên ven sông có diện tích khoảng 12,5 ha, gồm không gian cây xanh, đường đi bộ, sân thể "
            "thao "
            "và khu vui chơi cho trẻ em.",
            "Tổng mức đầu tư dự kiến {money}, từ nguồn vốn ngân sách thành phố và các nguồn vốn hợp pháp "
            "khác.",
            "Thời gian thực hiện dự án từ năm 2027 đến năm 2030; nhóm dự án: nhóm B; hình thức đầu tư: đầu "
            "tư "
            "công.",
            "Chủ đầu tư có trách nhiệm lập, thẩm định và phê duyệt dự án theo đúng trình tự, thủ tục của "
            "Luật "
            "Đầu tư công.",
            "Kiên quyết điều chuyển vốn của các dự án chậm giải ngân sang các dự án có khả năng giải ngân "
            "tốt "
            "hơn.",
            "Công tác bồi thường, hỗ trợ, tái định cư còn gặp nhiều vướng mắc, ảnh hưởng đến tiến độ của "
            "{count} dự án trọng điểm.",
            "Nâng cao chất lượng công tác chuẩn bị đầu tư, bảo đảm dự án được triển khai ngay khi được bố "
            "trí "
            "vốn.",
            "Thực hiện đấu thầu qua mạng đối với {rate} số gói thầu, bảo đảm cạnh tranh, công bằng, minh "
            "bạch và "
            "hiệu quả kinh tế.",
            "Sau khi hoàn thành, dự án góp phần cải thiện môi trường sống cho khoảng {count} nghìn người dân "
            "các "
            "phường ven kênh.",
        }),
        // Urban
        list({
            "Danh mục gồm {count} công trình, dự án cần thu hồi đất với tổng diện tích khoảng {area} ha.",
            "Việc thu hồi đất phải bảo đảm công khai, dân chủ, bồi thường thỏa đáng; người có đất bị thu hồi "
            "có "
            "chỗ ở bằng hoặc tốt hơn nơi ở cũ.",
            "Quy hoạch phân khu được điều chỉnh cục bộ để bổ sung quỹ đất cho trường học, cơ sở y tế và bãi "
            "đỗ "
            "xe công cộng.",
            "Tuyến đường dự kiến đặt tên có chiều dài khoảng 1,8 km, lộ giới 24 m, điểm đầu giao với đường "
            "Trần "
            "Hưng Đạo.",
            "Mức thu phí sử dụng tạm thời lòng đường, hè phố được xác định theo vị trí tuyến đường và mục "
            "đích "
            "sử dụng.",
            "Phần hè phố được phép sử dụng tạm thời phải bảo đảm lối đi cho người đi bộ có chiều rộng tối "
            "thiểu "
            "1,5 m.",
            "Hệ thống giao thông đô thị từng bước được đầu tư đồng bộ; tình trạng ùn tắc tại các nút giao "
            "trọng "
            "điểm đã giảm rõ rệt.",
            "Tỷ lệ đô thị hóa của thành phố đạt {rate}, diện tích nhà ở bình quân đạt 28,6 m² sàn/người.",
            "Tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng; không để phát sinh công trình xây dựng "
            "không "
            "phép trên đất nông nghiệp.",
            "Việc đặt tên đường, công trình công cộng phải bảo đảm ý nghĩa lịch sử, văn hóa và phù hợp với "
            "nguyện vọng của Nhân dân địa phương.",
            "Số tiền thu phí được nộp vào ngân sách nhà nước để duy tu, chỉnh trang vỉa hè và hạ tầng giao "
            "thông.",
            "Tại {ward}, {count} hộ gia đình đã bàn giao mặt bằng đúng tiến độ để thi công đường gom dân "
            "sinh.",
        }),
        // Education
        list({
            "Hỗ trợ học phí cho trẻ em mầm non và học sinh phổ thông công lập với mức 100% học phí theo quy "
            "định "
            "của Hội đồng nhân dân thành phố.",
            "Đối với học sinh trường ngoài công lập, mức hỗ trợ bằng mức học phí của trường công lập cùng "
            "cấp "
            "học trên địa bàn.",
            "Năm học 2026 - 2027, toàn thành phố có khoảng {count} nghìn học sinh mầm non và phổ thông, tăng "
            "{growth} so với năm học trước.",
            "Tỷ lệ trường đạt chuẩn quốc gia đạt {rate}; {count} phòng học được xây mới, cải tạo và đưa vào "
            "sử "
            "dụng.",
            "Kinh phí hỗ trợ học phí dự kiến {money} mỗi năm học, được bố trí từ ngân sách thành phố.",
            "Chính sách góp phần giảm gánh nặng chi phí cho các gia đình, bảo đảm mọi trẻ em trong độ tuổi "
            "đều "
            "được đến trường.",
            "Tiếp tục sắp xếp mạng lưới trường, lớp hợp lý; giải quyết tình trạng thiếu giáo viên ở cấp mầm "
            "non "
            "và tiểu học.",
            "Việc chi trả hỗ trợ được thực hiện theo học kỳ, thông qua cơ sở giáo dục nơi học sinh đang theo "
            "học.",
            "Chất lượng giáo dục toàn diện được nâng lên; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt "
            "99,2%.",
            "Tại {ward}, trường mầm non mới với {count} phòng học đã hoàn thành, giảm tình trạng quá tải sĩ "
            "số.",
        }),
        // Health
        list({
            "Hỗ trợ 30% mức đóng bảo hiểm y tế cho người từ đủ 60 tuổi đến dưới 75 tuổi chưa được ngân sách "
            "nhà "
            "nước đóng bảo hiểm y tế.",
            "Tỷ lệ dân số tham gia bảo hiểm y tế đạt {rate}, vượt chỉ tiêu Hội đồng nhân dân thành phố giao.",
            "Mạng lưới y tế cơ sở được củng cố; {count} trạm y tế phường, xã đã được cải tạo, nâng cấp và bổ "
            "sung trang thiết bị.",
            "Dự kiến có khoảng {count} nghìn người cao tuổi được hưởng chính sách, kinh phí hỗ trợ khoảng "
            "{money} "
            "mỗi năm.",
            "Đẩy mạnh chuyển đổi số trong lĩnh vực y tế, triển khai hồ sơ sức khỏe điện tử và khám, chữa "
            "bệnh "
            "bảo hiểm y tế bằng thẻ căn cước.",
            "Làm tốt công tác phòng, chống dịch bệnh, không để dịch bệnh lớn xảy ra trên địa bàn.",
            "Tình trạng quá tải tại một số bệnh viện tuyến thành phố đã được cải thiện nhờ liên thông kết "
            "quả "
            "xét nghiệm.",
            "Người cao tuổi được khám sức khỏe định kỳ miễn phí mỗi năm một lần tại trạm y tế nơi cư trú.",
            "Số giường bệnh trên một vạn dân đạt 34,5 giường; số bác sĩ trên một vạn dân đạt 13,8 bác sĩ.",
        }),
        // Environment
        list({
            "Khối lượng rác thải sinh hoạt phát sinh bình quân khoảng {count} tấn/ngày; tỷ lệ thu gom tại "
            "khu "
            "vực đô thị đạt {rate}.",
            "Giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt được tính theo hộ gia đình và theo khối "
            "lượng "
            "đối với cơ sở kinh doanh.",
            "Khuyến khích phân loại chất thải rắn sinh hoạt tại nguồn; hộ gia đình thực hiện phân loại được "
            "áp "
            "dụng mức giá thấp hơn.",
            "Tăng cường kiểm soát nguồn thải từ các khu dân cư, cơ sở sản xuất, không để nước thải chưa xử "
            "lý "
            "xả trực tiếp ra kênh.",
            "Trồng mới {count} cây xanh đô thị, nâng diện tích cây xanh công cộng bình quân lên 6,2 "
            "m²/người.",
            "Chất lượng không khí tại khu vực trung tâm cơ bản đạt quy chuẩn, tuy nhiên tình trạng ô nhiễm "
            "bụi "
            "vẫn xảy ra vào mùa khô.",
            "Nhà máy xử lý chất thải rắn của thành phố công suất 500 tấn/ngày dự kiến đi vào vận hành trong "
            "quý "
            "III năm 2027.",
            "Tại {ward}, mô hình tổ dân phố không rác thải nhựa đã được người dân hưởng ứng tích cực.",
            "Thời gian, tần suất thu gom được công khai tại trụ sở Ủy ban nhân dân các phường, xã và trên "
            "Cổng "
            "thông tin điện tử của thành phố.",
        }),
        // Administration
        list({
            "Tổng biên chế công chức năm 2027 là {count} biên chế, giảm so với năm 2026 theo lộ trình tinh "
            "giản "
            "biên chế.",
            "Số lượng người làm việc trong các đơn vị sự nghiệp công lập được giao phù hợp với vị trí việc "
            "làm "
            "đã được phê duyệt.",
            "Tiếp tục sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; giảm đầu mối bên trong "
            "các "
            "cơ quan, đơn vị.",
            "Thường trực Hội đồng nhân dân thành phố tổ chức {count} cuộc giám sát chuyên đề, tập trung vào "
            "các "
            "lĩnh vực cử tri quan tâm.",
            "Kỳ họp thường lệ giữa năm dự kiến tổ chức vào đầu tháng 7, kỳ họp cuối năm tổ chức vào đầu "
            "tháng "
            "12 năm 2027.",
            "Nội dung giám sát tập trung vào việc thực hiện các nghị quyết của Hội đồng nhân dân thành phố "
            "về "
            "đầu tư công và quản lý đất đai.",
            "Các Ban của Hội đồng nhân dân thành phố chủ động lựa chọn nội dung giám sát thuộc lĩnh vực phụ "
            "trách.",
            "Việc tuyển dụng công chức được thực hiện công khai, minh bạch, đúng tiêu chuẩn và cơ cấu ngạch.",
            "Ý kiến, kiến nghị của cử tri sau kỳ họp được tổng hợp, chuyển đến cơ quan có thẩm quyền và theo "
            "dõi đến khi giải quyết xong.",
        }),
        // Digital
        list({
            "Trung tâm dữ liệu của thành phố được nâng cấp, bảo đảm an toàn, an ninh thông tin cho các hệ "
            "thống "
            "dùng chung.",
            "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt {rate}.",
            "Hoàn thành kết nối, chia sẻ dữ liệu giữa cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu "
            "chuyên ngành của thành phố.",
            "Phát triển nguồn nhân lực số, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người "
            "dân.",
            "Đến năm 2030, 100% văn bản, hồ sơ công việc của các cơ quan nhà nước được xử lý trên môi trường "
            "mạng.",
            "Kinh tế số phấn đấu chiếm khoảng {share} GRDP của thành phố vào năm 2030.",
            "Tổ công nghệ số cộng đồng được thành lập tại {count} khu phố, hỗ trợ người dân sử dụng dịch vụ "
            "công "
            "trực tuyến.",
            "Hệ thống camera giám sát giao thông và trật tự đô thị được kết nối về Trung tâm Điều hành đô "
            "thị "
            "thông minh.",
        }),
        // Agriculture
        list({
            "Hỗ trợ chuyển đổi khoảng {area} ha đất trồng lúa kém hiệu quả sang trồng rau an toàn, cây ăn "
            "quả "
            "và hoa cây cảnh.",
            "Mức hỗ trợ giống cây trồng tối đa 50% chi phí, không quá 30 triệu đồng/ha đối với cây ăn quả.",
            "Phát triển nông nghiệp đô thị, nông nghiệp công nghệ cao gắn với du lịch sinh thái ở vùng ven "
            "đô.",
            "Hỗ trợ các hợp tác xã xây dựng chuỗi liên kết sản xuất, tiêu thụ sản phẩm và đăng ký nhãn hiệu "
            "tập "
            "thể.",
            "Giá trị sản xuất trên một héc-ta đất canh tác đạt khoảng 245 triệu đồng, tăng {growth} so với "
            "năm "
            "2025.",
            "Tại {ward}, vùng trồng rau an toàn {area} ha đã được cấp mã số vùng trồng.",
            "Chuyển đổi chăn nuôi nhỏ lẻ trong khu dân cư sang chăn nuôi tập trung, bảo đảm vệ sinh môi "
            "trường.",
            "Người sản xuất được hỗ trợ chi phí chứng nhận sản phẩm đạt tiêu chuẩn VietGAP.",
        }),
    };
    return s;
}

// The parts of a composed sentence: subject, connector, action, purpose.
const QStringList &subjects() {
    static const QStringList s = list({
        "Ủy ban nhân dân thành phố",
        "Các sở, ban, ngành thành phố",
        "Ủy ban nhân dân các phường, xã",
        "Thủ trưởng các cơ quan, đơn vị",
    });
    return s;
}

const std::array<QStringList, kTopics> &topicSubjects() {
    static const std::array<QStringList, kTopics> s = {
        list({"Sở Kế hoạch và Đầu tư", "Sở Công Thương"}),
        list({"Sở Tài chính", "Cơ quan thuế"}),
        list({"Ban Quản lý dự án đầu tư xây dựng thành phố", "Các chủ đầu tư", "Sở Xây dựng"}),
        list({"Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải"}),
        list({"Sở Giáo dục và Đào tạo", "Các cơ sở giáo dục"}),
        list({"Sở Y tế", "Bảo hiểm xã hội thành phố"}),
        list({"Sở Tài nguyên và Môi trường", "Công ty Dịch vụ công ích thành phố"}),
        list({"Sở Nội vụ", "Văn phòng Hội đồng nhân dân thành phố"}),
        list({"Sở Thông tin và Truyền thông", "Trung tâm Điều hành đô thị thông minh"}),
        list({"Sở Nông nghiệp và Phát triển nông thôn", "Các hợp tác xã nông nghiệp"}),
    };
    return s;
}

const QStringList &connectors() {
    static const QStringList s = list({
        "chủ trì, phối hợp với các cơ quan liên quan",
        "khẩn trương",
        "tập trung chỉ đạo",
        "có trách nhiệm",
        "tiếp tục",
        "chủ động",
    });
    return s;
}

const std::array<QStringList, kTopics> &topicActions() {
    static const std::array<QStringList, kTopics> s = {
        list({"theo dõi sát diễn biến thị trường, giá cả", "tháo gỡ khó khăn cho doanh nghiệp",
              "cải thiện môi trường đầu tư kinh doanh", "thúc đẩy phát triển thương mại, dịch vụ",
              "thu hút các dự án đầu tư có công nghệ cao"}),
        list({"rà soát các khoản thu, chống thất thu ngân sách",
              "xây dựng phương án sử dụng nguồn tăng thu ngân sách",
              "kiểm soát chặt chẽ các khoản chi thường xuyên",
              "hướng dẫn các đơn vị dự toán triển khai dự toán được giao",
              "đôn đốc thu hồi các khoản nợ đọng thuế"}),
        list({"hoàn thiện hồ sơ thủ tục đầu tư các dự án khởi công mới",
              "đẩy nhanh tiến độ giải ngân vốn đầu tư công",
              "tổ chức nghiệm thu, bàn giao các công trình hoàn thành",
              "lựa chọn nhà thầu có đủ năng lực, kinh nghiệm",
              "giải quyết dứt điểm các vướng mắc về mặt bằng"}),
        list({"công khai danh mục công trình, dự án cần thu hồi đất",
              "xây dựng phương án bồi thường, hỗ trợ, tái định cư",
              "kiểm tra, xử lý vi phạm trật tự xây dựng đô thị",
              "chỉnh trang vỉa hè và hệ thống chiếu sáng công cộng",
              "cấp phép sử dụng tạm thời lòng đường, hè phố đúng quy định"}),
        list({"rà soát số lượng học sinh thuộc đối tượng được hỗ trợ",
              "lập dự toán kinh phí hỗ trợ học phí theo năm học", "bảo đảm đủ giáo viên cho các cấp học",
              "đầu tư cơ sở vật chất, trang thiết bị dạy học",
              "hướng dẫn các trường chi trả đúng đối tượng, đúng thời hạn"}),
        list({"lập danh sách người cao tuổi chưa có thẻ bảo hiểm y tế",
              "tuyên truyền, vận động người dân tham gia bảo hiểm y tế",
              "nâng cao chất lượng khám, chữa bệnh tại trạm y tế",
              "bảo đảm đủ thuốc, vật tư y tế cho khám, chữa bệnh"}),
        list({"tổ chức thu gom, vận chuyển rác thải đúng tần suất",
              "hướng dẫn người dân phân loại chất thải rắn tại nguồn",
              "kiểm soát nguồn nước thải xả vào kênh, rạch", "xử lý dứt điểm các điểm tập kết rác tự phát",
              "quan trắc chất lượng không khí và nước mặt định kỳ"}),
        list({"rà soát vị trí việc làm tại các cơ quan, đơn vị", "thực hiện tinh giản biên chế theo lộ trình",
              "xây dựng kế hoạch giám sát chuyên đề", "tổng hợp ý kiến, kiến nghị của cử tri",
              "chuẩn bị nội dung, tài liệu phục vụ kỳ họp"}),
        list({"xây dựng, cập nhật cơ sở dữ liệu dùng chung của thành phố",
              "bảo đảm an toàn thông tin cho các hệ thống thông tin",
              "mở rộng dịch vụ công trực tuyến toàn trình", "đào tạo kỹ năng số cho cán bộ, công chức",
              "kết nối, chia sẻ dữ liệu với các cơ sở dữ liệu quốc gia"}),
        list({"hướng dẫn nông dân chuyển đổi cơ cấu cây trồng, vật nuôi",
              "hỗ trợ hợp tác xã xây dựng chuỗi liên kết tiêu thụ sản phẩm",
              "chuyển giao tiến bộ kỹ thuật trong sản xuất nông nghiệp",
              "kiểm soát dịch bệnh trên cây trồng, vật nuôi",
              "xây dựng vùng sản xuất rau an toàn tập trung"}),
    };
    return s;
}

const QStringList &purposes() {
    static const QStringList s = list({
        "bảo đảm đúng tiến độ và chất lượng",
        "góp phần thực hiện thắng lợi các mục tiêu đã đề ra",
        "nhằm nâng cao hiệu quả sử dụng nguồn lực",
        "tạo sự đồng thuận cao trong Nhân dân",
        "kịp thời báo cáo Ủy ban nhân dân thành phố những vấn đề phát sinh",
        "không để xảy ra tình trạng thất thoát, lãng phí",
        "bảo đảm quyền và lợi ích hợp pháp của người dân",
        "hoàn thành trước ngày 30 tháng 6 năm 2027",
    });
    return s;
}

const QStringList &wards() {
    static const QStringList s =
        list({"An Phú", "Bình An", "Đông Hòa", "Tân Lập", "Phú Hưng", "Thạnh Mỹ", "Hòa Bình", "Minh Khai",
              "Long Thạnh", "Phước Hải", "Tân Định", "Vĩnh Lộc"});
    return s;
}

const QLocale &vietnamese() {
    static const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    return locale;
}

QString decimal(double value, int decimals = 1) {
    return vietnamese().toString(value, 'f', decimals);
}
QString integer(qint64 value) {
    return vietnamese().toString(value);
}

} // namespace

Topic topicForTitle(const QString &title) {
    const QString t = title.normalized(QString::NormalizationForm_C).toLower();
    struct Rule {
        Topic topic;
        Strings keys;
    };
    // Order matters: "học phí" is about schools before "phí" is about the budget.
    static const Rule rules[] = {
        {Topic::Digital, {"chuyển đổi số", "số hóa", "công nghệ thông tin"}},
        {Topic::Education, {"học phí", "giáo dục", "học sinh", "trường học"}},
        {Topic::Health, {"y tế", "bảo hiểm", "cao tuổi", "bệnh viện"}},
        {Topic::Environment, {"rác", "môi trường", "chất thải"}},
        {Topic::Agriculture, {"cây trồng", "vật nuôi", "nông nghiệp", "nông thôn"}},
        {Topic::Urban, {"thu hồi đất", "quy hoạch", "đặt tên", "lòng đường", "hè phố", "giao thông", "đất"}},
        {Topic::Investment, {"đầu tư", "dự án"}},
        {Topic::Budget, {"ngân sách", "dự toán", "tài chính", "phí"}},
        {Topic::Economy, {"kinh tế", "thẩm tra"}},
        {Topic::Administration, {"biên chế", "công chức", "giám sát", "kỳ họp"}},
    };
    for (const Rule &rule : rules)
        for (const char *key : rule.keys)
            if (t.contains(QString::fromUtf8(key)))
                return rule.topic;
    return Topic::Economy;
}

quint64 Rng::next() {
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int Rng::range(int lo, int hi) {
    if (hi <= lo)
        return lo;
    return lo + int(next() % quint64(hi - lo + 1));
}

TextBank::TextBank(Topic topic, quint64 seed, const QString &title)
    : m_topic(topic)
    , m_rng(seed ^ (quint64(topic) << 56)) {
    // Pairs of syllables of the title ("thu hồi", "hồi đất"), without the
    // ones every document shares.
    static const QStringList common =
        list({"thành phố", "hội đồng", "đồng nhân", "nhân dân", "nghị quyết", "tờ trình", "dự thảo",
              "báo cáo", "trình và", "và dự", "thảo nghị", "quyết về", "trình về", "cáo về"});
    const QStringList words = title.toLower().split(u' ', Qt::SkipEmptyParts);
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString pair = words.at(i) + u' ' + words.at(i + 1);
        if (!common.contains(pair) && !pair.contains(QRegularExpression(QStringLiteral("[0-9,;:]"))))
            pairs << pair;
    }
    const auto relevant = [&pairs](const QString &text) {
        const QString lower = text.toLower();
        return std::any_of(pairs.begin(), pairs.end(), [&](const QString &p) { return lower.contains(p); });
    };
    for (const QString &s : topicSentences()[size_t(topic)])
        if (relevant(s))
            m_relevantSentences << s;
    for (const QString &a : topicActions()[size_t(topic)])
        if (relevant(a))
            m_relevantActions << a;
}

QString TextBank::drawFrom(const QStringList &pool, std::vector<int> &deck) {
    // A shuffled deck: every sentence once before any comes back.
    if (deck.empty()) {
        deck.resize(pool.size());
        std::iota(deck.begin(), deck.end(), 0);
        for (int i = int(deck.size()) - 1; i > 0; --i)
            std::swap(deck[i], deck[m_rng.range(0, i)]);
    }
    const int index = deck.back();
    deck.pop_back();
    return pool.at(index);
}

QString TextBank::fill(QString text) {
    const auto money = [this] {
        const int v = m_rng.range(850, 185000); // tenths of a billion
        return decimal(v / 10.0) + QStringLiteral(" tỷ đồng");
    };
    const auto replaceAll = [&text](const QString &key, const auto &make) {
        for (qsizetype at = text.indexOf(key); at >= 0; at = text.indexOf(key, at)) {
            const QString value = make();
            text.replace(at, key.size(), value);
            at += value.size();
        }
    };
    replaceAll(QStringLiteral("{money}"), money);
    // Percentages by meaning: growth on a year, a coverage rate, a share of a whole.
    const auto percent = [this](int lo, int hi) { return decimal(m_rng.range(lo, hi) / 10.0) + u'%'; };
    replaceAll(QStringLiteral("{gdp}"), [&] { return percent(72, 98); });
    replaceAll(QStringLiteral("{growth}"), [&] { return percent(25, 165); });
    replaceAll(QStringLiteral("{rate}"), [&] { return percent(620, 995); });
    replaceAll(QStringLiteral("{share}"), [&] { return percent(180, 420); });
    replaceAll(QStringLiteral("{ratio}"), [this] { return decimal(m_rng.range(965, 1185) / 10.0) + u'%'; });
    replaceAll(QStringLiteral("{count}"), [this] { return integer(m_rng.range(3, 260)); });
    replaceAll(QStringLiteral("{area}"), [this] { return decimal(m_rng.range(25, 3200) / 10.0); });
    replaceAll(QStringLiteral("{ward}"), [this] { return QStringLiteral("phường ") + m_rng.pick(wards()); });
    return text;
}

QString TextBank::composedSentence() {
    const QStringList &own = topicSubjects()[size_t(m_topic)];
    const QString subject = m_rng.chance(60) ? m_rng.pick(own) : m_rng.pick(subjects());
    return QStringLiteral("%1 %2 %3, %4.")
        .arg(subject, m_rng.pick(connectors()),
             !m_relevantActions.isEmpty() && m_rng.chance(50) ? m_rng.pick(m_relevantActions)
                                                              : m_rng.pick(topicActions()[size_t(m_topic)]),
             m_rng.pick(purposes()));
}

QString TextBank::sentence() {
    const int roll = m_rng.range(1, 100);
    if (roll <= 25 && !m_relevantSentences.isEmpty())
        return fill(drawFrom(m_relevantSentences, m_relevantDeck));
    if (roll <= 50)
        return fill(drawFrom(topicSentences()[size_t(m_topic)], m_topicDeck));
    if (roll <= 75)
        return composedSentence();
    return fill(drawFrom(generalSentences(), m_generalDeck));
}

QString TextBank::paragraph(int minSentences, int maxSentences) {
    QStringList sentences;
    const int n = m_rng.range(minSentences, maxSentences);
    while (sentences.size() < n) {
        const QString s = sentence();
        if (!sentences.contains(s))
            sentences << s;
    }
    return sentences.join(u' ');
}

QStringList TextBank::articleHeadings() const {
    static const std::array<QStringList, kTopics> own = {
        list({"Đánh giá tình hình thực hiện kế hoạch năm 2026", "Mục tiêu tổng quát năm 2027",
              "Các chỉ tiêu chủ yếu năm 2027", "Phát triển các ngành, lĩnh vực kinh tế",
              "Văn hóa, xã hội và bảo đảm an sinh xã hội"}),
        list({"Dự toán thu ngân sách nhà nước trên địa bàn", "Dự toán chi ngân sách địa phương",
              "Bội chi và kế hoạch vay, trả nợ của ngân sách địa phương",
              "Giải pháp điều hành dự toán ngân sách"}),
        list({"Mục tiêu đầu tư", "Quy mô, địa điểm và thời gian thực hiện", "Tổng mức đầu tư và nguồn vốn",
              "Danh mục dự án và mức vốn bố trí", "Giải pháp đẩy nhanh tiến độ giải ngân"}),
        list({"Danh mục công trình, dự án", "Nguyên tắc bồi thường, hỗ trợ, tái định cư",
              "Mức thu và phương thức thu", "Quản lý và sử dụng nguồn thu"}),
        list({"Đối tượng được hỗ trợ", "Mức hỗ trợ học phí", "Phương thức và thời gian chi trả",
              "Hồ sơ, trình tự thực hiện"}),
        list({"Đối tượng được hỗ trợ", "Mức hỗ trợ đóng bảo hiểm y tế", "Phương thức thực hiện",
              "Trách nhiệm của cơ quan bảo hiểm xã hội"}),
        list({"Giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt", "Phân loại chất thải rắn tại nguồn",
              "Phương thức thu và quản lý nguồn thu", "Trách nhiệm của đơn vị cung ứng dịch vụ"}),
        list({"Biên chế công chức", "Số lượng người làm việc trong đơn vị sự nghiệp công lập",
              "Nội dung giám sát", "Thời gian tổ chức các kỳ họp thường lệ"}),
        list({"Quan điểm chuyển đổi số", "Phát triển chính quyền số", "Phát triển kinh tế số và xã hội số",
              "Hạ tầng số và dữ liệu số", "Bảo đảm an toàn, an ninh mạng"}),
        list({"Nội dung hỗ trợ", "Điều kiện được hỗ trợ", "Mức hỗ trợ", "Hồ sơ, trình tự, thủ tục hỗ trợ"}),
    };
    // A policy resolution opens with its scope; a plan or a budget goes straight to its figures.
    const bool policy = m_topic != Topic::Economy && m_topic != Topic::Budget && m_topic != Topic::Investment;
    return (policy ? list({"Phạm vi điều chỉnh và đối tượng áp dụng"}) : QStringList()) +
           own[size_t(m_topic)] +
           list({"Nguồn kinh phí thực hiện", "Trách nhiệm của các cơ quan, đơn vị",
                 "Chế độ thông tin, báo cáo", "Nhiệm vụ và giải pháp chủ yếu"});
}

QList<Part> TextBank::submissionParts() const {
    return {
        {QStringLiteral("SỰ CẦN THIẾT BAN HÀNH NGHỊ QUYẾT"),
         list({"Cơ sở chính trị, pháp lý", "Cơ sở thực tiễn", "Yêu cầu của công tác quản lý"})},
        {QStringLiteral("MỤC ĐÍCH, QUAN ĐIỂM XÂY DỰNG NGHỊ QUYẾT"),
         list({"Mục đích", "Quan điểm chỉ đạo", "Yêu cầu"})},
        {QStringLiteral("QUÁ TRÌNH XÂY DỰNG DỰ THẢO NGHỊ QUYẾT"),
         list({"Thành lập Tổ biên tập", "Tổ chức lấy ý kiến", "Tiếp thu, giải trình ý kiến góp ý",
               "Thẩm định dự thảo"})},
        {QStringLiteral("BỐ CỤC VÀ NỘI DUNG CƠ BẢN CỦA DỰ THẢO NGHỊ QUYẾT"),
         list({"Bố cục của dự thảo Nghị quyết", "Phạm vi điều chỉnh", "Đối tượng áp dụng",
               "Nội dung cơ bản"})},
        {QStringLiteral("ĐÁNH GIÁ TÁC ĐỘNG CỦA CHÍNH SÁCH"),
         list({"Tác động về kinh tế", "Tác động về xã hội", "Tác động về thủ tục hành chính",
               "Tác động đối với hệ thống pháp luật"})},
        {QStringLiteral("NGUỒN LỰC VÀ ĐIỀU KIỆN BẢO ĐẢM THI HÀNH"),
         list({"Nguồn nhân lực thực hiện", "Nguồn tài chính thực hiện", "Điều kiện bảo đảm thi hành"})},
        {QStringLiteral("TỔ CHỨC THỰC HIỆN"),
         list({"Trách nhiệm của các sở, ban, ngành", "Trách nhiệm của Ủy ban nhân dân các phường, xã",
               "Công tác kiểm tra, giám sát"})},
        {QStringLiteral("KIẾN NGHỊ"),
         list({"Kiến nghị với Hội đồng nhân dân thành phố", "Kiến nghị với các bộ, ngành trung ương"})},
    };
}

QList<Part> TextBank::reportParts() const {
    return {
        {QStringLiteral("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026"),
         list({"Về phát triển kinh tế", "Về thu, chi ngân sách", "Về đầu tư công", "Về văn hóa, xã hội",
               "Về quản lý đô thị và môi trường", "Về cải cách hành chính", "Về quốc phòng, an ninh"})},
        {QStringLiteral("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
         list({"Tồn tại, hạn chế", "Nguyên nhân khách quan", "Nguyên nhân chủ quan"})},
        {QStringLiteral("BÀI HỌC KINH NGHIỆM"), list({"Trong lãnh đạo, chỉ đạo", "Trong tổ chức thực hiện"})},
        {QStringLiteral("DỰ BÁO TÌNH HÌNH NĂM 2027"), list({"Thuận lợi", "Khó khăn, thách thức"})},
        {QStringLiteral("MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2027"),
         list({"Mục tiêu tổng quát", "Các chỉ tiêu chủ yếu"})},
        {QStringLiteral("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
         list({"Về phát triển kinh tế", "Về tài chính, ngân sách", "Về quản lý đô thị", "Về văn hóa, xã hội",
               "Về cải cách hành chính, chuyển đổi số", "Về quốc phòng, an ninh"})},
        {QStringLiteral("TỔ CHỨC THỰC HIỆN"),
         list({"Trách nhiệm của các sở, ban, ngành", "Trách nhiệm của Ủy ban nhân dân các phường, xã"})},
        {QStringLiteral("KIẾN NGHỊ, ĐỀ XUẤT"),
         list({"Kiến nghị với Trung ương", "Kiến nghị với Hội đồng nhân dân thành phố"})},
    };
}

QString TextBank::subsectionHeading() {
    static const QStringList headings = list({
        "Công tác phối hợp",
        "Công tác kiểm tra, giám sát",
        "Công tác tuyên truyền",
        "Kết quả đạt được",
        "Một số kết quả nổi bật",
        "Những vấn đề cần lưu ý",
        "Giải pháp trọng tâm",
        "Phân công thực hiện",
        "Lộ trình thực hiện",
        "Kinh nghiệm của các địa phương",
        "Ý kiến của các cơ quan liên quan",
        "Đề xuất, kiến nghị",
    });
    return drawFrom(headings, m_subsectionDeck);
}

QStringList TextBank::legalBases() const {
    QStringList out = list({
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
    });
    static const std::array<const char *, kTopics> own = {
        "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019; Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015; Luật Phí và lệ phí ngày 25 tháng 11 năm "
        "2015;",
        "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;",
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật Quy hoạch đô thị ngày 17 tháng 6 năm 2009;",
        "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",
        "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật Người cao tuổi ngày 23 tháng 11 năm 2009;",
        "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020; Luật Giá ngày 19 tháng 6 năm 2023;",
        "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật Hoạt động giám sát của Quốc hội và "
        "Hội đồng nhân dân ngày 20 tháng 11 năm 2015;",
        "Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023; Luật An ninh mạng ngày 12 tháng 6 năm 2018;",
        "Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018; Luật Chăn nuôi ngày 19 tháng 11 năm 2018;",
    };
    out << QString::fromUtf8(own[size_t(m_topic)]);
    return out;
}

QString TextBank::examiningCommittee() const {
    switch (m_topic) {
    case Topic::Urban:
    case Topic::Environment:
        return QStringLiteral("Ban Đô thị");
    case Topic::Education:
    case Topic::Health:
        return QStringLiteral("Ban Văn hóa - Xã hội");
    case Topic::Administration:
    case Topic::Digital:
        return QStringLiteral("Ban Pháp chế");
    default:
        return QStringLiteral("Ban Kinh tế - Ngân sách");
    }
}

QString TextBank::ministry() const {
    static const std::array<const char *, kTopics> names = {
        "Bộ Kế hoạch và Đầu tư",        "Bộ Tài chính",
        "Bộ Kế hoạch và Đầu tư",        "Bộ Xây dựng",
        "Bộ Giáo dục và Đào tạo",       "Bộ Y tế",
        "Bộ Tài nguyên và Môi trường",  "Bộ Nội vụ",
        "Bộ Thông tin và Truyền thông", "Bộ Nông nghiệp và Phát triển nông thôn",
    };
    return QString::fromUtf8(names[size_t(m_topic)]);
}

TableSpec TextBank::table(qreal textWidthMm) {
    TableSpec t;
    const auto scale = [&](QList<qreal> widths) {
        const qreal sum = std::accumulate(widths.begin(), widths.end(), 0.0);
        for (qreal &w : widths)
            w *= textWidthMm / sum;
        return widths;
    };
    const auto money = [this](int lo, int hi) { return integer(qint64(m_rng.range(lo, hi)) * 100); };
    QStringList items;
    int first = 0;
    switch (m_topic) {
    case Topic::Budget:
    case Topic::Economy:
        if (m_topic == Topic::Budget || m_tableIndex % 2 == 1) {
            t.note = QStringLiteral("Đơn vị tính: triệu đồng");
            t.header = list({"STT", "Nội dung", "Ước thực hiện năm 2026", "Dự toán năm 2027", "So sánh (%)"});
            t.widthsMm = scale({12, 71, 30, 30, 22});
            // Amounts of a city of about a million people, in billions of dong.
            struct Line {
                const char *name;
                int lo, hi;
            };
            static const Line lines[] = {
                {"Tổng thu ngân sách nhà nước trên địa bàn", 14000, 18000},
                {"Thu nội địa", 12000, 15000},
                {"Thu từ doanh nghiệp nhà nước", 600, 1000},
                {"Thu từ khu vực ngoài quốc doanh", 2500, 3500},
                {"Thuế thu nhập cá nhân", 1200, 1800},
                {"Lệ phí trước bạ", 500, 800},
                {"Thu tiền sử dụng đất", 3000, 5000},
                {"Thu tiền thuê đất", 400, 700},
                {"Tổng chi ngân sách địa phương", 16000, 20000},
                {"Chi đầu tư phát triển", 5000, 7000},
                {"Chi thường xuyên", 8000, 10000},
                {"Chi giáo dục - đào tạo và dạy nghề", 3000, 3800},
                {"Chi khoa học và công nghệ", 100, 200},
                {"Chi y tế, dân số", 800, 1200},
                {"Chi bảo vệ môi trường", 300, 500},
                {"Dự phòng ngân sách", 300, 400},
            };
            first = m_rng.range(0, 4) * 2;
            for (int i = 0; i < 7; ++i) {
                const Line &line = lines[(first + i) % std::size(lines)];
                const qint64 a = qint64(m_rng.range(line.lo * 10, line.hi * 10)) * 100; // millions
                const qint64 b = a * m_rng.range(950, 1150) / 1000;
                t.rows << QStringList{integer(i + 1), QString::fromUtf8(line.name), integer(a), integer(b),
                                      decimal(100.0 * double(b) / double(a))};
            }
            break;
        }
        t.header = list({"STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Ước thực hiện năm 2026",
                         "Kế hoạch năm 2027"});
        t.widthsMm = scale({12, 58, 24, 24, 26, 24});
        {
            struct Indicator {
                const char *name;
                const char *unit;
                int lo, hi; // tenths
            };
            static const Indicator indicators[] = {
                {"Tốc độ tăng trưởng kinh tế (GRDP)", "%", 70, 95},
                {"GRDP bình quân đầu người", "triệu đồng", 1250, 1600},
                {"Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 280000, 420000},
                {"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", 600000, 900000},
                {"Kim ngạch xuất khẩu", "triệu USD", 11000, 14000},
                {"Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", 5, 15},
                {"Tỷ lệ lao động qua đào tạo", "%", 720, 820},
                {"Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 920, 960},
                {"Tỷ lệ thu gom chất thải rắn đô thị", "%", 960, 995},
                {"Tỷ lệ trường đạt chuẩn quốc gia", "%", 750, 900},
            };
            for (int i = 0; i < int(std::size(indicators)); ++i) {
                const Indicator &ind = indicators[i];
                const bool percent = qstrcmp(ind.unit, "%") == 0;
                const bool precise = percent || ind.hi < 20000; // small figures keep a decimal
                const auto show = [&](double tenths) {
                    const double v = percent ? qMin(tenths / 10.0, 99.9) : tenths / 10.0;
                    return precise ? decimal(v) : integer(qint64(v));
                };
                const double plan = m_rng.range(ind.lo, ind.hi);
                t.rows << QStringList{integer(i + 1),
                                      QString::fromUtf8(ind.name),
                                      QString::fromUtf8(ind.unit),
                                      show(plan),
                                      show(plan * m_rng.range(970, 1040) / 1000.0),
                                      show(plan * m_rng.range(1000, 1080) / 1000.0)};
            }
        }
        break;
    case Topic::Investment: {
        t.note = QStringLiteral("Đơn vị tính: triệu đồng");
        t.header = list({"STT", "Danh mục dự án", "Địa điểm", "Tổng mức đầu tư", "Kế hoạch vốn năm 2027"});
        t.widthsMm = scale({12, 63, 30, 30, 30});
        items = list({"Cải tạo kênh Đông và công viên ven sông", "Đường vành đai phía Bắc (đoạn 2)",
                      "Trường Trung học cơ sở An Phú", "Trường Mầm non Hoa Sen", "Trạm y tế phường Tân Lập",
                      "Nâng cấp đường Lê Lợi", "Hệ thống thoát nước khu vực Đông Hòa", "Cầu Bình An",
                      "Trung tâm Văn hóa - Thể thao thành phố", "Nhà máy xử lý nước thải phía Nam",
                      "Kè chống sạt lở sông Minh", "Trung tâm dữ liệu thành phố"});
        first = m_rng.range(0, int(items.size()) - 1);
        qint64 total = 0, year = 0;
        for (int i = 0; i < 8; ++i) {
            const qint64 cost = qint64(m_rng.range(150, 9500)) * 1000;
            const qint64 plan = cost * m_rng.range(10, 45) / 100;
            total += cost, year += plan;
            t.rows << QStringList{integer(i + 1), items.at((first + i) % items.size()),
                                  QStringLiteral("Phường ") + m_rng.pick(wards()), integer(cost),
                                  integer(plan)};
        }
        t.rows << QStringList{QString(), QStringLiteral("Tổng cộng"), QString(), integer(total),
                              integer(year)};
        break;
    }
    case Topic::Urban: {
        t.header = list(
            {"STT", "Tên công trình, dự án", "Địa điểm", "Diện tích (ha)", "Trong đó đất trồng lúa (ha)"});
        t.widthsMm = scale({12, 68, 35, 25, 25});
        items = list({"Mở rộng đường Nguyễn Trãi", "Khu tái định cư Bắc Bình An", "Trường Tiểu học Minh Khai",
                      "Bãi đỗ xe công cộng khu trung tâm", "Công viên cây xanh Tân Định",
                      "Trạm biến áp 110 kV Long Thạnh", "Đường gom dân sinh ven kênh Đông",
                      "Chợ đầu mối nông sản phía Tây", "Khu thể thao cộng đồng Phú Hưng"});
        first = m_rng.range(0, int(items.size()) - 1);
        for (int i = 0; i < 7; ++i) {
            const int area = m_rng.range(5, 380);
            t.rows << QStringList{integer(i + 1), items.at((first + i) % items.size()),
                                  QStringLiteral("Phường ") + m_rng.pick(wards()), decimal(area / 10.0, 2),
                                  decimal(area * m_rng.range(0, 60) / 1000.0, 2)};
        }
        break;
    }
    case Topic::Environment: {
        t.note = QStringLiteral("Đơn vị tính: đồng");
        t.header = list({"STT", "Đối tượng", "Đơn vị tính", "Mức giá"});
        t.widthsMm = scale({12, 88, 35, 30});
        const QList<QStringList> rows = {
            list({"Hộ gia đình ở mặt tiền đường", "đồng/hộ/tháng"}),
            list({"Hộ gia đình trong hẻm, kiệt", "đồng/hộ/tháng"}),
            list({"Hộ kinh doanh ăn uống", "đồng/hộ/tháng"}),
            list({"Trường học, nhà trẻ", "đồng/cơ sở/tháng"}),
            list({"Cơ quan hành chính, đơn vị sự nghiệp", "đồng/cơ sở/tháng"}),
            list({"Chợ, trung tâm thương mại", "đồng/tấn"}),
            list({"Cơ sở sản xuất nhỏ lẻ", "đồng/tấn"}),
            list({"Khách sạn, nhà nghỉ", "đồng/cơ sở/tháng"}),
        };
        for (int i = 0; i < rows.size(); ++i)
            t.rows << QStringList{integer(i + 1), rows.at(i).at(0), rows.at(i).at(1), money(150, 4800)};
        break;
    }
    case Topic::Education: {
        t.note = QStringLiteral("Đơn vị tính: đồng/học sinh/tháng");
        t.header = list({"STT", "Cấp học", "Khu vực", "Mức học phí", "Mức hỗ trợ"});
        t.widthsMm = scale({12, 50, 38, 35, 30});
        const QStringList levels = list({"Mầm non", "Trung học cơ sở", "Trung học phổ thông"});
        const QStringList areas = list({"Các phường", "Các xã"});
        int n = 0;
        for (const QString &level : levels)
            for (const QString &area : areas) {
                const QString fee = money(3, 30);
                t.rows << QStringList{integer(++n), level, area, fee, fee};
            }
        break;
    }
    case Topic::Health: {
        t.header =
            list({"STT", "Nhóm đối tượng", "Số người (dự kiến)", "Mức hỗ trợ", "Kinh phí (triệu đồng)"});
        t.widthsMm = scale({12, 63, 30, 25, 35});
        const QStringList groups =
            list({"Người từ đủ 60 tuổi đến dưới 65 tuổi", "Người từ đủ 65 tuổi đến dưới 70 tuổi",
                  "Người từ đủ 70 tuổi đến dưới 75 tuổi", "Người cao tuổi thuộc hộ cận nghèo",
                  "Người cao tuổi sống một mình"});
        for (int i = 0; i < groups.size(); ++i) {
            const int people = m_rng.range(800, 24000);
            t.rows << QStringList{integer(i + 1), groups.at(i), integer(people), QStringLiteral("30%"),
                                  decimal(people * 1.4 * 0.3, 0)};
        }
        break;
    }
    case Topic::Administration: {
        t.header =
            list({"STT", "Cơ quan, đơn vị", "Biên chế năm 2026", "Biên chế năm 2027", "Tăng (+), giảm (-)"});
        t.widthsMm = scale({12, 71, 27, 27, 28});
        items =
            list({"Văn phòng Hội đồng nhân dân thành phố", "Văn phòng Ủy ban nhân dân thành phố", "Sở Nội vụ",
                  "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Y tế",
                  "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Văn hóa, Thể thao và Du lịch",
                  "Sở Thông tin và Truyền thông", "Thanh tra thành phố"});
        first = m_rng.range(0, 5);
        for (int i = 0; i < 7; ++i) {
            const int before = m_rng.range(18, 95);
            const int after = before - m_rng.range(0, 3);
            t.rows << QStringList{integer(i + 1), items.at(first + i), integer(before), integer(after),
                                  after == before ? QStringLiteral("0")
                                                  : QStringLiteral("-") + integer(before - after)};
        }
        break;
    }
    default:
        break;
    }
    ++m_tableIndex;
    return t;
}

} // namespace council::demodocs
