package id.jembatan.bridge.config;

import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Moodle client, when {@code jembatan.moodle.url} names a site. */
@Configuration(proxyBeanMethods = false)
class MoodleConfiguration {

    @Bean
    @ConditionalOnExpression("!'${jembatan.moodle.url:}'.isBlank()")
    MoodleClient moodleClient(MoodleProperties properties) {
        return new MoodleClient(new MoodleClientConfig(properties.url(), properties.token(),
                properties.connectTimeout(), properties.readTimeout()));
    }
}
