package dk.boligmonitor.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rendered PDF holds, read back with PDFBox: text per page, every font it uses, its bookmarks, and the
 * pages (from 1) its links within the document lead to, in the order they were placed.
 */
public record PdfContent(List<String> pages, List<PDFont> fonts, List<Bookmark> bookmarks, List<Integer> links) {

    /** An entry of the PDF's outline and the entries under it. */
    public record Bookmark(String title, List<Bookmark> children) {
    }

    public static PdfContent read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            List<PDFont> fonts = new ArrayList<>();
            List<Integer> links = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
                collectLinks(page, links);
            }
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            return new PdfContent(pages, fonts, outline == null ? List.of() : bookmarks(outline.children()), links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return String.join("\n", pages);
    }

    /** The top-level bookmark of that title, failing the test when there is none. */
    public Bookmark bookmark(String title) {
        return bookmarks.stream().filter(b -> b.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No bookmark '" + title + "' in " + bookmarks));
    }

    public List<String> bookmarkTitles() {
        return bookmarks.stream().map(Bookmark::title).toList();
    }

    private static List<Bookmark> bookmarks(Iterable<PDOutlineItem> items) {
        List<Bookmark> bookmarks = new ArrayList<>();
        for (PDOutlineItem item : items) {
            bookmarks.add(new Bookmark(item.getTitle(), bookmarks(item.children())));
        }
        return bookmarks;
    }

    private static void collectLinks(PDPage page, List<Integer> links) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                    && goTo.getDestination() instanceof PDPageDestination destination) {
                links.add(destination.retrievePageNumber() + 1);
            }
        }
    }

    /** Charts are drawn into form XObjects with resources of their own, so fonts are searched there too. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
