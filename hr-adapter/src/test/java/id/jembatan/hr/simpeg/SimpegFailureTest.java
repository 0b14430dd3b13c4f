package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.ds.PGSimpleDataSource;

class SimpegFailureTest {

    @Test
    void anUnreachableDatabaseIsARetryableAccessError() {
        PGSimpleDataSource closedPort = new PGSimpleDataSource();
        closedPort.setURL("jdbc:postgresql://127.0.0.1:9/simpeg");
        closedPort.setConnectTimeout(2);

        assertThatThrownBy(() -> new SimpegSource(closedPort, SimpegSql.reference()).asn().captureUpperBound())
                .isInstanceOfSatisfying(SimpegAccessException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.sqlState()).startsWith("08");
                })
                .hasMessageContaining("max-updated-at");
    }

    @Test
    void aRejectedLoginIsNotRetryableAndNamesTheSettingsWithoutThePassword() throws SQLException {
        String url = "jdbc:h2:mem:login;DB_CLOSE_DELAY=-1";
        try (Connection owner = DriverManager.getConnection(url, "simpeg", "right-secret")) {
            JdbcDataSource wrongPassword = new JdbcDataSource();
            wrongPassword.setURL(url);
            wrongPassword.setUser("simpeg");
            wrongPassword.setPassword("wrong-secret");

            assertThatThrownBy(() -> new SimpegSource(wrongPassword, SimpegSql.reference()).asn().allAfter(Cursor.START, 1))
                    .isInstanceOfSatisfying(SimpegAccessException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining("jembatan.simpeg.password")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "08006, true,  SimpegAccessException",
        "40001, true,  SimpegAccessException",
        "40P01, true,  SimpegAccessException",
        "57P01, true,  SimpegAccessException",
        "53300, true,  SimpegAccessException",
        "22001, false, SimpegAccessException",
        "28P01, false, SimpegAccessException",
        "42P01, false, SimpegConfigurationException",
        "42S22, false, SimpegConfigurationException"})
    void driverErrorsAreClassifiedBySqlState(String state, boolean retryable, String type) {
        SimpegException e = SimpegAccessException.classify("asn-changed", new SQLException("boom", state));

        assertThat(e.retryable()).isEqualTo(retryable);
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e).hasMessageContaining("asn-changed");
    }

    @Test
    void aQueryTimeoutIsRetryable() {
        assertThat(SimpegAccessException.classify("asn-changed", new SQLTimeoutException("slow")).retryable()).isTrue();
    }
}
