package dk.boligmonitor.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dk.boligmonitor.ingest.read.SourceRow;

/**
 * Reads the rows of the file its step loads. It keeps no restart position on purpose: an interrupted file is
 * cleared and read again from its first row, which is what makes a file's load all or nothing.
 */
class FileRowReader implements ItemStreamReader<SourceRow> {

    private final FileLoad load;

    FileRowReader(FileLoad load) {
        this.load = load;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        load.open();
    }

    @Override
    public SourceRow read() {
        return load.next();
    }

    @Override
    public void close() {
        load.close();
    }
}
