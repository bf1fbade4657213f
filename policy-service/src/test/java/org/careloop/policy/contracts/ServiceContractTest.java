package org.careloop.policy.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.checks.CheckDraftRequest;
import org.careloop.policy.checks.Citation;
import org.careloop.policy.checks.RedFlagRef;
import org.careloop.policy.common.Placeholders;
import org.careloop.policy.common.PolicyServiceConfig;
import org.careloop.policy.common.TextLimits;
import org.careloop.policy.deid.EntityType;
import org.careloop.policy.screening.ScreenRequest;
import org.careloop.support.PlainText;
import org.junit.jupiter.api.Test;

/**
 * policy-service's text limit and placeholder syntax are the ones docs/service-contracts.md states ("Text limits and
 * placeholders"), and every entity type's placeholder is in the document's list, which review-service and
 * inference-service check their own syntax against: a new entity type without the document fails here.
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
        for (Field id : List.of(
                ScreenRequest.class.getDeclaredField("messageId"),
                Citation.class.getDeclaredField("passageId"),
                RedFlagRef.class.getDeclaredField("category"))) {
            assertThat(id.getAnnotation(Size.class).max()).as(id.getName()).isEqualTo(contractNumber(IDENTIFIER_LINE));
        }
        for (String list : List.of("citations", "redFlags")) {
            assertThat(CheckDraftRequest.class
                            .getDeclaredField(list)
                            .getAnnotation(Size.class)
                            .max())
                    .as(list)
                    .isEqualTo(contractNumber(LIST_LINE));
        }
    }

    @Test
    void everyTextFieldOfARequestRefusesControlCharacters() throws Exception {
        assertEveryTextRefusesControlCharacters(
                ScreenRequest.class, CheckDraftRequest.class, Citation.class, RedFlagRef.class);
    }

    @Test
    void theMessageTextLimitIsTheContracts() throws IOException {
        assertThat(PolicyServiceConfig.MESSAGE_TEXT_LIMIT).isEqualTo(contractLimit());
    }

    @Test
    void theLimitIsNotSetAgainInApplicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        assertThat(properties.stringPropertyNames()).noneMatch(key -> key.endsWith("careloop.policy.max-text-length"));
    }

    @Test
    void thePlaceholderSyntaxIsTheContracts() throws IOException {
        assertThat(Placeholders.SYNTAX).isEqualTo(contractSyntax());
    }

    @Test
    void everyEntityTypeIsInTheContractsListAndNothingElse() throws IOException {
        List<String> produced =
                Arrays.stream(EntityType.values()).map(t -> t.placeholder(1)).toList();
        assertThat(producedPlaceholders()).containsExactlyInAnyOrderElementsOf(produced);
    }

    @Test
    void everyPlaceholderThisServiceProducesHasTheSyntax() {
        for (EntityType type : EntityType.values()) {
            for (int n : new int[] {1, 2, 10, 123}) {
                String placeholder = type.placeholder(n);
                assertThat(Placeholders.PATTERN.matcher(placeholder).matches())
                        .as(placeholder)
                        .isTrue();
            }
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

    static List<String> producedPlaceholders() throws IOException {
        Matcher m = PRODUCED.matcher(contract());
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
