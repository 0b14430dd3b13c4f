package id.jembatan.moodle;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The site and the web service account behind the token ({@code core_webservice_get_site_info}), including
 * the functions the token's external service allows.
 *
 * @param siteName the site's full name
 * @param siteUrl the site's wwwroot as Moodle knows it
 * @param siteId the id of the site course (1)
 * @param release e.g. {@code 4.5.6 (Build: 20250811)}
 * @param version e.g. {@code 2024100706}
 * @param lang the account's language
 * @param userId the id of the web service account
 * @param username the web service account's username
 * @param fullName the web service account's full name
 * @param userIsSiteAdmin whether the web service account is a site administrator
 * @param functions the functions the token may call, with their versions
 * @param advancedFeatures site features and their settings (e.g. {@code enablecompletion} = 1)
 */
public record SiteInfo(String siteName, String siteUrl, long siteId, String release, String version, String lang,
        long userId, String username, String fullName, boolean userIsSiteAdmin, List<ServiceFunction> functions,
        List<Feature> advancedFeatures) {

    public SiteInfo {
        functions = MoodleJson.list(functions);
        advancedFeatures = MoodleJson.list(advancedFeatures);
    }

    /**
     * The functions of {@code required} that the token's external service does not offer, in the order given.
     * Empty when every one is there; {@code check} reports the rest, e.g. with
     * {@code siteInfo.missingFunctions(MoodleClient.REQUIRED_FUNCTIONS)}.
     */
    public List<String> missingFunctions(Collection<String> required) {
        Set<String> offered = functions.stream().map(ServiceFunction::name).collect(Collectors.toSet());
        return required.stream().filter(name -> !offered.contains(name))
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }

    /** Whether the token may call the function {@code name}. */
    public boolean offers(String name) {
        return functions.stream().anyMatch(function -> function.name().equals(name));
    }

    /** Whether the site feature {@code name} (e.g. {@code enablecompletion}) is switched on. */
    public boolean featureEnabled(String name) {
        return advancedFeatures.stream().anyMatch(feature -> feature.name().equals(name) && feature.value() != 0);
    }

    /** A web service function the token's service offers. */
    public record ServiceFunction(String name, String version) {
    }

    /** A site feature and its value, as listed in {@code advancedfeatures}. */
    public record Feature(String name, int value) {
    }
}
