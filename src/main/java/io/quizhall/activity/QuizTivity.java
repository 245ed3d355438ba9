package io.quizhall.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A self-paced activity: a list of pages a learner works through alone. */
@Entity
@Table(name = "quiztivitys")
class QuizTivity {

    @Id
    private UUID id;

    private String title;

    private Instant createdAt;

    private UUID userId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<QuizTivityPage> pages;

    protected QuizTivity() {}

    QuizTivity(UUID userId, String title, List<QuizTivityPage> pages, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.title = title;
        this.pages = List.copyOf(pages);
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String title() {
        return title;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<QuizTivityPage> pages() {
        return pages;
    }
}
