package dk.boligmonitor.warehouse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.registry.Years;

/**
 * The 95 % margin of every survey share, from its number of respondents: 1.96 × √(p(1 − p)/n), in
 * percentage points. A safety share of 63 % among 120 respondents is 63 ± 9: the board should know.
 */
@Component
class SurveyMargins {

    private final JdbcClient jdbc;
    private final MonitorConfig config;

    SurveyMargins(JdbcClient jdbc, MonitorConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    int compute(Years years) {
        int computed = 0;
        for (Indicator indicator : config.indicators()) {
            if (indicator.survey()) {
                computed += jdbc.sql("""
                        UPDATE fact_indicator SET margin = 196 * SQRT((value / 100) * (1 - value / 100) / denominator)
                         WHERE indicator_code = ? AND state = 'VALUE' AND value IS NOT NULL
                           AND denominator > 0 AND %s
                        """.formatted(years.condition("year"))).param(indicator.code()).update();
            }
        }
        return computed;
    }
}
