package vn.khuyenhoc.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts PostgreSQL inside the app when no external server is configured (see ADR 0001). The library's defaults
 * suit throw-away test databases (fsync and synchronous commit off); a persistent default must not lose data,
 * so both are turned back on here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "khuyenhoc";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        createDatabaseIfMissing(postgres);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("khuyenhoc-embedded");
        return dataSource;
    }

    /**
     * Starts the server exactly as the app does, after clearing what an unclean stop left behind. Package-private
     * so that the robustness tests exercise this very code without a Spring context.
     */
    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
        Files.createDirectories(directory);
        new OrphanedServer(directory).stopIfRunning();
        if (properties.clean()) {
            // initdb refuses a non-empty directory, and a test JVM killed earlier leaves one behind
            FileSystemUtils.deleteRecursively(directory);
        }
        log.info("Starting embedded PostgreSQL in {}", directory);
        boolean durable = !properties.clean();
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        }
    }
}
