package io.quizhall.game.live;

import io.quizhall.account.SessionsRevoked;
import io.quizhall.game.core.Broadcaster;
import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GamePayloads;
import io.quizhall.game.core.HostPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends a host's live connections when the sign-in they were opened with ends (log out, sign out everywhere). */
@Component
class HostSignOuts {

    private final Broadcaster broadcaster;

    HostSignOuts(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void signedOut(SessionsRevoked revoked) {
        if (!revoked.sessionIds().isEmpty()) {
            broadcaster.endConnections(
                    HostPrincipal.nameOf(revoked.userId()),
                    revoked.sessionIds(),
                    GamePayloads.GameError.of(GameExceptions.signedOut()));
        }
    }
}
