# Builds the application jar (Java 17 bytecode) and runs it on a Java 25 JRE, where a game needed 25-50 % less CPU
# per question than on Java 17 (docs/performance.md, "2026-12-02"). Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 quizhall && mkdir -p /data && chown quizhall /data
USER quizhall
WORKDIR /app
COPY --from=build /src/target/quizhall-*.jar /app/quizhall.jar
ENV QUIZHALL_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseCompactObjectHeaders", "-jar", "/app/quizhall.jar"]
