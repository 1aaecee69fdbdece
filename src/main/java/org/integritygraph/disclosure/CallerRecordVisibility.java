package org.integritygraph.disclosure;

import java.time.LocalDate;

import org.integritygraph.model.entity.Record;
import org.integritygraph.security.Caller;

import org.springframework.stereotype.Component;

/**
 * The answer for the caller of the current request ({@link Caller#current()}): investigators, editors and
 * admins see every record, the public what the disclosure rule makes public ({@link RecordVisibility#PUBLIC}).
 */
@Component
public class CallerRecordVisibility implements RecordVisibility {

	@Override
	public boolean maySee(Record record, String statusOn, LocalDate on) {
		return Caller.current().seesEverything() || PUBLIC.maySee(record, statusOn, on);
	}

}
