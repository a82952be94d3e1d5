package dk.boligmonitor.ingest.read;


/** A cell that cannot be used; the row it is in is rejected with this reason. */
public class RowProblem extends Exception {

    private final String column;
    private final String value;

    public RowProblem(String column, String value, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
    }

    public Rejection at(int rowNo) {
        return new Rejection(rowNo, column, value, getMessage());
    }
}
