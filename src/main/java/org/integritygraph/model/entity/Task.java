package org.integritygraph.model.entity;

import java.time.LocalDate;

/**
 * 任务: a {@code :Task} node, a numbered task of a policy document.
 *
 * @param title its first sentence, which names it
 * @param part the part (一、…) it is in
 * @param section the section ((一)…) it is in
 * @param dueOn the deadline its text sets
 * @param doneOn when it was delivered; open until then
 * @param withdrawnOn when a later version of its document dropped it (no longer in force; never deleted)
 */
public record Task(String id, String number, String text, String title, String part, String section, LocalDate dueOn,
		LocalDate doneOn, LocalDate withdrawnOn, long version) implements Entity {
}
