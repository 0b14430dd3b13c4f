package id.jembatan.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String cut = Arguments.cut("abc🎓def", 5);

        assertThat(cut).isEqualTo("abc…");
    }

    @Test
    void textThatFitsIsNotCut() {
        assertThat(Arguments.cut("abcde", 5)).isEqualTo("abcde");
        assertThat(Arguments.cut(null, 5)).isNull();
    }
}
