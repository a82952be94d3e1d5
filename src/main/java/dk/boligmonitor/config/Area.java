package dk.boligmonitor.config;

import java.util.List;

/** A boligområde: the unit every report is about, compared with its own municipality. */
public record Area(String code, String name, List<String> aliases, int municipalityCode, List<Estate> estates) {
}
