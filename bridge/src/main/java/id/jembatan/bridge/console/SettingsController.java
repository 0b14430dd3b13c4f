package id.jembatan.bridge.console;

import id.jembatan.bridge.secret.Secrets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pengaturan / Settings (ADMIN): every setting the bridge runs with — the {@code jembatan.*} ones and the Spring Boot
 * ones an admin sets ({@code spring.datasource.*}, {@code server.*}, {@code management.*}, {@code logging.*}) — with
 * its effective value and where that value came from ({@code application.yml} and its line, an environment variable,
 * a command-line argument, a {@code configtree:} file). Read from Spring Boot's configuration property sources, so an
 * environment variable appears under the setting it sets ({@code JEMBATAN_LRS_PASSWORD} as
 * {@code jembatan.lrs.password}). Secrets are never shown: a setting whose name ends in {@code password},
 * {@code token}, {@code secret} or {@code key} shows {@link Secrets#MASK}, and every other value goes through
 * {@link Secrets#mask} (a password inside a JDBC URL). Read only: settings are changed where they come from.
 */
@Controller
class SettingsController {

    /** The prefixes shown; everything else in the environment (the JVM's, the OS's) is not the bridge's. */
    static final List<String> PREFIXES = List.of("jembatan", "spring.datasource", "spring.profiles", "server",
            "management", "logging");
    private static final Set<String> SECRET_ENDINGS = Set.of("password", "token", "secret", "key", "key-hash",
            "client-secret", "pseudonym-key", "token-hash", "password-hash");

    /** One setting: its name, effective value (masked) and origin. */
    record Setting(String name, String value, String origin, boolean secret) {
    }

    private final ConfigurableEnvironment environment;

    SettingsController(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @GetMapping("/console/settings")
    String settings(@RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Setting> all = effective();
        List<Setting> shown = all.stream().filter(s -> q.isEmpty() || s.name().contains(q)
                || s.origin().toLowerCase(Locale.ROOT).contains(q)).toList();
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("settings", shown);
        model.addAttribute("total", all.size());
        return "console/settings";
    }

    /** The effective settings in name order: for each name, the first source that has it (the one Spring uses). */
    List<Setting> effective() {
        Map<String, Setting> byName = new LinkedHashMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().filter(SettingsController::shown).forEach(name -> {
                String key = name.toString();
                if (byName.containsKey(key)) {
                    return;
                }
                ConfigurationProperty property = source.getConfigurationProperty(name);
                if (property == null || property.getValue() == null) {
                    return;
                }
                boolean secret = secret(name);
                String value = secret ? Secrets.MASK : Secrets.mask(resolved(String.valueOf(property.getValue())));
                byName.put(key, new Setting(key, value, origin(property.getOrigin(), source), secret));
            });
        }
        List<Setting> sorted = new ArrayList<>(byName.values());
        sorted.sort(Comparator.comparing(Setting::name));
        return sorted;
    }

    /** The value as the bridge uses it: {@code ${jembatan.state.jdbc-url:…}} becomes the URL it names. */
    private String resolved(String value) {
        try {
            return environment.resolvePlaceholders(value);
        } catch (IllegalArgumentException unresolvable) {
            return value;
        }
    }

    private static boolean shown(ConfigurationPropertyName name) {
        String text = name.toString();
        return PREFIXES.stream().anyMatch(p -> text.equals(p) || text.startsWith(p + ".")) && !text.contains(".internal.");
    }

    static boolean secret(ConfigurationPropertyName name) {
        String last = name.getLastElement(ConfigurationPropertyName.Form.DASHED);
        return SECRET_ENDINGS.stream().anyMatch(last::endsWith);
    }

    /** Where a value came from, as an admin would look for it. */
    static String origin(Origin origin, ConfigurationPropertySource source) {
        String sourceName = source.getUnderlyingSource() instanceof PropertySource<?> ps ? ps.getName()
                : String.valueOf(source.getUnderlyingSource());
        while (origin instanceof PropertySourceOrigin wrapped) {
            sourceName = wrapped.getPropertySource().getName();
            origin = wrapped.getOrigin();
        }
        if (origin instanceof SystemEnvironmentOrigin env) {
            return "env " + env.getProperty();
        }
        if (origin instanceof TextResourceOrigin text) {
            String resource = text.getResource() == null ? "?" : text.getResource().getDescription();
            return text.getLocation() == null ? resource : resource + ", line " + (text.getLocation().getLine() + 1);
        }
        if (origin != null) {
            return origin.toString();
        }
        return switch (sourceName) {
            case "commandLineArgs" -> "command line";
            case "systemProperties" -> "system property (-D)";
            case "systemEnvironment" -> "env";
            default -> sourceName;
        };
    }
}
