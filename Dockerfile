# One image recipe for the gateway and every service. Build the jars first, then let Compose build the
# images:  ./mvnw -B -DskipTests package && docker compose up --build
# By hand:  docker build --build-arg MODULE=market-wide-data-service -t mhhs/market-wide-data-service .
FROM eclipse-temurin:17-jre

# The Maven module whose exec jar this image runs, e.g. market-wide-data-service.
ARG MODULE
# Where that jar was built (build.dir.name) and its version.
ARG BUILD_DIR=target
ARG VERSION=0.1.0-SNAPSHOT

# curl for the Compose health checks (the gateway's is HTTPS with a self-signed development certificate).
# The gateway keeps generated development material (TLS key store, signing key) under .local-suite/ of its
# working directory; Compose mounts a volume there, which takes this directory's owner.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app mhhs \
    && mkdir -p /app/.local-suite \
    && chown -R mhhs /app

WORKDIR /app
COPY ${MODULE}/${BUILD_DIR}/${MODULE}-${VERSION}-exec.jar /app/app.jar
USER mhhs

# Heap follows the container's memory limit (mem_limit in docker-compose.yml).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
