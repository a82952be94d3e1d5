package dk.boligmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dk.boligmonitor.rules.Status;

class StatusMarkTest {

    @Test
    void everyStatusHasItsOwnGlyphAndDejaVuSansDrawsEachOne() throws Exception {
        assertThat(Arrays.stream(Status.values()).map(StatusMark::glyph)).doesNotHaveDuplicates()
                .containsExactly("✔", "✘", "→", "↘", "≈", "–", "..");
        for (String style : new String[]{"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}) {
            Font font = dejaVu(style);
            for (Status status : Status.values()) {
                assertThat(font.canDisplayUpTo(StatusMark.glyph(status))).as("%s in %s", status, style).isEqualTo(-1);
            }
        }
    }

    @Test
    void legendNamesEveryMarkInLowerCase() {
        assertThat(StatusMark.legend()).contains("✔</style> opfyldt", "✘</style> ikke opfyldt", "→</style> på rette spor",
                "↘</style> ikke på rette spor", "≈</style> ikke signifikant", "–</style> ingen data",
                "..</style> diskretioneret");
        assertThat(StatusMark.styled(null)).isEmpty();
    }

    /** The font the reports embed, as the jasperreports-fonts extension ships it. */
    private static Font dejaVu(String style) throws Exception {
        try (InputStream ttf = StatusMarkTest.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + style + ".ttf")) {
            assertThat(ttf).as(style).isNotNull();
            return Font.createFont(Font.TRUETYPE_FONT, ttf);
        }
    }
}
