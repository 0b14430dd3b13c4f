package id.jembatan.bridge.xapi;

import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.store.InProcessTransport;
import id.jembatan.lrs.store.StatementStore;
import id.jembatan.lrs.store.XapiClient;
import id.jembatan.lrs.store.XapiResource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The client scenarios against the embedded store in this JVM, as flows in command mode use it. */
class InProcessLrsClientTest extends LrsClientScenarios {

    private static StoreDatabase database;
    private static LrsClient client;

    @BeforeAll
    static void open() {
        database = StoreDatabase.h2();
        XapiResource resource = new XapiResource(new StatementStore(database.dataSource(), Clock.systemUTC(),
                Duration.ofSeconds(1)), "/xapi/", 100);
        client = new LrsClient(LrsConfig.of(URI.create("http://localhost:8080/xapi/"), "jembatan", ""),
                new InProcessTransport(resource, "/xapi/", XapiClient.of("jembatan", "Jembatan",
                        URI.create("https://jembatan.invalid/xapi/clients"), false)));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    LrsClient client() {
        return client;
    }
}
