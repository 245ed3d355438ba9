package io.quizhall.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class StorageItemRepositoryTests {

    @Autowired
    StorageItemRepository items;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aStorageItemRoundTripsWithItsQuizAndQuizTivityLinks() {
        UUID owner = Rows.user(jdbc);
        UUID quiz = Rows.quiz(jdbc, owner);
        UUID activity = Rows.quizTivity(jdbc, owner);
        byte[] md5 = new byte[16];
        md5[0] = 42;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StorageItem item = new StorageItem(owner, "image/png", 1234, md5, "cat.png", now);
        item.describe("A cat on a keyboard");
        item.linkQuiz(quiz);
        item.linkQuizTivity(activity);
        items.saveAndFlush(item);

        StorageItem read =
                items.findByUserIdAndHashAndDeletedAtIsNull(owner, md5).orElseThrow();

        assertThat(read.id()).isEqualTo(item.id());
        assertThat(read.mimeType()).isEqualTo("image/png");
        assertThat(read.size()).isEqualTo(1234);
        assertThat(read.altText()).isEqualTo("A cat on a keyboard");
        var links = transactions.execute(status -> {
            StorageItem loaded = items.findById(item.id()).orElseThrow();
            return List.of(loaded.quizIds(), loaded.quiztivityIds());
        });
        assertThat(links).containsExactly(Set.of(quiz), Set.of(activity));
        assertThat(Rows.count(jdbc, "storage_items_quiz", "quiz_id = ?", quiz)).isEqualTo(1);
    }

    @Test
    void aSoftDeletedItemIsNoLongerADuplicateCandidate() {
        UUID owner = Rows.user(jdbc);
        byte[] md5 = new byte[16];
        md5[1] = 9;
        StorageItem item = new StorageItem(owner, "image/jpeg", 10, md5, null, Instant.now());
        item.softDelete(Instant.now());
        items.saveAndFlush(item);

        assertThat(items.findByUserIdAndHashAndDeletedAtIsNull(owner, md5)).isEmpty();
        assertThat(items.findById(item.id()).orElseThrow().deletedAt()).isNotNull();
    }
}
