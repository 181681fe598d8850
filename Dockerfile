# Builds and runs the portal. Used by docker-compose.yml; any container runtime will do.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app nianbao
WORKDIR /app
COPY --from=build /src/target/nianbao-*-exec.jar /app/nianbao.jar
USER nianbao
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/nianbao.jar"]
