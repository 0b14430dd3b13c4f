package id.jembatan.bridge.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clients of {@code jembatan.api.clients} and {@code jembatan.lrs.embedded.clients}, bound as a map so that one
 * client's settings may come from several sources (an {@code application.yml} with the name and scopes, an environment
 * variable or a {@code configtree:} file with the secret): Spring Boot binds a list from one source only, a map entry
 * property by property. The keys are list indexes ({@code clients[0].key}, {@code JEMBATAN_API_CLIENTS_0_KEY}) or
 * names ({@code clients.bkpsdm.key}, {@code JEMBATAN_API_CLIENTS_BKPSDM_KEY}).
 */
public final class ClientMap {

    private ClientMap() {
    }

    /**
     * {@code clients} in a stable order (indexes by number, then names), with the entries that are one client seen
     * through two sources merged: an environment variable can spell {@code univ-mitra} only as {@code UNIVMITRA}, and
     * Spring Boot binds both keys to the same settings, so the spelling with dashes is kept.
     */
    public static <C> Map<String, C> normalized(Map<String, C> clients) {
        if (clients == null || clients.isEmpty()) {
            return Map.of();
        }
        Map<String, String> spellingByUniform = new LinkedHashMap<>();
        for (String key : clients.keySet()) {
            spellingByUniform.merge(uniform(key), key, (a, b) -> a.length() >= b.length() ? a : b);
        }
        List<String> keys = new ArrayList<>(spellingByUniform.values());
        keys.sort(Comparator.comparing((String key) -> !isIndex(key))
                .thenComparing(key -> isIndex(key) ? String.format("%010d", Long.parseLong(key)) : key));
        Map<String, C> ordered = new LinkedHashMap<>();
        keys.forEach(key -> ordered.put(key, clients.get(key)));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /** Whether {@code key} is a list index ({@code clients[0]}) rather than a name ({@code clients.bkpsdm}). */
    public static boolean isIndex(String key) {
        return !key.isEmpty() && key.length() < 10 && key.chars().allMatch(Character::isDigit);
    }

    /** The property prefix of one client, as an admin would write it: {@code prefix[0]} or {@code prefix.bkpsdm}. */
    public static String setting(String prefix, String key) {
        return isIndex(key) ? prefix + "[" + key + "]" : prefix + "." + key;
    }

    private static String uniform(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
