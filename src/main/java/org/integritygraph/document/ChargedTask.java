package org.integritygraph.document;

import org.integritygraph.model.entity.Task;

/**
 * A task a body is charged with.
 *
 * @param role how
 * @param task the task
 * @param unit the unit as the document writes it
 */
record ChargedTask(UnitRole role, Task task, String unit) {
}
