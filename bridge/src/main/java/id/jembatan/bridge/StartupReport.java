package id.jembatan.bridge;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the admin, once the service is up, where to look and which flows run. */
@Component
class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final CamelContext camel;

    StartupReport(CamelContext camel) {
        this.camel = camel;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        String polls = camel.getRoutes().stream().map(Route::getRouteId).filter(id -> id.endsWith("poll"))
                .filter(id -> camel.getRouteController().getRouteStatus(id).isStarted())
                .sorted().reduce((a, b) -> a + ", " + b).orElse("none (configure Moodle and an LRS: see README)");
        LOG.info("Jembatan siap / ready — health: http://localhost:{}/actuator/health; scheduled flows: {}; "
                + "check the systems with: java -jar jembatan.jar check", port, polls);
    }
}
