package org.careloop.policy.common;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** The length limit on texts sent to the service (413 beyond it, with the lengths in the message). */
@Singleton
public class TextLimits {

    /**
     * The longest identifier or code in a request (messageId, a citation's passageId, a red flag's category), in
     * characters; longer is 400 VALIDATION_FAILED. The contract's "Identifiers and codes" limit.
     */
    public static final int IDENTIFIER = 200;

    /** The most entries of a list in a request (citations, redFlags); more is 400. The contract's "Lists" limit. */
    public static final int LIST = 100;

    private final int maxLength;

    @Inject
    public TextLimits(PolicyServiceConfig config) {
        this(config.maxTextLength());
    }

    public TextLimits(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** @throws ApiException 413 when {@code text} is longer than the limit */
    public void requireWithinLimit(String field, String text) {
        if (text != null && text.length() > maxLength) {
            throw new ApiException(
                    413,
                    "PAYLOAD_TOO_LARGE",
                    field + " is " + group(text.length()) + " characters; the limit is " + group(maxLength),
                    Map.of("field", field, "length", text.length(), "limit", maxLength));
        }
    }

    static String group(int n) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(n);
    }
}
