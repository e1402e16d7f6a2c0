// The functions a member can hold in a body. A member holds a set of them, so
// a chair who is also a delegate is one member with two functions.
#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <optional>

namespace council::domain {

enum class Function : unsigned {
    Delegate = 0x01, // votes and counts for quorum
    Chair = 0x02,
    ViceChair = 0x04,
    Secretary = 0x08,
    Approver = 0x10,
    HallDisplay = 0x20,
};
Q_DECLARE_FLAGS(Functions, Function)
Q_DECLARE_OPERATORS_FOR_FLAGS(Functions)

// Wire names: "delegate", "chair", "vice_chair", "secretary", "approver", "display".
QString functionName(Function f);
QStringList functionNames(Functions fs);
// Accepts the wire names and the Vietnamese names used in member lists
// ("đại biểu", "chủ tọa", "phó chủ tọa", "thư ký", "phê duyệt", "màn hình"), any case, NFC or NFD.
std::optional<Function> functionFromName(const QString &name);
std::optional<Functions> functionsFromNames(const QStringList &names);
QString functionLabelVi(Function f);

} // namespace council::domain
