package id.jembatan.bridge.push;

import id.jembatan.flow.learning.LearningSettings;
import id.jembatan.flow.learning.LearningTranslator;
import id.jembatan.flow.learning.MoodleDirectory;
import id.jembatan.flow.learning.PushReceiver;
import id.jembatan.lrs.StatementDelivery;
import id.jembatan.support.flow.PassListener;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The push source of {@code moodle-learning}, beside whichever of the log tail or the web-service snapshots runs:
 * created when Moodle ({@code jembatan.moodle.url}) is configured; refuses every push until a site is configured in
 * {@code jembatan.moodle.push.sites}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${jembatan.moodle.url:}'.isBlank()")
class MoodlePushConfiguration {

    @Bean
    PushReceiver pushReceiver(MoodleDirectory directory, LearningSettings settings, StatementDelivery delivery,
            DeadLetterStore deadLetters, IdempotencyStore idempotency, ObjectProvider<PassListener> listeners,
            ObjectProvider<Clock> clock) {
        // each batch is a pass of moodle-learning for the log and the metrics (FlowMetrics is a PassListener)
        return new PushReceiver(directory, new LearningTranslator(settings), delivery, deadLetters, idempotency,
                listeners.orderedStream().toList(), clock.getIfAvailable(Clock::systemUTC));
    }
}
