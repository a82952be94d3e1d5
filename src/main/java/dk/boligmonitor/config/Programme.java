package dk.boligmonitor.config;

import java.nio.file.Path;
import java.util.List;

import dk.boligmonitor.rules.Criterion;

/**
 * A boligsocial helhedsplan or partnership: its areas, the years its reports cover, the criteria it agreed,
 * and the indicator its overview leads with.
 */
public record Programme(String code, String name, String period, int firstYear, int lastYear,
                        String headlineIndicator, List<Area> areas, List<Criterion> criteria, Path file) {
}
