package dk.boligmonitor.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.boligmonitor.config.Indicator;
import dk.boligmonitor.config.SourceMapping.Part;
import dk.boligmonitor.config.Unit;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.Observation.State;
import dk.boligmonitor.ingest.read.Rejection;

/**
 * The parts of one ratio that a file gives must agree: a share's numerator cannot exceed its denominator, and a
 * value beside them must be what they give, to the decimals the file shows. A numerator typed 770 for 77 would
 * otherwise print as 802,1 %, and a value left from before a correction would be reported beside figures that
 * say otherwise. Parts side by side in one row are checked together; a long layout gives a share's numerator
 * and denominator in rows of their own, so the parts of the file's earlier rows are kept to check each later
 * row against (one instance per file).
 */
final class RowRatios {

    /** Beyond the decimals the file shows, a value is compared to this many: enough for any stored fraction. */
    private static final int COMPUTED_SCALE = 10;
    /** The most decimals a message shows of a computed value. */
    private static final int SHOWN_SCALE_LIMIT = 4;

    private final Map<String, Indicator> indicators;
    /** A share's numerator or denominator from an accepted earlier row, by unit, indicator, period and part. */
    private final Map<String, EarlierPart> earlier = new HashMap<>();

    private record EarlierPart(BigDecimal amount, int rowNo) {
    }

    RowRatios(List<Indicator> indicators) {
        this.indicators = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    /** One figure of a row and the column it came from, as the file spells it. */
    record Figure(Observation observation, String column) {
    }

    /** The first contradiction among the ratios of one row, naming both numbers, or none. */
    Optional<Rejection> contradiction(int rowNo, List<Figure> figures) {
        Map<String, Map<Part, Figure>> ratios = new LinkedHashMap<>();
        for (Figure figure : figures) {
            Observation o = figure.observation();
            if (o.state() == State.VALUE) {
                ratios.computeIfAbsent(o.areaCode() + " " + o.indicator() + " " + o.period(),
                        key -> new LinkedHashMap<>()).put(o.part(), figure);
            }
        }
        for (Map<Part, Figure> parts : ratios.values()) {
            Optional<Rejection> problem = contradiction(rowNo, parts);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * A share's numerator above its denominator where one of the two came in an earlier row of the file, naming
     * both numbers and that row; with none, the row's shares are kept for the rows after it.
     */
    Optional<Rejection> acrossRows(int rowNo, List<Figure> figures) {
        List<Figure> shares = figures.stream().filter(f -> f.observation().state() == State.VALUE
                && isShare(f.observation().indicator()) && f.observation().part() != Part.VALUE).toList();
        for (Figure figure : shares) {
            Observation o = figure.observation();
            Part other = o.part() == Part.NUMERATOR ? Part.DENOMINATOR : Part.NUMERATOR;
            EarlierPart known = earlier.get(key(o, other));
            if (known == null) {
                continue;
            }
            BigDecimal top = o.part() == Part.NUMERATOR ? o.amount() : known.amount();
            BigDecimal bottom = o.part() == Part.NUMERATOR ? known.amount() : o.amount();
            if (top.compareTo(bottom) > 0) {
                return Optional.of(new Rejection(rowNo, figure.column(), o.amount().toPlainString(),
                        Messages.get("ingest.ratio.above_whole_across_rows", shown(top), shown(bottom),
                                known.rowNo())));
            }
        }
        shares.forEach(f -> earlier.put(key(f.observation(), f.observation().part()),
                new EarlierPart(f.observation().amount(), rowNo)));
        return Optional.empty();
    }

    private boolean isShare(String indicator) {
        Indicator known = indicators.get(indicator);
        return known != null && known.unit() == Unit.PERCENT;
    }

    private static String key(Observation o, Part part) {
        return o.areaCode() + " " + o.indicator() + " " + o.period() + " " + part;
    }

    private Optional<Rejection> contradiction(int rowNo, Map<Part, Figure> parts) {
        Figure numerator = parts.get(Part.NUMERATOR);
        Figure denominator = parts.get(Part.DENOMINATOR);
        if (numerator == null || denominator == null) {
            return Optional.empty();
        }
        Indicator indicator = indicators.get(numerator.observation().indicator());
        if (indicator == null || !indicator.unit().isRatio()) {
            return Optional.empty();
        }
        BigDecimal top = numerator.observation().amount();
        BigDecimal bottom = denominator.observation().amount();
        if (indicator.unit() == Unit.PERCENT && top.compareTo(bottom) > 0) {
            return Optional.of(new Rejection(rowNo, numerator.column(), top.toPlainString(),
                    Messages.get("ingest.ratio.above_whole", shown(top), shown(bottom))));
        }
        Figure value = parts.get(Part.VALUE);
        if (value == null || bottom.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal given = value.observation().amount();
        int givenScale = Math.max(given.stripTrailingZeros().scale(), 0);
        BigDecimal computed = top.multiply(indicator.unit().scale()).divide(bottom, COMPUTED_SCALE, RoundingMode.HALF_UP);
        // rounding to the decimals the file or the indicator shows, whichever is coarser, is no contradiction
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.min(givenScale, indicator.decimals()))
                .divide(BigDecimal.valueOf(2));
        if (computed.subtract(given).abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        int shownScale = Math.max(indicator.decimals(), Math.min(givenScale, SHOWN_SCALE_LIMIT));
        return Optional.of(new Rejection(rowNo, value.column(), given.toPlainString(),
                Messages.get("ingest.ratio.value_disagrees", DanishFormat.number(given, shownScale), shown(top),
                        shown(bottom), DanishFormat.number(computed, shownScale), indicator.unit().label())));
    }

    private static String shown(BigDecimal amount) {
        return DanishFormat.number(amount, Math.min(Math.max(amount.stripTrailingZeros().scale(), 0), SHOWN_SCALE_LIMIT));
    }
}
