# Builds the application jar and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 quizhall && mkdir -p /data && chown quizhall /data
USER quizhall
WORKDIR /app
COPY --from=build /src/target/quizhall-*.jar /app/quizhall.jar
ENV QUIZHALL_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quizhall.jar"]
