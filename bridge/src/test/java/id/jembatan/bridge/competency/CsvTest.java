package id.jembatan.bridge.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets read it. */
class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        Csv csv = new Csv(List.of("a", "b", "c", "d", "e", "f")).row("x,y", "say \"hi\"", "=SUM(A1:A9)",
                new BigDecimal("1.50"), null, LocalDate.of(2026, 2, 3)).row("line\nbreak", "-1", "@x", 7, true, "ok");

        assertThat(csv.toString()).isEqualTo("\uFEFFa,b,c,d,e,f\r\n"
                + "\"x,y\",\"say \"\"hi\"\"\",'=SUM(A1:A9),1.50,,2026-02-03\r\n"
                + "\"line\nbreak\",'-1,'@x,7,true,ok\r\n");
        assertThat(csv.bytes()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).isEqualTo(csv.toString());
    }
}
