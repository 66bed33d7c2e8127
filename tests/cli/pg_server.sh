# Sourced by a command-line test after harness.sh when MOTCUA_TEST_BACKEND=postgresql: a throwaway PostgreSQL 15
# server of its own (as tests/support/PostgresServer.cpp starts one for the C++ tests), run as the postgres user when
# the test runs as root, on a socket in its folder and 127.0.0.1 at a free port, stopped and removed at exit.
# pg_database NAME creates a database and sets pg_url to its postgresql:// address.
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=$(mktemp -d /tmp/motcua-pg-XXXXXX)
as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$pg_dir"
    as_server_user=(runuser -u postgres --)
fi
pg_stop() {
    "${as_server_user[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -s stop >/dev/null 2>&1
    rm -rf "$pg_dir"
}
trap 'pg_stop; rm -rf "$work"' EXIT
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_server_user[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U motcua --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log"; exit 1; }
"${as_server_user[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -s \
    -o "-k $pg_dir -h 127.0.0.1 -p $pg_port -F -c synchronous_commit=off" start || { cat "$pg_dir/server.log"; exit 1; }
pg_database() {
    "$pg_bin/psql" -q -h "$pg_dir" -p "$pg_port" -U motcua -d postgres -c "CREATE DATABASE $1" || exit 1
    pg_url="postgresql://motcua@127.0.0.1:$pg_port/$1"
}
