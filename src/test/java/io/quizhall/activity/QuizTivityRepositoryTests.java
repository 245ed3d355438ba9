package io.quizhall.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class QuizTivityRepositoryTests {

    @Autowired
    QuizTivityRepository quizTivities;

    @Autowired
    QuizTivityShareRepository shares;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQuizTivityWithEveryPageKindAndAShareRoundTrip() {
        UUID owner = Rows.user(jdbc);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<QuizTivityPage> pages = List.of(
                new QuizTivityPage.Slide("Hello", new QuizTivityPage.SlideData("<b>Hi</b>", null)),
                new QuizTivityPage.Markdown("Intro", new QuizTivityPage.MarkdownData("# Welcome", "<h1>Welcome</h1>")),
                new QuizTivityPage.Pdf(
                        null, new QuizTivityPage.PdfData(UUID.randomUUID().toString())),
                new QuizTivityPage.Memory(
                        "Pairs",
                        new QuizTivityPage.MemoryData(List.of(List.of(
                                new QuizTivityPage.MemoryCard("H2O", null),
                                new QuizTivityPage.MemoryCard("Water", null))))),
                new QuizTivityPage.Abcd(
                        "Check",
                        new QuizTivityPage.AbcdData(
                                "2 + 2?",
                                List.of(
                                        new QuizTivityPage.AbcdAnswer("4", true),
                                        new QuizTivityPage.AbcdAnswer("5", false)))));
        QuizTivity saved = quizTivities.saveAndFlush(new QuizTivity(owner, "Chemistry", pages, now));
        QuizTivityShare share =
                shares.saveAndFlush(new QuizTivityShare(saved.id(), owner, "Class 7b", now.plusSeconds(3600), now));

        QuizTivity read = quizTivities.findById(saved.id()).orElseThrow();

        assertThat(read.pages()).isEqualTo(pages);
        assertThat(read.title()).isEqualTo("Chemistry");
        assertThat(read.createdAt()).isEqualTo(now);
        QuizTivityShare readShare = shares.findByQuiztivityId(saved.id()).get(0);
        assertThat(readShare.id()).isEqualTo(share.id());
        assertThat(readShare.token()).hasSize(43).isNotEqualTo(share.id().toString());
        assertThat(read.version()).isZero();
        assertThat(readShare.isOpenAt(now)).isTrue();
        assertThat(readShare.isOpenAt(now.plusSeconds(3600))).isFalse();
    }
}
