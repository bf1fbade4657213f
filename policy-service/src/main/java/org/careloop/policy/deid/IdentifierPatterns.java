package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The fixed-shape identifiers: e-mail, URL, IP, SSN, record numbers, dates, ages over 89, addresses. */
final class IdentifierPatterns {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            // French, Spanish, Italian, Portuguese, German and Dutch months, as written after a day ("12
            // novembre")
            + "|janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
            + "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
            + "|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus"
            // Polish (genitive, as after a day: "27 listopada"), Romanian and Turkish months
            + "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października"
            + "|pazdziernika|listopada|grudnia|ianuarie|februarie|martie|aprilie|mai|iunie|iulie|septembrie"
            + "|octombrie|noiembrie|decembrie|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos"
            + "|agustos|eylül|eylul|ekim|kasım|aralık|aralik"
            // Russian and Ukrainian (genitive, as after a day: "5 марта")
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого"
            + "|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
            + "(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.)?";
    /**
     * Holidays that date someone's event after "since", "on"...: "since Christmas", "on Labor Day". Those that fix a
     * day wherever they stand ({@link #HOLIDAY}: Boxing Day, Halloween, St Patrick's Day...) are not repeated here.
     */
    private static final String HOLIDAY_AFTER_CUE =
            "Christmas(?:[ \\t]+(?:Eve|Day))?|Xmas|New[ \\t]+Year'?s(?:[ \\t]+(?:Eve|Day))?"
                    + "|Easter(?:[ \\t]+(?:Sunday|Monday|weekend))?|Good[ \\t]+Friday|Thanksgiving"
                    + "|(?:Labou?r|Memorial|Remembrance|St\\.?[ \\t]+Stephen's|Stephen's"
                    + "|Mother's|Father's|Australia|Canada|Waitangi|Anzac)[ \\t]+Day|Diwali|Eid(?:[ \\t]+al-\\p{L}+)?|Hanukkah|Ramadan";

    /** Digits as said aloud, in English and in the languages patients dictate in (Mandarin in pinyin). */
    private static final String SPOKEN_DIGIT = "oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double"
            + "|triple|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|um|dois|três|quatro|sete|oito|nove|zéro|un"
            + "|deux|trois|quatre|cinq|six|sept|huit|neuf|due|tre|quattro|cinque|sei|sette|otto|null|eins|zwei|drei"
            + "|vier|fünf|sechs|sieben|acht|neun|jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|ling|yi|yao"
            + "|er|san|si|wu|liu|qi|ba|jiu";
    /** A month that names nothing else: full English names (any case) and capitalised abbreviations. */
    private static final String MONTH_ALONE =
            "(?i:january|february|april|june|july|september|october|november|december)"
                    + "|(?i:august)|May|March|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

    static final String WEEKDAY =
            "(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?";
    /** Nouns after an ordinal that make it a count, not a day of the month. */
    private static final String NOT_A_DAY =
            "floor|times?|doses?|days?|weeks?|months?|years?|one|child|baby|pregnancy|attempt"
                    + "|place|round|trimester|percentile|centile|birthday|grade|street|avenue|ave|st|rd|road|of|line|generation"
                    + "|cousin|degree|gear|row|lap|visit|appointment|session|cycle|course|injection|jab|vaccine|shot|test|scan"
                    + "|opinion|time|go|try|episode|infection|bout|child|kid|son|daughter|grandchild|floor";

    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    static final String YEAR = "(?:19|20)\\d{2}";
    /** A year after a written date may be shortened: "1 Feb '52". */
    private static final String WRITTEN_YEAR = "(?:" + YEAR + "|['’]\\d{2})";
    /** A day of the month in words: "the twelfth of March", "March twenty-first". */
    private static final String SPELLED_DAY =
            "(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh"
                    + "|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
                    + "|nineteenth|twentieth|thirtieth";
    /** Holidays that fix a day of the year: "on Christmas Day 2020", "Boxing Day". */
    private static final String HOLIDAY =
            "christmas[ \\t]+(?:day|eve)|boxing[ \\t]+day|new[ \\t]+year['’]?s[ \\t]+(?:day|eve)"
                    + "|valentine['’]?s[ \\t]+day|hallowe['’]?en|bonfire[ \\t]+night|guy[ \\t]+fawkes[ \\t]+night"
                    + "|st\\.?[ \\t]+patrick['’]?s[ \\t]+day|independence[ \\t]+day|thanksgiving[ \\t]+day";
    /**
     * A code: letters and digits, joined by dashes, dots or slashes, by a space before a group of 3+ digits ("MEM
     * 4481-2290"), or by a space between digits ("2123 45670 1", "ZGP 7731 0042 8").
     */
    private static final String CODE =
            "([A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])|[ ](?=\\d{3})|(?<=\\d)[ ](?=\\d)){2,30})";
    /** What may stand between a label and its code: "card number:", "no.", "# is", "ID says", ", number". */
    private static final String LABEL_END =
            "(?:[ \\t]*(?:(?:card|number|numbers|num|nr|no|id|code|is|was|says|reads|shows|of)(?![\\p{L}])\\.?|[:#=]|-(?=[ \\t])"
                    // "licence, number K452-8873-0191"
                    + "|,(?=[ \\t]*(?:number|num|nr|no)(?![\\p{L}]))))"
                    + "{0,4}[ \\t]*";

    static final String STATE_CODES =
            "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
                    + "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
    static final String STATES = STATE_CODES + "|Alabama|Alaska|Arizona|Arkansas|California"
            + "|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana"
            + "|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire"
            + "|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island"
            + "|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
    static final String STREET_SUFFIX = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way"
            + "|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Row|Loop|Pike"
            + "|Grove|Gardens|Gdns|Walk|Mews|Hill|Green|Park|Rise|View|Vale|Parade|Esplanade|Gate|Wharf|Quay"
            // British and Irish street names that end otherwise: "Tanners Yard", "Canal Side", "Green Lanes"
            + "|Lanes|Yard|Side|Fold|Croft|Chase|Drove|Brow|Bank|Meadows?|Wynd|Ridge|Glen|Dale|Approach|Embankment"
            + "|Causeway|Broadway|Circus|Passage|Alley)";
    /** "14 Harewood Avenue", "Flat 3, 41 Church Lane", "1847 Palm Crest Drive, Apt 2", "908 W Division St". */
    static final String STREET_LINE =
            "(?:(?<![\\w-])(?:(?:Flat|Unit|Apt|Apartment|Suite|Ste)\\.?[ \\t]*#?[A-Za-z0-9-]+,?[ \\t]+)?\\d{1,6}[A-Za-z]?(?:-\\d{1,6})?,?[ \\t]+"
                    + "(?:[NSEW]\\.?[ \\t]+)?(?:(?:\\p{Lu}[\\p{L}'-]*|\\d+(?:st|nd|rd|th))[ \\t]+){1,4}"
                    + STREET_SUFFIX
                    + "\\b\\.?(?:,?[ \\t]+(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\\.?[ \\t]*#?[A-Za-z0-9-]+)?)";
    /** A flat in a named building: "Flat 6, Priory House", "Blk 12, Camella Homes", "Apt 4B Riverside Towers". */
    private static final String FLAT_IN_BUILDING =
            "(?<![\\w-])(?:Flat|Unit|Apt|Apartment|Suite|Room|Block|Blk)\\.?[ \\t]*#?[A-Za-z0-9-]+,?[ \\t]+"
                    + "(?:\\p{Lu}[\\p{L}'-]*[ \\t]+){1,3}(?:House|Court|Estate|Lodge|Mansions|Towers?|Buildings?|Heights"
                    + "|Gardens|Apartments|Homes|Hall|Villas|Cottages|Terrace|Place|Close|Point|Row|Residences?)(?![\\p{L}])";
    /** A house's name and its street: "The Beeches, Station Road", "Sunnyside Lodge, 40 Bath Road". */
    private static final String HOUSE_NAME_BEFORE_STREET =
            "(?<![\\p{L}])(?:The[ \\t]+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?[ \\t]+"
                    + "(?:House|Lodge|Cottage|Farm|Barn|Manor|Villa|Grange|Mill|Hall)),[ \\t]*(?:\\d{1,5}[a-z]?[ \\t]+)?"
                    + "(?:\\p{Lu}[\\p{L}'-]*[ \\t]+){1,3}" + STREET_SUFFIX + "(?![\\p{L}])";
    /**
     * A named home, farm or care home after a word that places someone there: "at Larkfield Lodge", "from Low Fold
     * Farm", "in St Clare's Residential Home".
     */
    private static final String NAMED_HOME =
            "(?<=(?<![\\p{L}])(?:at|in|to|from|of|into)[ \\t])(?:St\\.?[ \\t]+)?(?:\\p{Lu}\\p{Ll}+(?:['’]s)?[ \\t]+){1,3}"
                    + "(?:Lodge|Farm|Cottage|Manor|Grange|Barn|(?:Nursing|Care|Residential|Retirement)[ \\t]+Home)(?![\\p{L}])";
    /** Street first, number after: "Calle Mayor 12", "Hauptstraße 5a", "Rue de Rivoli 10", "ul. Długa 7". */
    private static final String STREET_FIRST =
            "(?<![\\p{L}])(?:(?:Calle|Avenida|Av\\.|Rua|Rue|Via|Viale|Piazza|Plaza|Paseo|Carrer|Corso|Chemin|Boulevard|ul\\.|ulica|Straße|Strasse"
                    + "|Strada|Str\\.|Calea|Bulevardul|Aleea|Soseaua|Şoseaua|Șoseaua)"
                    + "[ \\t]+(?:(?:de|del|la|le|des|da|do|dos|di)[ \\t]+)*\\p{Lu}[\\p{L}'-]*(?:[ \\t]+\\p{Lu}[\\p{L}'-]*){0,2}"
                    + "|\\p{Lu}\\p{Ll}+(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|laan|straat|gracht|plein|vej|gatan|gata|veien))"
                    + ",?[ \\t]+(?:nr\\.?[ \\t]*)?\\d{1,5}[a-zA-Z]?(?:[ \\t]*,[ \\t]*\\d{1,2}(?!\\d)[º°ª]?(?:[ \\t]*[A-Za-z](?![\\p{L}]))?)?"
                    // Romanian flat, block, staircase and floor: "14, ap. 3", "bl. A2, sc. 1, ap. 12"
                    + "(?:,?[ \\t]+(?:ap|bl|sc|et)\\.?[ \\t]*[A-Z]?\\d{1,3}[A-Z]?)*";
    /** A street named without a number after "on"/"at"/"lives on": "lives alone on Maple Street". */
    private static final String STREET_AFTER_ON =
            "(?<=(?<![\\p{L}])(?:on|at|off)[ \\t])(?:\\p{Lu}[\\p{L}'-]*[ \\t]+){1,3}"
                    + "(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Terrace|Crescent|Close|Parkway|Grove|Gardens|Mews|Place)(?![\\p{L}])";

    /** "patient ID at the old hospital was 00-4471-22", "passport number for my husband is ...": a few words, then "is". */
    private static final String WORDS_THEN_IS =
            "(?:[ \\t]+\\p{Ll}{1,10}){1,5}[ \\t]+(?:is|was|are|were)[ \\t]*:?[ \\t]*";
    /** "17 Rue Cler", "4 Via Roma": the number before a street type that comes first. */
    private static final String NUMBER_THEN_STREET =
            "(?<![\\w-])\\d{1,5}[a-z]?,?[ \\t]+(?:Rue|Avenue|Via|Viale|Calle|Rua|Piazza|Plaza|Avenida|Boulevard|Chemin|Place)"
                    + "[ \\t]+(?:(?:de|du|des|la|le|del|da|do|di|dos)[ \\t]+)*\\p{Lu}[\\p{L}'-]*(?:[ \\t]+\\p{Lu}[\\p{L}'-]*){0,2}";

    /** The priority of an identifier known only by its shape. */
    private static final int UNLABELLED = 20;
    /** Above a phone number found inside it ("RS-0091347782"). */
    private static final int CODE_WITH_LETTERS = 55;

    private IdentifierPatterns() {}

    static List<Recognizer> all(DeidLexicon lexicon) {
        return List.copyOf(recognizers(lexicon));
    }

    private static List<Recognizer> recognizers(DeidLexicon lexicon) {
        List<Recognizer> all = new ArrayList<>();
        all.addAll(contactsAndWebAddresses());
        all.addAll(socialSecurityAndCards());
        all.addAll(medicareAndIpv6());
        all.addAll(labelledNumbers());
        all.addAll(numericDates());
        all.addAll(writtenDates());
        all.addAll(partialDates());
        all.addAll(ForeignDates.all());
        all.addAll(agesShapesAndPlaces(lexicon));
        return all;
    }

    /** E-mail addresses, URLs and IPv4 addresses. */
    private static List<Recognizer> contactsAndWebAddresses() {
        return List.of(
                new PatternRecognizer(
                        EntityType.EMAIL,
                        Pattern.compile(
                                "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}"),
                        0,
                        90),
                new PatternRecognizer(
                        EntityType.URL,
                        Pattern.compile("(?<![\\w.])(?:https?://|www\\.)[^\\s<>\"]{0,2000}[^\\s<>\".,;:!?)\\]'’]", CI),
                        0,
                        85),
                new PatternRecognizer(
                        EntityType.URL,
                        Pattern.compile(
                                "(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,6}(?:com|org|net|edu|gov|io|info|health|(?:co|com|org|net|gov|ac|nhs)\\.[a-z]{2})(?:/[^\\s<>\"]{0,2000}[^\\s<>\".,;:!?)])?(?![\\w@])",
                                CI),
                        0,
                        84),
                // Voice-to-text: "ring me on oh one two three four five six seven eight nine oh".
                new PatternRecognizer(
                        EntityType.PHONE,
                        Pattern.compile(
                                "(?<![\\p{L}])(?:" + SPOKEN_DIGIT + ")(?:[ \\t,-]+(?:" + SPOKEN_DIGIT
                                        + ")){6,}(?![\\p{L}])",
                                CI),
                        0,
                        70),
                new PatternRecognizer(
                        EntityType.IP_ADDRESS,
                        Pattern.compile(
                                "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\d.]*\\d)"),
                        0,
                        70));
    }

    /** SSN and ITIN by shape and after their label; payment cards (Luhn) and IBANs (mod 97). */
    private static List<Recognizer> socialSecurityAndCards() {
        return List.of(
                // SSN by shape (dashes, spaces or dots, same separator twice, no area 000/666/9xx, no group 00, no
                // serial 0000)...
                new PatternRecognizer(
                        EntityType.SSN,
                        Pattern.compile(
                                "(?<![\\d.-])(?!000|666|9)\\d{3}([- .])(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\d-]|\\.\\d)"),
                        0,
                        80),
                // ... the taxpayer number that stands in for it (ITIN: area 9, group 50-65, 70-88, 90-92, 94-99) ...
                new PatternRecognizer(
                        EntityType.SSN,
                        Pattern.compile(
                                "(?<![\\d.-])9\\d{2}([- .]?)(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\1\\d{4}(?![\\d-]|\\.\\d)"),
                        0,
                        80),
                // ... and nine bare digits, or any layout, after its label.
                new PatternRecognizer(
                        EntityType.SSN,
                        Pattern.compile(
                                "(?:\\bssn|\\bsocial(?:[ \\t]+security)?(?:[ \\t]+(?:number|no\\.?|#|num))?|\\bss#|\\bss[ \\t]+(?:number|no\\.?))[ \\t]*(?:is|was|:|#|=)?[ \\t]*:?[ \\t]*"
                                        + "(\\d{3}[ .-]?\\d{2}[ .-]?\\d{4})(?!\\d)",
                                CI),
                        1,
                        81),
                // The UK's National Insurance number, the national identifier it stands in for: after its label in
                // any layout, and by its shape where the prefix is one HMRC issues.
                new PatternRecognizer(
                        EntityType.SSN,
                        Pattern.compile(
                                "(?:\\bnational[ \\t]+insurance(?:[ \\t]+(?:number|no\\.?|#))?|\\bni[ \\t]+(?:number|no\\.?)|\\bnino)"
                                        + "[ \\t]*(?:is|was|:|#|=)?[ \\t]*:?[ \\t]*([A-Z]{2}[ \\t]?\\d{2}[ \\t]?\\d{2}[ \\t]?\\d{2}[ \\t]?[A-D])(?![A-Za-z0-9])",
                                CI),
                        1,
                        81),
                new PatternRecognizer(
                        EntityType.SSN,
                        Pattern.compile("(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                                + "([ \\t]?)\\d{2}\\1\\d{2}\\1\\d{2}\\1[A-D](?![A-Za-z0-9])"),
                        0,
                        78),
                // A card's expiry date, after its label ("expiry 09/27", "exp. 11/2026").
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "\\b(?:expiry|expires|expiring|exp\\.?|valid[ \\t]+(?:until|thru|through|to))(?:[ \\t]+date)?[ \\t]*(?:is|:)?[ \\t]*"
                                        + "((?:0?[1-9]|1[0-2])[/-](?:\\d{2}|20\\d{2}))(?![\\d/])",
                                CI),
                        1,
                        62),
                // Payment cards (Luhn) and IBANs (mod 97): by shape and checksum, no label needed.
                new PatternRecognizer(
                        EntityType.ACCOUNT,
                        Pattern.compile("(?<![\\d+-])[1-6]\\d{3}(?:[ -]?\\d){9,15}(?![\\d-])"),
                        0,
                        79,
                        Checksums::isCardNumber),
                new PatternRecognizer(
                        EntityType.ACCOUNT,
                        Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])"),
                        0,
                        82,
                        Checksums::isIban),
                // A card's layout or an IBAN's printed groups identify an account even where a digit is mistyped
                // and the checksum fails: sixteen digits in fours, fifteen in 4-6-5, a masked card, or a country code,
                // two check digits and groups of four.
                new PatternRecognizer(
                        EntityType.ACCOUNT,
                        Pattern.compile(
                                "(?<![\\d+.-])(?:\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}|3[47]\\d{2}([ -])\\d{6}\\2\\d{5})(?![\\d-])"),
                        0,
                        78),
                new PatternRecognizer(
                        EntityType.ACCOUNT, Pattern.compile("(?<![\\w*])(?:[*xX•]{4}[ -]?){3}\\d{4}(?!\\d)"), 0, 78),
                new PatternRecognizer(
                        EntityType.ACCOUNT,
                        Pattern.compile(
                                "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?(?![A-Za-z0-9])"),
                        0,
                        80));
    }

    /** Medicare Beneficiary Identifiers and IPv6 addresses. */
    private static List<Recognizer> medicareAndIpv6() {
        return List.of(
                // Medicare Beneficiary Identifier: 11 characters, C A AN N A AN N A A N N, letters without S L O I B Z.
                new PatternRecognizer(
                        EntityType.HEALTH_PLAN,
                        Pattern.compile(
                                "(?<![A-Za-z0-9-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?"
                                        + "[AC-HJKMNP-RT-Y]{2}\\d{2}(?![A-Za-z0-9-])",
                                Pattern.CASE_INSENSITIVE),
                        0,
                        77),
                // IPv6, full or compressed, checked by a strict parser (times such as 10:30:45 are not addresses).
                new PatternRecognizer(
                        EntityType.IP_ADDRESS,
                        Pattern.compile(
                                "(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?(?![\\w:])"),
                        0,
                        70,
                        Checksums::isIpv6),
                // The shortest IPv6 forms ("::1", "::", "fe80::/10") only as networks or after an address word.
                new PatternRecognizer(
                        EntityType.IP_ADDRESS,
                        Pattern.compile("(?<![\\w:.])[0-9A-Fa-f]{0,4}::[0-9A-Fa-f]{0,4}/\\d{1,3}(?![\\w/])"),
                        0,
                        70),
                new PatternRecognizer(
                        EntityType.IP_ADDRESS,
                        Pattern.compile(
                                "(?<![\\p{L}])(?:ip|ipv6|address|addr|src|dst|host|loopback|unspecified|from)[ \\t]{0,2}[:=]?[ \\t]{0,2}(::1?)(?![\\w:])",
                                CI),
                        1,
                        70));
    }

    /** Record, plan, account, licence and device numbers after their labels; vehicles. */
    private static List<Recognizer> labelledNumbers() {
        return List.of(
                labelled(
                        EntityType.MRN,
                        "mrn|medical[ \\t]+record|patient[ \\t]+(?:id|number|no\\.?|#)|chart|hospital[ \\t]+(?:number|id|no\\.?)|nhs|record"
                                + "|(?:clinic|case|unit|file)[ \\t]+(?:number|no\\.?|#)|nhi|ref(?:erence)?\\.?"),
                labelled(
                        EntityType.HEALTH_PLAN,
                        "mbi|member(?:ship)?|insurance|policy|subscriber|group|medicare|medicaid|health[ \\t]+plan|plan|health[ \\t]+card|ohip|carte[ \\t]+vitale"
                                + "|care[ \\t]+card|phn|personal[ \\t]+health[ \\t]+number|ihi|chi|ehic|gesundheitskarte"
                                + "|beneficiary|insurer|coverage|payer|bcbs|tricare"),
                labelled(
                        EntityType.ACCOUNT,
                        "bank[ \\t]+account|account|acct\\.?|acc\\.?|a/c|invoice|claim|billing|iban|routing|sort[ \\t]+code"
                                + "|(?:debit[ \\t]+|credit[ \\t]+|bank[ \\t]+|payment[ \\t]+)?card(?:[ \\t]+ending(?:[ \\t]+(?:in|with))?)?"
                                + "|log[ \\t-]?in|username|user[ \\t]+name|user[ \\t]?id"),
                labelled(
                        EntityType.LICENSE,
                        "passport|travel[ \\t]+document|ppsn?|personal[ \\t]+public[ \\t]+service|sin|social[ \\t]+insurance|bsn|cpr|nir|dni|nie|curp|cpf|aadhaa?r|pesel|tfn|(?:state|national|photo)[ \\t]+id|id[ \\t]+card|identity[ \\t]+card|green[ \\t]+card|visa|residence[ \\t]+permit|national[ \\t]+insurance|nino|tax[ \\t]+id|itin|(?:driver'?s?|driving|drivers)[ \\t]+(?:licen[cs]e|lic\\.?|permit)|licen[cs]e|lic\\.?|dl|dea|npi"
                                + "|certificate|permit|nursing[ \\t]+licen[cs]e|registration|reg\\."),
                labelled(
                        EntityType.DEVICE,
                        "(?:device|pacemaker|implant|pump|monitor|hearing[ \\t]+aid|transmitter|sensor|receiver|meter)"
                                + "(?:[ \\t]+serial)?|serial|lot|batch"),
                new PatternRecognizer(
                        EntityType.VEHICLE,
                        Pattern.compile(
                                "(?:licen[cs]e[ \\t]+)?(?:plate|tag)(?:[ \\t]+(?:number|no\\.?|#))?[ \\t]*(?:is|:|#)?[ \\t]*"
                                        + "([A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5})(?![A-Za-z0-9])",
                                CI),
                        1,
                        76,
                        IdentifierPatterns::hasDigit),
                new PatternRecognizer(
                        EntityType.VEHICLE,
                        Pattern.compile(
                                "\\bvin[ \\t]*(?:number|no\\.?|#)?[ \\t]*(?:is|:|#)?[ \\t]*([A-HJ-NPR-Z0-9]{17})\\b",
                                CI),
                        1,
                        77));
    }

    /** Numeric and ISO dates; a bare year stays (Safe Harbor keeps the year). */
    private static List<Recognizer> numericDates() {
        return List.of(
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](?:\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)"),
                        0,
                        60,
                        IdentifierPatterns::plausibleNumericDate),
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\d-])" + YEAR + "-(?:0?[1-9]|1[0-2])-(?:[12]\\d|3[01]|0?[1-9])(?![\\d-])"),
                        0,
                        60),
                // A day and month without the year: "starts 14/03", "last doses given 10/12"; with one digit only after
                // a word that introduces a date ("on 4/3"), since "1/2 a tablet" and "24/7" are no dates. A pain score
                // ("8/10", "10/10") is not one either.
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\d/.,-])(?:\\d{2}/\\d{2}|(?<=(?i:\\b(?:on|from|until|till|since|starts|ends|"
                                        + "dated|due|by|before|after))[ \\t])\\d{1,2}/\\d{1,2})(?![\\d/]|[.,]\\d)"),
                        0,
                        59,
                        IdentifierPatterns::plausibleDayAndMonth),
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile("(?<![\\d/.])" + YEAR
                                + "([/.])(?:0?[1-9]|1[0-2])\\1(?:[12]\\d|3[01]|0?[1-9])(?![\\d/]|\\.\\d)"),
                        0,
                        60));
    }

    /** Dates with the month written: "12-Dec-1948", "March 4, 2021", "3rd of March", "March 2021". */
    private static List<Recognizer> writtenDates() {
        return List.of(
                // 12-Dec-1948, 12.Dec.48, 12/dec/1948
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\d\\p{L}])" + DAY + "([-/.])" + MONTH + "\\1(?:" + YEAR
                                        + "|\\d{2})(?![\\d\\p{L}])",
                                CI),
                        0,
                        61),
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\p{L}])" + MONTH + "[ \\t]+" + DAY + "(?:,?[ \\t]+" + WRITTEN_YEAR
                                        + ")?(?![\\p{L}\\d])",
                                CI),
                        0,
                        61,
                        IdentifierPatterns::notAmbiguousMonth),
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\d\\p{L}])" + DAY + "[ \\t]+(?:(?:of|de|del)[ \\t]+)?" + MONTH
                                        + "(?:,?[ \\t]+(?:de[ \\t]+)?" + WRITTEN_YEAR + ")?(?![\\p{L}\\d])",
                                CI),
                        0,
                        61,
                        IdentifierPatterns::notAmbiguousMonth),
                // "the twelfth of March", "March the twenty-first, 1950"
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\p{L}])(?:(?:" + SPELLED_DAY + ")[ \\t]+(?:of[ \\t]+)?" + MONTH + "|" + MONTH
                                        + "[ \\t]+(?:the[ \\t]+)?(?:" + SPELLED_DAY + "))(?:,?[ \\t]+" + WRITTEN_YEAR
                                        + ")?(?![\\p{L}\\d])",
                                CI),
                        0,
                        61),
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\p{L}])(?:" + HOLIDAY + ")(?:,?[ \\t]+" + YEAR + ")?(?![\\p{L}\\d])", CI),
                        0,
                        59),
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile("(?<![\\p{L}])" + MONTH + ",?[ \\t]+" + YEAR + "(?!\\d)", CI),
                        0,
                        59,
                        IdentifierPatterns::notAmbiguousMonth),
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "\\b(?:on|since|from|until|till|by|before|after|dob|born|birthday|d\\.o\\.b\\.?|"
                                        + WEEKDAY
                                        + "|appt|appointment|today[ \\t]+is|date|dated|due)[ \\t]*[:,]?[ \\t]*((?:0?[1-9]|1[0-2])/(?:[12]\\d|3[01]|0?[1-9])"
                                        + "|(?:1[3-9]|2\\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\\d/])",
                                CI),
                        1,
                        58));
    }

    /** A day of the month on its own, day and month, month and year. */
    private static List<Recognizer> partialDates() {
        return List.of(
                // "on the 21st", "by the 8th?", "from the 10th to the 24th", "the 2nd of this month": a day of the
                // month is an element of a date ("the 2nd dose", "the 5th floor" are not).
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\p{L}\\d])(?:the|on|from|until|till|by|before|after|since|to|" + WEEKDAY
                                        + ")[ \\t]+(?:the[ \\t]+)?"
                                        + "((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\\p{L}\\d])(?![ \\t]+"
                                        + "(?!of[ \\t]+(?:this|last|next|the)[ \\t]+month)(?:" + NOT_A_DAY
                                        + ")(?![\\p{L}]))",
                                CI),
                        1,
                        57),
                // "the appointment on 15.11 at the clinic": day and month with a dot, two digits each side.
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "\\b(?:on|from|until|till|by|before|after|dob|born|appt|appointment|dated|due)[ \\t]*[:,]?[ \\t]*"
                                        + "((?:[12]\\d|3[01]|0?[1-9])\\.(?:0[1-9]|1[0-2]))(?![\\d.]|[ \\t]*(?:mg|mcg|ml|units?|%|kg|g|l|mmol|iu)(?![\\p{L}]))",
                                CI),
                        1,
                        57),
                // "May-21", "21-May", "May-2021"
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile(
                                "(?<![\\d\\p{L}-])(?:" + MONTH + "-(?:" + YEAR + "|" + DAY + ")|" + DAY + "-" + MONTH
                                        + ")(?![\\d\\p{L}-])",
                                CI),
                        0,
                        58,
                        IdentifierPatterns::notAmbiguousMonth),
                // "5/2021", "05/2021": month and year
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile("(?<![\\d/.-])(?:0?[1-9]|1[0-2])/" + YEAR + "(?![\\d/])"),
                        0,
                        58),
                // "in September", "since late June", "back in Feb": a month is an element of a date. "May" and
                // "March" only capitalised, where the verb would not be.
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile("(?<![\\p{L}])(?i:in|since|from|until|till|by|before|after|during|throughout"
                                + "|early|mid|late|last|next|this|end[ \\t]+of|start[ \\t]+of|beginning[ \\t]+of)"
                                + "[ \\t]+(?:(?i:early|mid|late)[ \\t-]+)?(" + MONTH_ALONE + ")(?![\\p{L}\\d])"),
                        1,
                        56),
                // "hoarse since Christmas", "cut his leg on Labor Day": a holiday dates the patient's own event after
                // these words; "closed over Christmas" or "open on Easter Monday" is about the clinic and is left.
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile("(?<![\\p{L}])(?<!(?i:open|opening|closed|closing|shut)[ \\t])"
                                + "(?i:since|on|before|after|around|over)[ \\t]+(" + HOLIDAY_AFTER_CUE
                                + ")(?![\\p{L}\\d])"),
                        1,
                        56),
                // "born 1934", "b. 1948": the year of birth alone is a date element Safe Harbor removes.
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile("(?<![\\p{L}])(?i:born(?:[ \\t]+in)?|b\\.|year[ \\t]+of[ \\t]+birth:?)[ \\t]*"
                                + "((?:18|19|20)\\d{2})(?![\\d/.-]?\\d)"),
                        1,
                        56),
                // "Admitted: 28/10", "DOB: 14/03": a day and month with no year, after a label that dates an event.
                new PatternRecognizer(
                        EntityType.DATE,
                        Pattern.compile("(?<![\\p{L}])(?i:admitted|discharged|collected|seen|reviewed|dob|d\\.o\\.b\\.?"
                                + "|date(?:[ \\t]+of[ \\t]+(?:birth|admission|discharge))?|born)[ \\t]*:?[ \\t]*"
                                + "((?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2]))(?![\\d/.-]?\\d)"),
                        1,
                        56));
    }

    /** Ages over 89, numbers shaped like identifiers, street addresses, places and postal codes. */
    private static List<Recognizer> agesShapesAndPlaces(DeidLexicon lexicon) {
        return List.of(
                new AgeRecognizer(),
                // A number no label or other recognizer claims, but shaped like an identifier: letters and at least six
                // digits ("A12803456", "GL0285191", passports and licences), or eight digits and more, possibly in dash
                // groups ("945456787654", "911-701234"). Lowest priority: everything with a known kind wins.
                new PatternRecognizer(
                        EntityType.LICENSE,
                        Pattern.compile("(?<![\\w.-])[A-Z]{1,3}[ -]?\\d{6,12}[A-Z]?(?![\\w-]|\\.\\d)"),
                        0,
                        UNLABELLED),
                new PatternRecognizer(
                        EntityType.ACCOUNT,
                        Pattern.compile("(?<![\\w.,/-])\\d+(?:-\\d+)*(?:-[A-Z]{1,3})?(?![\\w/-]|[.,]\\d)"),
                        0,
                        UNLABELLED,
                        IdentifierPatterns::longEnoughForAnIdentifier),
                // Capital letters and five digits or more in one code ("RS-0091347782", "7C2291XF", "PT-0098812"): no
                // word, dose or test result is written like that, and no phone number has letters (it outranks one).
                new PatternRecognizer(
                        EntityType.ACCOUNT,
                        Pattern.compile("(?<![\\w.-])(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+(?![\\w-]|\\.\\d)"
                                + "|(?<![\\w.-])(?=[A-Z0-9]*[A-Z])(?=[A-Z]*\\d)[A-Z0-9]{6,}(?![\\w-]|\\.\\d)"),
                        0,
                        CODE_WITH_LETTERS,
                        value -> value.chars().filter(Character::isDigit).count() >= 5),
                new PatternRecognizer(EntityType.ADDRESS, Pattern.compile(STREET_LINE), 0, 45),
                new PatternRecognizer(EntityType.ADDRESS, Pattern.compile(STREET_FIRST), 0, 45),
                new PatternRecognizer(EntityType.ADDRESS, Pattern.compile(FLAT_IN_BUILDING), 0, 45),
                new PatternRecognizer(EntityType.ADDRESS, Pattern.compile(HOUSE_NAME_BEFORE_STREET), 0, 45),
                new PatternRecognizer(EntityType.ADDRESS, Pattern.compile(NAMED_HOME), 0, 44),
                new PatternRecognizer(EntityType.ADDRESS, Pattern.compile(NUMBER_THEN_STREET), 0, 45),
                new PatternRecognizer(EntityType.ADDRESS, Pattern.compile(STREET_AFTER_ON), 0, 44),
                new AddressAfterCueRecognizer(),
                // British number plates by their shape ("KX19 LMN"), and any plate after "reg" or "registration"
                new PatternRecognizer(
                        EntityType.VEHICLE,
                        Pattern.compile("(?<![\\p{L}\\d])[A-Z]{2}\\d{2}[ ]?[A-Z]{3}(?![\\p{L}\\d])"),
                        0,
                        76),
                new PatternRecognizer(
                        EntityType.VEHICLE,
                        Pattern.compile(
                                "(?<![\\p{L}])(?:car[ \\t]+)?(?:reg(?:istration)?|number[ \\t]+plate)(?:[ \\t]+(?:number|no\\.?|#))?"
                                        + "[ \\t]*(?:is|:|#)?[ \\t]*([A-Z]{1,3}\\d{1,4}[ ]?[A-Z]{1,3}|[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})"
                                        + "(?![A-Za-z0-9])",
                                CI),
                        1,
                        76,
                        IdentifierPatterns::hasDigit),
                new PatternRecognizer(
                        EntityType.ADDRESS,
                        Pattern.compile("\\b(?:P\\.?[ \\t]*O\\.?[ \\t]*Box|PO[ \\t]+Box)[ \\t]+\\d+", CI),
                        0,
                        45),
                new PatternRecognizer(
                        EntityType.CITY,
                        Pattern.compile("(\\p{Lu}\\p{Ll}+(?:[ \\t]\\p{Lu}\\p{Ll}+){0,2}),[ \\t]*(?:" + STATES + ")\\b"),
                        1,
                        42,
                        value -> !lexicon.isNotName(value.split("[ \\t]")[0])),
                new PatternRecognizer(
                        EntityType.CITY,
                        Pattern.compile(
                                "(?:" + String.join("|", lexicon.placeIntroductions())
                                        + ")[ \\t]+(\\p{Lu}\\p{Ll}+(?:[ \\t]\\p{Lu}\\p{Ll}+){0,2})",
                                CI),
                        1,
                        41,
                        value ->
                                Character.isUpperCase(value.charAt(0)) && !lexicon.isNotName(value.split("[ \\t]")[0])),
                new PatternRecognizer(
                        EntityType.ZIP,
                        Pattern.compile(
                                "(?:\\b(?:" + STATES
                                        + ")|zip(?:[ \\t]*code)?|postal[ \\t]+code)[ \\t]*:?[ \\t]*(\\d{5}(?:-\\d{4})?)(?![\\d-])"),
                        1,
                        43),
                new PatternRecognizer(
                        EntityType.ZIP,
                        Pattern.compile(
                                "(?:zip(?:[ \\t]*code)?|postal[ \\t]+code)[ \\t]*(?:is|:)?[ \\t]*(\\d{5}(?:-\\d{4})?)(?![\\d-])",
                                CI),
                        1,
                        43));
    }

    /** A code after its label: "MRN 00123456", "member ID: XJK-4471", "account # 99812". */
    private static PatternRecognizer labelled(EntityType type, String labels) {
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}])(?:" + labels + ")(?:" + LABEL_END + "|" + WORDS_THEN_IS + ")" + CODE + "(?![A-Za-z0-9])",
                CI);
        // "NHS 111", "group 12": a service number or a count, not a code of four or more characters; "11111111" on a
        // form is a filler.
        return new PatternRecognizer(type, pattern, 1, 75, value -> {
            String code = value.replaceAll("[^A-Za-z0-9]", "");
            return hasDigit(value)
                    && code.length() >= 4
                    && code.chars().distinct().count() > 1;
        });
    }

    /** Eight digits or more: shorter bare numbers are doses, counts, amounts and years. */
    private static boolean longEnoughForAnIdentifier(String value) {
        return value.chars().filter(Character::isDigit).count() >= 8
                && value.chars().filter(Character::isDigit).distinct().count() > 1;
    }

    private static boolean hasDigit(String value) {
        return value.chars().anyMatch(Character::isDigit);
    }

    private static boolean plausibleNumericDate(String value) {
        String[] parts = value.split("[/.-]");
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
    }

    private static boolean plausibleDayAndMonth(String value) {
        String[] parts = value.split("/");
        return !parts[1].equals("10") && plausibleNumericDate(value);
    }

    /** "may 5" in lower case is usually the verb; "March 4" and "march 4" differ the same way. */
    private static boolean notAmbiguousMonth(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        boolean ambiguous =
                lower.startsWith("may") || lower.startsWith("mar") || lower.contains(" may") || lower.contains(" mar");
        if (!ambiguous) {
            return true;
        }
        // "march 3rd", "may 2021": an ordinal or a year makes the month a month; so does a day before the full
        // "march" ("back on 15 march"), where the verb never stands.
        return value.contains("May")
                || DAY_THEN_MARCH.matcher(value).matches()
                || value.contains("Mar")
                || ORDINAL_OR_YEAR.matcher(value).find();
    }

    private static final Pattern DAY_THEN_MARCH =
            Pattern.compile("(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?march", CI);

    private static final Pattern ORDINAL_OR_YEAR = Pattern.compile("\\d(?:st|nd|rd|th)\\b|" + YEAR, CI);
}
