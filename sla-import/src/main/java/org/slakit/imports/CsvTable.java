package org.slakit.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read record by record, each with the physical line it starts on, and its columns
 * resolved from the header (or from column numbers when there is no header).
 */
final class CsvTable implements AutoCloseable {

    /** One record: its first line, its fields, and whether it is a blank line. */
    static final class Row {
        final long line;
        final List<String> fields;

        Row(long line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isEmpty();
        }
    }

    private final String name;
    private final String charsetName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private boolean first = true;

    private CsvTable(String name, String charsetName, CSVParser parser, List<String> header) {
        this.name = name;
        this.charsetName = charsetName;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
    }

    /**
     * Opens a table; with a header, reads it.
     *
     * @throws EventLogFormatException if the file is empty or its header cannot be read
     */
    static CsvTable open(Reader source, String name, EventLogMapping mapping) throws IOException {
        Reader reader = source.markSupported() ? source : new java.io.BufferedReader(source);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset(); // a byte order mark is not part of the text
            }
        } catch (UncheckedIOException | CharacterCodingException e) {
            throw new EventLogFormatException(name + " line 1: the bytes are not " + mapping.charset.name()
                    + " text (set csv.charset in the mapping)", e);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter).setQuote(mapping.quote)
                .setIgnoreEmptyLines(false).setRecordSeparator('\n').get();
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        CsvTable table = new CsvTable(name, mapping.charset.name(), parser, null);
        if (!mapping.header) {
            return table;
        }
        Row head = table.next();
        if (head == null) {
            parser.close();
            throw new EventLogFormatException(name + " is empty: expected a header line naming the columns");
        }
        List<String> names = new ArrayList<>();
        for (String field : head.fields) {
            names.add(field.strip());
        }
        return new CsvTable(name, table.charsetName, parser, List.copyOf(names)).skipFirst();
    }

    private CsvTable skipFirst() {
        first = false;
        return this;
    }

    /** @return the file name */
    String name() {
        return name;
    }

    /** @return the number of fields every row must have, or -1 without a header */
    int width() {
        return header == null ? -1 : header.size();
    }

    /**
     * Resolves a mapped column to its 0-based index.
     *
     * @param key the mapping key, for messages
     * @throws EventLogFormatException naming the file, the column and the header
     */
    int column(String key, String column) {
        if (header == null) {
            return Integer.parseInt(column) - 1;
        }
        int index = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(column)) {
                if (index >= 0) {
                    throw new EventLogFormatException(name + " line 1: column '" + column + "' (" + key
                            + ") appears twice in the header, as columns " + (index + 1) + " and " + (i + 1));
                }
                index = i;
            }
        }
        if (index < 0) {
            throw new EventLogFormatException(name + " line 1: no column '" + column + "' (" + key
                    + ") in the header: " + String.join(", ", header));
        }
        return index;
    }

    /** @return how a column is named in messages: its header name, or "column N" */
    String label(String column) {
        return header == null ? "column " + column : column;
    }

    /**
     * @return the next record, or null at the end
     * @throws EventLogFormatException if the CSV cannot be read on (a quote that never closes,
     *         bytes that are not text in the charset)
     */
    Row next() {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<String> fields = new ArrayList<>(record.toList());
            if (first && !fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
                fields.set(0, fields.get(0).substring(1)); // a byte order mark is not part of the text
            }
            first = false;
            return new Row(line, fields);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new EventLogFormatException(name + " at or after line " + line + ": the bytes are not " + charsetName
                        + " text (set csv.charset in the mapping)", e);
            }
            throw new EventLogFormatException(name + " line " + line + ": cannot read the CSV on: "
                    + e.getCause().getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
