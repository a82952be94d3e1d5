package dk.boligmonitor.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.report.PacketEditions.Edition;
import dk.boligmonitor.report.PacketEditions.RefusedFile;
import dk.boligmonitor.report.PacketEditions.Revision;
import dk.boligmonitor.report.PacketSnapshot.Figure;
import dk.boligmonitor.report.PacketSnapshot.Standing;
import dk.boligmonitor.rules.Status;

/**
 * "Siden sidste pakke": what changed between the previous packet and this one, in the board's words. New figures
 * (a year of data that came in), figures revised (old → new, and the extract that revised it), criteria whose
 * status changed, areas whose standing on the official list changed, and files refused since. Empty sections are
 * left out; when all are empty the page says so in one line.
 *
 * @param previous when the previous packet was written; null for the programme's first packet
 */
record PacketChanges(LocalDateTime previous, List<Section> sections) {

    /** The revised figures listed before the rest are only counted: the workbook has them all. */
    static final int REVISIONS_LISTED = 40;
    private static final int SERIES_NAMED = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** A heading and its lines. */
    record Section(String heading, List<String> lines) {
    }

    static PacketChanges first() {
        return new PacketChanges(null, List.of());
    }

    boolean nothingChanged() {
        return previous != null && sections.isEmpty();
    }

    static PacketChanges between(Edition before, PacketSnapshot now, List<RefusedFile> refused,
                                 Map<String, Revision> revisions) {
        PacketSnapshot then = before.shown();
        List<Section> sections = new ArrayList<>();
        add(sections, "report.changes.new_figures", newFigures(then, now));
        add(sections, "report.changes.revised", revised(then, now, revisions));
        add(sections, "report.changes.criteria", standings(then.criteria(), now.criteria(), PacketChanges::criterion));
        add(sections, "report.changes.list", standings(then.list(), now.list(), PacketChanges::listStanding));
        add(sections, "report.changes.refused", refused.stream()
                .map(f -> Messages.get("report.changes.refused_file", f.fileName(), f.at().format(DAY), f.reason()))
                .toList());
        return new PacketChanges(before.writtenAt(), sections);
    }

    private static void add(List<Section> sections, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            sections.add(new Section(Messages.get(heading), lines));
        }
    }

    /** Figures shown now that were missing or not there before, by indicator and year, naming the series. */
    private static List<String> newFigures(PacketSnapshot then, PacketSnapshot now) {
        Map<String, List<String>> series = new TreeMap<>();
        for (Figure figure : now.figures().values()) {
            Figure earlier = then.figures().get(figure.key());
            if (figure.shown() && (earlier == null || !earlier.shown())) {
                series.computeIfAbsent(figure.indicatorName() + "\t" + figure.year(), k -> new ArrayList<>())
                        .add(figure.seriesName());
            }
        }
        return series.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\t");
            List<String> names = e.getValue();
            String named = names.stream().limit(SERIES_NAMED).collect(Collectors.joining(", "))
                    + (names.size() > SERIES_NAMED ? " " + Messages.get("report.changes.and_more", names.size()
                    - SERIES_NAMED) : "");
            return Messages.get("report.changes.new_figure", key[0], key[1], named);
        }).toList();
    }

    /** Figures shown both times whose printed text changed: old → new, and what revised it. */
    private static List<String> revised(PacketSnapshot then, PacketSnapshot now, Map<String, Revision> revisions) {
        List<String> lines = new ArrayList<>();
        int more = 0;
        for (Figure figure : now.figures().values()) {
            Figure earlier = then.figures().get(figure.key());
            // a figure that was missing or suppressed and is shown now is a new figure, not a revised one
            if (earlier == null || !earlier.shown() || earlier.text().equals(figure.text())) {
                continue;
            }
            if (lines.size() == REVISIONS_LISTED) {
                more++;
                continue;
            }
            Revision revision = revisions.get(figure.key());
            String cause = revision == null ? Messages.get("report.changes.recomputed")
                    : Messages.get("report.changes.revised_by", revision.fileName(), revision.at().format(DAY));
            lines.add(Messages.get("report.changes.revised_figure", figure.seriesName(), figure.indicatorName(),
                    figure.year(), earlier.text(), figure.text(), cause));
        }
        if (more > 0) {
            lines.add(Messages.get("report.changes.more_revised", more));
        }
        return lines;
    }

    private interface Describe {
        String line(Standing then, Standing now);
    }

    private static List<String> standings(Map<String, Standing> then, Map<String, Standing> now, Describe describe) {
        Map<String, String> lines = new LinkedHashMap<>();
        now.forEach((key, standing) -> {
            Standing earlier = then.get(key);
            if (earlier != null && !earlier.status().equals(standing.status())) {
                lines.put(key, describe.line(earlier, standing));
            }
        });
        return List.copyOf(lines.values());
    }

    private static String criterion(Standing then, Standing now) {
        return Messages.get("report.changes.criterion", now.unitName(), now.what(),
                Status.valueOf(then.status()).danish(), then.year(), Status.valueOf(now.status()).danish(), now.year());
    }

    private static String listStanding(Standing then, Standing now) {
        return Messages.get("report.changes.list_standing", now.unitName(), ListStatus.valueOf(then.status()).danish(),
                then.year(), ListStatus.valueOf(now.status()).danish(), now.year());
    }
}
