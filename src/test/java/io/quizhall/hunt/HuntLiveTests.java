package io.quizhall.hunt;

import static io.quizhall.hunt.HuntFixtures.addPuzzle;
import static io.quizhall.hunt.HuntFixtures.createHunt;
import static io.quizhall.hunt.HuntFixtures.join;
import static io.quizhall.hunt.HuntFixtures.nextOfKind;
import static io.quizhall.hunt.HuntFixtures.puzzle;
import static io.quizhall.hunt.HuntFixtures.submit;
import static io.quizhall.hunt.HuntFixtures.subscribed;
import static io.quizhall.hunt.HuntFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The hunts' live feeds over the game's STOMP endpoint: a member receives their team's submissions, unlocks and
 * solves; organisers receive every team's; another team's feed is refused at SUBSCRIBE and none of its frames
 * reach anyone else.
 */
@IntegrationTest
class HuntLiveTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    SimpUserRegistry users;

    private StompClient connect(Accounts.SignedIn user) {
        return StompClient.host(api.baseUrl(), user.cookie("qh_session").orElseThrow());
    }

    @Test
    void teamsSeeTheirOwnFeedOnlyAndOrganisersSeeAll() {
        var organiser = accounts.newUser();
        UUID hunt = createHunt(
                organiser, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), 2, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        var carol = accounts.newUser();
        JsonNode red = team(alice, hunt, "Red Live");
        assertThat(join(bob, hunt, red.get("joinCode").asString()).status()).isEqualTo(200);
        JsonNode blue = team(carol, hunt, "Blue Live");
        String redTopic = HuntLive.teamTopic(hunt, UUID.fromString(red.get("id").asString()));
        String blueTopic =
                HuntLive.teamTopic(hunt, UUID.fromString(blue.get("id").asString()));

        try (var intruder = connect(carol).subscribe(redTopic);
                var peeker = connect(carol).subscribe(HuntLive.allTopic(hunt));
                var aliceFeed = subscribed(api, users, alice, redTopic);
                var carolFeed = subscribed(api, users, carol, blueTopic);
                var organiserFeed = subscribed(api, users, organiser, HuntLive.allTopic(hunt))) {
            assertThat(intruder.refusal()).as("another team's feed").startsWith("forbidden: ");
            assertThat(peeker.refusal()).as("the organisers' feed").startsWith("forbidden: ");
            assertThat(intruder.isConnected()).isFalse();

            assertThat(submit(bob, hunt, "A01", "ONE").json().get("outcome").asString())
                    .isEqualTo("CORRECT");

            JsonNode solve = nextOfKind(aliceFeed, redTopic, "SOLVE");
            assertThat(solve.get("puzzle").asString()).isEqualTo("A01");
            assertThat(solve.get("username").asString()).isEqualTo(bob.user().username());
            assertThat(solve.get("teamName").asString()).isEqualTo("Red Live");
            JsonNode all = nextOfKind(organiserFeed, HuntLive.allTopic(hunt), "SOLVE");
            assertThat(all.get("team").asString()).isEqualTo(red.get("id").asString());

            assertThat(submit(carol, hunt, "A01", "two").status()).isEqualTo(200);
            JsonNode own = nextOfKind(carolFeed, blueTopic, "SUBMISSION");
            assertThat(own.get("text").asString()).isEqualTo("two");
            assertThat(carolFeed.frames())
                    .as("no frame of the red team reaches the blue team")
                    .allSatisfy(frame -> assertThat(frame.body()).doesNotContain("Red Live"));
            assertThat(intruder.frames())
                    .allSatisfy(frame -> assertThat(frame.body()).doesNotContain("Red Live"));
            assertThat(aliceFeed.frames())
                    .allSatisfy(frame -> assertThat(frame.body()).doesNotContain("Blue Live"));
        }
    }
}
