package io.quizhall.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RemoteControllerRepositoryTests {

    @Autowired
    RemoteControllerRepository controllers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aControllerRoundTrips() {
        UUID owner = Rows.user(jdbc);
        byte[] secretHash = new byte[32];
        secretHash[0] = (byte) owner.getLeastSignificantBits();
        secretHash[1] = (byte) owner.getMostSignificantBits();
        RemoteController controller = new RemoteController(owner, "Desk 4", "Team Blue", secretHash, Instant.now());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        controller.checkIn(now, "1.2.0");
        controllers.saveAndFlush(controller);

        RemoteController read = controllers.findByUserId(owner).get(0);

        assertThat(read.id()).isEqualTo(controller.id());
        assertThat(read.name()).isEqualTo("Desk 4");
        assertThat(read.playerName()).isEqualTo("Team Blue");
        assertThat(read.firstSeen()).isEqualTo(now);
        assertThat(read.osVersion()).isEqualTo("1.2.0");
    }
}
