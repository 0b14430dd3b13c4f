package id.jembatan.bridge.xapi;

import id.jembatan.bridge.config.ClientMap;
import id.jembatan.bridge.config.LrsProperties;
import id.jembatan.lrs.store.ClientCredentials;
import id.jembatan.lrs.store.XapiClient;
import id.jembatan.lrs.store.XapiResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Serves the embedded statement store at {@code /xapi/statements} and {@code /xapi/about} when the service runs
 * and no external LRS is configured ({@code jembatan.lrs.endpoint} empty).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnExpression("'${jembatan.lrs.endpoint:}'.isBlank()")
class XapiHttpConfiguration {

    /** The path of the xAPI base below the servlet context. */
    static final String PATH = "/xapi";

    @Bean
    ClientCredentials xapiClientCredentials(LrsProperties properties) {
        return credentials(properties.embedded());
    }

    /** The configured clients; a client without username or password stops start-up naming the setting. */
    static ClientCredentials credentials(LrsProperties.Embedded embedded) {
        List<ClientCredentials.Entry> entries = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (Map.Entry<String, LrsProperties.Client> configured : embedded.clients().entrySet()) {
            LrsProperties.Client client = configured.getValue();
            String setting = ClientMap.setting("jembatan.lrs.embedded.clients", configured.getKey());
            String username = client.username() != null && !client.username().isBlank() ? client.username().strip()
                    : ClientMap.isIndex(configured.getKey()) ? null : configured.getKey();
            if (username == null) {
                throw new IllegalStateException("Nama pengguna klien xAPI kosong / an xAPI client has no username: set "
                        + setting + ".username");
            }
            if (client.password() == null || client.password().isBlank()) {
                throw new IllegalStateException("Kata sandi klien xAPI kosong / xAPI client " + username
                        + " has no password: set " + setting + ".password (e.g. the environment variable "
                        + environmentName(setting + ".password") + ")");
            }
            if (!usernames.add(username)) {
                throw new IllegalStateException("Klien xAPI ganda / xAPI client " + username
                        + " is configured twice: fix " + setting + ".username");
            }
            entries.add(new ClientCredentials.Entry(XapiClient.of(username, client.name(),
                    embedded.authorityHomePage(), client.readOnly()), client.password()));
        }
        return new ClientCredentials(entries);
    }

    /** The environment variable Spring Boot reads for {@code property}. */
    static String environmentName(String property) {
        return property.replace("[", ".").replace("]", "").replace("-", "").replace('.', '_')
                .toUpperCase(java.util.Locale.ROOT);
    }

    @Bean
    ServletRegistrationBean<XapiServlet> xapiServlet(XapiResource resource, LrsProperties properties) {
        ServletRegistrationBean<XapiServlet> registration = new ServletRegistrationBean<>(new XapiServlet(resource,
                (int) properties.embedded().maxRequestSize().toBytes()), PATH + "/*");
        registration.setName("xapi");
        return registration;
    }

    @Bean
    FilterRegistrationBean<AlternateSyntaxFilter> xapiAlternateSyntaxFilter(LrsProperties properties) {
        FilterRegistrationBean<AlternateSyntaxFilter> registration = new FilterRegistrationBean<>(
                new AlternateSyntaxFilter((int) properties.embedded().maxRequestSize().toBytes()));
        registration.addUrlPatterns(PATH + "/*");
        registration.setName("xapiAlternateSyntax");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<XapiAuthFilter> xapiAuthFilter(ClientCredentials credentials) {
        FilterRegistrationBean<XapiAuthFilter> registration = new FilterRegistrationBean<>(
                new XapiAuthFilter(credentials));
        registration.addUrlPatterns(PATH + "/*");
        registration.setName("xapiAuth");
        return registration;
    }
}
