package org.slakit.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whole small text files (mappings): a byte-order mark is dropped, bytes that are not text are reported with their line. */
final class TextFiles {

    private TextFiles() {
    }

    /**
     * @return the text of the file without a leading byte-order mark
     * @throws CharacterCodingException with a message naming the file, the line and the byte offset
     */
    static String read(Path file, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return decode(bytes, charset, String.valueOf(file.getFileName()));
    }

    static String decode(byte[] bytes, Charset charset, String name) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new NotText(name + " line " + line + ": byte " + String.format("0x%02X", bytes[offset] & 0xff)
                    + " at offset " + offset + " is not " + charset.name() + " text: save the file as " + charset.name());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Bytes that are not text in the charset; the message names the file and line. */
    static final class NotText extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String message;

        NotText(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
