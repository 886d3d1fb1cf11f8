# syntax=docker/dockerfile:1
# Image of any of the platform's Java services (the web UI has its own: web-ui/Dockerfile).
# docker-compose.yml builds it once per service, e.g. for events-service:
#   build: {context: ., dockerfile: Dockerfile, args: {SERVICE: events-service, PORT: "8081"}}
# Build context: the repository root, so the Maven reactor builds the module together with the
# platform libraries it depends on.

FROM maven:3.9.16-eclipse-temurin-17 AS build
# the Maven module of the service: registry-service, gateway-service, events-service, …
ARG SERVICE
WORKDIR /workspace
COPY . .
# The Maven local repository lives in a BuildKit cache shared by every service image: dependencies
# download once. "locked" runs one Maven build at a time, which a small server needs anyway.
RUN --mount=type=cache,id=coop-maven-repository,target=/root/.m2,sharing=locked \
    test -n "${SERVICE}" && test -f "${SERVICE}/pom.xml" \
        || { echo "build with --build-arg SERVICE=<a *-service module>" >&2; exit 1; } \
    && chmod +x mvnw \
    && ./mvnw -B -ntp -pl "${SERVICE}" -am -DskipTests package \
    && java -Djarmode=tools -jar "${SERVICE}/target/${SERVICE}-"*.jar \
        extract --layers --application-filename app.jar --destination /workspace/extracted

FROM eclipse-temurin:17.0.20_8-jre
ARG SERVICE
ARG PORT=8080
RUN groupadd --system --gid 10001 coop \
    && useradd --system --uid 10001 --gid coop --no-create-home --shell /usr/sbin/nologin coop
WORKDIR /app
# One image layer per Spring Boot layer: an upgrade that changes only our code rebuilds only the last one.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
# The class-data sharing archive (AppCDS) of the classes the service loads, mapped by every start, which then parses
# and verifies none of those classes again (a faster start, less memory): a new container (a new image) first makes a
# training run, as ./coop does for a new build: the service starts with its settings and stores and exits once its
# context is refreshed, before it serves (-Dspring.context.exit=onRefresh), writing the archive. Should that run
# write none, the first real run writes it when it stops.
RUN mkdir /app/cds && chown coop:coop /app/cds
USER coop:coop
LABEL org.opencontainers.image.title="coop ${SERVICE}"
# Defaults for a container started on its own; docker-compose.yml passes the options of each service (infra/parts).
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2
EXPOSE ${PORT}
# exec: java becomes PID 1 and receives SIGTERM for a graceful shutdown.
ENTRYPOINT ["sh", "-c", "a=/app/cds/app.jsa; [ -s $a ] || java -XX:ArchiveClassesAtExit=$a -Dspring.context.exit=onRefresh $JAVA_OPTS -jar /app/app.jar >/app/cds/training.log 2>&1 || echo \"training run failed: /app/cds/training.log\" >&2; if [ -s $a ]; then cds=-XX:SharedArchiveFile=$a; else cds=-XX:ArchiveClassesAtExit=$a; fi; exec java $cds $JAVA_OPTS -jar /app/app.jar"]
