package dk.boligmonitor.targets;

import java.math.BigDecimal;

/** The outcome of one criterion for one unit and year, with the figures behind it and the rule in words. */
public record Evaluation(Status status, BigDecimal actual, BigDecimal target, String explanation) {
}
