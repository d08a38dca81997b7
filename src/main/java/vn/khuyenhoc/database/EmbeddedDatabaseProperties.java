package vn.khuyenhoc.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster lives; reused on the next start
 * @param port          0 picks a free port (tests); the app uses a fixed one so that an orphan can be found
 * @param clean         wipe the directory on start and stop (tests only)
 */
@ConfigurationProperties("khuyenhoc.embedded-db")
record EmbeddedDatabaseProperties(String dataDirectory, int port, boolean clean) {

    EmbeddedDatabaseProperties {
        if (dataDirectory == null || dataDirectory.isBlank()) {
            dataDirectory = "data/postgres";
        }
    }
}
