package dk.boligmonitor.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;

import dk.boligmonitor.format.Messages;

/**
 * The footer of an A4 page: a hairline, what the document is, and "Side n af N". It sits in the room the
 * templates leave empty at the foot of their pages (a 22 pt band above the 28 pt bottom margin), drawn as the
 * templates' footers were: 7 pt DejaVu Sans in the muted grey, the label shrunk rather than cut when it is long.
 */
final class PageFooter {

    private static final float LEFT = 40;
    private static final float RIGHT = 555;
    private static final float LINE_Y = 46;
    private static final float TEXT_BASELINE = 35.5f;
    private static final float LABEL_WIDTH = 360;
    private static final float SIZE = 7;
    private static final Color LINE = new Color(0xC5, 0xCE, 0xD8);
    private static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    /** The font the templates use, from the same font extension, embedded as a subset like theirs. */
    private static final BaseFont FONT = dejaVuSans();

    private PageFooter() {
    }

    static void stamp(PdfContentByte page, String label, int number, int pages) {
        page.saveState();
        page.setLineWidth(0.5f);
        page.setColorStroke(LINE);
        page.moveTo(LEFT, LINE_Y);
        page.lineTo(RIGHT, LINE_Y);
        page.stroke();
        page.beginText();
        page.setColorFill(MUTED);
        page.setFontAndSize(FONT, Math.min(SIZE, SIZE * LABEL_WIDTH / FONT.getWidthPoint(label, SIZE)));
        page.showTextAligned(Element.ALIGN_LEFT, label, LEFT, TEXT_BASELINE, 0);
        page.setFontAndSize(FONT, SIZE);
        page.showTextAligned(Element.ALIGN_RIGHT, Messages.get("report.page", number, pages), RIGHT, TEXT_BASELINE, 0);
        page.endText();
        page.restoreState();
    }

    private static BaseFont dejaVuSans() {
        String ttf = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
        try (InputStream in = PageFooter.class.getClassLoader().getResourceAsStream(ttf)) {
            if (in == null) {
                throw new IllegalStateException(Messages.get("report.font_missing", ttf));
            }
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException(Messages.get("report.font_unreadable", ttf), e);
        }
    }
}
