package dk.boligmonitor.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.boligmonitor.rules.Criterion;

/**
 * A boligsocial helhedsplan or partnership: its areas, the years its reports cover, the criteria it agreed,
 * the indicator its overview leads with, and the indicators it follows when it lists them; who gets its board
 * packet by mail, and which data officer hears of a scheduled run that went wrong.
 */
public record Programme(String code, String name, String period, int firstYear, int lastYear,
                        String headlineIndicator, List<String> listedIndicators, List<Area> areas,
                        List<Criterion> criteria, List<Contact> board, Optional<Contact> dataOfficer, Path file) {

    /** Whether its reports show an indicator: every indicator when it lists none. */
    public boolean shows(String indicator) {
        return listedIndicators.isEmpty() || listedIndicators.contains(indicator);
    }

    /**
     * The indicators it follows whatever their data: those it lists, or else those of its criteria and its
     * headline. The reports say which of them have no figures yet.
     */
    public Set<String> followed() {
        if (!listedIndicators.isEmpty()) {
            return new LinkedHashSet<>(listedIndicators);
        }
        Set<String> followed = new LinkedHashSet<>();
        if (!headlineIndicator.isEmpty()) {
            followed.add(headlineIndicator);
        }
        criteria.forEach(criterion -> followed.add(criterion.indicatorCode()));
        return followed;
    }
}
