package io.quizhall.shared;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of a server we depend on (PostgreSQL or Redis unreachable, or too slow to answer) from a bug.
 * An outage is answered with a retryable "unavailable" error and a warning in the log, not an internal error.
 */
public final class Outages {

    private Outages() {}

    public static boolean isOutage(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception (a pooled connection to a stopped server)
            }
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof CannotCreateTransactionException
                    // A transaction that could not even roll back: its connection died with the server.
                    || cause instanceof org.hibernate.TransactionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof RedisConnectionException
                    || cause instanceof RedisCommandTimeoutException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /**
     * The failure for the log: each cause's type and message, outermost first. It tells a server that is down
     * ({@code Connection refused}) from a pool that is only busy (Hikari's {@code total=10, active=10, waiting=…}
     * with no cause below it). For the log only, never for a client.
     */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 5; depth++) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return text.toString();
    }
}
