package id.jembatan.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The {@code clientmsgid} sent: Moodle 4.5 refuses the whole {@code core_message_send_instant_messages} call with
 * {@code invalidparameter} when one is not PARAM_ALPHANUMEXT (found by the {@code -Pmoodle} tier: the
 * recommendations' keys contain {@code /} and {@code #}).
 */
class InstantMessageTest {

    @Test
    void anIdMoodleAcceptsIsSentAsItIs() {
        assertThat(InstantMessage.plain(3, "Tes").withClientMsgId("bridge-sync_0001").wireClientMsgId())
                .isEqualTo("bridge-sync_0001");
        assertThat(InstantMessage.plain(3, "Tes").wireClientMsgId()).isNull();
    }

    @Test
    void anyOtherIdIsSentAsTheSameUuidEachTime() {
        String key = "198503152010012003/2025/triwulan-1#penilai";
        String sent = InstantMessage.plain(3, "Tes").withClientMsgId(key).wireClientMsgId();

        assertThat(sent).matches("[A-Za-z0-9_-]+").hasSize(36)
                .isEqualTo(InstantMessage.plain(7, "Lain").withClientMsgId(key).wireClientMsgId());
        assertThat(InstantMessage.plain(3, "Tes").withClientMsgId(key).clientMsgId()).isEqualTo(key);
    }
}
