#include "demodocument.h"

#include "composer.h"
#include "typesetter.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace council::demodocs {

namespace {

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

// An integral JSON number within [lo, hi].
bool integerField(const QJsonValue &v, qint64 lo, qint64 hi, qint64 *out) {
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (std::floor(d) != d || d < double(lo) || d > double(hi))
        return false;
    *out = qint64(d);
    return true;
}

bool parseEntry(const QJsonObject &o, DocumentSpec *spec, QString *why) {
    const QJsonValue file = o.value(QLatin1String("file"));
    if (!file.isString() || file.toString().isEmpty())
        return fail(why, QStringLiteral("\"file\" must be a non-empty string"));
    spec->file = file.toString();
    if (spec->file.contains(u'/') || spec->file.contains(u'\\') || spec->file.startsWith(u'.') ||
        !spec->file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(
            why,
            QStringLiteral("\"file\" must be a plain file name ending in .pdf, not \"%1\"").arg(spec->file));

    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("resolution"))
        spec->kind = DocumentKind::Resolution;
    else if (kind == QLatin1String("submission"))
        spec->kind = DocumentKind::Submission;
    else if (kind == QLatin1String("report"))
        spec->kind = DocumentKind::Report;
    else
        return fail(why, QStringLiteral("\"kind\" must be \"resolution\", \"submission\" or \"report\""));

    const QJsonValue title = o.value(QLatin1String("title"));
    if (!title.isString() || title.toString().trimmed().isEmpty())
        return fail(why, QStringLiteral("\"title\" must be a non-empty string"));
    spec->title = title.toString().simplified().normalized(QString::NormalizationForm_C);

    for (const auto &[key, target] : {std::pair{"number", &spec->number}, std::pair{"issuer", &spec->issuer},
                                      std::pair{"term", &spec->term}, std::pair{"sitting", &spec->sitting}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            return fail(why, QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
        if (!v.toString().trimmed().isEmpty())
            *target = v.toString().normalized(QString::NormalizationForm_C);
    }

    qint64 pages = 0;
    if (!integerField(o.value(QLatin1String("pages")), 1, kMaxPages, &pages))
        return fail(why, QStringLiteral("\"pages\" must be an integer from 1 to %1").arg(kMaxPages));
    spec->pages = int(pages);

    const QJsonValue seed = o.value(QLatin1String("seed"));
    qint64 seedValue = 0;
    if (!seed.isUndefined() && !integerField(seed, -(1ll << 53), 1ll << 53, &seedValue))
        return fail(why, QStringLiteral("\"seed\" must be an integer"));
    spec->seed = quint64(seedValue);

    const QJsonValue draft = o.value(QLatin1String("draft"));
    if (!draft.isUndefined() && !draft.isBool())
        return fail(why, QStringLiteral("\"draft\" must be true or false"));
    spec->draft = draft.toBool(true);

    const QJsonValue date = o.value(QLatin1String("date"));
    if (!date.isUndefined()) {
        spec->date = QDate::fromString(date.toString(), Qt::ISODate);
        if (!spec->date.isValid())
            return fail(why, QStringLiteral("\"date\" must be a date such as \"2026-12-09\""));
    }
    return true;
}

bool startsWithWord(const QString &s, const char *word) {
    return s.startsWith(QString::fromUtf8(word), Qt::CaseInsensitive);
}

} // namespace

bool parseSpec(const QByteArray &json, QList<DocumentSpec> *documents, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, QStringLiteral("not valid JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    const QJsonArray list = doc.object().value(QLatin1String("documents")).toArray();
    if (!doc.isObject() || list.isEmpty())
        return fail(error, QStringLiteral("expected {\"documents\": [...]} with at least one document"));
    if (list.size() > kMaxDocuments)
        return fail(error, QStringLiteral("more than %1 documents").arg(kMaxDocuments));
    QList<DocumentSpec> out;
    QSet<QString> files;
    for (qsizetype i = 0; i < list.size(); ++i) {
        DocumentSpec spec;
        QString why;
        if (!list.at(i).isObject())
            why = QStringLiteral("must be an object");
        else if (parseEntry(list.at(i).toObject(), &spec, &why) && files.contains(spec.file.toLower()))
            why = QStringLiteral("\"file\" %1 appears twice").arg(spec.file);
        if (!why.isEmpty())
            return fail(error, QStringLiteral("documents[%1]: %2").arg(i).arg(why));
        files.insert(spec.file.toLower());
        out.append(spec);
    }
    *documents = out;
    return true;
}

QString displayTitle(const DocumentSpec &spec) {
    const QString t = spec.title.simplified();
    // "Tờ trình và dự thảo Nghị quyết về X" -> "Về X"
    const qsizetype about = t.indexOf(QStringLiteral(" về "));
    if (about > 0) {
        const QString lead = t.left(about);
        for (const char *word : {"Tờ trình", "Nghị quyết", "Dự thảo", "Báo cáo"})
            if (startsWithWord(lead, word))
                return QStringLiteral("Về ") + t.mid(about + 4);
    }
    // "Báo cáo tình hình ..." -> "Tình hình ..."
    for (const char *word : {"Báo cáo ", "Tờ trình ", "Nghị quyết "})
        if (startsWithWord(t, word) && t.size() > qsizetype(QString::fromUtf8(word).size())) {
            QString rest = t.mid(QString::fromUtf8(word).size());
            rest[0] = rest.at(0).toUpper();
            return rest;
        }
    return t;
}

QString documentFontFamily() {
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        const auto vietnamese = [](const QString &f) {
            return QFontDatabase::writingSystems(f).contains(QFontDatabase::Vietnamese);
        };
        // Liberation Serif has the metrics of Times New Roman, the face of Vietnamese official papers.
        for (const char *name :
             {"Liberation Serif", "Noto Serif", "DejaVu Serif", "Times New Roman", "FreeSerif"}) {
            const QString f = QString::fromLatin1(name);
            if (families.contains(f) && vietnamese(f))
                return f;
        }
        for (const QString &f : families)
            if (vietnamese(f) && !QFontDatabase::isPrivateFamily(f))
                return f;
        return QStringLiteral("serif");
    }();
    return family;
}

WriteResult writeDocument(const DocumentSpec &spec, const QString &path) {
    WriteResult result;
    // Written to memory first: QPdfWriter may close its device, which QSaveFile forbids.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(300);
        writer.setTitle(spec.title);
        writer.setCreator(QStringLiteral("Paperless Council demo (council-demodocs)"));

        Typesetter typesetter(&writer, documentFontFamily());
        Composer(spec, typesetter).compose();

        QPainter painter;
        if (!painter.begin(&writer)) {
            result.error = QStringLiteral("cannot start the PDF writer");
            return result;
        }
        const bool painted = typesetter.render(painter, writer);
        if (!painter.end() || !painted) {
            result.error = QStringLiteral("painting the pages failed");
            return result;
        }
        result.pages = typesetter.pageCount();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace council::demodocs
