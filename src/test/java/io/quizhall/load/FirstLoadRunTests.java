package io.quizhall.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load harness run inside the test JVM, against the test application: quick to start, but the players and the
 * server share the same cores. Not part of the default build. Run: {@code ./mvnw test -Dgroups=load
 * -Dtest.excludedGroups= -Dtest=FirstLoadRunTests -Dsurefire.failIfNoSpecifiedTests=false -Dload.players=500}.
 */
@Tag("load")
@IntegrationTest
class FirstLoadRunTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Test
    void playersAnswerWithinTheSpread() throws Exception {
        int players = Integer.getInteger("load.players", 500);
        int questions = Integer.getInteger("load.questions", 3);
        int spreadMillis = Integer.getInteger("load.spreadMillis", 2000);

        var result = LoadHarness.run(api.baseUrl(), accounts.newAdmin(), players, questions, spreadMillis);

        System.out.println(result.table());
        Path out = Path.of("target/load/first-run.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JsonMapper.builder().build().writeValueAsString(result));
        assertThat(result.errors()).isZero();
        assertThat(result.lost()).isZero();
        assertThat(result.recordedAnswers()).isEqualTo(players * questions);
    }
}
