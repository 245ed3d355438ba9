package io.quizhall.trophy;

import io.quizhall.event.EventPublished;
import io.quizhall.event.PlayerRegistered;
import io.quizhall.game.GameFinished;
import io.quizhall.hunt.HuntFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The rules that award trophies, one per domain event. Each runs after the event's transaction committed, on its
 * own, and the event publication registry hands the event over again after a failure or a crash; the award ledger
 * makes a second delivery award nothing. Players of live games have no accounts, so game trophies go to hosts.
 */
@Component
class TrophyRules {

    /** Players a game needs for the "full house" trophy. */
    static final int FULL_HOUSE = 30;

    private final TrophyService trophies;

    TrophyRules(TrophyService trophies) {
        this.trophies = trophies;
    }

    @ApplicationModuleListener
    void gameHosted(GameFinished game) {
        if (game.players().isEmpty()) {
            return;
        }
        trophies.awardByRule("first-game-hosted", game.hostId(), TrophyService.ONCE);
        trophies.awardByRule("games-hosted", game.hostId(), "game:" + game.gameId());
        if (game.players().size() >= FULL_HOUSE) {
            trophies.awardByRule("full-house", game.hostId(), TrophyService.ONCE);
        }
    }

    @ApplicationModuleListener
    void eventPublished(EventPublished event) {
        trophies.awardByRule("event-organised", event.organiserId(), TrophyService.ONCE);
    }

    /** Every member of a team that solved a hunt's FINAL puzzle, once per hunt. */
    @ApplicationModuleListener
    void huntFinished(HuntFinished finished) {
        for (var member : finished.members()) {
            trophies.awardByRule("hunts-finished", member, "hunt:" + finished.huntId());
        }
    }

    @ApplicationModuleListener
    void playerRegistered(PlayerRegistered registration) {
        trophies.awardByRule("event-registered", registration.playerId(), "event:" + registration.eventId());
    }
}
