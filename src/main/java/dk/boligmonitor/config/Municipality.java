package dk.boligmonitor.config;

import dk.boligmonitor.format.Messages;

/** One of the 98 municipalities, with the region its regional baselines belong to. */
public record Municipality(int code, String name, int regionCode, String regionName) {

    public String unitCode() {
        return unitCode(code);
    }

    public static String unitCode(int code) {
        return "k" + code;
    }

    public String displayName() {
        return Messages.get("config.municipality.name", name);
    }

    /** The unit code of the region, whose figures are the baseline for regional criteria (e.g. income). */
    public String regionUnitCode() {
        return regionUnitCode(regionCode);
    }

    public static String regionUnitCode(int regionCode) {
        return "r" + regionCode;
    }
}
