package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signs that are an emergency together though each alone is not, read over the whole message so that they may stand
 * in different sentences ("my left leg has swelled right up ... today I'm puffed out on the stairs"):
 *
 * <ul>
 *   <li>a swollen or painful leg with breathlessness or coughing blood: a clot that may have reached the lungs (NICE
 *       NG158);
 *   <li>a fever with drowsiness or confusion: sepsis or meningitis (NICE NG51 and NG240, red flags at any age);
 *   <li>pain in the jaw on chewing or a tender temple or scalp with double, blurred or lost sight: giant cell
 *       arteritis threatening sight, same-day assessment (BSR 2020 guideline, NICE CKS);
 *   <li>abuse or violence with the one who did it there now or a threat to kill: a child or adult in danger now,
 *       for the police (NICE NG76 and PH50);
 *   <li>headaches or sickness shared by the household with a fuel-burning source or relief outdoors: carbon
 *       monoxide (UKHSA, NHS);
 *   <li>voices, delusions or mania with danger to the person or others (running into traffic, smashing windows, a
 *       weapon, not eating because the food is "poisoned"): a mental health emergency (NICE CG136, NHS urgent mental
 *       health help);
 *   <li>a fever in someone without defences (sickle cell disease, chemotherapy, no spleen): sepsis until proven
 *       otherwise (NICE NG151 neutropenic sepsis, NHS sickle cell guidance);
 *   <li>green (bilious) vomiting with a swollen belly or no stool or wind: a blocked bowel (NICE CKS).
 * </ul>
 *
 * Each is raised only when one of its first signs is about the patient now; negation, history and hypotheticals are
 * decided by {@link ClinicalContext} for every sign.
 */
final class SignsTogether {

    /** When a sign of {@code first} is present, each present sign of {@code then} is raised at EMERGENCY. */
    private record Pair(String category, String ruleId, Pattern first, Pattern then) {}

    private static final List<Pair> PAIRS = List.of(
            new Pair(
                    "BLOOD_CLOT",
                    "leg-clot-with-breathlessness",
                    words(
                            "(?:calf|leg|thigh)s?\\s+(?:\\w+\\s+){0,5}?(?:swollen|swelled|swelling|swole|puffed\\s+up|tight|red|"
                                    + "hot|purple|purplish|painful|aching|throbbing|tender)"
                                    + "|(?:swollen|swelled|painful|tender|hot|red|throbbing)\\s+(?:left\\s+|right\\s+)?(?:calf|leg|thigh)"),
                    words(
                            "short\\s+of\\s+breath|breathless(?:ness)?|out\\s+of\\s+breath|puffed\\s+out|puffing|winded|"
                                    + "(?:can't|cannot|can\\s+not|struggling\\s+to|hard\\s+to)\\s+(?:catch\\s+my\\s+breath|breathe)|"
                                    + "(?:coughing|coughed)\\s+(?:up\\s+)?blood|pain\\s+(?:in\\s+my\\s+chest\\s+)?when\\s+I\\s+breathe(?:\\s+in)?")),
            new Pair(
                    "SEPSIS",
                    "fever-with-drowsiness-or-confusion",
                    words(
                            "fever(?:ish)?|(?:high\\s+)?temperature|temp|burning\\s+up|pyrexi[a-z]*|rigors|shaking\\s+with\\s+cold"),
                    words(
                            "drows(?:y|ier|iness)|hard\\s+to\\s+wake|(?:can't|cannot|can\\s+not|couldn't|struggling\\s+to)\\s+"
                                    + "(?:wake|rouse)\\s+(?:him|her|them|me)|won't\\s+wake|not\\s+waking|confused|confusion|"
                                    + "not\\s+making\\s+(?:any\\s+)?sense|delirious|floppy|unresponsive|not\\s+responding|"
                                    + "(?:very|really|so|unusually|extremely)\\s+(?:sleepy|lethargic)")),
            new Pair(
                    "VISION_LOSS",
                    "temporal-arteritis-with-sight-symptoms",
                    words(
                            "(?:jaw|jaws|chin)\\s+(?:\\w+\\s+){0,3}?(?:ache|aches|aching|hurts?|pain|painful|sore|tired|cramps?)\\s+"
                                    + "(?:\\w+\\s+){0,2}?(?:when|whenever|while|after|on|eating|chewing|chews|eats)|"
                                    + "(?:sore|painful|aching|achy)\\s+jaw\\s+(?:\\w+\\s+){0,2}?(?:when|whenever|while|eating|chewing)|"
                                    + "(?:temple|temples|scalp)\\s+(?:\\w+\\s+){0,4}?(?:tender|sore|painful|hurts?)|"
                                    + "(?:tender|sore|painful)\\s+(?:\\w+\\s+)?(?:temple|temples|scalp)|"
                                    + "(?:pain|ache|headache|throbbing)\\s+(?:\\w+\\s+){0,2}?(?:in|over|at|by)\\s+(?:my|the|his|her)\\s+"
                                    + "(?:left\\s+|right\\s+)?temples?"),
                    words(
                            "(?:seeing|see)\\s+double|double\\s+vision|(?:vision|sight|eyesight)\\s+(?:\\w+\\s+){0,4}?(?:blurr(?:y|ed|ing)|"
                                    + "dim|dimmed|going|gone|went|lost|grey|greyed|dark)|blurr(?:y|ed)\\s+(?:vision|sight)|"
                                    + "(?:lost|losing|loss\\s+of)\\s+(?:the\\s+)?(?:vision|sight)|(?:can't|cannot|couldn't)\\s+see\\s+"
                                    + "(?:out\\s+of|properly|with)|curtain|shadow\\s+(?:over|across|coming)")),
            new Pair(
                    "OVERDOSE_POISONING",
                    "household-headaches-with-a-fuel-source",
                    words(
                            "(?:whole\\s+(?:family|house|household)(?:'s)?|all\\s+of\\s+us|we(?:'ve|\\s+have)?\\s+all|everyone\\s+(?:in\\s+the\\s+house|at\\s+home|here)"
                                    + "|the\\s+kids\\s+and\\s+(?:me|I))\\s+(?:[\\w']+\\s+){0,6}?(?:headaches?|dizzy|sick|nause\\w*|drowsy|sleepy|"
                                    + "groggy|woozy)"),
                    words(
                            "(?:feel|feels|felt|are|is|get)\\s+(?:\\w+\\s+)?better\\s+(?:when\\s+(?:we|I|they)\\s+(?:go|get|are|step)\\s+)?"
                                    + "(?:out|outside|away)|boiler|gas\\s+(?:fire|heater|leak|smell)|(?:paraffin|gas|kerosene|portable)\\s+heater|"
                                    + "generator|carbon\\s+monoxide|co\\s+alarm|wood\\s*burner|log\\s+burner")),
            new Pair(
                    "SEPSIS",
                    "fever-without-defences",
                    words(
                            "sickle\\s+cell|(?:on|having|had|started|getting|doing)\\s+(?:\\w+\\s+)?chemo(?:therapy)?|neutropeni\\w*|"
                                    + "no\\s+spleen|spleen\\s+removed|splenectomy"),
                    words(
                            "fever(?:ish)?|(?:high\\s+)?temperature\\s+(?:of|is|was|has|went|reading)|temp\\s+(?:of|is|was)|burning\\s+up|"
                                    + "rigors|shaking\\s+with\\s+cold|(?:3[89]|4[01])(?:[.,]\\d)?\\s*(?:°|degrees|c\\b)|"
                                    + "(?:temperature|temp)\\s+(?:\\w+\\s+){0,2}?(?:3[89]|4[01])")),
            new Pair(
                    "SEVERE_ABDOMINAL_PAIN",
                    "green-vomit-with-a-blocked-bowel",
                    words(
                            "(?:green|bile|bilious|dark\\s+green)\\s+(?:\\w+\\s+)?(?:vomit|sick|stuff|liquid)|(?:vomit\\w*|sick|throwing\\s+up)\\s+"
                                    + "(?:up\\s+)?(?:\\w+\\s+){0,2}?(?:bile|green)"),
                    words(
                            "(?:swollen|bloated|distended|hard|swelling)\\s+(?:belly|tummy|stomach|abdomen)|(?:belly|tummy|stomach|abdomen)\\s+"
                                    + "(?:is\\s+|has\\s+|looks\\s+)?(?:\\w+\\s+)?(?:swollen|distended|bloated|hard|swelled)|"
                                    + "(?:haven't|havent|have\\s+not|hasn't|hasnt|not|can't|cannot)\\s+(?:\\w+\\s+){0,2}?(?:pooed|pooped|"
                                    + "passed\\s+(?:any\\s+)?wind|farted|opened\\s+(?:my|his|her)\\s+bowels|had\\s+a\\s+(?:poo|bowel\\s+movement))")),
            new Pair(
                    "SAFETY_CONCERN",
                    "abuse-with-danger-now",
                    words(
                            "(?:hit|hits|hitting|beat|beats|beating|beaten|hurt|hurts|hurting|choked|choking|strangled|kicked|"
                                    + "kicking|punched|punching|slapped|attacked|threatened|threatening)\\s+(?:me|her|him|them|us|my\\s+\\w+)|"
                                    + "(?:touching|touched|abusing|abused|molesting|molested|raped|assaulted)\\s+(?:me|her|him|them|my\\s+\\w+)|"
                                    + "domestic\\s+(?:violence|abuse)"),
                    words(
                            "(?:he|she|they)(?:'s|\\s+is|'re|\\s+are)\\s+(?:still\\s+|now\\s+|right\\s+)?(?:downstairs|upstairs|here|"
                                    + "in\\s+the\\s+(?:house|flat|next\\s+room|kitchen|living\\s+room)|outside|at\\s+the\\s+door|"
                                    + "on\\s+(?:his|her|their)\\s+way|coming\\s+back|staying\\s+(?:with|here))|staying\\s+with\\s+us|"
                                    + "(?:locked|trapped|shut)\\s+(?:me|us|her|him|them)\\s+in|(?:threatened|threatening|going|gonna)\\s+"
                                    + "to\\s+kill|says?\\s+(?:he|she|they)(?:'ll|\\s+will)\\s+kill|(?:has|had|got|with)\\s+a\\s+(?:knife|gun|weapon)")),
            new Pair(
                    "MENTAL_HEALTH_CRISIS",
                    "psychosis-or-mania-with-danger",
                    words(
                            "(?:hearing|hears|heard)\\s+voices|hallucinat\\w*|(?:seeing|sees)\\s+things\\s+that\\s+aren'?t\\s+there|"
                                    + "(?:convinced|thinks?|believes?|sure)\\s+(?:that\\s+)?(?:\\w+\\s+){0,3}?(?:is|are|being)\\s+"
                                    + "(?:poison\\w*|following|followed|watching|watched|spying|imposters?|the\\s+devil|possessed|god|jesus|"
                                    + "a\\s+millionaire|famous|royalty|chosen)|paranoi\\w*|delusion\\w*|psychos[ie]s|psychotic|manic|"
                                    + "mania|(?:hasn't|hasnt|has\\s+not|haven't|have\\s+not|hasn't\\s+really)\\s+slept\\s+(?:for|in)\\s+"
                                    + "(?:days|\\d+\\s+days|two\\s+days|three\\s+days)|talking\\s+non-?stop"),
                    words(
                            "(?:ran|run|running|walked|walking|wandered|wandering|stepped)\\s+(?:out\\s+)?(?:into|in\\s+front\\s+of)\\s+"
                                    + "(?:the\\s+)?(?:road|traffic|cars?|a\\s+car|a\\s+bus)|smash(?:ed|ing)\\s+(?:up\\s+)?(?:\\w+\\s+)?(?:windows?|"
                                    + "things|the\\s+house|doors?|plates)|barricad\\w+|(?:has|had|got|grabbed|holding|with)\\s+a\\s+"
                                    + "(?:knife|gun|weapon|blade)|(?:threaten\\w*|tried|trying)\\s+to\\s+(?:hurt|harm|kill|attack|stab)|"
                                    + "(?:attacked|hit|punched|lashed\\s+out\\s+at)\\s+(?:me|us|him|her|them|someone|a\\s+\\w+)|"
                                    + "(?:climb\\w*|stood|standing)\\s+(?:on|onto)\\s+(?:the\\s+)?(?:roof|ledge|bridge|balcony)|"
                                    + "(?:not|hasn't|hasnt|stopped)\\s+(?:eating|drinking)\\s+(?:or\\s+drinking\\s+)?because")));

    List<RedFlag> assess(String text, ClinicalContext context) {
        List<RedFlag> flags = new ArrayList<>();
        for (Pair pair : PAIRS) {
            if (MessageRule.firstPresent(pair.first(), text, context) != null) {
                flags.addAll(
                        MessageRule.flags(pair.then(), end -> true, text, context, pair.category(), pair.ruleId()));
            }
        }
        return flags;
    }

    private static Pattern words(String alternatives) {
        return MessageRule.signs(alternatives);
    }
}
