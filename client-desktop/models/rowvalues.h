// One row of a list model as {role name: value}, for QML that asks a model
// for a row by id (get(), an edit form's starting values) rather than binding
// to a delegate. Empty for a row the model does not have.
#pragma once

#include <QAbstractItemModel>
#include <QVariantMap>

namespace council::client {

inline QVariantMap rowValues(const QAbstractItemModel &model, int row) {
    QVariantMap out;
    if (row < 0)
        return out;
    const QModelIndex at = model.index(row, 0);
    const QHash<int, QByteArray> names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), model.data(at, it.key()));
    return out;
}

} // namespace council::client
