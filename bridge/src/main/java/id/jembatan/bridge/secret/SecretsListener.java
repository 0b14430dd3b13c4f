package id.jembatan.bridge.secret;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Once the environment is known and Spring Boot has set up logging: registers every configured secret with
 * {@link Secrets} (each {@code jembatan.*}, {@code spring.*}, {@code server.*} or {@code management.*} property whose
 * name ends in {@code password}, {@code token}, {@code secret} or {@code key}, from any source: {@code application.yml}, arguments, environment variables, {@code configtree:} files) and puts a
 * {@link MaskingEncoder} around the encoder of every Logback appender. Registered in {@code META-INF/spring.factories}
 * so that it runs before any bean could log.
 */
public final class SecretsListener implements GenericApplicationListener {

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.getRawClass();
        return type != null && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type));
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            registerConfigured(prepared.getEnvironment());
            maskLogs();
        } else if (event instanceof ApplicationPreparedEvent prepared) {
            // Sources added once the context exists (initializers, test properties) are known only now.
            registerConfigured(prepared.getApplicationContext().getEnvironment());
            maskLogs();
        }
    }

    /** Registers the secrets configured in {@code environment}. */
    static void registerConfigured(ConfigurableEnvironment environment) {
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().filter(SecretsListener::isSecret).forEach(name -> {
                ConfigurationProperty property = source.getConfigurationProperty(name);
                if (property == null || property.getValue() == null || fromDemoProfile(property)) {
                    return;
                }
                String value = resolved(environment, String.valueOf(property.getValue()));
                if (name.getLastElement(ConfigurationPropertyName.Form.UNIFORM).endsWith("password")) {
                    String user = environment.getProperty(name.getParent().append("username").toString());
                    Secrets.registerBasic(user == null ? null : resolved(environment, user), value);
                } else {
                    Secrets.register(value);
                }
            });
        }
    }

    /** The bridge's own settings and Spring's ({@code spring.datasource.password}); not the OS environment's. */
    private static final List<String> PREFIXES = List.of("jembatan", "spring", "server", "management");

    /**
     * A value written in the demo profile's own {@code application-demo.yml} (its console accounts, its LRS client) is
     * published with the code and printed in the demo's "where to look" for a newcomer to sign in with: not a secret.
     * The same setting given any other way (an environment variable, a site's file) is one.
     */
    static boolean fromDemoProfile(ConfigurationProperty property) {
        return property.getOrigin() != null && property.getOrigin().toString().contains("application-demo.yml");
    }

    static boolean isSecret(ConfigurationPropertyName name) {
        if (name.getNumberOfElements() < 2 || !PREFIXES.contains(name.getElement(0,
                ConfigurationPropertyName.Form.UNIFORM))) {
            return false;
        }
        String last = name.getLastElement(ConfigurationPropertyName.Form.UNIFORM).toLowerCase(Locale.ROOT);
        return last.endsWith("password") || last.endsWith("token") || last.endsWith("secret")
                || last.endsWith("key");
    }

    private static String resolved(ConfigurableEnvironment environment, String value) {
        try {
            return environment.resolvePlaceholders(value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** Wraps the encoder of every appender of the Logback context (once; calling again changes nothing). */
    static void maskLogs() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (Logger logger : context.getLoggerList()) {
            wrap(logger);
        }
    }

    @SuppressWarnings("unchecked")
    private static void wrap(AppenderAttachable<ILoggingEvent> attachable) {
        Iterator<Appender<ILoggingEvent>> appenders = attachable.iteratorForAppenders();
        while (appenders.hasNext()) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (appender instanceof OutputStreamAppender<ILoggingEvent> stream) {
                Encoder<ILoggingEvent> encoder = stream.getEncoder();
                if (encoder != null && !(encoder instanceof MaskingEncoder)) {
                    MaskingEncoder masking = new MaskingEncoder(encoder);
                    masking.setContext(stream.getContext());
                    masking.start();
                    stream.setEncoder(masking);
                }
            } else if (appender instanceof AppenderAttachable<?> nested) {
                wrap((AppenderAttachable<ILoggingEvent>) nested);
            }
        }
    }
}
