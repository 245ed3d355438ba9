package io.quizhall.hunt.rules;

import static io.quizhall.hunt.rules.Puzzles.START;
import static io.quizhall.hunt.rules.Puzzles.at;
import static io.quizhall.hunt.rules.Puzzles.minutes;
import static io.quizhall.hunt.rules.Puzzles.rules;
import static io.quizhall.hunt.rules.Puzzles.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Evaluation with explicit instants: what a team has earned, when, and when it next earns more. */
class HuntRulesEvaluationTests {

    private static final TeamState FRESH = team().state();

    @Nested
    class Unlocks {

        @Test
        void noRulesUnlockNothingButKeepRecordedUnlocks() {
            TeamState state = team().unlocked("A01", minutes(3)).state();

            assertThat(HuntRules.none().evaluate(FRESH, at(10, 0)))
                    .isEqualTo(new RuleOutcome(Map.of(), 0, 0, Map.of()));
            assertThat(HuntRules.none().evaluate(state, at(10, 0)).unlocks()).containsExactly(entry("A01", minutes(3)));
            assertThat(HuntRules.none().nextChange(FRESH, START)).isEmpty();
        }

        @Test
        void unlocksAtTheStartAndNotBefore() {
            HuntRules rules = rules("PA01 <= +0:00");

            assertThat(rules.evaluate(FRESH, START.minusSeconds(1)).unlocks()).isEmpty();
            assertThat(rules.evaluate(FRESH, START).unlocks()).containsExactly(entry("A01", START));
            assertThat(rules.nextChange(FRESH, START.minusSeconds(60))).contains(START);
        }

        @Test
        void followsAChainOfSolvesWithTheirInstants() {
            HuntRules rules = rules(Puzzles.lines("PA01 <= +0:00", "PA02 <= PA01", "PA03 <= PA02 SOLVE"));
            TeamState state =
                    team().solved("A01", minutes(10)).solved("A02", minutes(25)).state();

            assertThat(rules.evaluate(state, minutes(20)).unlocks())
                    .containsOnly(entry("A01", START), entry("A02", minutes(10)));
            assertThat(rules.evaluate(state, minutes(30)).unlocks())
                    .containsOnly(entry("A01", START), entry("A02", minutes(10)), entry("A03", minutes(25)));
        }

        @Test
        void solvesAfterNowDoNotCountYet() {
            HuntRules rules = rules("PA02 <= PA01");
            TeamState state = team().solved("A01", minutes(40)).state();

            assertThat(rules.evaluate(state, minutes(39)).unlocks()).isEmpty();
            assertThat(rules.evaluate(state, minutes(40)).unlocks()).containsOnly(entry("A02", minutes(40)));
        }

        @Test
        void unlocksCascadeWithinTheSameInstant() {
            HuntRules rules =
                    rules(Puzzles.lines("PA01 <= +0:30", "PA02 <= PA01 UNLOCK", "[PA03, PB04] <= PA02 UNLOCK"));

            assertThat(rules.evaluate(FRESH, minutes(30)).unlocks())
                    .containsOnly(
                            entry("A01", minutes(30)),
                            entry("A02", minutes(30)),
                            entry("A03", minutes(30)),
                            entry("B04", minutes(30)));
        }

        @Test
        void andWaitsForTheLastOrForTheFirstAndNOfForTheNth() {
            HuntRules rules = rules(Puzzles.lines(
                    "PA03 <= (PA01 AND PA02)", "PB04 <= (PA01 OR PA02)", "PC05 <= 2 OF (PA01, PA02, +2:00)"));
            TeamState state =
                    team().solved("A01", minutes(70)).solved("A02", minutes(20)).state();

            assertThat(rules.evaluate(state, at(5, 0)).unlocks())
                    .containsOnly(entry("A03", minutes(70)), entry("B04", minutes(20)), entry("C05", minutes(70)));
            TeamState one = team().solved("A02", minutes(20)).state();
            assertThat(rules.evaluate(one, at(5, 0)).unlocks())
                    .containsOnly(entry("B04", minutes(20)), entry("C05", at(2, 0)));
        }

        @Test
        void precedenceBindsAndTighterThanOr() {
            HuntRules rules = rules("PA03 <= PA01 OR PA02 AND +2:00");
            TeamState state = team().solved("A02", minutes(10)).state();

            assertThat(rules.evaluate(state, at(1, 59)).unlocks()).isEmpty();
            assertThat(rules.evaluate(state, at(2, 0)).unlocks()).containsOnly(entry("A03", at(2, 0)));
        }

        @Test
        void unlocksAtATimeSinceTheTeamsStart() {
            HuntRules rules = rules("PA02 <= +1:30");

            assertThat(rules.nextChange(FRESH, START)).contains(at(1, 30));
            assertThat(rules.evaluate(FRESH, at(1, 29)).unlocks()).isEmpty();
            assertThat(rules.evaluate(FRESH, at(1, 30)).unlocks()).containsOnly(entry("A02", at(1, 30)));
            assertThat(rules.nextChange(FRESH, at(1, 30))).isEmpty();
        }

        @Test
        void unlocksMinutesAfterADerivedUnlock() {
            HuntRules rules = rules(Puzzles.lines("PA02 <= PA01 SOLVE", "PA03 <= 30 MINUTES AFTER PA02 UNLOCK"));
            TeamState state = team().solved("A01", minutes(17)).state();

            assertThat(rules.evaluate(state, minutes(20)).unlocks()).containsOnly(entry("A02", minutes(17)));
            assertThat(rules.nextChange(state, minutes(20))).contains(minutes(47));
            assertThat(rules.evaluate(state, minutes(47)).unlocks())
                    .containsOnly(entry("A02", minutes(17)), entry("A03", minutes(47)));
        }

        @Test
        void unlocksHoursAfterASolveAndAfterATime() {
            HuntRules rules = rules(Puzzles.lines("PA02 <= 1 HOUR AFTER PA01 SOLVE", "PA03 <= 45 MINUTES AFTER +1:00"));
            TeamState state = team().solved("A01", minutes(5)).state();

            assertThat(rules.evaluate(state, at(2, 0)).unlocks())
                    .containsOnly(entry("A02", minutes(65)), entry("A03", minutes(105)));
        }

        @Test
        void unlocksOnTheFirstTickOfAnEveryRule() {
            HuntRules rules = rules("PA02 <= EVERY 45 MINUTES");

            assertThat(rules.evaluate(FRESH, at(5, 0)).unlocks()).containsOnly(entry("A02", minutes(45)));
            assertThat(rules.nextChange(FRESH, minutes(45)))
                    .as("nothing more to unlock")
                    .isEmpty();
        }

        @Test
        void understandsOrderNumbersAndLowerCaseIdsInTheState() {
            HuntRules rules = rules("P#3 <= P#1 AND pb04");
            TeamState state =
                    team().solved("a01", minutes(1)).solved("b04", minutes(2)).state();

            assertThat(rules.evaluate(state, minutes(5)).unlocks()).containsOnly(entry("A03", minutes(2)));
        }

        @Test
        void keepsRecordedUnlocksAndTakesTheEarlierInstant() {
            HuntRules rules = rules(Puzzles.lines("PA03 <= +1:00", "PA02 <= +0:10", "PB04 <= PA03 UNLOCK"));
            TeamState state = team().unlocked("A03", minutes(5))
                    .unlocked("A02", minutes(30))
                    .unlocked("FFF", minutes(1))
                    .unlocked("C05", at(9, 0))
                    .state();

            RuleOutcome outcome = rules.evaluate(state, at(2, 0));

            assertThat(outcome.unlocks())
                    .as("staff unlock of A03 counts from 0:05 and so does B04 waiting for it; A02's rule was earlier")
                    .containsOnly(
                            entry("A03", minutes(5)),
                            entry("A02", minutes(10)),
                            entry("B04", minutes(5)),
                            entry("FFF", minutes(1)));
            assertThat(rules.nextChange(state, at(2, 0)))
                    .as("the recorded future unlock")
                    .contains(at(9, 0));
        }

        @Test
        void aPuzzleListAsAConditionHoldsWhenAnyOfThemIsSolved() {
            HuntRules rules = rules("10 POINTS <= [PA01, PA02, PA03]");
            TeamState state =
                    team().solved("A02", minutes(3)).solved("A01", minutes(9)).state();

            assertThat(rules.evaluate(state, minutes(10)).points()).isEqualTo(10);
            assertThat(rules.explain(state, minutes(10)))
                    .singleElement()
                    .satisfies(trace -> assertThat(trace.firstFired()).isEqualTo(minutes(3)));
        }
    }

    @Nested
    class Timers {

        @Test
        void everyAfterASolveCountsTicksUpToNowAndStopsAtTheLimit() {
            HuntRules rules = rules("2 HINTS <= EVERY 30 MINUTES AFTER PA01 SOLVE LIMIT 3");
            TeamState state = team().solved("A01", minutes(10)).state();

            assertThat(rules.evaluate(state, minutes(5)).hints()).isZero();
            assertThat(rules.nextChange(state, minutes(5))).contains(minutes(40));
            assertThat(rules.evaluate(state, minutes(39)).hints()).isZero();
            assertThat(rules.evaluate(state, minutes(40)).hints()).isEqualTo(2);
            assertThat(rules.nextChange(state, minutes(40))).contains(minutes(70));
            assertThat(rules.evaluate(state, minutes(69)).hints()).isEqualTo(2);
            assertThat(rules.evaluate(state, minutes(70)).hints()).isEqualTo(4);
            assertThat(rules.evaluate(state, minutes(100)).hints()).isEqualTo(6);
            assertThat(rules.nextChange(state, minutes(100))).isEmpty();
            assertThat(rules.evaluate(state, at(48, 0)).hints()).isEqualTo(6);
        }

        @Test
        void everyWithoutAfterCountsFromTheTeamsStart() {
            HuntRules rules = rules("1 HINT <= EVERY 1 HOUR");

            assertThat(rules.evaluate(FRESH, START.minusSeconds(3600)).hints()).isZero();
            assertThat(rules.evaluate(FRESH, START).hints()).isZero();
            assertThat(rules.evaluate(FRESH, at(2, 59)).hints()).isEqualTo(2);
            assertThat(rules.evaluate(FRESH, at(3, 0)).hints()).isEqualTo(3);
            assertThat(rules.nextChange(FRESH, at(3, 0))).contains(at(4, 0));
            assertThat(rules.nextChange(FRESH, at(3, 0).minusNanos(1))).contains(at(3, 0));
        }

        @Test
        void everyAfterATimeSinceTheStart() {
            HuntRules rules = rules("5 POINTS <= EVERY 1 HOUR AFTER +1:00 LIMIT 2");

            assertThat(rules.evaluate(FRESH, at(1, 59)).points()).isZero();
            assertThat(rules.evaluate(FRESH, at(2, 0)).points()).isEqualTo(5);
            assertThat(rules.evaluate(FRESH, at(3, 0)).points()).isEqualTo(10);
            assertThat(rules.evaluate(FRESH, at(9, 0)).points()).isEqualTo(10);
        }

        @Test
        void everyAfterAnUnlockWaitsForTheUnlock() {
            HuntRules rules = rules(Puzzles.lines("PA02 <= PA01", "1 PA02 HINT <= EVERY 20 MINUTES AFTER PA02 UNLOCK"));
            TeamState state = team().solved("A01", minutes(7)).state();

            assertThat(rules.evaluate(state, minutes(26)).puzzleHints()).isEmpty();
            assertThat(rules.evaluate(state, minutes(27)).puzzleHints()).containsOnly(entry("A02", 1));
            assertThat(rules.evaluate(state, minutes(67)).puzzleHints()).containsOnly(entry("A02", 3));
        }

        @Test
        void everyIfCountsOnlyTheTicksAtWhichTheConditionHeld() {
            HuntRules rules = rules("1 HINT <= EVERY 30 MINUTES IF PA01 SOLVE");
            TeamState late = team().solved("A01", minutes(50)).state();
            TeamState onTheTick = team().solved("A01", minutes(60)).state();

            assertThat(rules.evaluate(late, minutes(59)).hints())
                    .as("the 0:30 tick came before the solve")
                    .isZero();
            assertThat(rules.evaluate(late, minutes(95)).hints()).isEqualTo(2);
            assertThat(rules.evaluate(onTheTick, minutes(60)).hints())
                    .as("a tick at the solve counts")
                    .isEqualTo(1);
            assertThat(rules.nextChange(late, minutes(55))).contains(minutes(60));
            assertThat(rules.nextChange(team().state(), minutes(55)))
                    .as("without the solve nothing is scheduled")
                    .isEmpty();
        }

        @Test
        void everyAfterIfAndLimitTogether() {
            HuntRules rules = rules(Puzzles.lines(
                    "10 POINTS <= PA02", "2 HINTS <= EVERY 30 MINUTES AFTER PA01 SOLVE IF 10 POINTS LIMIT 2"));
            TeamState state =
                    team().solved("A01", minutes(0)).solved("A02", minutes(45)).state();

            assertThat(rules.evaluate(state, minutes(59)).hints()).isZero();
            assertThat(rules.evaluate(state, minutes(60)).hints()).isEqualTo(2);
            assertThat(rules.evaluate(state, minutes(90)).hints()).isEqualTo(4);
            assertThat(rules.evaluate(state, minutes(600)).hints()).isEqualTo(4);
        }

        @Test
        void aDelayedRuleWithIfFiresWhenBothHold() {
            HuntRules rules = rules(
                    Puzzles.lines("1 HINT <= 30 MINUTES AFTER PA01 SOLVE IF 10 POINTS", "10 POINTS <= PA02 SOLVE"));
            TeamState state =
                    team().solved("A01", minutes(0)).solved("A02", minutes(50)).state();
            TeamState early =
                    team().solved("A01", minutes(0)).solved("A02", minutes(5)).state();

            assertThat(rules.evaluate(state, minutes(40)).hints()).isZero();
            assertThat(rules.evaluate(state, minutes(50)).hints()).isEqualTo(1);
            assertThat(rules.evaluate(state, minutes(500)).hints())
                    .as("one-time")
                    .isEqualTo(1);
            assertThat(rules.evaluate(early, minutes(29)).hints()).isZero();
            assertThat(rules.evaluate(early, minutes(30)).hints()).isEqualTo(1);
        }
    }

    @Nested
    class PointsAndHints {

        @Test
        void pointThresholdsUnlockWhenTheSumIsReached() {
            HuntRules rules = rules(Puzzles.lines("5 POINTS <= PA01", "5 POINTS <= PA02", "PA03 <= 10 POINTS"));
            TeamState state =
                    team().solved("A01", minutes(12)).solved("A02", minutes(31)).state();

            assertThat(rules.evaluate(state, minutes(30))).isEqualTo(new RuleOutcome(Map.of(), 5, 0, Map.of()));
            assertThat(rules.evaluate(state, minutes(31)))
                    .isEqualTo(new RuleOutcome(Map.of("A03", minutes(31)), 10, 0, Map.of()));
        }

        @Test
        void pointsFromTimersReachAThresholdOnTheRightTick() {
            HuntRules rules = rules(Puzzles.lines("3 POINTS <= EVERY 20 MINUTES", "PB04 <= 10 POINTS"));

            assertThat(rules.evaluate(FRESH, minutes(79)).unlocks()).isEmpty();
            assertThat(rules.evaluate(FRESH, minutes(79)).points()).isEqualTo(9);
            assertThat(rules.evaluate(FRESH, minutes(80)).unlocks()).containsOnly(entry("B04", minutes(80)));
        }

        @Test
        void pointsUnlocksAndTimersFeedEachOtherToAFixedPoint() {
            HuntRules rules = rules(Puzzles.lines(
                    "PA02 <= +0:10",
                    "4 POINTS <= PA02 UNLOCK",
                    "4 POINTS <= EVERY 1 HOUR IF PA02 UNLOCK",
                    "PA03 <= 8 POINTS",
                    "[1 HINT, 2 POINTS] <= 15 MINUTES AFTER PA03 UNLOCK",
                    "PB04 <= 10 POINTS AND PA01"));
            TeamState state = team().solved("A01", minutes(5)).state();

            RuleOutcome outcome = rules.evaluate(state, minutes(75));

            assertThat(outcome.unlocks())
                    .containsOnly(entry("A02", minutes(10)), entry("A03", minutes(60)), entry("B04", minutes(75)));
            assertThat(outcome.points()).isEqualTo(10);
            assertThat(outcome.hints()).isEqualTo(1);
            assertThat(rules.nextChange(state, minutes(75))).contains(minutes(120));
        }

        @Test
        void hugeThresholdsReachedByFrequentTicksAreFoundExactly() {
            HuntRules rules = rules(Puzzles.lines("1 POINT <= EVERY 1 MINUTE", "PA01 <= 100000 POINTS"));

            RuleOutcome outcome = rules.evaluate(FRESH, START.plus(Duration.ofDays(365)));

            assertThat(outcome.unlocks()).containsOnly(entry("A01", minutes(100_000)));
            assertThat(outcome.points()).isEqualTo(365 * 24 * 60);
        }

        @Test
        void givesHintsPerPuzzleAndForEachPuzzleOfAPxRule() {
            HuntRules rules = rules(Puzzles.lines(
                    "PA02 <= PA01", "1 PX HINT <= PX UNLOCK", "2 PA01 HINTS <= 30 MINUTES AFTER PA01 UNLOCK"));
            TeamState state =
                    team().unlocked("A01", START).solved("A01", minutes(12)).state();

            assertThat(rules.evaluate(state, minutes(20)).puzzleHints()).containsOnly(entry("A01", 1), entry("A02", 1));
            assertThat(rules.evaluate(state, minutes(30)).puzzleHints()).containsOnly(entry("A01", 3), entry("A02", 1));
            assertThat(rules.evaluate(state, minutes(30)).hints()).isZero();
        }

        @Test
        void aPxRuleCanUnlockEachPuzzleAfterItsPredecessorIsSolvedByOrder() {
            HuntRules rules = rules(Puzzles.lines("PA01 <= +0:00", "2 PX HINTS <= 1 HOUR AFTER PX UNLOCK"));

            assertThat(rules.evaluate(FRESH, at(1, 0)).puzzleHints()).containsOnly(entry("A01", 2));
            assertThat(rules.explain(FRESH, at(1, 0)))
                    .extracting(RuleTrace::puzzle)
                    .containsExactly(null, "A01", "A02", "A03", "B04", "C05");
        }
    }

    @Nested
    class Explain {

        @Test
        void listsEachRuleWithItsFiringsAndTheNextOne() {
            HuntRules rules = rules(Puzzles.lines(
                    "PA01 <= +0:00",
                    "PA02 <= PA01 # the second puzzle",
                    "1 HINT <= EVERY 30 MINUTES LIMIT 2",
                    "PA03 <= +5:00"));
            TeamState state = team().solved("A01", minutes(20)).state();

            assertThat(rules.explain(state, minutes(45)))
                    .containsExactly(
                            new RuleTrace(1, "PA01 <= +0:00", null, 1, START, null),
                            new RuleTrace(2, "PA02 <= PA01", null, 1, minutes(20), null),
                            new RuleTrace(3, "1 HINT <= EVERY 30 MINUTES LIMIT 2", null, 1, minutes(30), minutes(60)),
                            new RuleTrace(4, "PA03 <= +5:00", null, 0, null, at(5, 0)));
            assertThat(rules.explain(state, minutes(45)).get(3).fired()).isFalse();
        }
    }

    @Nested
    class NextChange {

        @Test
        void ignoresRulesThatWouldOnlyUnlockWhatIsAlreadyUnlocked() {
            HuntRules rules = rules(Puzzles.lines("PA02 <= +1:00", "PA03 <= +2:00"));
            TeamState state = team().unlocked("A02", minutes(10))
                    .unlocked("A03", minutes(15))
                    .state();

            assertThat(rules.nextChange(state, minutes(20))).isEmpty();
            assertThat(rules.nextChange(team().unlocked("A02", minutes(10)).state(), minutes(20)))
                    .contains(at(2, 0));
        }

        @Test
        void seesThroughAThresholdToTheUnlockItCauses() {
            HuntRules rules = rules(Puzzles.lines(
                    "5 POINTS <= 30 MINUTES AFTER PA01 SOLVE",
                    "PA02 <= 5 POINTS",
                    "PA03 <= 10 MINUTES AFTER PA02 UNLOCK"));
            TeamState state = team().solved("A01", minutes(10)).state();

            assertThat(rules.nextChange(state, minutes(15))).contains(minutes(40));
            assertThat(rules.nextChange(state, minutes(40))).contains(minutes(50));
            assertThat(rules.evaluate(state, minutes(50)).unlocks())
                    .containsOnly(entry("A02", minutes(40)), entry("A03", minutes(50)));
            assertThat(rules.nextChange(state, minutes(50))).isEmpty();
        }

        @Test
        void isEmptyBeforeTheConditionsCanBeKnown() {
            HuntRules rules = rules(Puzzles.lines("PA02 <= PA01", "2 HINTS <= EVERY 30 MINUTES AFTER PA02 SOLVE"));

            assertThat(rules.nextChange(FRESH, at(3, 0))).isEmpty();
        }
    }

    @Nested
    class TesterTraces {

        @Test
        void showsTicksLostBeforeAnIfConditionHeld() {
            HuntRules rules = rules("1 HINT <= EVERY 30 MINUTES IF PA01 SOLVE LIMIT 3");
            TeamState state = team().solved("A01", minutes(50)).state();

            assertThat(rules.explain(state, minutes(100)))
                    .containsExactly(new RuleTrace(
                            1, "1 HINT <= EVERY 30 MINUTES IF PA01 SOLVE LIMIT 3", null, 2, minutes(60), minutes(120)));
            assertThat(rules.explain(state, minutes(200)).get(0).nextFiring()).isNull();
        }

        @Test
        void listsAPxRuleOncePerPuzzleInOrder() {
            HuntRules rules = rules("1 PX HINT <= PX UNLOCK");
            TeamState state = team().unlocked("A02", minutes(4)).state();

            assertThat(rules.explain(state, minutes(5)))
                    .extracting(RuleTrace::puzzle, RuleTrace::times, RuleTrace::firstFired)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("A01", 0, null),
                            org.assertj.core.groups.Tuple.tuple("A02", 1, minutes(4)),
                            org.assertj.core.groups.Tuple.tuple("A03", 0, null),
                            org.assertj.core.groups.Tuple.tuple("B04", 0, null),
                            org.assertj.core.groups.Tuple.tuple("C05", 0, null));
        }
    }

    @Nested
    class Properties {

        private final HuntRules rules = rules(Puzzles.lines(
                "PA01 <= +0:00",
                "[PA02, 5 POINTS] <= PA01",
                "PA03 <= 2 OF (PA01, PA02, +1:00)",
                "3 POINTS <= EVERY 25 MINUTES AFTER PA02 UNLOCK LIMIT 4",
                "PB04 <= 14 POINTS OR 90 MINUTES AFTER PA03 UNLOCK",
                "1 HINT <= EVERY 40 MINUTES IF PA03 SOLVE",
                "1 PX HINT <= 20 MINUTES AFTER PX UNLOCK",
                "PC05 <= (PB04 UNLOCK AND PA03) OR +6:00"));
        private final TeamState state = team().solved("A01", minutes(33))
                .solved("A03", minutes(95))
                .solved("A02", minutes(140))
                .state();

        @Test
        void evaluatingTwiceGivesTheSameOutcome() {
            for (int minute = -10; minute < 600; minute += 7) {
                Instant now = minutes(minute);
                assertThat(rules.evaluate(state, now)).isEqualTo(rules.evaluate(state, now));
                assertThat(rules.nextChange(state, now)).isEqualTo(rules.nextChange(state, now));
            }
        }

        @Test
        void laterEvaluationsNeverGiveLess() {
            RuleOutcome before = rules.evaluate(state, minutes(-10));
            for (int minute = -9; minute < 600; minute++) {
                RuleOutcome after = rules.evaluate(state, minutes(minute));
                assertThat(after.points()).isGreaterThanOrEqualTo(before.points());
                assertThat(after.hints()).isGreaterThanOrEqualTo(before.hints());
                assertThat(after.unlocks()).containsAllEntriesOf(before.unlocks());
                for (Map.Entry<String, Integer> hints : before.puzzleHints().entrySet()) {
                    assertThat(after.puzzleHints().get(hints.getKey())).isGreaterThanOrEqualTo(hints.getValue());
                }
                before = after;
            }
            assertThat(before.unlocks()).containsOnlyKeys("A01", "A02", "A03", "B04", "C05");
        }

        @Test
        void nothingChangesBeforeNextChangeAndSomethingChangesAtIt() {
            Instant now = minutes(-10);
            int changes = 0;
            while (now.isBefore(at(12, 0))) {
                Instant change = rules.nextChange(state, now).orElseThrow();
                assertThat(change).isAfter(now);
                assertThat(rules.evaluate(state, change.minusNanos(1))).isEqualTo(rules.evaluate(state, now));
                assertThat(rules.evaluate(state, change)).isNotEqualTo(rules.evaluate(state, now));
                now = change;
                changes++;
            }
            assertThat(changes).as("unlocks, ticks and hints within 12 hours").isBetween(20, 40);
        }

        @Test
        void nextChangeIsEmptyWhenNothingIsLeftToEarn() {
            HuntRules finite = rules(Puzzles.lines("PA01 <= +0:00", "1 HINT <= EVERY 10 MINUTES LIMIT 2"));

            assertThat(finite.nextChange(FRESH, minutes(19))).contains(minutes(20));
            assertThat(finite.nextChange(FRESH, minutes(20))).isEmpty();
            assertThat(finite.evaluate(FRESH, minutes(20))).isEqualTo(finite.evaluate(FRESH, at(1_000, 0)));
        }

        @Test
        void theUnlockInstantIsTheFirstMomentTheConditionHeld() {
            RuleOutcome late = rules.evaluate(state, at(10, 0));
            for (Map.Entry<String, Instant> unlock : late.unlocks().entrySet()) {
                Instant when = unlock.getValue();
                assertThat(rules.evaluate(state, when).unlocks()).containsEntry(unlock.getKey(), when);
                assertThat(rules.evaluate(state, when.minusNanos(1)).unlocks()).doesNotContainKey(unlock.getKey());
            }
        }
    }
}
