// Files only this device can read: how cached documents are encrypted at
// rest. A sealed file is a libsodium secretstream (XChaCha20-Poly1305): a
// magic line, the stream header, then messages of at most kMaxMessageBytes,
// each prefixed with its length; the last one carries the FINAL tag, so a
// file cut short never reads as complete. Every message is bound to an
// associated value chosen by the caller (the document cache uses the content
// hash), so a sealed file moved to another name no longer opens.
//
// The key is a random 32-byte device key in a file only its owner can read
// (0600), next to the device's tokens: whoever copies the cache directory
// alone gets nothing readable.
//
// A secretstream is read from its start only, so readers decrypt whole files
// (into memory) and a resumed download re-seals the part it already holds.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <memory>

namespace council::client::sealed {

inline constexpr int kKeyBytes = 32;
inline constexpr int kMaxMessageBytes = 4 * 1024 * 1024;

// Reads the device key at `path`, or creates it (random, mode 0600, the
// directory 0700 when it is new). Empty with *error when neither works, or
// when the file holds something that is not a key.
QByteArray loadOrCreateKey(const QString &path, QString *error);

// Writes one sealed file: open(), append() per message, finish().
class Writer {
public:
    Writer();
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Creates or truncates `path` with mode 0600 and writes the header.
    bool open(const QString &path, const QByteArray &key, const QByteArray &associated);
    bool append(const QByteArray &plain); // one message, 1..kMaxMessageBytes bytes
    bool finish();                        // the FINAL message, then close
    void close();                         // without FINAL: a part to resume from later

    bool isOpen() const;
    qint64 plainBytes() const { return m_plainBytes; }
    QString errorString() const { return m_error; }

private:
    struct State;
    bool push(const QByteArray &plain, bool final);
    bool fail(const QString &message);

    std::unique_ptr<State> m_state;
    QFile m_file;
    QByteArray m_associated;
    qint64 m_plainBytes = 0;
    QString m_error;
};

// Reads a sealed file message by message.
class Reader {
public:
    enum class Status { Message, End, Error };

    Reader();
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    bool open(const QString &path, const QByteArray &key, const QByteArray &associated);
    // Message: *plain holds the next message. End: the FINAL message was read
    // (its bytes, if any, are in *plain). Error: tampered, wrong key or cut short.
    Status next(QByteArray *plain);
    QString errorString() const { return m_error; }

private:
    struct State;
    Status fail(const QString &message);

    std::unique_ptr<State> m_state;
    QFile m_file;
    QByteArray m_associated;
    QString m_error;
};

struct ReadResult {
    QByteArray data;
    QString error; // readable; empty when ok
    bool ok = false;
};

// Decrypts a whole sealed file; fails unless it ends with the FINAL message.
// `maxBytes` bounds what a damaged length field can make us allocate.
ReadResult readAll(const QString &path, const QByteArray &key, const QByteArray &associated, qint64 maxBytes);

// Seals `data` into `path` in one go (through a temporary file renamed into
// place, so a reader never sees half a file). For small files: the document
// index, not the documents.
bool writeAll(const QString &path, const QByteArray &key, const QByteArray &associated,
              const QByteArray &data, QString *error);

} // namespace council::client::sealed
