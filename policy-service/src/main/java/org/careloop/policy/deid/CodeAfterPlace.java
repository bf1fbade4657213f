package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postal code right after a place careloop has found, where no list of places knows the town: "88 Kingsway Rd,
 * Footscray 3011", "22 Rimu Street, Gisborne 4010", "Calle Toro 22, 37002". Four or five digits (not a year) or an
 * Irish Eircode ("D10 VX83"), with nothing but a comma and spaces between the place and the code.
 */
final class CodeAfterPlace {

    /** The Eircode's shape: a routing key and four characters of its alphabet, at least one a digit. */
    private static final String EIRCODE =
            "[AC-FHKNPRTV-Y]\\d[\\dW][ \\t]?(?=[A-Z]{0,3}\\d)[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])";

    private static final Pattern CODE =
            Pattern.compile("^,?[ \\t]+(?:(?!(?:19|20)\\d\\d(?!\\d))(\\d{4,5})(?![\\d.,:/-]\\d|"
                    + "[\\d%]|[ \\t]*(?:mg|ml|units?|kg|am|pm)\\b)|(" + EIRCODE + "))");

    private CodeAfterPlace() {}

    static List<Detection> of(String text, List<Detection> chosen) {
        List<Detection> found = new ArrayList<>();
        for (Detection place : chosen) {
            if (place.type() != EntityType.CITY && place.type() != EntityType.ADDRESS) {
                continue;
            }
            Matcher m = CODE.matcher(text).region(place.end(), text.length());
            if (m.lookingAt()) {
                int group = m.group(1) != null ? 1 : 2;
                found.add(new Detection(EntityType.ZIP, m.start(group), m.end(group), PostalCodeRecognizer.PRIORITY));
            }
        }
        return found;
    }
}
