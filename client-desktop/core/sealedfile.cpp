#include "sealedfile.h"

#include "crypto/sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

namespace council::client::sealed {

namespace {

constexpr char kMagic[] = "PCSEAL1\n"; // 8 bytes: format and version
constexpr int kMagicBytes = 8;
constexpr int kLengthBytes = 4;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString trs(const char *text) {
    return QCoreApplication::translate("SealedFile", text);
}

const unsigned char *bytes(const QByteArray &b) {
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray loadOrCreateKey(const QString &path, QString *error) {
    crypto::initialize();
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = trs("cannot read the device key %1: %2").arg(path, existing.errorString());
            return {};
        }
        const QByteArray key = existing.read(kKeyBytes + 1);
        if (key.size() != kKeyBytes) {
            *error = trs("the device key %1 is damaged").arg(path);
            return {};
        }
        // A key someone else may read protects nothing: narrow it if it was widened.
        constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                    QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (existing.permissions() & others)
            QFile::setPermissions(path, kOwnerOnly);
        return key;
    }
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = trs("cannot create the folder %1").arg(info.absolutePath());
            return {};
        }
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)) {
        *error = trs("cannot create the device key %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return {};
    }
    const QByteArray key = crypto::randomBytes(kKeyBytes);
    file.write(key);
    if (!file.commit() || !QFile::setPermissions(path, kOwnerOnly)) {
        *error = trs("cannot create the device key %1: %2").arg(path, file.errorString());
        return {};
    }
    return key;
}

// ---------------------------------------------------------------------------
// Writer

struct Writer::State {
    crypto_secretstream_xchacha20poly1305_state stream;
};

Writer::Writer() = default;

Writer::~Writer() {
    close();
}

bool Writer::isOpen() const {
    return m_state && m_file.isOpen();
}

bool Writer::fail(const QString &message) {
    m_error = message;
    close();
    return false;
}

bool Writer::open(const QString &path, const QByteArray &key, const QByteArray &associated) {
    close();
    crypto::initialize();
    m_error.clear();
    m_plainBytes = 0;
    m_associated = associated;
    if (key.size() != kKeyBytes)
        return fail(trs("the device key is missing"));
    m_file.setFileName(path);
    // Narrow the file before a byte is in it; then truncate whatever was there.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(trs("cannot write %1: %2").arg(path, m_file.errorString()));
    if (!m_file.setPermissions(kOwnerOnly))
        return fail(trs("cannot restrict the permissions of %1").arg(path));
    m_state = std::make_unique<State>();
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream, header, bytes(key));
    if (m_file.write(kMagic, kMagicBytes) != kMagicBytes ||
        m_file.write(reinterpret_cast<const char *>(header), sizeof header) != qint64(sizeof header))
        return fail(trs("cannot write %1: %2").arg(path, m_file.errorString()));
    return true;
}

bool Writer::push(const QByteArray &plain, bool final) {
    if (!isOpen())
        return fail(trs("the sealed file is not open"));
    if (plain.size() > kMaxMessageBytes)
        return fail(trs("a sealed message is too large"));
    QByteArray out(kLengthBytes + plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES,
                   Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES),
                             out.data());
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->stream, reinterpret_cast<unsigned char *>(out.data() + kLengthBytes), &written,
        bytes(plain), plain.size(), bytes(m_associated), m_associated.size(),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    if (m_file.write(out) != out.size())
        return fail(trs("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_plainBytes += plain.size();
    return true;
}

bool Writer::append(const QByteArray &plain) {
    if (plain.isEmpty())
        return true;
    return push(plain, false);
}

bool Writer::finish() {
    if (!push(QByteArray(), true))
        return false;
    if (!m_file.flush())
        return fail(trs("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    close();
    return true;
}

void Writer::close() {
    if (m_state)
        sodium_memzero(&m_state->stream, sizeof m_state->stream);
    m_state.reset();
    if (m_file.isOpen())
        m_file.close();
}

// ---------------------------------------------------------------------------
// Reader

struct Reader::State {
    crypto_secretstream_xchacha20poly1305_state stream;
    bool ended = false;
};

Reader::Reader() = default;

Reader::~Reader() {
    if (m_state)
        sodium_memzero(&m_state->stream, sizeof m_state->stream);
}

Reader::Status Reader::fail(const QString &message) {
    m_error = message;
    if (m_state)
        sodium_memzero(&m_state->stream, sizeof m_state->stream);
    m_state.reset();
    m_file.close();
    return Status::Error;
}

bool Reader::open(const QString &path, const QByteArray &key, const QByteArray &associated) {
    crypto::initialize();
    m_error.clear();
    m_associated = associated;
    if (key.size() != kKeyBytes) {
        fail(trs("the device key is missing"));
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(trs("cannot read %1: %2").arg(path, m_file.errorString()));
        return false;
    }
    const QByteArray magic = m_file.read(kMagicBytes);
    const QByteArray header = m_file.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (magic != QByteArray(kMagic, kMagicBytes) ||
        header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES) {
        fail(trs("%1 is not a sealed file of this app").arg(path));
        return false;
    }
    m_state = std::make_unique<State>();
    if (crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream, bytes(header), bytes(key)) != 0) {
        fail(trs("%1 is not a sealed file of this app").arg(path));
        return false;
    }
    return true;
}

Reader::Status Reader::next(QByteArray *plain) {
    plain->clear();
    if (!m_state)
        return fail(m_error.isEmpty() ? trs("the sealed file is not open") : m_error);
    if (m_state->ended)
        return Status::End;
    const QByteArray length = m_file.read(kLengthBytes);
    if (length.isEmpty())
        return fail(trs("%1 is cut short").arg(m_file.fileName()));
    const quint32 cipherBytes =
        length.size() == kLengthBytes ? qFromLittleEndian<quint32>(length.constData()) : 0;
    if (cipherBytes < crypto_secretstream_xchacha20poly1305_ABYTES ||
        cipherBytes > quint32(kMaxMessageBytes) + crypto_secretstream_xchacha20poly1305_ABYTES)
        return fail(trs("%1 is damaged").arg(m_file.fileName()));
    const QByteArray cipher = m_file.read(cipherBytes);
    if (cipher.size() != qsizetype(cipherBytes))
        return fail(trs("%1 is cut short").arg(m_file.fileName()));
    plain->resize(qsizetype(cipherBytes - crypto_secretstream_xchacha20poly1305_ABYTES));
    unsigned long long plainBytes = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &m_state->stream, reinterpret_cast<unsigned char *>(plain->data()), &plainBytes, &tag,
            bytes(cipher), cipher.size(), bytes(m_associated), m_associated.size()) != 0) {
        plain->clear();
        return fail(trs("%1 was changed or belongs to another device").arg(m_file.fileName()));
    }
    plain->resize(qsizetype(plainBytes));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_state->ended = true;
        // Bytes after the end were added by someone else.
        if (!m_file.atEnd())
            return fail(trs("%1 is damaged").arg(m_file.fileName()));
        return Status::End;
    }
    return Status::Message;
}

ReadResult readAll(const QString &path, const QByteArray &key, const QByteArray &associated,
                   qint64 maxBytes) {
    ReadResult result;
    Reader reader;
    if (!reader.open(path, key, associated)) {
        result.error = reader.errorString();
        return result;
    }
    QByteArray piece;
    for (;;) {
        const Reader::Status status = reader.next(&piece);
        if (status == Reader::Status::Error) {
            result.error = reader.errorString();
            result.data.clear();
            return result;
        }
        if (result.data.size() + piece.size() > maxBytes) {
            result.error = trs("%1 is larger than expected").arg(path);
            result.data.clear();
            return result;
        }
        result.data.append(piece);
        if (status == Reader::Status::End)
            break;
    }
    result.ok = true;
    return result;
}

bool writeAll(const QString &path, const QByteArray &key, const QByteArray &associated,
              const QByteArray &data, QString *error) {
    const QString temporary = path + QStringLiteral(".new");
    Writer writer;
    bool ok = writer.open(temporary, key, associated);
    for (qsizetype at = 0; ok && at < data.size(); at += kMaxMessageBytes)
        ok = writer.append(data.mid(at, kMaxMessageBytes));
    ok = ok && writer.finish();
    if (!ok) {
        *error = writer.errorString();
        QFile::remove(temporary);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        *error = trs("cannot move %1 to %2").arg(temporary, path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace council::client::sealed
