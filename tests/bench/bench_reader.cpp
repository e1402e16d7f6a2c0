// Reader benchmark: how soon a delegate sees a page of a long document.
// Writes a long Vietnamese PDF with QPdfWriter (or takes --pdf FILE), then
// prints for the reader engine:
//   - time to first page: open + render page 1 at --dpi;
//   - time to next page, with prefetch (the page was rendered while the
//     reader looked at the previous one) and without (rendered on request);
//   - search over the whole document, the first time (text extraction) and
//     again (the folded text is kept);
// and runs `pdftoppm -r DPI -f N -l N -png` on the same pages for comparison
// (its time includes starting the process, opening the file and PNG encoding).
//
//   bench_reader [--pages 200] [--pdf FILE | --save FILE] [--dpi 150] [--turns 10]
//
// Prints figures; asserts nothing about time.
#include "pdffixtures.h"
#include "readerengine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace council::pdf;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 120'000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return true;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// Opens `path` in `engine` and waits; returns the milliseconds it took, or -1.
double openAndWait(ReaderEngine &engine, const QString &path) {
    bool opened = false;
    bool failed = false;
    const auto a = QObject::connect(&engine, &ReaderEngine::opened, [&opened] { opened = true; });
    const auto b = QObject::connect(&engine, &ReaderEngine::errorOccurred, [&failed] { failed = true; });
    QElapsedTimer timer;
    timer.start();
    engine.open(path);
    waitFor([&] { return opened || failed; });
    QObject::disconnect(a);
    QObject::disconnect(b);
    if (!opened)
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(engine.errorString()));
    return opened ? msSince(timer) : -1;
}

// Asks for `page` and waits until the engine has it; the milliseconds until it was there.
double showPage(ReaderEngine &engine, int page, double scale) {
    QElapsedTimer timer;
    timer.start();
    if (!engine.requestPage(page, scale).isNull())
        return msSince(timer);
    bool ready = false;
    const auto c =
        QObject::connect(&engine, &ReaderEngine::pageReady,
                         [&ready, page](int p, double, const QImage &) { ready = ready || p == page; });
    waitFor([&ready] { return ready; });
    QObject::disconnect(c);
    return msSince(timer);
}

bool cached(const ReaderEngine &engine, int page, double scale) {
    return engine.cache().contains(
        PageKey{engine.document()->id(), page, PageKey::Kind::Page, engine.dpiFor(page, scale)});
}

// Milliseconds for one search, and the number of hits.
std::pair<double, int> timeSearch(ReaderEngine &engine, const QString &text) {
    int hits = -1;
    const auto c = QObject::connect(&engine, &ReaderEngine::searchFinished,
                                    [&hits](quint64, int count, bool) { hits = count; });
    QElapsedTimer timer;
    timer.start();
    engine.search(text);
    waitFor([&hits] { return hits >= 0; });
    QObject::disconnect(c);
    return {msSince(timer), hits};
}

// Wall time of `pdftoppm -r dpi -f page -l page [-png] file out`, page counted from 1; -1 when it fails.
double pdftoppm(const QString &program, const QString &file, int page, int dpi, const QString &outDir,
                bool png) {
    QProcess process;
    const QString number = QString::number(page);
    QStringList arguments{QStringLiteral("-r"), QString::number(dpi),
                          QStringLiteral("-f"), number,
                          QStringLiteral("-l"), number};
    if (png)
        arguments << QStringLiteral("-png");
    arguments << file << outDir + QStringLiteral("/page");
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return -1;
    return msSince(timer);
}

} // namespace

int main(int argc, char *argv[]) {
    // QPdfWriter needs a QGuiApplication; a benchmark needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("pages"), QStringLiteral("Pages of the generated PDF."),
                        QStringLiteral("N"), QStringLiteral("200")},
                       {QStringLiteral("pdf"), QStringLiteral("Use this PDF instead of generating one."),
                        QStringLiteral("FILE")},
                       {QStringLiteral("save"), QStringLiteral("Write the generated PDF here (and keep it)."),
                        QStringLiteral("FILE")},
                       {QStringLiteral("dpi"), QStringLiteral("Render resolution."), QStringLiteral("DPI"),
                        QStringLiteral("150")},
                       {QStringLiteral("turns"), QStringLiteral("Page turns measured."), QStringLiteral("N"),
                        QStringLiteral("10")}});
    parser.process(app);
    const int dpi = qMax(1, parser.value(QStringLiteral("dpi")).toInt());
    const double scale = dpi / 72.0;

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("pdf"));
    if (path.isEmpty()) {
        path = parser.isSet(QStringLiteral("save")) ? parser.value(QStringLiteral("save"))
                                                    : dir.filePath(QStringLiteral("bench.pdf"));
        QElapsedTimer timer;
        timer.start();
        if (!pdffixtures::writeLong(path, qMax(1, parser.value(QStringLiteral("pages")).toInt()))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("bench_reader: wrote %s pages in %.0f ms\n",
                    qPrintable(parser.value(QStringLiteral("pages"))), msSince(timer));
    }

    ReaderEngine::Options withPrefetch;
    ReaderEngine::Options withoutPrefetch;
    withoutPrefetch.prefetch = false;

    // 1. Time to first page, and page turns after the prefetch had time to run.
    ReaderEngine reader(withPrefetch);
    const double openMs = openAndWait(reader, path);
    if (openMs < 0)
        return 1;
    const int pageCount = reader.pageCount();
    const int turns = qBound(0, parser.value(QStringLiteral("turns")).toInt(), pageCount - 1);
    QElapsedTimer firstTimer;
    firstTimer.start();
    const double firstRenderMs = showPage(reader, 0, scale);
    const double firstPageMs = openMs + firstRenderMs;
    QList<double> prefetched;
    for (int page = 1; page <= turns; ++page) {
        waitFor(
            [&] { return cached(reader, page, scale); }); // the delegate reads the previous page meanwhile
        prefetched.append(showPage(reader, page, scale));
    }

    // 2. Page turns without prefetch: each page is rendered when asked for.
    ReaderEngine cold(withoutPrefetch);
    if (openAndWait(cold, path) < 0)
        return 1;
    showPage(cold, 0, scale);
    QList<double> onRequest;
    for (int page = 1; page <= turns; ++page)
        onRequest.append(showPage(cold, page, scale));

    // 3. Search over the whole document.
    const auto [searchMs, searchHits] = timeSearch(cold, QStringLiteral("ngan sach"));
    const auto [againMs, againHits] = timeSearch(cold, QStringLiteral("ke hoach dau tu"));

    std::printf("bench_reader: %s, %d pages, %d dpi, %d render threads, cache %lld MiB\n",
                qPrintable(QFileInfo(path).fileName()), pageCount, dpi, reader.renderQueue().maxThreads(),
                reader.cache().budgetBytes() / (1024 * 1024));
    std::printf("  first page (open %.1f ms + render %.1f ms): %.1f ms\n", openMs, firstRenderMs,
                firstPageMs);
    if (turns > 0) {
        std::printf("  next page, prefetched: median %.3f ms, max %.3f ms (%d turns)\n", median(prefetched),
                    *std::max_element(prefetched.cbegin(), prefetched.cend()), turns);
        std::printf("  next page, rendered on request: median %.1f ms, min %.1f ms, max %.1f ms\n",
                    median(onRequest), *std::min_element(onRequest.cbegin(), onRequest.cend()),
                    *std::max_element(onRequest.cbegin(), onRequest.cend()));
    }
    std::printf("  search \"ngan sach\" over %d pages: %.1f ms, %d hits (text extracted on the way)\n",
                pageCount, searchMs, searchHits);
    std::printf("  search \"ke hoach dau tu\" again: %.1f ms, %d hits (folded text kept)\n", againMs,
                againHits);

    // 4. pdftoppm on the same pages.
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (program.isEmpty()) {
        std::printf("  pdftoppm: not installed (apt-get install poppler-utils); no comparison\n");
        return 0;
    }
    QTemporaryDir out;
    // -png is what a user would run; plain PPM leaves out the PNG encoding, which
    // takes most of pdftoppm's time here, and is the closer match to a QImage.
    for (const bool png : {true, false}) {
        const double first = pdftoppm(program, path, 1, dpi, out.path(), png);
        QList<double> next;
        for (int page = 2; page <= turns + 1; ++page)
            next.append(pdftoppm(program, path, page, dpi, out.path(), png));
        if (first < 0 || std::any_of(next.cbegin(), next.cend(), [](double ms) { return ms < 0; })) {
            std::fprintf(stderr, "pdftoppm failed\n");
            return 1;
        }
        const char *format = png ? "-png" : "(ppm)";
        std::printf("  pdftoppm -r %d %s, page 1: %.1f ms; engine first page / pdftoppm %.2f\n", dpi, format,
                    first, firstPageMs / first);
        if (turns > 0) {
            const double median = ::median(next);
            std::printf("  pdftoppm -r %d %s, pages 2-%d: median %.1f ms; engine next page / pdftoppm: "
                        "on request %.2f, prefetched %.4f\n",
                        dpi, format, turns + 1, median, ::median(onRequest) / median,
                        ::median(prefetched) / median);
        }
    }
    return 0;
}
