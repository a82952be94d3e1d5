package dk.boligmonitor.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.SimpleNamedDestination;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.boligmonitor.format.Messages;

/**
 * Binds PDFs Jasper laid out into one document: their pages in order with each part's bookmarks, the page footer
 * ("what this is · Side n af N") stamped on the pages it numbers, and the first page's links to the parts' anchors.
 * Copying a page costs a fraction of laying it out, so an area is laid out once and bound twice: into its own
 * report and into the board's packet, where "Side n af N" counts the packet's pages.
 */
final class PdfBinding {

    private static final String CREATOR = "Boligmonitor";

    /** A link on the first page: the rectangle (PDF units, origin bottom left) and the anchor it leads to. */
    record Link(Rectangle area, String anchor) {
    }

    private final String title;
    private final String footerLabel;
    private final int firstNumberedPage;
    private final List<Link> links;

    /**
     * @param footerLabel       the left half of every footer, e.g. "Motalavej · Boligsocial helhedsplan for …"
     * @param firstNumberedPage the first page that gets a footer (2 when the first page is a cover)
     * @param links             links on the first page, each to the first part page where its anchor is
     */
    PdfBinding(String title, String footerLabel, int firstNumberedPage, List<Link> links) {
        this.title = title;
        this.footerLabel = footerLabel;
        this.firstNumberedPage = firstNumberedPage;
        this.links = links;
    }

    void bind(List<byte[]> parts, OutputStream out) throws IOException {
        List<PdfReader> readers = new ArrayList<>();
        for (byte[] part : parts) {
            readers.add(new PdfReader(part));
        }
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            copy.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            document.addTitle(title);
            document.addCreator(CREATOR);
            document.open();
            copyPages(copy, readers);
            document.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void copyPages(PdfCopy copy, List<PdfReader> readers) throws IOException, DocumentException {
        int pages = readers.stream().mapToInt(PdfReader::getNumberOfPages).sum();
        List<Map<String, Object>> outline = new ArrayList<>();
        Map<String, String> anchors = new HashMap<>();
        int before = 0;
        for (PdfReader reader : readers) {
            outline.addAll(bookmarks(reader, before));
            anchors(reader, before, anchors);
            before += reader.getNumberOfPages();
        }
        int page = 0;
        for (PdfReader reader : readers) {
            for (int own = 1; own <= reader.getNumberOfPages(); own++) {
                page++;
                PdfImportedPage imported = copy.getImportedPage(reader, own);
                PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
                if (page == 1) {
                    for (Link link : links) {
                        stamp.addAnnotation(annotation(copy, link, anchors));
                    }
                }
                if (page >= firstNumberedPage) {
                    PageFooter.stamp(stamp.getOverContent(), footerLabel, page, pages);
                }
                stamp.alterContents();
                copy.addPage(imported);
            }
            copy.freeReader(reader);
        }
        if (!outline.isEmpty()) {
            copy.setOutlines(outline);
        }
    }

    /** A part's bookmarks, pointing at its pages' places in the whole. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> bookmarks(PdfReader reader, int pagesBefore) {
        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmark(reader);
        if (bookmarks == null) {
            return List.of();
        }
        SimpleBookmark.shiftPageNumbers(bookmarks, pagesBefore, null);
        return bookmarks;
    }

    /**
     * Jasper writes each anchor as a named destination, "page XYZ x y zoom"; the first part that has an anchor
     * is where a link to it goes (every area has a "Succeskriterier", but links name parts, not their sections).
     */
    private static void anchors(PdfReader reader, int pagesBefore, Map<String, String> anchors) {
        SimpleNamedDestination.getNamedDestination(reader, false).forEach((name, destination) -> {
            String where = destination.toString();
            int space = where.indexOf(' ');
            anchors.putIfAbsent(name.toString(),
                    (Integer.parseInt(where.substring(0, space)) + pagesBefore) + where.substring(space));
        });
    }

    private static PdfAnnotation annotation(PdfCopy copy, Link link, Map<String, String> anchors) {
        String where = anchors.get(link.anchor());
        if (where == null) {
            throw new ReportRenderingException(Messages.get("report.anchor_missing", link.anchor()), null);
        }
        int space = where.indexOf(' ');
        PdfAction goTo = PdfAction.gotoLocalPage(Integer.parseInt(where.substring(0, space)),
                new PdfDestination(where.substring(space + 1)), copy);
        PdfAnnotation annotation = PdfAnnotation.createLink(copy, link.area(), PdfAnnotation.HIGHLIGHT_INVERT, goTo);
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        return annotation;
    }
}
