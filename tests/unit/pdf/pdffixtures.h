// Real PDFs for the reader engine's tests and benchmark, drawn with
// QPdfWriter (needs a QGuiApplication; the offscreen platform will do) in
// Vietnamese, so that text extraction and search see real embedded fonts
// and diacritics. Coordinates are in points (the writer runs at 72 dpi).
#pragma once

#include <QString>

namespace pdffixtures {

// Five pages of a council resolution, A4 except page 3 (A5 landscape):
//   0: "Nghị quyết về dự toán ngân sách" (title, near the top)
//   1: "Điều 1. Thông qua kế hoạch đầu tư công"; "... dự toán ngân" / "sách ..." across two lines
//   2: "Điều 2. ..." with a framed table, no "ngân sách"
//   3: "PHỤ LỤC: NGÂN SÁCH ĐỊA PHƯƠNG" (capitals)
//   4: "Điều 3. Hiệu lực thi hành"
bool writeSample(const QString &path);
constexpr int kSamplePages = 5;

// Page 0: `paths` translucent curves, slow to draw (seconds at 72 dpi for a
// few thousand); page 1: one line of text.
bool writeHeavy(const QString &path, int paths = 3000);

// `pages` A4 pages of body text, each with a small bar chart, every tenth with
// a denser figure: the benchmark's document.
bool writeLong(const QString &path, int pages);

} // namespace pdffixtures
