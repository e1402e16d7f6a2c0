#!/usr/bin/env bash
# The Quick start: installs what is missing, builds, starts council-server
# with a demo council on its embedded SQLite database, and opens the client
# logged in as a delegate (COUNCIL_USER=chutoa for the chair, thuky for the
# secretariat, pheduyet for the approver, manhinh for the hall). Without a display the server keeps running and the
# script prints how to connect with councilctl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh -DCOUNCIL_BUILD_TESTS=OFF

data_dir=${COUNCIL_DATA:-$PWD/demo-data}
listen=${COUNCIL_LISTEN:-127.0.0.1:8765}
url="ws://$listen"
user=${COUNCIL_USER:-daibieu}
log="$data_dir/server.log"
mkdir -p "$data_dir"

./build/bin/council-server --data "$data_dir" --listen "$listen" --demo >"$log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q '^listening on' "$log" && break
  kill -0 $server_pid 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
cat "$log"

password=$(awk -F'\t' -v u="$user" '$1==u{print $2}' "$data_dir/demo-accounts.txt")
[ -n "$password" ] || { echo "no demo account '$user' (see $data_dir/demo-accounts.txt)" >&2; exit 1; }
pwfile=$(mktemp)
chmod 600 "$pwfile"
printf '%s\n' "$password" >"$pwfile"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Opening council-client as '$user' (server log: $log)"
  ./build/bin/council-client --server "$url" --user "$user" --password-file "$pwfile" || true
  rm -f "$pwfile"
  echo "Client closed; the server keeps running (Ctrl+C to stop)."
else
  rm -f "$pwfile"
  cat <<MSG

No display found, so the client window cannot open. The server keeps running at $url.
Connect with councilctl (accounts and passwords: $data_dir/demo-accounts.txt):

  awk -F'\t' '\$1=="daibieu"{print \$2}' $data_dir/demo-accounts.txt | \\
    ./build/bin/councilctl --server $url --user daibieu --password-stdin session list
  ./build/bin/councilctl --server $url --user thuky --password-stdin session show 1   # password on stdin

Or open the client on a machine with a display:
  ./build/bin/council-client --server $url --user $user --password-file FILE

Press Ctrl+C to stop the server.
MSG
fi
wait $server_pid
