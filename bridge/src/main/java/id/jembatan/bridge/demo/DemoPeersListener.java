package id.jembatan.bridge.demo;

import java.util.Arrays;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Starts the demo's stand-in systems ({@link DemoPeers}) when the {@code demo} profile is active, once the
 * environment is prepared and before any bean exists, and puts their addresses right after the command line among
 * the property sources (so {@code --name=value} still wins), so that every flow's configuration sees a configured
 * Moodle, SIMPEG and e-Kinerja. The peers become the bean
 * {@value #BEAN} and stop with the application. Registered in {@code META-INF/spring.factories}; without the profile
 * it does nothing.
 */
public final class DemoPeersListener implements SpringApplicationRunListener, Ordered {

    static final String BEAN = "demoPeers";
    static final String PROPERTY_SOURCE = "jembatan-demo-peers";

    private DemoPeers peers;

    /** Spring Boot's constructor for run listeners. */
    public DemoPeersListener(SpringApplication application, String[] args) {
        // nothing to keep: the profile is read from the prepared environment
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrap, ConfigurableEnvironment environment) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains(DemoSettings.PROFILE) || peers != null) {
            return;
        }
        peers = DemoPeers.start(DemoSettings.from(environment));
        MapPropertySource addresses = new MapPropertySource(PROPERTY_SOURCE, peers.properties());
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, addresses);
        } else {
            sources.addFirst(addresses);
        }
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        if (peers == null) {
            return;
        }
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(BEAN, peers);
        if (beans instanceof DefaultListableBeanFactory registry) {
            registry.registerDisposableBean(BEAN, peers::close);
        }
    }

    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        if (peers != null) {
            peers.close();
        }
    }
}
