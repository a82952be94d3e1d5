package dk.boligmonitor.report;

/**
 * A glyph next to each criterion's status so it still reads when the packet is printed in black and white.
 * ✔ and ✘ exist in DejaVu Sans, the only font the reports embed.
 */
final class StatusMark {

    private StatusMark() {
    }

    static String of(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "Opfyldt" -> "✔";
            case "Ikke opfyldt" -> "✘";
            case "Ingen data" -> "–";
            default -> "";
        };
    }
}
