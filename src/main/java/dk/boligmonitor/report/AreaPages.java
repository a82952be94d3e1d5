package dk.boligmonitor.report;

/**
 * One area's report (or a programme's as a whole) laid out on A4 pages, as a PDF without page footers: bound with
 * a footer it is the area's own report, and bound with the other parts it is the area's section of the board's
 * packet, so the area is laid out once for both.
 */
public record AreaPages(String areaName, String programmeName, byte[] pdf) {
}
