package id.jembatan.bridge.config;

import id.jembatan.bridge.ops.PeerCalls;
import id.jembatan.moodle.MoodleCallListener;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Moodle client, when {@code jembatan.moodle.url} names a site; its calls are measured ({@link PeerCalls}). */
@Configuration(proxyBeanMethods = false)
class MoodleConfiguration {

    @Bean
    @ConditionalOnExpression("!'${jembatan.moodle.url:}'.isBlank()")
    MoodleClient moodleClient(MoodleProperties properties, ObjectProvider<PeerCalls> calls) {
        MoodleCallListener listener = calls.stream().findFirst().map(PeerCalls::moodle).orElse(MoodleCallListener.NONE);
        return new MoodleClient(new MoodleClientConfig(properties.url(), properties.token(),
                properties.connectTimeout(), properties.readTimeout()), listener);
    }
}
