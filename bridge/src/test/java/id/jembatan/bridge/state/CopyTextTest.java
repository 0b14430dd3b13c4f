package id.jembatan.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void fieldsAreTabSeparatedRowsEndInANewlineAndNullIsBackslashN() {
        String text = new CopyText(2).field("a").field(null).field(7).endRow()
                .field(new BigDecimal("1E+1")).field(LocalDate.of(2025, 3, 4))
                .field(LocalDateTime.parse("2040-03-01T07:15:30.123456")).endRow().toString();

        assertThat(text).isEqualTo("a\t\\N\t7\n10\t2025-03-04\t2040-03-01T07:15:30.123456\n");
    }

    @Test
    void backslashTabNewlineAndCarriageReturnAreEscapedSoTextLikeBackslashNStaysText() {
        assertThat(new CopyText(1).field("x\ty\nz\r\\N").endRow().toString()).isEqualTo("x\\ty\\nz\\r\\\\N\n");
    }
}
