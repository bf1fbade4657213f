package org.careloop.review.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.intake.PatientMessageViews.AnswerRequest;
import org.careloop.review.intake.PatientMessageViews.SendMessageRequest;
import org.careloop.review.screening.Placeholders;
import org.careloop.review.support.TextLimits;
import org.careloop.support.PlainText;
import org.junit.jupiter.api.Test;

/**
 * review-service's text limit and placeholder syntax are the ones docs/service-contracts.md states ("Text limits and
 * placeholders"); policy-service and inference-service check theirs against the same lines, so the three agree.
 */
class ServiceContractTest {

    private static final Pattern LIMIT_LINE =
            Pattern.compile("^- Message text: at most ([0-9][0-9 ]*) characters", Pattern.MULTILINE);
    private static final Pattern IDENTIFIER_LINE =
            Pattern.compile("^- Identifiers and codes: at most ([0-9][0-9 ]*) characters", Pattern.MULTILINE);
    private static final Pattern LIST_LINE =
            Pattern.compile("^- Lists: at most ([0-9][0-9 ]*) entries", Pattern.MULTILINE);
    private static final Pattern SYNTAX_LINE = Pattern.compile("^- Placeholder syntax: `([^`]+)`", Pattern.MULTILINE);
    private static final Pattern PRODUCED = Pattern.compile(
            "^- Placeholders policy-service produces, one per entity type: (.+?)(?:\\n\\n|\\n(?! ))",
            Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void theIdentifierAndListLimitsAreTheContracts() throws Exception {
        assertThat(TextLimits.IDENTIFIER).isEqualTo(contractNumber(IDENTIFIER_LINE));
        assertThat(TextLimits.LIST).isEqualTo(contractNumber(LIST_LINE));
        Field acknowledged = DecisionRequest.class.getDeclaredField("acknowledged");
        AnnotatedParameterizedType ids = (AnnotatedParameterizedType) acknowledged.getAnnotatedType();
        assertThat(ids.getAnnotatedActualTypeArguments()[0]
                        .getAnnotation(Size.class)
                        .max())
                .isEqualTo(contractNumber(IDENTIFIER_LINE));
    }

    @Test
    void everyTextFieldOfARequestRefusesControlCharacters() throws Exception {
        assertEveryTextRefusesControlCharacters(SendMessageRequest.class, AnswerRequest.class, DecisionRequest.class);
    }

    @Test
    void theMessageTextLimitIsTheContracts() throws IOException {
        assertThat(TextLimits.MESSAGE_TEXT).isEqualTo(contractLimit());
    }

    @Test
    void theRequestRecordsUseTheLimit() throws Exception {
        for (Map.Entry<Class<?>, String> e : Map.<Class<?>, String>of(
                        SendMessageRequest.class, "text",
                        AnswerRequest.class, "text",
                        DecisionRequest.class, "text")
                .entrySet()) {
            Size size = e.getKey().getDeclaredField(e.getValue()).getAnnotation(Size.class);
            assertThat(size).as(e.getKey().getSimpleName()).isNotNull();
            assertThat(size.max()).as(e.getKey().getSimpleName()).isEqualTo(contractLimit());
        }
        assertThat(DecisionRequest.class
                        .getDeclaredField("reason")
                        .getAnnotation(Size.class)
                        .max())
                .isEqualTo(contractLimit());
    }

    @Test
    void thePlaceholderSyntaxIsTheContracts() throws IOException {
        assertThat(Placeholders.SYNTAX).isEqualTo(contractSyntax());
    }

    @Test
    void everyPlaceholderPolicyServiceProducesIsAccepted() throws IOException {
        List<String> produced = producedPlaceholders(contract());
        assertThat(produced).hasSizeGreaterThanOrEqualTo(18).contains("[NAME_1]", "[AGE_90_PLUS_1]", "[IP_ADDRESS_1]");
        for (String placeholder : produced) {
            assertThat(Placeholders.PATTERN.matcher(placeholder).matches())
                    .as(placeholder)
                    .isTrue();
            String numbered = placeholder.replace("_1]", "_12]");
            assertThat(Placeholders.fillIn("Dear " + numbered + ",", Map.of(numbered, "value"))
                            .text())
                    .as(numbered)
                    .isEqualTo("Dear value,");
        }
    }

    @Test
    void textThatOnlyLooksLikeAPlaceholderIsNot() {
        for (String text : List.of("[name_1]", "[NAME]", "[NAME_]", "[_1]", "[1_NAME]", "NAME_1", "[NAME_1")) {
            assertThat(Placeholders.PATTERN.matcher(text).matches()).as(text).isFalse();
        }
    }

    static int contractLimit() throws IOException {
        Matcher m = LIMIT_LINE.matcher(contract());
        assertThat(m.find())
                .as("a line '- Message text: at most N characters' in the contract")
                .isTrue();
        return Integer.parseInt(m.group(1).replace(" ", ""));
    }

    static String contractSyntax() throws IOException {
        Matcher m = SYNTAX_LINE.matcher(contract());
        assertThat(m.find())
                .as("a line '- Placeholder syntax: `...`' in the contract")
                .isTrue();
        return m.group(1);
    }

    static List<String> producedPlaceholders(String contract) {
        Matcher m = PRODUCED.matcher(contract);
        assertThat(m.find())
                .as("the list of placeholders policy-service produces")
                .isTrue();
        return Pattern.compile("`(\\[[^`]+])`")
                .matcher(m.group(1))
                .results()
                .map(r -> r.group(1))
                .toList();
    }

    static int contractNumber(Pattern line) throws IOException {
        Matcher m = line.matcher(contract());
        assertThat(m.find()).as("a line matching %s in the contract", line).isTrue();
        return Integer.parseInt(m.group(1).replace(" ", ""));
    }

    /** Every String component, and every String element of a list component, carries @PlainText or a @Pattern. */
    static void assertEveryTextRefusesControlCharacters(Class<?>... records) throws NoSuchFieldException {
        for (Class<?> record : records) {
            for (RecordComponent component : record.getRecordComponents()) {
                Field field = record.getDeclaredField(component.getName());
                String name = record.getSimpleName() + "." + component.getName();
                if (component.getType() == String.class) {
                    assertThat(guarded(field.getAnnotations())).as(name).isTrue();
                }
                if (field.getAnnotatedType() instanceof AnnotatedParameterizedType list
                        && list.getAnnotatedActualTypeArguments()[0].getType() == String.class) {
                    assertThat(guarded(list.getAnnotatedActualTypeArguments()[0].getAnnotations()))
                            .as(name + " elements")
                            .isTrue();
                }
            }
        }
    }

    private static boolean guarded(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .anyMatch(a -> a instanceof PlainText || a instanceof jakarta.validation.constraints.Pattern);
    }

    /** docs/service-contracts.md, found from the module directory (Maven's working directory) upwards. */
    static String contract() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/service-contracts.md");
            if (Files.isRegularFile(doc)) {
                return Files.readString(doc);
            }
        }
        throw new IllegalStateException(
                "docs/service-contracts.md not found above " + Path.of("").toAbsolutePath());
    }
}
