package org.careloop.policy.triage;

import java.util.List;

/** Whether the text seems to try to instruct the model or the reviewer; shown to the clinician, never obeyed. */
public record PromptInjection(boolean suspected, List<Span> spans) {}
