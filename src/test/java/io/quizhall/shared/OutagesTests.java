package io.quizhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandTimeoutException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are a server being away (retryable, "unavailable") and which are bugs. */
class OutagesTests {

    @Test
    void serversThatAreAwayAreOutages() {
        assertThat(Outages.isOutage(new RedisConnectionFailureException("refused")))
                .isTrue();
        assertThat(Outages.isOutage(new QueryTimeoutException("Redis command timed out")))
                .isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new RedisCommandTimeoutException("slow"))))
                .isTrue();
        assertThat(Outages.isOutage(new CannotCreateTransactionException("no connection")))
                .isTrue();
        assertThat(Outages.isOutage(new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .as("a stale pooled connection to a stopped database")
                .isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
    }

    @Test
    void theLogTellsABusyPoolFromAServerThatIsDown() {
        var busy = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                        + " after 3000ms (total=10, active=10, idle=0, waiting=37)"));
        var down = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms",
                        new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException())));

        assertThat(Outages.describe(busy))
                .isEqualTo("CannotCreateTransactionException: Could not open JPA EntityManager for transaction"
                        + " <- SQLTransientConnectionException: HikariPool-1 - Connection is not available, request"
                        + " timed out after 3000ms (total=10, active=10, idle=0, waiting=37)");
        assertThat(Outages.describe(down))
                .endsWith("<- SQLException: Connection to localhost:5432 refused <- ConnectException");
    }

    @Test
    void bugsAreNot() {
        assertThat(Outages.isOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(Outages.isOutage(null)).isFalse();
    }
}
