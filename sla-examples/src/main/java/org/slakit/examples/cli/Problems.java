package org.slakit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.DateTimeException;
import org.slakit.core.NoMatchingRuleException;
import org.slakit.imports.EventLogFormatException;

/** Turns exceptions about the user's input into one message, and keeps control characters off the terminal. */
final class Problems {

    private Problems() {
    }

    /**
     * @return the message for a problem with the user's input, or null when the exception is not
     *         one (a bug, reported with its trace)
     */
    static String inputMessage(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return inputMessage(e.getCause());
        }
        if (e instanceof NoSuchFileException) {
            return ((NoSuchFileException) e).getFile() + ": no such file";
        }
        if (e instanceof NotDirectoryException) {
            return ((NotDirectoryException) e).getFile() + ": not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return ((AccessDeniedException) e).getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            return f.getFile() + ": cannot read (" + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason()) + ")";
        }
        if (e instanceof CharacterCodingException && (e.getMessage() == null || e.getMessage().startsWith("Input length"))) {
            return "the input is not UTF-8 text";
        }
        if (e instanceof NoMatchingRuleException) {
            return e.getMessage();
        }
        if (e instanceof InputException || e instanceof EventLogFormatException || e instanceof DateTimeException
                || e instanceof IllegalArgumentException || e instanceof IOException) {
            return e.getMessage();
        }
        return null;
    }

    /**
     * @return the text with every control character other than a line break written as
     *         {@code \\u001B} (and a line break inside a cell as {@code \\n}), so that a value
     *         from a file cannot move the cursor or recolour the terminal
     */
    static String printable(String text) {
        return escape(text, true);
    }

    /** @return the text with every control character, line breaks included, escaped: for one table cell */
    static String cell(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        return org.slakit.report.TextTable.escape(text, keepLineBreaks);
    }
}
