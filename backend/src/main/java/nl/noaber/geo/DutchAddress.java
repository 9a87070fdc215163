package nl.noaber.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch address key: postcode (1234AB) and house number with optional letter/addition
 * ("12", "12a", "12-2"). Parsed leniently ("7411 ab") because people type it that way.
 */
public record DutchAddress(String postcode, int huisnummer, String toevoeging) {

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern HUISNUMMER = Pattern.compile("([1-9][0-9]{0,4}) ?[-/ ]?([A-Za-z0-9]{0,4})");

    /** @throws InvalidLocation naming {@code postcode} or {@code huisnummer} */
    public static DutchAddress parse(String postcode, String huisnummer) {
        Matcher p = POSTCODE.matcher(postcode == null ? "" : postcode.strip());
        if (!p.matches()) {
            throw new InvalidLocation("postcode", "must be a Dutch postcode like 7411 AB");
        }
        Matcher h = HUISNUMMER.matcher(huisnummer == null ? "" : huisnummer.strip());
        if (!h.matches()) {
            throw new InvalidLocation("huisnummer", "must be a house number like 12 or 12a");
        }
        return new DutchAddress(p.group(1) + p.group(2).toUpperCase(Locale.ROOT), Integer.parseInt(h.group(1)),
                h.group(2).toUpperCase(Locale.ROOT));
    }
}
