package org.careloop.policy.deid;

import java.math.BigInteger;
import java.util.Locale;

/** Validity checks for identifiers with a check digit or a strict syntax: cards (Luhn), IBAN (mod 97), IPv6. */
final class Checksums {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {}

    /** A payment card number: 13 to 19 digits (spaces and dashes ignored) passing the Luhn check. */
    static boolean isCardNumber(String value) {
        String digits = value.replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (digits.chars().distinct().count() == 1 && digits.charAt(0) == '0') {
            return false;
        }
        return luhn(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** An IBAN: country code, two check digits, 11 to 30 letters or digits, whose mod-97 remainder is 1. */
    static boolean isIban(String value) {
        String iban = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34 || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /**
     * A full or compressed IPv6 address (eight groups of 1-4 hex digits, one "::" standing for one or more zero
     * groups, an IPv4 tail counting as two groups). Times such as 10:30:45 are not: they have too few groups.
     */
    static boolean isIpv6(String value) {
        String v = value;
        int percent = v.indexOf('%');
        if (percent >= 0) {
            return false;
        }
        int doubleColon = v.indexOf("::");
        if (doubleColon >= 0 && v.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        if (v.contains(":::")) {
            return false;
        }
        String head = doubleColon >= 0 ? v.substring(0, doubleColon) : v;
        String tail = doubleColon >= 0 ? v.substring(doubleColon + 2) : "";
        int groups = 0;
        boolean ipv4Tail = false;
        for (String part : new String[] {head, tail}) {
            if (part.isEmpty()) {
                continue;
            }
            String[] pieces = part.split(":", -1);
            for (int i = 0; i < pieces.length; i++) {
                String p = pieces[i];
                boolean last = part == (doubleColon >= 0 ? tail : head) && i == pieces.length - 1;
                if (last && p.contains(".")) {
                    if (!isIpv4(p)) {
                        return false;
                    }
                    groups += 2;
                    ipv4Tail = true;
                } else if (p.matches("[0-9A-Fa-f]{1,4}")) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        if (doubleColon >= 0) {
            // "::" alone or with a single group is too little to call an address in a message.
            return groups <= 7 && (groups >= 2 || ipv4Tail);
        }
        return groups == 8;
    }

    static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
