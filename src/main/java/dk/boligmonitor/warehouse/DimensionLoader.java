package dk.boligmonitor.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * all 98 municipalities, the five regions, the country, reference groups), the indicators and the years. Rows
 * are updated in place so facts and results that point at them stay valid, and only rows that differ are
 * written: at national scale that is five thousand units, nearly always as they were.
 */
@Component
class DimensionLoader {

    private final JdbcClient jdbc;

    DimensionLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many units the area dimension holds. */
    int load(MonitorConfig config) {
        Map<String, Unit> stored = jdbc.sql("""
                SELECT area_code AS code, name, kind, parent_code AS parent, programme_code AS programme,
                       municipality_code AS municipality, region_code AS region, company, afdeling, tenancies
                  FROM dim_area
                """)
                .query(Unit.class).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        for (Unit unit : units(config)) {
            Unit before = stored.get(unit.code());
            if (before == null) {
                jdbc.sql("""
                        INSERT INTO dim_area (name, kind, parent_code, programme_code, municipality_code,
                                              region_code, company, afdeling, tenancies, area_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                        .params(unit.values()).update();
            } else if (!before.equals(unit)) {
                jdbc.sql("""
                        UPDATE dim_area SET name = ?, kind = ?, parent_code = ?, programme_code = ?,
                                            municipality_code = ?, region_code = ?, company = ?, afdeling = ?,
                                            tenancies = ?
                         WHERE area_code = ?
                        """)
                        .params(unit.values()).update();
            }
        }
        Map<String, IndicatorRow> indicators = jdbc.sql("""
                SELECT indicator_code AS code, name, unit, decimals, better, sort_order
                  FROM dim_indicator
                """)
                .query(IndicatorRow.class).stream().collect(Collectors.toMap(IndicatorRow::code, Function.identity()));
        for (Indicator indicator : config.indicators()) {
            IndicatorRow row = new IndicatorRow(indicator.code(), indicator.name(), indicator.unit().name(),
                    indicator.decimals(), indicator.better().name(), indicator.order());
            IndicatorRow before = indicators.get(row.code());
            if (before == null) {
                jdbc.sql("""
                        INSERT INTO dim_indicator (name, unit, decimals, better, sort_order, indicator_code)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """).params(row.values()).update();
            } else if (!before.equals(row)) {
                jdbc.sql("""
                        UPDATE dim_indicator SET name = ?, unit = ?, decimals = ?, better = ?, sort_order = ?
                         WHERE indicator_code = ?
                        """).params(row.values()).update();
            }
        }
        List<Integer> years = jdbc.sql("SELECT year FROM dim_year").query(Integer.class).list();
        IntStream.rangeClosed(config.firstYear(), config.lastYear()).filter(year -> !years.contains(year))
                .forEach(year -> jdbc.sql("INSERT INTO dim_year (year) VALUES (?)").param(year).update());
        return jdbc.sql("SELECT COUNT(*) FROM dim_area").query(Integer.class).single();
    }

    private static List<Unit> units(MonitorConfig config) {
        List<Unit> units = new ArrayList<>();
        for (Municipality m : config.municipalities().all()) {
            units.add(new Unit(m.regionUnitCode(), m.regionName(), "REGION", null, null, null, m.regionCode(), null,
                    null, null));
        }
        for (Municipality m : config.municipalities().all()) {
            units.add(new Unit(m.unitCode(), m.displayName(), "MUNICIPALITY", m.regionUnitCode(), null, m.code(),
                    m.regionCode(), null, null, null));
        }
        units.add(new Unit(MonitorConfig.COUNTRY_CODE, MonitorConfig.COUNTRY_NAME, "COUNTRY", null, null, null, null,
                null, null, null));
        for (ReferenceGroup group : config.referenceGroups()) {
            units.add(new Unit(group.code(), group.name(), "REFERENCE", null, null, null, null, null, null, null));
        }
        for (Programme programme : config.programmes()) {
            units.add(new Unit(programme.code(), programme.name(), "PROGRAMME", null, programme.code(), null, null,
                    null, null, null));
            for (Area area : programme.areas()) {
                Municipality m = config.municipalityOf(area);
                units.add(new Unit(area.code(), area.name(), "AREA", programme.code(), programme.code(), m.code(),
                        m.regionCode(), null, null, null));
                for (Estate estate : area.estates()) {
                    units.add(new Unit(estate.code(), estate.name(), "ESTATE", area.code(), programme.code(), m.code(),
                            m.regionCode(), estate.company(), estate.afdeling(), estate.tenancies()));
                }
            }
        }
        // regions are listed once per municipality in the loops above; the first of each stands
        return units.stream().collect(Collectors.toMap(Unit::code, Function.identity(), (first, again) -> first,
                LinkedHashMap::new)).values().stream().toList();
    }

    /** A row of dim_area. */
    record Unit(String code, String name, String kind, String parent, String programme, Integer municipality,
                Integer region, String company, String afdeling, Integer tenancies) {

        /** In the order of the statements above: the columns, then the code. */
        Object[] values() {
            return new Object[] {name, kind, parent, programme, municipality, region, company, afdeling, tenancies,
                    code};
        }
    }

    /** A row of dim_indicator. */
    record IndicatorRow(String code, String name, String unit, int decimals, String better, int sortOrder) {

        Object[] values() {
            return new Object[] {name, unit, decimals, better, sortOrder, code};
        }
    }
}
