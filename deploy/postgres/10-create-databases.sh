#!/usr/bin/env bash
# One PostgreSQL server, one database per owner: each service (and Keycloak) gets its own role and
# a database it owns, and nobody else may connect to it.
#
# The postgres image runs this once, when its data volume is empty (/docker-entrypoint-initdb.d).
# The passwords come from the container's environment, i.e. from .env through docker-compose.yml.
set -euo pipefail

create_database() {
	local name="$1" password_variable="$2"
	local password="${!password_variable:-}"
	if [[ -z "$password" ]]; then
		echo "error: $password_variable is empty; set it in .env" >&2
		exit 1
	fi
	# psql variables (:"name", :'password') quote the identifier and the literal safely.
	psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
		--set=name="$name" --set=password="$password" <<-'EOSQL'
		CREATE ROLE :"name" LOGIN PASSWORD :'password';
		CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8' TEMPLATE template0;
		REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
		GRANT CONNECT, TEMPORARY ON DATABASE :"name" TO :"name";
	EOSQL
	echo "created database and role $name"
}

create_database coop_events EVENTS_DB_PASSWORD
create_database coop_dashboard DASHBOARD_DB_PASSWORD
create_database coop_notification NOTIFICATION_DB_PASSWORD
create_database keycloak KEYCLOAK_DB_PASSWORD
