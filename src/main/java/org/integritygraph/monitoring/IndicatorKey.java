package org.integritygraph.monitoring;

/**
 * The monitoring indicators (监测指标) the service can compute, per body and month. Which of them are used, and
 * their weights, are data ({@link MonitoringTable}); how each is counted is here. "At month end" values are the
 * state on the month's last day; "in the window" values count what happened in the rolling window of months
 * ending with the month.
 */
public enum IndicatorKey {

	/** 逾期承诺: commitments due before the month's last day and still pending or overdue then (count). */
	OVERDUE_COMMITMENTS,

	/** 逾期承诺金额: their amount (yuan). */
	OVERDUE_AMOUNT,

	/** 失信毁约承诺: commitments that became BROKEN in the window (count). */
	BROKEN_COMMITMENTS,

	/** 失信毁约金额: their amount (yuan). */
	BROKEN_AMOUNT,

	/** 拖欠款项 (拖欠工程款): payment commitments overdue or broken at month end (amount, yuan). */
	ARREARS_AMOUNT,

	/** 新增严重失信记录: SERIOUS records decided in the window and not revoked or exempted by month end. */
	NEW_RECORDS_SERIOUS,

	/** 新增一般失信记录: the same, GENERAL. */
	NEW_RECORDS_GENERAL,

	/** 新增轻微失信记录: the same, MINOR. */
	NEW_RECORDS_MINOR,

	/**
	 * 异议超期未处理: records the body issued whose objection was pending at month end for longer than the handling
	 * deadline (the body that must decide the objection answers for it).
	 */
	OVERDUE_OBJECTIONS,

	/** 信用修复: records against the body repaired in the window (count). */
	REPAIRS,

	/** 表彰奖励: commendations of the body decided in the window and not revoked (count). */
	COMMENDATIONS

}
