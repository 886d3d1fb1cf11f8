// One MongoDB user per service, allowed to read and write its own database only
// (members-service: coop_members, resources-service: coop_resources and its GridFS files).
//
// The mongo image runs this once, with mongosh and as the root user, when its data volume is empty
// (/docker-entrypoint-initdb.d). The passwords come from the container's environment, i.e. from .env
// through docker-compose.yml. Each user is created in its own database, which is therefore the
// authentication database of the connection string (mongodb://user:password@mongo:27017/<database>).

const services = [
  { database: 'coop_members', passwordVariable: 'MEMBERS_MONGO_PASSWORD' },
  { database: 'coop_resources', passwordVariable: 'RESOURCES_MONGO_PASSWORD' },
];

for (const service of services) {
  const password = process.env[service.passwordVariable];
  if (!password) {
    throw new Error(`${service.passwordVariable} is empty; set it in .env`);
  }
  db.getSiblingDB(service.database).createUser({
    user: service.database,
    pwd: password,
    roles: [{ role: 'readWrite', db: service.database }],
  });
  print(`created user ${service.database}`);
}
