package org.careloop.review.oversight;

/**
 * What the channel knows about how the decision was made beyond the request itself. {@code draftSeenToEnd}: the page
 * showed the end of the draft on screen (scrolled to, or short enough to be shown whole); null when the channel
 * cannot tell (the API).
 */
public record DecisionSignals(DecisionChannel channel, Boolean draftSeenToEnd) {

    public static final DecisionSignals API = new DecisionSignals(DecisionChannel.API, null);

    public static DecisionSignals page(boolean draftSeenToEnd) {
        return new DecisionSignals(DecisionChannel.PAGE, draftSeenToEnd);
    }
}
