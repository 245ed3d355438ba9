package io.quizhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTests {

    @Test
    void aQuotedVersionMatchesThatVersionOnly() {
        assertThat(EntityTags.parse("\"3\"").matches(3)).isTrue();
        assertThat(EntityTags.parse("\"3\"").matches(4)).isFalse();
    }

    @Test
    void aListMatchesAnyOfItsVersions() {
        var tags = EntityTags.parse("\"1\", \"3\" ,\"5\"");

        assertThat(tags.matches(3)).isTrue();
        assertThat(tags.matches(5)).isTrue();
        assertThat(tags.matches(2)).isFalse();
    }

    @Test
    void aStarMatchesEveryVersion() {
        assertThat(EntityTags.parse("*").matches(42)).isTrue();
    }

    @Test
    void weakUnquotedAndGarbageTagsMatchNothing() {
        for (String header : new String[] {"W/\"3\"", "3", "\"three\"", "\"\"", "", "\"99999999999999999999\""}) {
            assertThat(EntityTags.parse(header).matches(3)).as(header).isFalse();
        }
    }
}
