package dk.boligmonitor.warehouse;

import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Area;
import dk.boligmonitor.config.Estate;
import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Municipality;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.config.ReferenceGroup;

/**
 * Brings the dimensions in line with jobs/: every unit a figure can be about (estates, areas, programmes,
 * all 98 municipalities, the five regions, the country, reference groups), the indicators and the years. Rows are updated in
 * place so facts and results that point at them stay valid.
 */
@Component
class DimensionLoader {

    private final JdbcClient jdbc;

    DimensionLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many units the area dimension holds. */
    int load(MonitorConfig config) {
        for (Municipality m : config.municipalities().all()) {
            unit(m.regionUnitCode(), m.regionName(), "REGION", null, null, null, m.regionCode(), null, null, null);
        }
        for (Municipality m : config.municipalities().all()) {
            unit(m.unitCode(), m.displayName(), "MUNICIPALITY", m.regionUnitCode(), null, m.code(), m.regionCode(),
                    null, null, null);
        }
        unit(MonitorConfig.COUNTRY_CODE, MonitorConfig.COUNTRY_NAME, "COUNTRY", null, null, null, null, null, null, null);
        for (ReferenceGroup group : config.referenceGroups()) {
            unit(group.code(), group.name(), "REFERENCE", null, null, null, null, null, null, null);
        }
        for (Programme programme : config.programmes()) {
            unit(programme.code(), programme.name(), "PROGRAMME", null, programme.code(), null, null, null, null, null);
            for (Area area : programme.areas()) {
                Municipality m = config.municipalityOf(area);
                unit(area.code(), area.name(), "AREA", programme.code(), programme.code(), m.code(), m.regionCode(),
                        null, null, null);
                for (Estate estate : area.estates()) {
                    unit(estate.code(), estate.name(), "ESTATE", area.code(), programme.code(), m.code(),
                            m.regionCode(), estate.company(), estate.afdeling(), estate.tenancies());
                }
            }
        }
        for (Indicator indicator : config.indicators()) {
            int updated = jdbc.sql("UPDATE dim_indicator SET name = ?, unit = ?, decimals = ?, better = ?, sort_order = ?"
                            + " WHERE indicator_code = ?")
                    .params(indicator.name(), indicator.unit().name(), indicator.decimals(), indicator.better().name(),
                            indicator.order(), indicator.code()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO dim_indicator (indicator_code, name, unit, decimals, better, sort_order)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(indicator.code(), indicator.name(), indicator.unit().name(), indicator.decimals(),
                                indicator.better().name(), indicator.order()).update();
            }
        }
        IntStream.rangeClosed(config.firstYear(), config.lastYear()).forEach(year -> {
            if (jdbc.sql("SELECT COUNT(*) FROM dim_year WHERE year = ?").param(year).query(Integer.class).single() == 0) {
                jdbc.sql("INSERT INTO dim_year (year) VALUES (?)").param(year).update();
            }
        });
        return jdbc.sql("SELECT COUNT(*) FROM dim_area").query(Integer.class).single();
    }

    private void unit(String code, String name, String kind, String parent, String programme, Integer municipality,
                      Integer region, String company, String afdeling, Integer tenancies) {
        int updated = jdbc.sql("UPDATE dim_area SET name = ?, kind = ?, parent_code = ?, programme_code = ?,"
                        + " municipality_code = ?, region_code = ?, company = ?, afdeling = ?, tenancies = ?"
                        + " WHERE area_code = ?")
                .params(name, kind, parent, programme, municipality, region, company, afdeling, tenancies, code)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO dim_area (area_code, name, kind, parent_code, programme_code, municipality_code,"
                            + " region_code, company, afdeling, tenancies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(code, name, kind, parent, programme, municipality, region, company, afdeling, tenancies)
                    .update();
        }
    }
}
