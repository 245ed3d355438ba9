package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.RateLimiter;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting a run when the random code is already taken: the database's unique constraint refuses the insert and
 * the start tries a fresh code, never checking first. Codes cannot be made to collide through the API (40 random
 * bits), so this drives the service with scripted codes and a repository that refuses like PostgreSQL does.
 */
class RunStartRetryTests {

    private final RunRepository runs = mock(RunRepository.class);
    private final LadderCatalog ladders = mock(LadderCatalog.class);
    private final Deque<String> scripted = new ArrayDeque<>();
    private final LadderProperties properties = Binder.get(new org.springframework.core.env.StandardEnvironment())
            .bindOrCreate("quizhall.ladder", LadderProperties.class);
    private final LadderService service = new LadderService(
            runs,
            mock(StepRepository.class),
            ladders,
            mock(QuestionBank.class),
            drawAnything(),
            new RunCodes() {
                @Override
                String next() {
                    return scripted.removeFirst();
                }
            },
            mock(JdbcClient.class),
            mock(EntityManager.class),
            new TransactionTemplate(mock(PlatformTransactionManager.class)),
            properties,
            mock(RateLimiter.class),
            Clock.systemUTC());
    private final CurrentUser player = new CurrentUser(UUID.randomUUID(), "ada", Set.of(CurrentUser.Role.USER));
    private final LadderConfig ladder = new LadderConfig(
            UUID.randomUUID(),
            "classic",
            "Classic",
            List.of(new LadderConfig.Level(100, Difficulty.EASY, 20, false)),
            List.of(),
            true);

    private static QuestionDraw drawAnything() {
        QuestionDraw draw = mock(QuestionDraw.class);
        when(draw.draw(any(), any(), any(), any())).thenReturn(Optional.of(UUID.randomUUID()));
        return draw;
    }

    private static DataIntegrityViolationException violationOf(String constraint) {
        var message = new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value\0n" + constraint + "\0\0");
        return new DataIntegrityViolationException("duplicate key", new PSQLException(message));
    }

    @Test
    void aTakenCodeIsRetriedWithAFreshOne() {
        when(ladders.defaultLadder()).thenReturn(Optional.of(ladder));
        scripted.addAll(List.of("AAAAAAAA", "BBBBBBBB"));
        when(runs.saveAndFlush(any()))
                .thenThrow(violationOf("ladder_runs_code_key"))
                .thenAnswer(call -> call.getArgument(0));

        var run = service.start(null, player);

        assertThat(run.code()).isEqualTo("BBBBBBBB");
        verify(runs, times(2)).saveAndFlush(any());
    }

    @Test
    void anActiveRunIsReportedWithItsCodeInsteadOfRetried() {
        when(ladders.defaultLadder()).thenReturn(Optional.of(ladder));
        scripted.add("CCCCCCCC");
        when(runs.saveAndFlush(any())).thenThrow(violationOf("ladder_runs_one_active"));
        var active = new LadderRun("DDDDDDDD", ladder.id(), player.id(), "ada", java.time.Instant.now());
        when(runs.findByUserIdAndLadderIdAndStatus(player.id(), ladder.id(), RunStatus.ACTIVE))
                .thenReturn(Optional.of(active));

        assertThatThrownBy(() -> service.start(null, player))
                .isInstanceOf(LadderExceptions.RunActive.class)
                .satisfies(e -> assertThat(((LadderExceptions.RunActive) e).properties())
                        .containsEntry("runCode", "DDDDDDDD"));
        verify(runs, times(1)).saveAndFlush(any());
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfTakenCodes() {
        when(ladders.defaultLadder()).thenReturn(Optional.of(ladder));
        for (int i = 0; i < properties.codeAttempts(); i++) {
            scripted.add("EEEEEEE" + (i + 2));
        }
        when(runs.saveAndFlush(any())).thenThrow(violationOf("ladder_runs_code_key"));

        assertThatThrownBy(() -> service.start(null, player)).isInstanceOf(IllegalStateException.class);
        verify(runs, times(properties.codeAttempts())).saveAndFlush(any());
    }
}
