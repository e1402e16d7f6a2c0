#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the programs and the tests need.
# Quiet and quick when everything is already there. Needs root (or sudo).
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache clang-format
  # Qt 6.4 (Core, Network, Sql+SQLite, WebSockets, Concurrent, Quick, Controls, translations)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-websockets-dev qt6-declarative-dev
  qt6-declarative-dev-tools qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-shapes qml6-module-qtquick-dialogs qml6-module-qttest
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev
  # cryptography, PDF, QR codes for check-in
  libsodium-dev libpoppler-qt6-dev libqrencode-dev
  # tools used by the tests and the demo script
  sqlite3 xvfb fonts-noto-core poppler-utils
  # Word/ODT/RTF to PDF on the server, with the fonts Vietnamese Word files are set in
  libreoffice-writer-nogui fonts-liberation2
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
