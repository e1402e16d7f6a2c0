// council-pdfcheck FILE: opens an untrusted file with Poppler and prints one
// JSON line {ok, pages, pageSizes, hasText, encrypted, error}. The server runs
// it as a sandboxed child (PdfChecker), so a file that crashes or hangs Poppler
// takes down only this process. Exit status 0 whenever a verdict was printed.
#include <poppler-qt6.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace {

int printVerdict(const QJsonObject &verdict) {
    const QByteArray line = QJsonDocument(verdict).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return 0;
}

QJsonObject failure(const QString &error, bool encrypted = false) {
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("pages"), 0},
            {QStringLiteral("pageSizes"), QJsonArray()},
            {QStringLiteral("hasText"), false},
            {QStringLiteral("encrypted"), encrypted},
            {QStringLiteral("error"), error}};
}

} // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fputs("usage: council-pdfcheck FILE\n", stderr);
        return 2;
    }
    // Poppler's complaints about a broken file are noise here: the verdict says it.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());

    const std::unique_ptr<Poppler::Document> document =
        Poppler::Document::load(QString::fromLocal8Bit(argv[1]));
    if (!document)
        return printVerdict(failure(QStringLiteral("Poppler cannot open the file")));
    if (document->isLocked())
        return printVerdict(failure(QStringLiteral("the file needs a password"), true));

    const int pages = document->numPages();
    if (pages <= 0)
        return printVerdict(failure(QStringLiteral("the document has no pages"), document->isEncrypted()));

    QJsonArray sizes;
    bool hasText = false;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return printVerdict(
                failure(QStringLiteral("page %1 cannot be read").arg(i + 1), document->isEncrypted()));
        const QSizeF size = page->pageSizeF();
        sizes.append(QJsonArray{size.width(), size.height()});
        // Extracting text walks the content streams and fonts: it is also the
        // part of the check that finds broken pages.
        if (!hasText)
            hasText = !page->text(QRectF()).trimmed().isEmpty();
    }
    return printVerdict({{QStringLiteral("ok"), true},
                         {QStringLiteral("pages"), pages},
                         {QStringLiteral("pageSizes"), sizes},
                         {QStringLiteral("hasText"), hasText},
                         {QStringLiteral("encrypted"), document->isEncrypted()},
                         {QStringLiteral("error"), QString()}});
}
