package io.quizhall.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultSpreadsheetsTests {

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaGetAnApostrophe() {
        assertThat(ResultSpreadsheets.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(ResultSpreadsheets.cell("+49 30")).isEqualTo("'+49 30");
        assertThat(ResultSpreadsheets.cell("-2")).isEqualTo("'-2");
        assertThat(ResultSpreadsheets.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ResultSpreadsheets.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(ResultSpreadsheets.cell("Jupiter = big")).isEqualTo("Jupiter = big");
        assertThat(ResultSpreadsheets.cell(null)).isEmpty();
    }
}
