package org.careloop.review.inbox;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A reply, question or reason as a process variable. Camunda keeps a String variable in a varchar(4000) column, and
 * these hold up to 20 000 characters: as a serialized object the text goes to the byte-array table, and
 * {@code getVariable} still returns the String, so the readers do not change.
 */
final class LongText {

    private LongText() {}

    static TypedValue of(String text) {
        return text == null
                ? Variables.untypedNullValue()
                : Variables.objectValue(text)
                        .serializationDataFormat(SerializationDataFormats.JAVA)
                        .create();
    }
}
