// Stable error codes with the readable messages users see, Vietnamese first.
// Codes are on the wire and in scripts: never renumber or rename one.
#pragma once

#include <QCborMap>
#include <QString>

namespace council::protocol {

// X(Name, "wire_code", "Vietnamese message", "English message")
#define COUNCIL_ERRORS(X)                                                                                    \
    X(BadFrame, "bad_frame", "Khung dữ liệu không hợp lệ.", "The frame is not valid CBOR of this protocol.") \
    X(UnknownType, "unknown_type", "Loại yêu cầu không được hỗ trợ.", "Unknown message type.")               \
    X(BadRequest, "bad_request", "Yêu cầu thiếu thông tin hoặc sai định dạng.",                              \
      "The request is missing a field or has a field of the wrong type.")                                    \
    X(VersionUnsupported, "version_unsupported", "Phiên bản giao thức không được hỗ trợ.",                   \
      "No protocol version in common with the server.")                                                      \
    X(HelloRequired, "hello_required", "Cần chào hỏi (hello) trước.", "Send hello first.")                   \
    X(AuthRequired, "auth_required", "Cần đăng nhập trước.", "Log in first.")                                \
    X(BadCredentials, "bad_credentials", "Tên đăng nhập hoặc mật khẩu không đúng.",                          \
      "Wrong user name or password.")                                                                        \
    X(TokenRevoked, "token_revoked", "Thiết bị này đã bị thu hồi quyền truy cập. Vui lòng đăng nhập lại.",   \
      "This device's access was revoked. Please log in again.")                                              \
    X(PermissionDenied, "permission_denied", "Bạn không có quyền thực hiện thao tác này.",                   \
      "You are not allowed to do this.")                                                                     \
    X(NotFound, "not_found", "Không tìm thấy đối tượng.", "Not found.")                                      \
    X(Conflict, "conflict", "Dữ liệu đã tồn tại hoặc xung đột.", "Already exists or conflicts.")             \
    X(OperationIdRequired, "op_required", "Yêu cầu thay đổi dữ liệu phải có mã thao tác (op).",              \
      "A request that changes state must carry an operation id (op).")                                       \
    X(InvalidValue, "invalid_value", "Giá trị không hợp lệ.", "A value is not valid.")                       \
    X(ImportFailed, "import_failed", "Tệp nhập có dòng lỗi; không có dữ liệu nào được nhập.",                \
      "The file has a bad line; nothing was imported.")                                                      \
    X(RateLimited, "rate_limited", "Quá nhiều yêu cầu, vui lòng thử lại sau.",                               \
      "Too many requests; try again later.")                                                                 \
    X(VoteClosed, "vote_closed", "Biểu quyết đã kết thúc; phiếu không được ghi nhận.",                       \
      "The vote is closed; the ballot was not recorded.")                                                    \
    X(NotPresent, "not_present", "Bạn chưa điểm danh có mặt tại phiên họp này.",                             \
      "You are not checked in as present at this sitting.")                                                  \
    X(NotDelegate, "not_delegate", "Chỉ đại biểu mới được biểu quyết.", "Only delegates may vote.")          \
    X(VoteInProgress, "vote_in_progress", "Đang có một cuộc biểu quyết khác.",                               \
      "Another vote is open in this body.")                                                                  \
    X(BadCheckInCode, "bad_code", "Mã điểm danh không đúng hoặc đã hết hạn.",                                \
      "The check-in code is wrong or has expired.")                                                          \
    X(TooLarge, "too_large", "Tệp quá lớn so với giới hạn của máy chủ.",                                     \
      "The file is larger than the server allows.")                                                          \
    X(UploadIncomplete, "upload_incomplete", "Tệp chưa tải lên đủ; hãy tiếp tục tải lên.",                   \
      "The upload is not complete; continue sending it.")                                                    \
    X(HashMismatch, "hash_mismatch", "Nội dung tệp không khớp mã băm đã khai báo; tệp không được lưu.",      \
      "The bytes do not match the declared hash; nothing was stored.")                                       \
    X(UnsupportedFile, "unsupported_file", "Loại tệp không được hỗ trợ (chỉ nhận PDF, Word, ODT, RTF).",     \
      "This kind of file is not supported (PDF, Word, ODT or RTF only).")                                    \
    X(NotPdf, "not_pdf", "Tệp không phải là PDF dù có đuôi .pdf.",                                           \
      "The file is not a PDF, whatever its name says.")                                                      \
    X(PdfTruncated, "pdf_truncated", "Tệp PDF bị cắt cụt (tải lên chưa hết hoặc tệp hỏng).",                 \
      "The PDF is truncated (cut off during transfer or damaged).")                                          \
    X(PdfCorrupt, "pdf_corrupt", "Tệp PDF bị hỏng, không đọc được.",                                         \
      "The PDF is damaged and cannot be read.")                                                              \
    X(PdfEncrypted, "pdf_encrypted", "Tệp PDF có mật khẩu; hãy gửi bản không khóa.",                         \
      "The PDF is password-protected; upload an unlocked copy.")                                             \
    X(PdfCheckerCrashed, "pdf_checker_crashed", "Tệp làm trình kiểm tra PDF bị lỗi; tệp bị từ chối.",        \
      "The file crashed the PDF checker and was refused.")                                                   \
    X(PdfCheckerTimeout, "pdf_checker_timeout", "Kiểm tra tệp quá thời gian cho phép; tệp bị từ chối.",      \
      "Checking the file took too long; it was refused.")                                                    \
    X(ConversionFailed, "conversion_failed", "Không chuyển được tệp sang PDF.",                              \
      "The file could not be converted to PDF.")                                                             \
    X(BadSignature, "bad_signature", "Chữ ký số không hợp lệ.", "The digital signature does not verify.")    \
    X(NotAnApprover, "not_an_approver", "Khóa ký không thuộc danh sách người phê duyệt.",                    \
      "The signing key is not on the approver list.")                                                        \
    X(WrongState, "wrong_state", "Không thể thực hiện thao tác này ở trạng thái hiện tại.",                  \
      "This cannot be done in the current state.")                                                           \
    X(Internal, "internal", "Lỗi máy chủ; dữ liệu đã lưu không bị ảnh hưởng.",                               \
      "Server error; nothing stored was affected.")

enum class ErrorCode {
#define COUNCIL_X(name, wire, vi, en) name,
    COUNCIL_ERRORS(COUNCIL_X)
#undef COUNCIL_X
};

QString errorWireCode(ErrorCode code);
QString errorMessageVi(ErrorCode code);
QString errorMessageEn(ErrorCode code);

// An error as it travels in an Error frame: {code, vi, en[, detail]}.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString detail; // optional specifics, e.g. "line 7: unknown function 'x'"

    QCborMap toCbor() const;
};

} // namespace council::protocol
