package ru.clusterpolicy.profile;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The text of an uploaded CSV file: UTF-8 (with or without a byte-order mark) or Windows-1251,
 * the two encodings Excel saves in a Russian locale. Anything else (KOI8-R, DOS 866, a file mixing
 * UTF-8 lines with others) is refused with the encoding it seems to be in, never read as garbled
 * text. The guess is ICU's charset detector, over Russian letter statistics.
 */
final class TableEncoding {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Set<String> CYRILLIC = Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "IBM866");

    private TableEncoding() {
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (start > 0 || mixesUtf8(bytes)) {
                throw ParticipantTable.rejected("table.mixedEncoding", Map.of());
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            if (CYRILLIC.contains(match.getName())) {
                if (match.getName().equals("windows-1251")) {
                    return new String(bytes, WINDOWS_1251);
                }
                throw ParticipantTable.rejected("table.encoding", Map.of("detected", match.getName()));
            }
        }
        throw ParticipantTable.rejected("table.encoding", Map.of("detected", matches.length == 0 ? "none" : matches[0].getName()));
    }

    /**
     * Whether text that is not UTF-8 as a whole still holds UTF-8 Cyrillic letters (a lead byte
     * D0 or D1 and a continuation byte): some of its lines were saved in another encoding. In
     * Windows-1251 such a pair is «Р» or «С» before a rare sign, so a real Windows-1251 file has few.
     */
    private static boolean mixesUtf8(byte[] bytes) {
        int pairs = 0;
        int high = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                continue;
            }
            high++;
            if ((b == 0xd0 || b == 0xd1) && i + 1 < bytes.length && (bytes[i + 1] & 0xc0) == 0x80) {
                pairs++;
                high++;
                i++;
            }
        }
        return pairs >= 3 && pairs * 2 * 10 > high;
    }
}
