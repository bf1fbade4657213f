package org.careloop.policy.common;

import java.util.regex.Pattern;

/**
 * The contract's placeholder syntax (docs/service-contracts.md, "Text limits and placeholders"), defined once in this
 * service: {@code [<TYPE>_<n>]} as de-identification writes them ({@code [NAME_1]}, {@code [AGE_90_PLUS_1]}, {@code
 * [IP_ADDRESS_2]}). The draft checks recognise placeholders with it; {@code ServiceContractTest} checks it against the
 * document and that every entity type's placeholder is listed there.
 */
public final class Placeholders {

    public static final String SYNTAX = "\\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\\d+\\]";

    /** {@link #SYNTAX}, compiled. */
    public static final Pattern PATTERN = Pattern.compile(SYNTAX);

    private Placeholders() {}
}
