package dk.boligmonitor.report;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

import java.util.Iterator;
import java.util.List;

/**
 * The board packet's rows, one per area, each giving the {@code area-content} subreport its parameters. It
 * remembers the area it is on, so a failure deep inside the packet can still say which area it was.
 */
final class PacketAreas implements JRDataSource {

    private final Iterator<AreaReport> areas;
    private final AreaTemplates templates;
    private AreaReport current;

    PacketAreas(List<AreaReport> areas, AreaTemplates templates) {
        this.areas = areas.iterator();
        this.templates = templates;
    }

    @Override
    public boolean next() {
        current = areas.hasNext() ? areas.next() : null;
        return current != null;
    }

    /** The only field, {@code areaParameters}; built when the row is read, so it fails on the right area. */
    @Override
    public Object getFieldValue(JRField field) {
        return AreaReportParameters.of(current, templates);
    }

    /** The area being filled, or null before the first and after the last. */
    String currentArea() {
        return current == null ? null : current.areaName();
    }
}
