// council-server: the headless Paperless Council daemon.
#include "app/serverapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("council-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return council::server::runServer(QCoreApplication::arguments());
}
