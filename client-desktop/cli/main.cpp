// councilctl: the command-line client of Paperless Council. Everything lives
// in council_ctl so that tests can drive the same code.
#include "ctl/app.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("councilctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNCIL_VERSION));
    return council::ctl::run(app);
}
