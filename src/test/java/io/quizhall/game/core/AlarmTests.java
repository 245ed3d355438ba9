package io.quizhall.game.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The sleeping timer behind the live engine's deadlines and host updates, and the deadline watch's wake-up. */
class AlarmTests {

    @Test
    void runsOnlyWhenAskedAndAsOftenAsAsked() {
        var runs = new AtomicInteger();
        try (var alarm = new Alarm("test-alarm", () -> {
            runs.incrementAndGet();
            return Alarm.WHEN_ASKED;
        })) {
            alarm.start(Alarm.WHEN_ASKED);
            alarm.runWithin(0);
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
            alarm.runWithin(0);
            alarm.runWithin(0);
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
            // Asking twice before a run may cost one run or two, never more.
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() <= 3);
        }
    }

    @Test
    void anEarlierRequestCutsALongSleepShort() {
        var runs = new AtomicInteger();
        try (var alarm = new Alarm("test-alarm", () -> {
            runs.incrementAndGet();
            return Alarm.WHEN_ASKED;
        })) {
            alarm.start(Alarm.WHEN_ASKED);
            alarm.runWithin(Duration.ofHours(1).toMillis());
            alarm.runWithin(0);
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        }
    }

    @Test
    void theTaskPlansItsOwnNextRunAndAFailureDoesNotStopTheTimer() {
        var runs = new AtomicInteger();
        try (var alarm = new Alarm("test-alarm", () -> {
            if (runs.incrementAndGet() == 2) {
                throw new IllegalStateException("one failing pass");
            }
            return runs.get() < 4 ? 0 : Alarm.WHEN_ASKED;
        })) {
            alarm.start(0);
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 4);
        }
    }

    @Test
    void aDeadlineEarlierThanTheNextLookWakesTheTimer() {
        var watch = new DeadlineWatch();
        var woken = new AtomicInteger();
        watch.onEarlier(woken::incrementAndGet);
        long now = 1_000_000;
        watch.looked(watch.dueAt(now), now, Long.MAX_VALUE);
        assertThat(watch.next()).isEqualTo(now + DeadlineWatch.BACKSTOP_MS);

        watch.expect(now + 200);
        assertThat(woken).hasValue(1);
        assertThat(watch.next()).isEqualTo(now + 200);

        watch.expect(now + 500);
        assertThat(woken).as("a later deadline changes nothing").hasValue(1);
        assertThat(watch.dueAt(now + 199)).isEqualTo(Long.MAX_VALUE);
        assertThat(watch.dueAt(now + 200)).isEqualTo(now + 200);
    }

    @Test
    void closingStopsTheThread() {
        var last = new AtomicLong();
        var alarm = new Alarm("test-alarm-closing", () -> {
            last.set(System.nanoTime());
            return 1;
        });
        alarm.start(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> last.get() != 0);
        alarm.close();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(thread -> thread.getName().equals("test-alarm-closing")));
    }
}
