package dk.boligmonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty database for one test: an H2 file in PostgreSQL mode by default, or its own schema in the
 * PostgreSQL server named by BOLIGMONITOR_TEST_PG_URL when BOLIGMONITOR_TEST_DATABASE=postgresql (as
 * .ci/run sets them). Tests pass {@link #springArguments()} to the real command line.
 */
public final class TestDatabase {

    private final String url;
    private final String username;
    private final String schema;

    private TestDatabase(String url, String username, String schema) {
        this.url = url;
        this.username = username;
        this.schema = schema;
    }

    public static TestDatabase fresh(Path folder) {
        if ("postgresql".equalsIgnoreCase(System.getenv("BOLIGMONITOR_TEST_DATABASE"))) {
            String base = System.getenv().getOrDefault("BOLIGMONITOR_TEST_PG_URL",
                    "jdbc:postgresql://127.0.0.1:5432/boligmonitor_test");
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            return new TestDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    System.getenv().getOrDefault("BOLIGMONITOR_TEST_PG_USER", "postgres"), schema);
        }
        return new TestDatabase("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE",
                "sa", null);
    }

    public boolean isPostgreSql() {
        return schema != null;
    }

    public List<String> springArguments() {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username, "--spring.datasource.password="));
        if (schema != null) {
            args.add("--spring.flyway.default-schema=" + schema);
            args.add("--spring.flyway.schemas=" + schema);
        }
        return args;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, username, ""));
    }
}
