package id.jembatan.e2e;

import id.jembatan.support.lrs.FakeLrs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The kinerja flows end to end against the in-memory LRS of the {@code verify} tier. */
class KinerjaVerifyTest extends KinerjaEndToEnd {

    private FakeLrs lrs;

    @BeforeEach
    void startLrs() {
        lrs = new FakeLrs();
    }

    @AfterEach
    void stopLrs() {
        lrs.close();
    }

    @Override
    String[] lrs() {
        return new String[] {lrs.endpoint().toString(), FakeLrs.USERNAME, FakeLrs.PASSWORD};
    }
}
