package nl.noaber;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Reads a JSON string in Unicode NFC (canonical composition): "e" + U+0301 becomes "é", so the
 * same name compares, sorts and searches as one, however the phone or the PDF it was pasted from
 * encoded it. Used through {@link NameText} and {@link FreeText}.
 */
@Singleton
public final class NfcText implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return nfc(decoder.decodeString());
    }

    static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
