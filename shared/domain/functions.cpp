#include "functions.h"

#include "text.h"

#include <array>
#include <utility>

namespace council::domain {

namespace {
struct FunctionInfo {
    Function function;
    const char *wire;
    const char *vi;
};
constexpr std::array<FunctionInfo, 6> kFunctions{{
    {Function::Delegate, "delegate", "đại biểu"},
    {Function::Chair, "chair", "chủ tọa"},
    {Function::ViceChair, "vice_chair", "phó chủ tọa"},
    {Function::Secretary, "secretary", "thư ký"},
    {Function::Approver, "approver", "phê duyệt"},
    {Function::HallDisplay, "display", "màn hình"},
}};
} // namespace

QString functionName(Function f) {
    for (const auto &info : kFunctions)
        if (info.function == f)
            return QString::fromLatin1(info.wire);
    return {};
}

QStringList functionNames(Functions fs) {
    QStringList out;
    for (const auto &info : kFunctions)
        if (fs.testFlag(info.function))
            out << QString::fromLatin1(info.wire);
    return out;
}

QString functionLabelVi(Function f) {
    for (const auto &info : kFunctions)
        if (info.function == f)
            return QString::fromUtf8(info.vi);
    return {};
}

std::optional<Function> functionFromName(const QString &name) {
    const QString n = normalizedText(name).toLower();
    for (const auto &info : kFunctions) {
        if (n == QLatin1String(info.wire) || n == QString::fromUtf8(info.vi))
            return info.function;
    }
    // Common alternative spellings: "chủ toạ" (old-style accent placement).
    if (n == QString::fromUtf8("chủ toạ"))
        return Function::Chair;
    if (n == QString::fromUtf8("phó chủ toạ"))
        return Function::ViceChair;
    return std::nullopt;
}

std::optional<Functions> functionsFromNames(const QStringList &names) {
    Functions fs;
    for (const QString &name : names) {
        const auto f = functionFromName(name);
        if (!f)
            return std::nullopt;
        fs |= *f;
    }
    return fs;
}

} // namespace council::domain
