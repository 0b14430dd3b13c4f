package id.jembatan.lrs.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class StatementFormatsTest {

    @Test
    void acceptLanguageRangesAreOrderedByQualityAndZeroDropped() {
        assertThat(StatementFormats.languages("en;q=0.5, id-ID, fr;q=0")).containsExactly("id-id", "en");
        assertThat(StatementFormats.languages(null)).isEmpty();
    }

    @Test
    void aRangeMatchesExactlyOrAsAPrefixAndOtherwiseTheFirstKeyIsKept() throws Exception {
        ObjectNode map = (ObjectNode) new ObjectMapper().readTree("{\"en-US\":\"Course\",\"id-ID\":\"Pelatihan\"}");

        assertThat(StatementFormats.choose(map, StatementFormats.languages("id"))).isEqualTo("id-ID");
        assertThat(StatementFormats.choose(map, StatementFormats.languages("en-us"))).isEqualTo("en-US");
        assertThat(StatementFormats.choose(map, StatementFormats.languages("ja"))).isEqualTo("en-US");
    }
}
