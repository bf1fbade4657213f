package org.careloop.review.inbox;

import java.util.List;
import org.careloop.review.inbox.InboxViews.TaskSummary;

/**
 * One page of the inbox. total: how many open tasks match, counted up to {@link TaskList#COUNT_LIMIT}; when
 * totalCapped, there are at least that many.
 */
public record InboxPage(InboxQuery query, List<TaskSummary> tasks, boolean hasNext, long total, boolean totalCapped) {}
