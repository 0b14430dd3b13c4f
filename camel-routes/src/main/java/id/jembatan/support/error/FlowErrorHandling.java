package id.jembatan.support.error;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling declared once for every flow route: a transient failure is retried at the step that
 * failed, with exponential backoff; when the retries are spent, or on any other failure, the exception goes
 * back to the caller (the poll route or a command), and nothing after the failed step runs, so the
 * watermark does not move.
 */
public class FlowErrorHandling extends RouteConfigurationBuilder {

    /** The id flow routes name in {@code routeConfigurationId(...)}. */
    public static final String ID = "flow-errors";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                    .onWhen(exchange -> Failures.isTransient(exchange.getException()))
                    .maximumRedeliveries("{{jembatan.flows.retry.max-redeliveries:4}}")
                    .redeliveryDelay("{{jembatan.flows.retry.initial-delay-ms:1000}}")
                    .useExponentialBackOff()
                    .backOffMultiplier(2)
                    .maximumRedeliveryDelay(60_000)
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .logExhausted(false)
                    .handled(false)
                .end();
    }
}
